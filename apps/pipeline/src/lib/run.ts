import { existsSync } from 'node:fs';
import { mkdir, readdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { type OutputFile, type SiteConfig, SlugRegistry, UsageError, articleIdFromPin } from '@broadsheet/core';
import type { CommandOptions } from './args.js';
import { loadConfig } from './config-file.js';
import { type ArticleTask, describeError } from './export-article.js';
import { COLLECTION_FORMATS, type Format, assertAvailable, loadExporters } from './formats.js';
import { findInputs } from './inputs.js';
import { type PlannedInput, collectionFingerprint, fingerprint, isUnder, planInputs, siteDigest } from './plan.js';
import { removeLeftStaging } from './queue.js';
import { type RunResult, createRunner } from './runner.js';
import { tagCollectorFor, writeTagFeeds } from './tag-feeds.js';
import { SiteStore, type StoredArticle, type StoredFormat, type StoredInput } from './store.js';
import { discardTemporaries } from './stage.js';
import { moveIntoPlace, placeAtomic, removeStaleTempFiles, writeAtomic } from './write.js';

/** Where the run's paths are resolved and where its messages go. */
export interface RunEnvironment {
  /** Folder that relative inputs, `--out` and `--config` are resolved against. */
  base: string;
  /** `SOURCE_DATE_EPOCH`, when set. */
  sourceDateEpoch?: string | undefined;
  /** Called for each article as soon as it is written, found unchanged, removed, or has failed. */
  onArticle?: (event: ArticleEvent) => void;
  /** Called once the inputs are known. */
  onStart?: (total: number) => void;
  /** Called once when another run holds the output folder's lock, and this one waits for it. */
  onWait?: (holder: { pid: number }) => void;
  /** Keep every article's event in the report (for `--json`); otherwise only counts, so memory stays flat. */
  keepEvents?: boolean;
  /** The clock, for the time an article enters the site or changes when SOURCE_DATE_EPOCH is not set. */
  now?: () => Date;
}

/** What happened to an article in a run. */
export type ArticleStatus = 'exported' | 'unchanged' | 'removed' | 'failed';

/** One article's outcome, as reported while the run goes on. */
export type ArticleEvent =
  | {
      ok: true;
      status: Exclude<ArticleStatus, 'failed'>;
      input: string;
      slug: string;
      id: string;
      headline: string;
      files: WrittenFile[];
      warnings: string[];
    }
  | { ok: false; status: 'failed'; input: string; error: string; warnings: string[] };

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
  unchanged: number;
  removed: number;
  failed: number;
  /** Files written for articles, counted. */
  articleFiles: number;
  /** Each exported, unchanged or removed article, when `RunEnvironment.keepEvents` asks for them (else empty). */
  articles: Extract<ArticleEvent, { ok: true }>[];
  /** Each failure, when `RunEnvironment.keepEvents` asks for them (else empty). */
  failures: Extract<ArticleEvent, { ok: false }>[];
  /** Files for the whole site (the feed), whether written in this run or already up to date. */
  files: WrittenFile[];
}

// Note: 1980-01-01 is the earliest date a zip entry can hold, so every format can stamp it.
const FIXED_EPOCH = '1980-01-01T00:00:00.000Z';

/**
 * Runs one export into the site in `--out`: reads the config, takes the
 * store's lock, exports the inputs that are new or changed (each file written
 * atomically, then recorded), leaves the unchanged ones, removes what `--prune`
 * asks for, and renders the feed from the whole store. Throws UsageError,
 * ConfigError or StoreError before anything is written; an article that fails
 * is reported and the others go on.
 */
