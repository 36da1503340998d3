import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import {
  type Article,
  type ArticleExporter,
  BroadsheetError,
  InputError,
  type SiteConfig,
  articleFromJson,
  parseArticle,
  slugify,
  validateArticle,
} from '@broadsheet/core';
import { type Format, loadExporters } from './formats.js';
import { describeFsError } from './inputs.js';

/** One article to export: everything a worker thread needs, and nothing it cannot be sent. */
export interface ArticleTask {
  /** Absolute path of the input. */
  file: string;
  /** The input as the user named it, for messages. */
  display: string;
  /** Formats to render for this article (collection formats are ignored here). */
  formats: Format[];
  /** Every format the run writes, when it asks for more than `formats` (a page links the site's feeds). */
  siteFormats?: Format[];
  config: SiteConfig;
  fallbackDate: string;
  /** The slug to use; when absent, the one the headline gives. */
  slug?: string;
  /** The input's bytes, when they came with the task (a queue job); else `file` is read. */
  content?: Uint8Array;
  /** What the site already knows of the article, when it is stored: keeps its id and dates its changes. */
  identity?: ArticleIdentity;
}

/** The stored identity an exported article takes, and how to date a change of its content. */
export interface ArticleIdentity {
  /** The article id to keep (the feed guid); absent: the content id. */
  id?: string;
  /** The content id of the stored version; when the text now parses to another, the content changed. */
  contentId?: string;
  /** The stored `dateModified`, kept while the content stays the same. */
  modified?: string;
  /** ISO 8601: the `dateModified` a change of content gets (the run's time, or SOURCE_DATE_EPOCH). */
  changedAt: string;
}

/** A rendered output of one article, not yet written. */
export interface RenderedFile {
  format: string;
  extension: string;
  mediaType: string;
  content: string | Uint8Array;
}

/** An output a queue worker already wrote, staged in `--out`, to be put in place. */
export interface PlacedFile {
  format: string;
  extension: string;
  mediaType: string;
  /** Absolute path of the finished file. */
  staged: string;
  bytes: number;
}

/** What exporting one article gave: its files, or the one-line reason it failed. */
export type ArticleResult<File = RenderedFile> =
  | {
      ok: true;
      display: string;
      slug: string;
      article: Article;
      files: File[];
      warnings: string[];
      /** SHA-256 (hex) of the input bytes that were read. */
      inputHash: string;
      /** The id the text parses to, before the stored identity replaced it. */
      contentId: string;
      /** The `dateModified` the pipeline set (not one from the text). */
      modified?: string;
    }
  | { ok: false; display: string; error: string; warnings: string[] };

const exporterCache = new Map<string, Promise<ArticleExporter[]>>();

/**
 * Reads, parses (or loads JSON), enriches, validates and renders one article.
 * Never throws: a problem with the input or inside an exporter becomes
 * `{ ok: false, error }` with one line naming the reason.
 */
export async function exportArticle(task: ArticleTask): Promise<ArticleResult> {
  const warnings: string[] = [];
  const warn = (message: string) => warnings.push(message);
  let article: Article;
  let inputHash: string;
  try {
    ({ article, inputHash } = await readArticle(task, warn));
  } catch (error) {
    return { ok: false, display: task.display, error: describeError(error), warnings };
  }
  const contentId = article.id;
  const modified = task.identity && modifiedDate(article, contentId, task.identity);
  if (task.identity) {
    article = { ...article, id: task.identity.id ?? article.id };
    if (modified !== undefined) article.dateModified = modified;
  }
  const slug = task.slug ?? slugify(article.headline, article.id);
  try {
    const files = await renderArticle(article, {
      slug,
      formats: task.formats,
      ...(task.siteFormats === undefined ? {} : { siteFormats: task.siteFormats }),
      config: task.config,
      fallbackDate: task.fallbackDate,
      warn,
    });
    const result: ArticleResult = {
      ok: true,
      display: task.display,
      slug,
      article,
      files,
      warnings,
      inputHash,
      contentId,
    };
    if (modified !== undefined) result.modified = modified;
    return result;
  } catch (error) {
    return { ok: false, display: task.display, error: describeError(error), warnings };
  }
}

/** What rendering one article needs besides the article. */
export interface RenderOptions {
  slug: string;
  formats: readonly Format[];
  /** Every format the run writes; `formats` when absent. */
  siteFormats?: readonly Format[];
  config: SiteConfig;
  fallbackDate: string;
  warn: (message: string) => void;
}

