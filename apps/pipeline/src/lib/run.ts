import { mkdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import {
  type CollectionEntry,
  type CollectionExporter,
  type OutputFile,
  type SiteConfig,
  SlugRegistry,
  UsageError,
} from '@broadsheet/core';
import type { CommandOptions } from './args.js';
import { loadConfig } from './config-file.js';
import { type ArticleTask, describeError } from './export-article.js';
import { type Format, assertAvailable, loadExporters } from './formats.js';
import { type InputFile, findInputs } from './inputs.js';
import { type RunResult, createRunner } from './runner.js';
import { tagCollectorFor, writeTagFeeds } from './tag-feeds.js';
import { placeAtomic, removeStaleTempFiles, writeAtomic } from './write.js';

/** Where the run's paths are resolved and where its messages go. */
export interface RunEnvironment {
  /** Folder that relative inputs, `--out` and `--config` are resolved against. */
  base: string;
  /** `SOURCE_DATE_EPOCH`, when set. */
  sourceDateEpoch?: string | undefined;
  /** Called for each article as soon as it is written or has failed. */
  onArticle?: (event: ArticleEvent) => void;
  /** Called once the inputs are known. */
  onStart?: (total: number) => void;
  /** Keep every article's event in the report (for `--json`); otherwise only counts, so memory stays flat. */
  keepEvents?: boolean;
}

/** One article's outcome, as reported while the run goes on. */
export type ArticleEvent =
  | { ok: true; input: string; slug: string; id: string; headline: string; files: WrittenFile[]; warnings: string[] }
  | { ok: false; input: string; error: string; warnings: string[] };

/** A file the run wrote. */
export interface WrittenFile {
  format: string;
  /** Path as the user would type it: the `--out` folder joined with the name. */
  path: string;
  bytes: number;
}

/** Everything the run did, for the summary and for `--json`. */
export interface RunReport {
  out: string;
  formats: Format[];
  exported: number;
  failed: number;
  /** Files written for articles, counted. */
  articleFiles: number;
  /** Each exported article, when `RunEnvironment.keepEvents` asks for them (else empty). */
  articles: Extract<ArticleEvent, { ok: true }>[];
  /** Each failure, when `RunEnvironment.keepEvents` asks for them (else empty). */
  failures: Extract<ArticleEvent, { ok: false }>[];
  /** Files for the whole run (the feed). */
  files: WrittenFile[];
}

// Note: 1980-01-01 is the earliest date a zip entry can hold, so every format can stamp it.
const FIXED_EPOCH = '1980-01-01T00:00:00.000Z';

/**
 * Runs one export: reads the config, loads the exporters, exports every input
 * in order and writes each file atomically into `--out`, then the feed.
 * Throws UsageError/ConfigError before anything is written; an article that
 * fails is reported and the others go on.
 */
export async function runExport(options: CommandOptions, environment: RunEnvironment): Promise<RunReport> {
  const config = await loadConfig(options.config && path.resolve(environment.base, options.config), options.config);
  assertAvailable(options.formats);
  const collections = await loadExporters(options.formats, 'collection');
  const fallbackDate = fallbackDateFrom(environment.sourceDateEpoch);
  const inputs = await findInputs(options.inputs, environment.base);
  const outDir = path.resolve(environment.base, options.out);
  await prepareOutDir(outDir, options.out);
  environment.onStart?.(inputs.length);

  const report: RunReport = {
    out: options.out,
    formats: options.formats,
    exported: 0,
    failed: 0,
    articleFiles: 0,
    articles: [],
    failures: [],
    files: [],
  };
  const slugs = new SlugRegistry();
  const feeds = collections.map((exporter) => ({ exporter, held: [] as CollectionEntry[] }));
  const tags = await tagCollectorFor(collections, config);
  const runner = options.queue
    ? await (await import('./queue-runner.js')).createQueueRunner(options.queue, outDir)
    : await createRunner(options.jobs, inputs.length);
  const taskFor = (input: Extract<InputFile, { display: string; path: string }>, slug?: string): ArticleTask => ({
    file: input.path,
    display: input.display,
    formats: options.formats,
    config,
    fallbackDate,
    ...(slug === undefined ? {} : { slug }),
  });
  const start = (input: InputFile): Promise<RunResult> =>
    'error' in input
      ? Promise.resolve({ ok: false, display: input.display, error: input.error, warnings: [] })
      : runner.run(taskFor(input));

  try {
    // Note: tasks run ahead in a bounded window, but results are taken in input
    // order, so slugs (and so file names) do not depend on which thread is faster,
    // and memory holds at most the window, whatever the corpus size.
    const window: Promise<RunResult>[] = [];
    const ahead = runner.threads * 4;
    let next = 0;
    for (const input of inputs) {
      while (next < inputs.length && window.length < ahead) window.push(start(inputs[next++] as InputFile));
      let result = await (window.shift() as Promise<RunResult>);
      if (result.ok && !('error' in input)) {
        const slug = slugs.claim(result.slug);
        if (slug !== result.slug) result = await runner.run(taskFor(input, slug));
      }
      const { event, outputs } = await writeArticle(result, outDir, options.out);
      if (event.ok && result.ok) {
        const entry: CollectionEntry = { article: result.article, slug: event.slug, files: outputs };
        for (const feed of feeds) feed.held = feed.exporter.select([...feed.held, entry], config);
        tags?.add(entry);
      }
      if (event.ok) {
        report.exported++;
        report.articleFiles += event.files.length;
        if (environment.keepEvents) report.articles.push(event);
      } else {
        report.failed++;
        if (environment.keepEvents) report.failures.push(event);
      }
      environment.onArticle?.(event);
    }
  } finally {
    await runner.close();
  }

  for (const { exporter, held } of feeds) {
    report.files.push(
      await writeCollection(exporter, held, {
        outDir,
        out: options.out,
        config,
        fallbackDate,
        formats: options.formats,
      }),
    );
  }
  if (tags)
    report.files.push(...(await writeTagFeeds(tags, collections, { outDir, out: options.out, config, fallbackDate })));
  return report;
}

/** Writes one article's files; a failure to write is that article's failure. */
async function writeArticle(
  result: RunResult,
  outDir: string,
  out: string,
): Promise<{ event: ArticleEvent; outputs: OutputFile[] }> {
  const outputs: OutputFile[] = [];
  if (!result.ok)
    return { event: { ok: false, input: result.display, error: result.error, warnings: result.warnings }, outputs };
  const files: WrittenFile[] = [];
  try {
    for (const file of result.files) {
      const name = `${result.slug}.${file.extension}`;
      const bytes =
        'staged' in file ? await placeAtomic(outDir, name, file.staged) : await writeAtomic(outDir, name, file.content);
      files.push({ format: file.format, path: path.join(out, name), bytes });
      outputs.push({ format: file.format, name, mediaType: file.mediaType, bytes });
    }
  } catch (error) {
    // Note: the article is reported as failed, so none of its files stay: a part of the set would look exported.
    await Promise.all(outputs.map((output) => unlink(path.join(outDir, output.name)).catch(() => undefined)));
    const error_ = `could not write to ${out}: ${describeError(error)}`;
    return { event: { ok: false, input: result.display, error: error_, warnings: result.warnings }, outputs: [] };
  }
  const { article } = result;
  const event: ArticleEvent = {
    ok: true,
    input: result.display,
    slug: result.slug,
    id: article.id,
    headline: article.headline,
    files,
    warnings: result.warnings,
  };
  return { event, outputs };
}

async function writeCollection(
  exporter: CollectionExporter,
  entries: CollectionEntry[],
  target: { outDir: string; out: string; config: SiteConfig; fallbackDate: string; formats: readonly Format[] },
): Promise<WrittenFile> {
  const warnings: string[] = [];
  const content = await exporter.render(entries, {
    config: target.config,
    fallbackDate: target.fallbackDate,
    warn: (message) => warnings.push(message),
    formats: target.formats,
  });
  const bytes = await writeAtomic(target.outDir, exporter.fileName, content);
  return { format: exporter.format, path: path.join(target.out, exporter.fileName), bytes };
}

async function prepareOutDir(outDir: string, display: string): Promise<void> {
  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    throw new UsageError(`--out ${display}: cannot create the folder (${describeError(error)})`, { cause: error });
  }
  await removeStaleTempFiles(outDir);
}

/** The date for outputs whose article has none: SOURCE_DATE_EPOCH (seconds), else a fixed epoch. */
export function fallbackDateFrom(sourceDateEpoch: string | undefined): string {
  if (sourceDateEpoch === undefined || sourceDateEpoch === '') return FIXED_EPOCH;
  if (!/^\d{1,12}$/.test(sourceDateEpoch))
    throw new UsageError(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${sourceDateEpoch}"`);
  return new Date(Number(sourceDateEpoch) * 1000).toISOString();
}