export async function runExport(options: CommandOptions, environment: RunEnvironment): Promise<RunReport> {
  const config = await loadConfig(options.config && path.resolve(environment.base, options.config), options.config);
  assertAvailable(options.formats);
  const fallbackDate = fallbackDateFrom(environment.sourceDateEpoch);
  const runTime = environment.sourceDateEpoch ? fallbackDate : (environment.now?.() ?? new Date()).toISOString();
  const inputs = await findInputs(options.inputs, environment.base);
  const outDir = path.resolve(environment.base, options.out);
  await prepareOutDir(outDir, options.out);
  const store = await SiteStore.open(outDir, options.out);
  try {
    await store.lock(environment.onWait);
    await removeStaleTempFiles(outDir);
    environment.onStart?.(inputs.length);
    const site: Site = { store, outDir, out: options.out, config, fallbackDate, runTime, formats: options.formats };
    const report: RunReport = {
      out: options.out,
      formats: options.formats,
      exported: 0,
      unchanged: 0,
      removed: 0,
      failed: 0,
      articleFiles: 0,
      articles: [],
      failures: [],
      files: [],
    };
    const tell = (event: ArticleEvent) => {
      if (event.ok) {
        report[event.status]++;
        if (event.status === 'exported') report.articleFiles += event.files.length;
        // Note: a copy, so that fields read lazily from the store are read while it is open.
        if (environment.keepEvents) report.articles.push({ ...event });
      } else {
        report.failed++;
        if (environment.keepEvents) report.failures.push(event);
      }
      environment.onArticle?.(event);
    };
    const present = new Set(await readdir(outDir));
    const plans = planInputs(inputs, store, { ...site, force: options.force, present });
    await exportPlanned(plans, site, options, tell);
    if (options.prune)
      await prune(
        options.inputs.map((input) => path.resolve(environment.base, input)),
        site,
        tell,
      );
    await store.flush();
    report.files = await writeCollections(site, present);
    // Note: files workers staged for a queue run that stopped early would otherwise stay in --out.
    await removeLeftStaging(outDir);
    return report;
  } finally {
    await store.close();
  }
}

/** What every step of a run needs to know about the site. */
interface Site {
  store: SiteStore;
  outDir: string;
  out: string;
  config: SiteConfig;
  fallbackDate: string;
  /** ISO 8601: the time an article entering the site, or changing, gets. */
  runTime: string;
  formats: Format[];
}

/** Exports the planned inputs, in input order, through a bounded window of worker tasks. */
async function exportPlanned(
  plans: readonly PlannedInput[],
  site: Site,
  options: Pick<CommandOptions, 'jobs' | 'queue'>,
  tell: (event: ArticleEvent) => void,
): Promise<void> {
  const slugs = new SlugRegistry();
  for (const record of site.store.all()) slugs.claim(record.slug);
  // Note: a slug pinned later in the run is taken before any new article's headline can claim it.
  for (const plan of plans) if (plan.kind === 'export' && plan.pinnedSlug !== undefined) slugs.claim(plan.pinnedSlug);
  const toExport = plans.filter((plan) => plan.kind === 'export');
  const runner = options.queue
    ? await (await import('./queue-runner.js')).createQueueRunner(options.queue, site.outDir)
    : await createRunner(options.jobs, toExport.length, { outDir: site.outDir, out: site.out });
  const taskFor = (plan: ExportPlan, slug?: string): ArticleTask => {
    const task: ArticleTask = {
      file: plan.path,
      display: plan.display,
      formats: plan.formats,
      siteFormats: site.formats,
      config: site.config,
      fallbackDate: site.fallbackDate,
    };
    const chosen = slug ?? plan.pinnedSlug ?? plan.record?.slug;
    if (chosen !== undefined) task.slug = chosen;
    const id = plan.record?.id ?? (plan.pinnedId === undefined ? undefined : articleIdFromPin(plan.pinnedId));
    if (plan.record || id !== undefined) {
      task.identity = { changedAt: site.runTime };
      if (id !== undefined) task.identity.id = id;
      if (plan.record) task.identity.contentId = plan.record.contentId;
      if (plan.record?.modified !== undefined) task.identity.modified = plan.record.modified;
    }
    return task;
  };
  // Note: tasks run ahead in a bounded window, but results are taken in input
  // order, so new slugs (and so file names) do not depend on which thread is
  // faster, and memory holds at most the window, whatever the corpus size.
  const window: Promise<RunResult>[] = [];
  try {
    const ahead = runner.threads * 4;
    let next = 0;
    for (const plan of plans) {
      if (plan.kind === 'failed') {
        tell({ ok: false, status: 'failed', input: plan.display, error: plan.error, warnings: [] });
        continue;
      }
      if (plan.kind === 'unchanged') {
        if (plan.input && !sameInput(plan.input, plan.record.input))
          site.store.save({ ...plan.record, input: plan.input });
        tell(storedEvent('unchanged', plan.record, plan.display, site));
        continue;
      }
      while (next < toExport.length && window.length < ahead)
        window.push(runner.run(taskFor(toExport[next++] as ExportPlan)));
      let result = await (window.shift() as Promise<RunResult>);
      if (result.ok && plan.record === undefined && plan.pinnedSlug === undefined) {
        const slug = slugs.claim(result.slug);
        if (slug !== result.slug) {
          await discard(result);
          result = await runner.run(taskFor(plan, slug));
        }
      } else if (result.ok) {
        slugs.claim(result.slug);
      }
      tell(await writeArticle(result, plan, site));
    }
  } finally {
    // Note: when the run stops early, the results still under way leave no temporary files behind.
    for (const settled of await Promise.allSettled(window))
      if (settled.status === 'fulfilled') await discard(settled.value);
    await runner.close();
  }
}

