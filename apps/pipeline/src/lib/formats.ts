import { type Exporter, type SiteConfig, UsageError } from '@broadsheet/core';

/** The formats `--format` accepts, in the order they are written (the feeds last: they link the PDFs). */
export const FORMATS = ['pdf', 'docx', 'jsonld', 'json', 'html', 'rss', 'atom', 'jsonfeed'] as const;
export type Format = (typeof FORMATS)[number];

const packages: Record<Format, string> = {
  pdf: '@broadsheet/export-pdf',
  docx: '@broadsheet/export-docx',
  jsonld: '@broadsheet/export-jsonld',
  json: '@broadsheet/export-json',
  rss: '@broadsheet/export-rss',
  atom: '@broadsheet/export-feeds',
  jsonfeed: '@broadsheet/export-feeds',
  html: '@broadsheet/export-html',
};

/** Throws a UsageError for a format whose exporter package is not installed, without loading any. */
export function assertAvailable(formats: readonly Format[]): void {
  for (const format of formats) {
    try {
      import.meta.resolve(packages[format]);
    } catch (error) {
      throw new UsageError(`format "${format}" is not available: ${packages[format]} is not installed`, {
        cause: error,
      });
    }
  }
}

// Note: each exporter is imported only when its format is asked for, so a run
// of `--format json` never loads pdfkit or docx.
const loaders: Record<Format, () => Promise<Exporter[]>> = {
  pdf: async () => [(await import('@broadsheet/export-pdf')).pdfExporter],
  docx: async () => [(await import('@broadsheet/export-docx')).docxExporter],
  jsonld: async () => {
    const jsonld = await import('@broadsheet/export-jsonld');
    return [jsonld.jsonLdExporter, jsonld.jsonLdHtmlExporter];
  },
  json: async () => [(await import('@broadsheet/export-json')).jsonExporter],
  rss: async () => [(await import('@broadsheet/export-rss')).rssExporter],
  atom: async () => [(await import('@broadsheet/export-feeds')).atomExporter],
  jsonfeed: async () => [(await import('@broadsheet/export-feeds')).jsonFeedExporter],
  html: async () => {
    const html = await import('@broadsheet/export-html');
    return [html.htmlExporter, html.indexExporter];
  },
};

/**
 * The parts of the site config each format's outputs depend on: a change to
 * any other part leaves that format's files as they are. `all` for a format
 * whose exporter may read anything.
 */
// Note: keep in step with the exporters: a part an exporter starts reading must be added here, or its files go stale.
export const CONFIG_USED: Record<Format, readonly (keyof SiteConfig)[] | 'all'> = {
  pdf: ['page', 'site'],
  docx: ['page', 'site'],
  jsonld: ['site', 'publisher'],
  json: [],
  html: 'all',
  rss: 'all',
  atom: 'all',
  jsonfeed: 'all',
};

/** Reads `--format`: one name, `all`, or a comma list; throws a UsageError naming what is unknown. */
export function parseFormats(value: string): Format[] {
  const names = value
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');
  if (names.length === 0)
    throw new UsageError(
      '--format needs a value: pdf, docx, html, rss, atom, jsonfeed, jsonld, json, all, or a comma list',
    );
  const wanted = new Set<Format>();
  for (const name of names) {
    if (name === 'all') for (const format of FORMATS) wanted.add(format);
    else if ((FORMATS as readonly string[]).includes(name)) wanted.add(name as Format);
    else throw new UsageError(`unknown format "${name}": choose from ${FORMATS.join(', ')}, all, or a comma list`);
  }
  return FORMATS.filter((format) => wanted.has(format));
}

/** The formats that make one file per article. */
export const ARTICLE_FORMATS: readonly Format[] = ['pdf', 'docx', 'jsonld', 'json', 'html'];

/** The formats that make one file for the whole site (`html` makes both: the pages and the index). */
export const COLLECTION_FORMATS: readonly Format[] = ['html', 'rss', 'atom', 'jsonfeed'];

/**
 * Loads the exporters of `formats` that have the given scope. A format whose
 * package cannot be loaded is a UsageError, raised before anything is written.
 */
export async function loadExporters<S extends Exporter['scope']>(
  formats: readonly Format[],
  scope: S,
): Promise<Extract<Exporter, { scope: S }>[]> {
  const loaded: Extract<Exporter, { scope: S }>[] = [];
  for (const format of formats) {
    if (!(scope === 'article' ? ARTICLE_FORMATS : COLLECTION_FORMATS).includes(format)) continue;
    let exporters: Exporter[];
    try {
      exporters = await loaders[format]();
    } catch (error) {
      throw new UsageError(
        `format "${format}" is not available: its exporter could not be loaded (${(error as Error).message.split('\n')[0]})`,
        { cause: error },
      );
    }
    for (const exporter of exporters)
      if (exporter.scope === scope) loaded.push(exporter as Extract<Exporter, { scope: S }>);
  }
  return loaded;
}