/**
 * Renders an article in each of `formats` that makes one file per article.
 * Throws an Error saying which exporter failed and why.
 */
export async function renderArticle(article: Article, options: RenderOptions): Promise<RenderedFile[]> {
  const files: RenderedFile[] = [];
  const { slug, config, fallbackDate, warn } = options;
  for (const exporter of await exportersFor(options.formats)) {
    let content: string | Uint8Array;
    try {
      content = await exporter.render(article, {
        slug,
        config,
        fallbackDate,
        warn,
        formats: options.siteFormats ?? options.formats,
      });
    } catch (error) {
      throw new Error(`the ${exporter.format} exporter failed: ${describeError(error)}`, { cause: error });
    }
    files.push({ format: exporter.format, extension: exporter.extension, mediaType: exporter.mediaType, content });
  }
  return files;
}

/**
 * The `dateModified` the pipeline gives a stored article: the change time when
 * its content changed, else the one it had. A date the text gives is kept.
 */
function modifiedDate(article: Article, contentId: string, identity: ArticleIdentity): string | undefined {
  if (article.dateModified !== undefined || identity.contentId === undefined) return undefined;
  return contentId === identity.contentId ? identity.modified : identity.changedAt;
}

async function readArticle(
  task: ArticleTask,
  warn: (message: string) => void,
): Promise<{ article: Article; inputHash: string }> {
  let bytes: Uint8Array;
  try {
    const size = task.content?.byteLength ?? (await sizeOf(task));
    if (size > task.config.input.maxBytes) throw tooLarge(task.display, size, task.config);
    bytes = task.content ?? (await readFile(task.file));
  } catch (error) {
    if (error instanceof BroadsheetError) throw error;
    throw new InputError(task.display, describeFsError(error), { cause: error });
  }
  const article = await articleFromBytes(bytes, { file: task.file, display: task.display, config: task.config, warn });
  return { article, inputHash: hashBytes(bytes) };
}

/** SHA-256 of an input's bytes, hex: how the store tells that an input is unchanged. */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The article an input holds: a `.json` file read as the model, anything else
 * parsed as text or Markdown and enriched; validated either way. Throws an
 * InputError naming `display` when the input cannot be an article.
 */
export async function articleFromBytes(
  bytes: Uint8Array,
  input: { file: string; display: string; config: SiteConfig; warn: (message: string) => void },
): Promise<Article> {
  if (bytes.byteLength > input.config.input.maxBytes) throw tooLarge(input.display, bytes.byteLength, input.config);
  if (/\.json$/i.test(input.file)) return articleFromJson(bytes, { file: input.display });
  const parsed = parseArticle(bytes, { file: input.display, warn: input.warn });
  const { enrichArticle } = await loadEnrich();
  return validateArticle(enrichArticle(parsed));
}

function tooLarge(display: string, size: number, config: SiteConfig): InputError {
  return new InputError(
    display,
    `is ${formatBytes(size)}, over the ${formatBytes(config.input.maxBytes)} input limit (input.maxBytes in --config)`,
  );
}

async function sizeOf(task: ArticleTask): Promise<number> {
  const info = await stat(task.file);
  if (info.isDirectory()) throw new InputError(task.display, 'is a folder');
  return info.size;
}

// Note: enrichment pulls in the NLP lexicons; `--help`, `--version` and JSON inputs never pay for them.
let enrich: Promise<typeof import('@broadsheet/enrich')> | undefined;
function loadEnrich(): Promise<typeof import('@broadsheet/enrich')> {
  enrich ??= import('@broadsheet/enrich');
  return enrich;
}

function exportersFor(formats: readonly Format[]): Promise<ArticleExporter[]> {
  const key = formats.join(',');
  let exporters = exporterCache.get(key);
  if (!exporters) {
    exporters = loadExporters(formats, 'article');
    exporterCache.set(key, exporters);
  }
  return exporters;
}

/** One line for the user: the message of an error they can cause, else the error's own message. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    if (error instanceof RangeError && /call stack/i.test(error.message))
      return 'the input is nested too deeply to process';
    return error.message.split('\n')[0] ?? error.name;
  }
  return String(error);
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${bytes} bytes`;
}