/** Removes the temporary files of a result that will not be put in place. */
async function discard(result: RunResult): Promise<void> {
  if (result.ok) await discardTemporaries(result.files);
}

type ExportPlan = Extract<PlannedInput, { kind: 'export' }>;

/**
 * Removes the stored articles whose input lies under one of `roots` (the
 * inputs named in the run, as absolute paths) and no longer exists.
 */
async function prune(roots: readonly string[], site: Site, tell: (event: ArticleEvent) => void): Promise<void> {
  // Note: a named input that does not exist (a typo) prunes nothing below it.
  const named = roots.filter((root) => existsSync(root));
  for (const record of site.store.all()) {
    if (!isUnder(record.input.path, named) || existsSync(record.input.path)) continue;
    const event = storedEvent('removed', record, record.input.path, site, site.store.head(record.slug)?.headline);
    await site.store.remove(record.slug);
    for (const file of filesOf(record)) await unlink(path.join(site.outDir, file.name)).catch(() => undefined);
    tell(event);
  }
}

function filesOf(record: StoredArticle): OutputFile[] {
  return Object.values(record.formats).flatMap((format) => format.files);
}

/**
 * The event of a stored article the run did not export. Its headline and files
 * are read only when asked for (--json, a removal's line): an unchanged site of
 * ten thousand articles need not read their heads or build sixty thousand paths.
 */
function storedEvent(
  status: 'unchanged' | 'removed',
  record: StoredArticle,
  input: string,
  site: Site,
  headline?: string,
): ArticleEvent {
  return {
    ok: true,
    status,
    input,
    slug: record.slug,
    id: record.id,
    get headline() {
      return headline ?? site.store.head(record.slug)?.headline ?? '';
    },
    get files() {
      return filesOf(record).map((file) => ({
        format: file.format,
        path: path.join(site.out, file.name),
        bytes: file.bytes,
      }));
    },
    warnings: [],
  };
}

function sameInput(a: StoredInput, b: StoredInput): boolean {
  return a.path === b.path && a.size === b.size && a.mtimeMs === b.mtimeMs && a.hash === b.hash;
}

/**
 * Puts one exported article's files in place (renames the temporary files the
 * worker wrote, places the queue's staged files, or writes the bytes), then
 * records it in the store; a failure to write is that article's failure, and
 * the store keeps what it had.
 */
