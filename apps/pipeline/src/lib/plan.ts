import { createHash } from 'node:crypto';
import { type Stats, existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { type SiteConfig, readIdentityPins } from '@broadsheet/core';
import { hashBytes } from './export-article.js';
import { ARTICLE_FORMATS, COLLECTION_FORMATS, CONFIG_USED, type Format } from './formats.js';
import { type InputFile, describeFsError } from './inputs.js';
import { STORE_FORMAT, type SiteStore, type StoredArticle, type StoredInput } from './store.js';
import { version } from './version.js';

/** What a run does with one input. */
export type PlannedInput =
  | { kind: 'failed'; display: string; error: string }
  | {
      kind: 'unchanged';
      display: string;
      record: StoredArticle;
      /** The input as it is now, when it differs from the stored one (touched, or moved): the record is updated. */
      input?: StoredInput;
    }
  | {
      kind: 'export';
      display: string;
      path: string;
      /** The stored article this input is, when the site has it. */
      record?: StoredArticle;
      /** The slug the front matter pins, when it does. */
      pinnedSlug?: string;
      /** The id the front matter pins, when it does. */
      pinnedId?: string;
      info: Stats;
      /** The article formats to render: all those asked, or only the stale ones when the input is unchanged. */
      formats: Format[];
    };

/** What decides whether an article's stored outputs can stay. */
export interface Freshness {
  formats: readonly Format[];
  config: SiteConfig;
  fallbackDate: string;
  /** Re-export everything (`--force`). */
  force: boolean;
  /** Names of the files in the output folder now. */
  present: ReadonlySet<string>;
}

/**
 * Decides, for each input in order, which stored article it is and whether
 * its outputs are up to date. The identity rule:
 * 1. a front-matter `id` is the same article wherever its file is;
 * 2. else a front-matter `slug` held by an article whose file is gone, or is this one, is that article;
 * 3. else the file at the same path is the same article, whatever its text now;
 * 4. else a file with exactly the bytes of an article whose file is gone is that article, moved.
 * Anything else is a new article. Two inputs of one run are never the same article.
 */
export function planInputs(inputs: readonly InputFile[], store: SiteStore, freshness: Freshness): PlannedInput[] {
  const claimed = new Map<string, string>();
  const plans: PlannedInput[] = [];
  for (const input of inputs) {
    if ('error' in input) {
      plans.push({ kind: 'failed', display: input.display, error: input.error });
      continue;
    }
    let info: Stats;
    try {
      info = statSync(input.path);
    } catch (error) {
      plans.push({ kind: 'failed', display: input.display, error: describeFsError(error) });
      continue;
    }
    const plan = planOne(input, info, store, freshness, claimed);
    if (plan.kind !== 'failed') {
      const slug = plan.kind === 'unchanged' ? plan.record.slug : (plan.record?.slug ?? plan.pinnedSlug);
      if (slug !== undefined) claimed.set(slug, input.display);
    }
    plans.push(plan);
  }
  return plans;
}

function planOne(
  input: { path: string; display: string },
  info: Stats,
  store: SiteStore,
  freshness: Freshness,
  claimed: ReadonlyMap<string, string>,
): PlannedInput {
  const atPath = store.byPath(input.path);
  const free = (record: StoredArticle | undefined) => (record && !claimed.has(record.slug) ? record : undefined);
  // Note: like git, an input whose size and modification time are as stored is taken as unchanged unread.
  if (atPath && sameFile(atPath, info) && !claimed.has(atPath.slug)) {
    const stale = staleFormats(atPath, atPath.input.hash, freshness);
    if (stale.length === 0) return { kind: 'unchanged', display: input.display, record: atPath };
    return exportPlan(input, info, atPath, atPath.pinnedId === undefined ? {} : { id: atPath.pinnedId }, stale);
  }
  if (info.isDirectory()) return { kind: 'failed', display: input.display, error: 'is a folder' };
  let bytes: Buffer;
  try {
    bytes = readFileSync(input.path);
  } catch (error) {
    return { kind: 'failed', display: input.display, error: describeFsError(error) };
  }
  const hash = hashBytes(bytes);
  const pins = /\.json$/i.test(input.path) ? {} : readIdentityPins(bytes);
  let record: StoredArticle | undefined;
  if (pins.id !== undefined) {
    const pinned = store.byPinnedId(pins.id);
    if (pinned && claimed.has(pinned.slug))
      return failedPin(input.display, `the id "${pins.id}" is also pinned by ${claimed.get(pinned.slug)}`);
    record = pinned ?? (atPath?.pinnedId === undefined ? free(atPath) : undefined);
  } else {
    const holder = pins.slug === undefined ? undefined : store.bySlug(pins.slug);
    record =
      (isGone(holder, input.path) ? free(holder) : undefined) ??
      free(atPath) ??
      store.byHash(hash).find((stored) => free(stored) && isGone(stored, input.path));
  }
  if (pins.slug !== undefined && pins.slug !== record?.slug) {
    const holder = claimed.get(pins.slug) ?? store.bySlug(pins.slug)?.input.path;
    if (holder !== undefined)
      return failedPin(input.display, `the slug "${pins.slug}" is already the slug of ${holder}`);
  }
  const sameSlug = pins.slug === undefined || pins.slug === record?.slug;
  const all = articleFormats(freshness.formats);
  const stale = record && sameSlug && record.input.hash === hash ? staleFormats(record, hash, freshness) : all;
  if (record && stale.length === 0) {
    const now: StoredInput = { path: input.path, size: info.size, mtimeMs: info.mtimeMs, hash };
    return { kind: 'unchanged', display: input.display, record, input: now };
  }
  return exportPlan(input, info, record, pins, stale);
}

function exportPlan(
  input: { path: string; display: string },
  info: Stats,
  record: StoredArticle | undefined,
  pins: { slug?: string; id?: string },
  formats: Format[],
): PlannedInput {
  const plan: PlannedInput = { kind: 'export', display: input.display, path: input.path, info, formats };
  if (record) plan.record = record;
  if (pins.slug !== undefined) plan.pinnedSlug = pins.slug;
  if (pins.id !== undefined) plan.pinnedId = pins.id;
  return plan;
}

function failedPin(display: string, reason: string): PlannedInput {
  return { kind: 'failed', display, error: `${reason}: give it another slug or id in its front matter` };
}

/** Whether the stored article's input is this path, or no longer exists. */
function isGone(record: StoredArticle | undefined, file: string): boolean {
  return record !== undefined && (record.input.path === file || !existsSync(record.input.path));
}

function sameFile(record: StoredArticle, info: Stats): boolean {
  return record.input.size === info.size && record.input.mtimeMs === info.mtimeMs;
}

/** The asked article formats whose files are missing, or were made from another input, config or version. */
function staleFormats(record: StoredArticle, hash: string, freshness: Freshness): Format[] {
  const formats = articleFormats(freshness.formats);
  if (freshness.force || record.input.size > freshness.config.input.maxBytes) return formats;
  const article = articleDigest(hash, record.slug);
  return formats.filter((format) => {
    const stored = record.formats[format];
    if (stored?.fingerprint !== formatFingerprint(format, article, freshness)) return true;
    return stored.files.some((file) => !freshness.present.has(file.name));
  });
}

function articleFormats(formats: readonly Format[]): Format[] {
  return formats.filter((format) => ARTICLE_FORMATS.includes(format));
}

/**
 * The fingerprint of one format's outputs of one article: what produced them.
 * The same fingerprint means the same bytes would be written again.
 */
export function fingerprint(
  format: Format,
  inputHash: string,
  slug: string,
  freshness: Pick<Freshness, 'config' | 'fallbackDate' | 'formats'>,
): string {
  return formatFingerprint(format, articleDigest(inputHash, slug), freshness);
}

// Note: a fingerprint is the run's context for the format (its first 64 bits: it
// only tells configs and versions apart) then the article's digest, so that checking
// every format of ten thousand articles costs one digest per article, not per format.
function formatFingerprint(
  format: Format,
  article: string,
  freshness: Pick<Freshness, 'config' | 'fallbackDate' | 'formats'>,
): string {
  return `${contextOf(format, freshness).slice(0, 16)}${article}`;
}

function articleDigest(inputHash: string, slug: string): string {
  return digest([inputHash, slug]);
}

// Note: what a run's config, version and formats contribute to a fingerprint is the
// same for every article; a site of ten thousand articles digests it once per format.
const contexts = new WeakMap<SiteConfig, Map<string, string>>();

function contextOf(format: Format, freshness: Pick<Freshness, 'config' | 'fallbackDate' | 'formats'>): string {
  // Note: a page links the feeds the run writes, so they are part of what made it.
  const feeds =
    format === 'html' ? freshness.formats.filter((other) => COLLECTION_FORMATS.includes(other)).join(',') : '';
  const key = `${format}\n${freshness.fallbackDate}\n${feeds}`;
  let known = contexts.get(freshness.config);
  if (known === undefined) {
    known = new Map<string, string>();
    contexts.set(freshness.config, known);
  }
  let context = known.get(key);
  if (context === undefined) {
    context = digest([`broadsheet ${version}`, `store ${STORE_FORMAT}`, key, configPart(format, freshness.config)]);
    known.set(key, context);
  }
  return context;
}

/** The fingerprint of a collection file (the feed): the whole site's records (see `siteDigest`), the config and the version. */
export function collectionFingerprint(
  format: string,
  site: string,
  freshness: Pick<Freshness, 'config' | 'fallbackDate'>,
): string {
  return digest([
    `broadsheet ${version}`,
    `store ${STORE_FORMAT}`,
    format,
    freshness.fallbackDate,
    canonicalJson(freshness.config),
    site,
  ]);
}

/** A digest of which articles the site holds and which version of each: what every collection file shows. */
export function siteDigest(records: readonly StoredArticle[]): string {
  const hash = createHash('sha256');
  for (const record of [...records].sort((a, b) => (a.slug < b.slug ? -1 : 1)))
    hash.update(`\n${record.slug} ${record.revision}`);
  return hash.digest('hex');
}

function configPart(format: Format, config: SiteConfig): string {
  const used = CONFIG_USED[format];
  if (used === 'all') return canonicalJson(config);
  return canonicalJson(Object.fromEntries(used.map((key) => [key, config[key]])));
}

function digest(parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\n')).digest('hex');
}

/** JSON with object keys sorted, so that the order of a config file's fields does not matter. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Whether `file` lies under one of the folders or is one of the files named as `roots`. */
export function isUnder(file: string, roots: readonly string[]): boolean {
  return roots.some((root) => file === root || file.startsWith(root.endsWith(path.sep) ? root : root + path.sep));
}
