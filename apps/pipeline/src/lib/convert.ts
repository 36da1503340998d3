import {
  type Article,
  type CollectionEntry,
  type ConfigInput,
  type OutputFile,
  type SiteConfig,
  resolveConfig,
  slugify,
  validateConfig,
} from '@broadsheet/core';
import { articleFromBytes, renderArticle } from './export-article.js';
import { type Format, assertAvailable, loadExporters, parseFormats } from './formats.js';
import { fallbackDateFrom } from './run.js';
import { renderTagFeeds, tagCollectorFor } from './tag-feeds.js';

/** How to convert one article. */
export interface ConvertOptions {
  /** A format (`"pdf"`), `"all"`, a comma list, or a list of formats: what `--format` accepts. */
  format: string | readonly Format[];
  /** The settings a `--config` file holds, as an object; the command's defaults when absent. */
  config?: ConfigInput;
  /**
   * The input's file name: `.md` or `.markdown` reads Markdown, `.json` reads
   * the model, anything else plain text. It names the input in errors and in
   * the model's `source.file`. Default: `article.txt`.
   */
  fileName?: string;
  /** Seconds since 1970, as `SOURCE_DATE_EPOCH`: the date of outputs whose article has none. */
  sourceDateEpoch?: string;
}

/** One output file, exactly as the command writes it. */
export interface ConvertedFile {
  format: string;
  /** The file's path inside `--out`, with "/" between folders ("talks-resume.pdf", "feed.xml", "tags/energy/feed.xml"). */
  name: string;
  mediaType: string;
  bytes: Uint8Array;
}

/** What converting one article gave. */
export interface Conversion {
  /** The article as the exporters received it: parsed, enriched and validated. */
  article: Article;
  slug: string;
  /** The files, in the order the command writes them. */
  files: ConvertedFile[];
  /** What the command would print as warnings for this article. */
  warnings: string[];
}

/**
 * Converts one article in memory into the files the command would write for
 * it alone: the same parse, enrichment, exporters and bytes. Throws the
 * typed errors of `@broadsheet/core` (UsageError, ConfigError, InputError) or
 * an Error naming the exporter that failed.
 */
export async function convert(input: string | Uint8Array, options: ConvertOptions): Promise<Conversion> {
  const formats = parseFormats(typeof options.format === 'string' ? options.format : options.format.join(','));
  const config =
    options.config === undefined ? resolveConfig() : resolveConfig(validateConfig(options.config, 'config'));
  assertAvailable(formats);
  const fallbackDate = fallbackDateFrom(options.sourceDateEpoch);
  const fileName = options.fileName ?? 'article.txt';
  const warnings: string[] = [];
  const warn = (message: string) => warnings.push(message);

  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const article = await articleFromBytes(bytes, { file: fileName, display: fileName, config, warn });
  const slug = slugify(article.headline, article.id);
  const rendered = await renderArticle(article, { slug, formats, config, fallbackDate, warn });
  const files = rendered.map(
    (file): ConvertedFile => ({
      format: file.format,
      name: `${slug}.${file.extension}`,
      mediaType: file.mediaType,
      bytes: toBytes(file.content),
    }),
  );
  files.push(...(await renderCollections(formats, { article, slug, files }, { config, fallbackDate, warn })));
  return { article, slug, files, warnings };
}

/** The run-wide files (the feed) for a run of this one article, as the command renders them. */
async function renderCollections(
  formats: readonly Format[],
  written: { article: Article; slug: string; files: readonly ConvertedFile[] },
  context: { config: SiteConfig; fallbackDate: string; warn: (message: string) => void },
): Promise<ConvertedFile[]> {
  const outputs: OutputFile[] = written.files.map(({ format, name, mediaType, bytes }) => ({
    format,
    name,
    mediaType,
    bytes: bytes.byteLength,
  }));
  const entry: CollectionEntry = { article: written.article, slug: written.slug, files: outputs };
  const files: ConvertedFile[] = [];
  const collections = await loadExporters(formats, 'collection');
  for (const exporter of collections) {
    const content = await exporter.render(exporter.select([entry], context.config), { ...context, formats });
    files.push({
      format: exporter.format,
      name: exporter.fileName,
      mediaType: exporter.mediaType,
      bytes: toBytes(content),
    });
  }
  const tags = await tagCollectorFor(collections, context.config);
  if (tags === undefined) return files;
  tags.add(entry);
  for (const { folder, exporter, content } of await renderTagFeeds(tags, collections, context)) {
    const name = `${folder}/${exporter.fileName}`;
    files.push({ format: exporter.format, name, mediaType: exporter.mediaType, bytes: toBytes(content) });
  }
  return files;
}

// Note: the command writes text as UTF-8 (write.ts); the same conversion gives the same bytes.
function toBytes(content: string | Uint8Array): Uint8Array {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
}