async function writeArticle(result: RunResult, plan: ExportPlan, site: Site): Promise<ArticleEvent> {
  if (!result.ok)
    return { ok: false, status: 'failed', input: result.display, error: result.error, warnings: result.warnings };
  const files: WrittenFile[] = [];
  const outputs: OutputFile[] = [];
  try {
    for (const file of result.files) {
      const name = `${result.slug}.${file.extension}`;
      let bytes: number;
      if ('temporary' in file) {
        await moveIntoPlace(site.outDir, name, file.temporary);
        bytes = file.bytes;
      } else if ('staged' in file) {
        await placeAtomic(site.outDir, name, file.staged);
        bytes = file.bytes;
      } else bytes = await writeAtomic(site.outDir, name, file.content);
      files.push({ format: file.format, path: path.join(site.out, name), bytes });
      outputs.push({ format: file.format, name, mediaType: file.mediaType, bytes });
    }
  } catch (error) {
    // Note: the article is reported as failed, so none of its files stay: a part of the set would look exported.
    // The store still lists the old set, so the next run exports the article again.
    await Promise.all(outputs.map((output) => unlink(path.join(site.outDir, output.name)).catch(() => undefined)));
    await discardTemporaries(result.files);
    const error_ = `could not write to ${site.out}: ${describeError(error)}`;
    return { ok: false, status: 'failed', input: result.display, error: error_, warnings: result.warnings };
  }
  const { article } = result;
  const previous = plan.record;
  const formats: Record<string, StoredFormat> =
    previous && previous.slug === result.slug ? { ...previous.formats } : {};
  for (const format of plan.formats) {
    const made = outputs.filter((output) => output.format === format);
    if (made.length > 0)
      formats[format] = { fingerprint: fingerprint(format, result.inputHash, result.slug, site), files: made };
  }
  const record: Omit<StoredArticle, 'revision'> = {
    slug: result.slug,
    id: article.id,
    contentId: result.contentId,
    input: { path: plan.path, size: plan.info.size, mtimeMs: plan.info.mtimeMs, hash: result.inputHash },
    firstSeen: previous?.firstSeen ?? site.runTime,
    formats,
  };
  if (plan.pinnedId !== undefined) record.pinnedId = plan.pinnedId;
  if (result.modified !== undefined) record.modified = result.modified;
  site.store.save(record, article, previous?.slug);
  if (previous && previous.slug !== result.slug) {
    // Note: the record moved to the new slug in one commit; the old files go once that is on disk.
    await site.store.flush();
    for (const file of filesOf(previous)) await unlink(path.join(site.outDir, file.name)).catch(() => undefined);
  }
  return {
    ok: true,
    status: 'exported',
    input: result.display,
    slug: result.slug,
    id: article.id,
    headline: article.headline,
    files,
    warnings: result.warnings,
  };
}

/**
 * Renders each collection file (the feed) from the whole store, unless the
 * file is in place and nothing it shows has changed since it was rendered.
 */
async function writeCollections(site: Site, present: ReadonlySet<string>): Promise<WrittenFile[]> {
  const written: WrittenFile[] = [];
  const formats = site.formats.filter((format) => COLLECTION_FORMATS.includes(format));
  if (formats.length === 0) return written;
  const records = siteDigest(site.store.all());
  const exporters = await loadExporters(formats, 'collection');
  let changed = false;
  for (const exporter of exporters) {
    const stamp = collectionFingerprint(exporter.format, records, site);
    const stored = site.store.collection(exporter.fileName);
    let bytes = stored?.bytes ?? 0;
    if (stored?.fingerprint !== stamp || !present.has(exporter.fileName)) {
      changed = true;
      const selected = exporter.select(site.store.entries(), site.config);
      const content = await exporter.render(selected, {
        config: site.config,
        fallbackDate: site.fallbackDate,
        warn: () => undefined,
        formats: site.formats,
      });
      bytes = await writeAtomic(site.outDir, exporter.fileName, content);
      site.store.saveCollection(exporter.fileName, { fingerprint: stamp, bytes });
    }
    written.push({ format: exporter.format, path: path.join(site.out, exporter.fileName), bytes });
  }
  const tags = await tagCollectorFor(exporters, site.config);
  if (tags && (changed || !present.has('tags'))) {
    for (const entry of site.store.entries()) tags.add(entry);
    const target = { outDir: site.outDir, out: site.out, config: site.config, fallbackDate: site.fallbackDate };
    written.push(...(await writeTagFeeds(tags, exporters, target)));
  }
  return written;
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
