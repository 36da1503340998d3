import type { Article } from './model.js';
import type { SiteConfig } from './config.js';

/** What an exporter produces: text (UTF-8 on disk) or bytes. */
export type ExportContent = string | Uint8Array;

/** Everything an article exporter may know besides the article itself. */
export interface ExportContext {
  /** The article's slug in this run: output files are `${slug}.${extension}`. */
  slug: string;
  config: SiteConfig;
  /**
   * The date to stamp into formats that need one when the article has no
   * `datePublished`: ISO 8601, from `SOURCE_DATE_EPOCH` or a fixed epoch; never the clock.
   */
  fallbackDate: string;
  /** Reports something the reader should know (a glyph no font has, say). */
  warn(message: string): void;
  /** Every format the run writes, so a web page can link the feeds written beside it. */
  formats?: readonly string[];
}

/** Turns one article into one file. */
export interface ArticleExporter {
  readonly scope: 'article';
  /** The `--format` name that selects this exporter ("pdf"). */
  readonly format: string;
  /** The output file's extension, without the dot ("pdf", "jsonld.html"). */
  readonly extension: string;
  readonly mediaType: string;
  /** A pure function: the same article and context give the same bytes. */
  render(article: Article, context: ExportContext): ExportContent | Promise<ExportContent>;
}

/** A file already written for an article in this run, such as its PDF briefing. */
export interface OutputFile {
  format: string;
  /** File name inside the output folder ("kerry-and-lavrov.pdf"). */
  name: string;
  mediaType: string;
  /** Exact size in bytes. */
  bytes: number;
}

/** One article as a collection exporter sees it. */
export interface CollectionEntry {
  article: Article;
  slug: string;
  /** The article's files in the output folder (from this run or an earlier one), by format. */
  files: OutputFile[];
  /**
   * When the article first entered the site, ISO 8601: `SOURCE_DATE_EPOCH` when
   * set, else the time of that run. A feed's item date when the article has no
   * `datePublished`. The command sets it for every entry; a caller without a
   * site store may leave it out, and such an article is listed as undated.
   */
  firstSeen?: string;
}

/** The tag a tag feed is written for (`tags/SLUG/feed.xml`). */
export interface FeedTag {
  /** The tag as the articles spell it ("Syria"). */
  name: string;
  /** Its folder under `tags/`: ASCII, lower-case, never able to leave the output folder. */
  slug: string;
}

/** Everything a collection exporter may know besides the entries. */
export interface CollectionContext {
  config: SiteConfig;
  fallbackDate: string;
  warn(message: string): void;
  /** Set when the file is one tag's feed: the entries are that tag's, and the file goes under `tags/SLUG/`. */
  tag?: FeedTag;
  /** Every format the run writes, so the index can link the feeds written beside it. */
  formats?: readonly string[];
}

/** Turns every article of the site (the whole store, not only the run's) into one file (the RSS feed). */
export interface CollectionExporter {
  readonly scope: 'collection';
  readonly format: string;
  /** The output file's name inside the output folder ("feed.xml"). */
  readonly fileName: string;
  readonly mediaType: string;
  /**
   * Which of the run's entries the file holds, and in what order; lets the
   * pipeline keep only these in memory. Pure, like `render`.
   */
  select(entries: readonly CollectionEntry[], config: SiteConfig): CollectionEntry[];
  render(entries: readonly CollectionEntry[], context: CollectionContext): ExportContent | Promise<ExportContent>;
}

/** Any exporter. */
export type Exporter = ArticleExporter | CollectionExporter;
