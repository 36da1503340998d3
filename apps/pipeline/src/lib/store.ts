import { randomUUID } from 'node:crypto';
import { mkdir, open as openFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { type Article, type CollectionEntry, type OutputFile, StoreError } from '@broadsheet/core';
import { type Database, type RootDatabase, open } from 'lmdb';

/** The store's folder inside `--out`. */
export const STORE_FOLDER = '.broadsheet';

/**
 * The shape of what the store holds. A store of another format is refused with
 * a message; bump this whenever a stored record changes shape.
 */
export const STORE_FORMAT = 3;

// Note: where LMDB keeps the shared structures of a database's values; a symbol is never an article's key.
const STRUCTURES = Symbol.for('structures');

/** The fields of an article a feed needs to select and order it, and the index to list it; kept apart so the whole model loads only when rendered. */
export type ArticleHead = Pick<
  Article,
  | 'id'
  | 'headline'
  | 'kicker'
  | 'description'
  | 'authors'
  | 'datePublished'
  | 'dateModified'
  | 'url'
  | 'image'
  | 'tags'
  | 'language'
  | 'direction'
  | 'wordCount'
  | 'readingMinutes'
  | 'keyPoints'
>;

const HEAD_KEYS: readonly (keyof ArticleHead)[] = [
  'id',
  'headline',
  'kicker',
  'description',
  'authors',
  'datePublished',
  'dateModified',
  'url',
  'image',
  'tags',
  'language',
  'direction',
  'wordCount',
  'readingMinutes',
  // Note: the index page lists an article without a description by its first key point.
  'keyPoints',
];

/** The input file an article was last exported from, and how to tell it has not changed. */
export interface StoredInput {
  /** Absolute path. */
  path: string;
  size: number;
  mtimeMs: number;
  /** SHA-256 of the file's bytes, hex. */
  hash: string;
}

/** One format's outputs of an article, and the fingerprint of what produced them. */
export interface StoredFormat {
  /** Hash of the input bytes, the config that matters to the format, the slug, the fallback date and Broadsheet's version. */
  fingerprint: string;
  files: OutputFile[];
}

/** Everything the store remembers about one article of the site. Its key is the slug. */
export interface StoredArticle {
  /** Unique within the site, given once and kept: the article's file names. */
  slug: string;
  /** `article.id` as exported, so the feed guid: the first version's content id, or the pinned id's. */
  id: string;
  /** The content id the current text parses to; when it changes, the article's content changed. */
  contentId: string;
  /** The front-matter `id`, when the input pins one. */
  pinnedId?: string;
  input: StoredInput;
  /** ISO 8601: when the article first entered the site (`SOURCE_DATE_EPOCH` when set). */
  firstSeen: string;
  /** ISO 8601: when its content last changed after it entered the site; the pipeline's `dateModified`. */
  modified?: string;
  /** Its outputs, by format (`pdf`, `docx`, ...), from whichever runs wrote them. */
  formats: Record<string, StoredFormat>;
  /** A token the store gives each saved version of the record: what the feed's fingerprint is made of. */
  revision: string;
}

/** What a collection file was last rendered from, so an unchanged site is not rendered again. */
export interface StoredCollection {
  fingerprint: string;
  bytes: number;
}

interface LockHolder {
  pid: number;
  host: string;
  since: string;
}

/**
 * The site's memory: an LMDB database in `OUT/.broadsheet/` holding every
 * article ever exported into the folder (its identity, slug, input, outputs
 * and model). One run at a time holds its lock; readers see whole commits only.
 *
 * Typical use: `open`, `lock`, read with `all`/`bySlug`/`byPath`/`entries`,
 * `save` or `remove` articles, `flush`, then `close` (which unlocks).
 */
export class SiteStore {
  readonly #root: RootDatabase;
  readonly #meta: Database;
  readonly #articles: Database<StoredArticle, string>;
  readonly #heads: Database<ArticleHead, string>;
  readonly #models: Database<Article, string>;
  readonly #display: string;
  readonly #pending = new Set<Promise<unknown>>();
  #records = new Map<string, StoredArticle>();
  #byPath = new Map<string, StoredArticle>();
  #byPin = new Map<string, StoredArticle>();
  #byHash = new Map<string, StoredArticle[]>();
  #locked = false;

  private constructor(root: RootDatabase, display: string) {
    this.#root = root;
    this.#display = display;
    this.#meta = root.openDB({ name: 'meta' });
    // Note: shared structures keep each record's field names once per database, not in every
    // value: reading ten thousand records is then several times faster.
    this.#articles = root.openDB<StoredArticle, string>({ name: 'articles', sharedStructuresKey: STRUCTURES });
    // Note: the heads (what the feeds and the index show) are apart from the records, so a
    // run that renders no feed (nothing changed) reads only what planning needs.
    this.#heads = root.openDB<ArticleHead, string>({ name: 'heads', sharedStructuresKey: STRUCTURES });
    this.#models = root.openDB<Article, string>({ name: 'models', compression: true, sharedStructuresKey: STRUCTURES });
  }

  /**
   * Opens (or creates) the store of the output folder `outDir`; `display` is
   * how the user named the folder. Throws a StoreError, before anything is
   * written, when the store is damaged or of another format.
   */
  static async open(outDir: string, display: string): Promise<SiteStore> {
    const folder = path.join(outDir, STORE_FOLDER);
    const shown = path.join(display, STORE_FOLDER);
    let store: SiteStore;
    try {
      await mkdir(folder, { recursive: true });
      await checkHeader(path.join(folder, 'data.mdb'));
      store = new SiteStore(open({ path: folder, maxDbs: 8 }), shown);
    } catch (error) {
      throw damaged(shown, error);
    }
    try {
      await store.#checkFormat();
    } catch (error) {
      await store.#root.close().catch(() => undefined);
      throw error instanceof StoreError ? error : damaged(shown, error);
    }
    return store;
  }

  async #checkFormat(): Promise<void> {
    const format = this.#meta.get('format') as unknown;
    if (format === undefined) {
      if (this.#articles.getKeysCount() > 0) throw damaged(this.#display, new Error('it holds articles but no format'));
      await this.#meta.put('format', STORE_FORMAT);
      return;
    }
    if (typeof format !== 'number') throw damaged(this.#display, new Error('its format is not a number'));
    if (format !== STORE_FORMAT) {
      const which = format > STORE_FORMAT ? 'a newer' : 'an older';
      throw new StoreError(
        `${this.#display} was written by ${which} Broadsheet (store format ${format}; this one reads ${STORE_FORMAT}). ${afresh(this.#display)}`,
      );
    }
  }

  /**
   * Takes the store's lock, so that no other run writes the same folder at
   * once. While a live process holds it, `onWait` is told once (with its pid)
   * and the lock is tried again every `pollMs`; a lock left by a process that
   * died is taken over.
   */
  async lock(onWait?: (holder: { pid: number }) => void, pollMs = 200): Promise<void> {
    let told = false;
    for (;;) {
      const holder = this.#meta.transactionSync(() => {
        const current = this.#meta.get('lock') as LockHolder | undefined;
        if (current && isAlive(current) && current.pid !== process.pid) return current;
        this.#meta.putSync('lock', { pid: process.pid, host: hostname(), since: new Date().toISOString() });
        return undefined;
      });
      if (holder === undefined) break;
      if (!told) onWait?.(holder);
      told = true;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
    this.#locked = true;
    this.#load();
  }

  /** Gives the lock back; the store stays open for reading. */
  async unlock(): Promise<void> {
    if (!this.#locked) return;
    await this.flush();
    this.#meta.transactionSync(() => {
      const current = this.#meta.get('lock') as LockHolder | undefined;
      if (current?.pid === process.pid) this.#meta.removeSync('lock');
    });
    this.#locked = false;
  }

  #load(): void {
    const records = new Map<string, StoredArticle>();
    try {
      for (const { key, value } of this.#articles.getRange()) {
        if (typeof key === 'symbol') continue;
        if (!isRecord(value) || value.slug !== key) throw new Error(`the record of "${String(key)}" is not whole`);
        records.set(key, value);
      }
    } catch (error) {
      throw damaged(this.#display, error);
    }
    this.#records = records;
    this.#byPath = new Map();
    this.#byPin = new Map();
    this.#byHash = new Map();
    for (const record of records.values()) this.#index(record);
  }

  #index(record: StoredArticle): void {
    this.#byPath.set(record.input.path, record);
    if (record.pinnedId !== undefined) this.#byPin.set(record.pinnedId, record);
    this.#byHash.set(record.input.hash, [...(this.#byHash.get(record.input.hash) ?? []), record]);
  }

  #unindex(record: StoredArticle): void {
    if (this.#byPath.get(record.input.path) === record) this.#byPath.delete(record.input.path);
    if (record.pinnedId !== undefined && this.#byPin.get(record.pinnedId) === record)
      this.#byPin.delete(record.pinnedId);
    const same = (this.#byHash.get(record.input.hash) ?? []).filter((other) => other !== record);
    if (same.length > 0) this.#byHash.set(record.input.hash, same);
    else this.#byHash.delete(record.input.hash);
  }

  /** Every stored article. */
  all(): StoredArticle[] {
    return [...this.#records.values()];
  }

  /** How many articles the site has. */
  get size(): number {
    return this.#records.size;
  }

  bySlug(slug: string): StoredArticle | undefined {
    return this.#records.get(slug);
  }

  /** The article last exported from the input at this absolute path. */
  byPath(file: string): StoredArticle | undefined {
    return this.#byPath.get(file);
  }

  /** The article whose input pins this front-matter `id`. */
  byPinnedId(pin: string): StoredArticle | undefined {
    return this.#byPin.get(pin);
  }

  /** The stored articles whose input had exactly these bytes. */
  byHash(hash: string): StoredArticle[] {
    return this.#byHash.get(hash) ?? [];
  }

  /** The head fields of a stored article's model (what the feeds select and order by). */
  head(slug: string): ArticleHead | undefined {
    return this.#heads.get(slug);
  }

  /** The full model of a stored article, as last exported. */
  model(slug: string): Article | undefined {
    return this.#models.get(slug);
  }

  /**
   * Records an article whose files are all in place (call it only after they
   * are renamed into the folder), with its model (and so its head); without
   * `article`, only the record changes (its input's size and time, say). When `previousSlug` is
   * another slug, that record goes in the same commit. Commits are batched;
   * `flush` waits for them.
   */
  save(fields: Omit<StoredArticle, 'revision'>, article?: Article, previousSlug?: string): void {
    this.#assertLocked();
    const old = this.#records.get(fields.slug);
    // Note: a record-only change (the input touched or moved) keeps the revision, so the feed is not rendered again.
    const revision = article === undefined && old ? old.revision : randomUUID();
    const record: StoredArticle = { ...fields, revision };
    if (old) this.#unindex(old);
    const moved =
      previousSlug !== undefined && previousSlug !== record.slug ? this.#records.get(previousSlug) : undefined;
    if (moved) {
      this.#unindex(moved);
      this.#records.delete(moved.slug);
    }
    this.#records.set(record.slug, record);
    this.#index(record);
    this.#track(
      this.#root.transaction(() => {
        if (moved) {
          this.#articles.remove(moved.slug);
          this.#heads.remove(moved.slug);
          this.#models.remove(moved.slug);
        }
        this.#articles.put(record.slug, record);
        if (article) {
          this.#heads.put(record.slug, headOf(article));
          this.#models.put(record.slug, article);
        }
      }),
    );
  }

  /** Forgets an article, and waits until that is committed (so its files can go after). */
  async remove(slug: string): Promise<void> {
    this.#assertLocked();
    const record = this.#records.get(slug);
    if (!record) return;
    this.#unindex(record);
    this.#records.delete(slug);
    await this.#track(
      this.#root.transaction(() => {
        this.#articles.remove(slug);
        this.#heads.remove(slug);
        this.#models.remove(slug);
      }),
    );
  }

  /** What the collection file `name` was last rendered from. */
  collection(name: string): StoredCollection | undefined {
    return this.#meta.get(`collection:${name}`) as StoredCollection | undefined;
  }

  /** Records that the collection file `name` is in place, rendered from `fingerprint`. */
  saveCollection(name: string, state: StoredCollection): void {
    this.#assertLocked();
    this.#track(this.#meta.put(`collection:${name}`, state));
  }

  /**
   * The site's articles as collection exporters take them. Each `article`
   * loads its head fields the first time one is read, and the rest of its
   * model the first time another field is, so selecting among ten thousand
   * articles loads only the heads, and the models of the ones a feed renders.
   */
  entries(): CollectionEntry[] {
    return this.all().map((record) => ({
      article: lazyArticle(
        () => this.head(record.slug),
        () => this.model(record.slug),
      ),
      slug: record.slug,
      files: Object.values(record.formats).flatMap((format) => format.files),
      firstSeen: record.firstSeen,
    }));
  }

  /** Waits until every save so far is committed to disk. */
  async flush(): Promise<void> {
    while (this.#pending.size > 0) await Promise.all(this.#pending);
  }

  /** Commits what is pending, gives the lock back and closes the database. */
  async close(): Promise<void> {
    try {
      await this.unlock();
    } finally {
      await this.#root.close();
    }
  }

  #track<T>(promise: Promise<T>): Promise<T> {
    this.#pending.add(promise);
    const done = () => this.#pending.delete(promise);
    promise.then(done, done);
    return promise;
  }

  #assertLocked(): void {
    if (!this.#locked) throw new Error('the store is written without its lock');
  }
}

/** The head fields of a model, as the store keeps them beside it. */
export function headOf(article: Article): ArticleHead {
  const head: Partial<Record<keyof ArticleHead, unknown>> = {};
  for (const key of HEAD_KEYS) if (article[key] !== undefined) head[key] = article[key];
  return head as ArticleHead;
}

// Note: a Proxy rather than a copy, so that a collection exporter sees an
// ordinary Article; only fields outside the head cost a read of the model.
function lazyArticle(loadHead: () => ArticleHead | undefined, load: () => Article | undefined): Article {
  let head: ArticleHead | undefined;
  let whole: Article | undefined;
  const full = (): Article => {
    whole ??= load();
    if (whole === undefined) throw new Error('the store has a record without its model');
    return whole;
  };
  const heads = (): ArticleHead => {
    head ??= loadHead();
    if (head === undefined) throw new Error('the store has a record without its head');
    return head;
  };
  const isHead = (key: string | symbol): key is keyof ArticleHead =>
    typeof key === 'string' && (HEAD_KEYS as readonly string[]).includes(key);
  return new Proxy({} as Article, {
    get: (_target, key) => (isHead(key) ? heads()[key] : Reflect.get(full(), key)),
    has: (_target, key) => Reflect.has(full(), key),
    ownKeys: () => Reflect.ownKeys(full()),
    getOwnPropertyDescriptor: (_target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(full(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
  });
}

// Note: LMDB trusts its file: a damaged header can crash the process instead of
// failing. Its two meta pages (LMDB's own layout) are checked before it opens the file.
const LMDB_MAGIC = 0xbeefc0de;
const MAGIC_AT = 24;
const PAGE_SIZE_AT = 48;

async function checkHeader(file: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof openFile>>;
  try {
    handle = await openFile(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  try {
    const { size } = await handle.stat();
    // Note: an empty file is what a run killed while creating the store leaves; LMDB starts it afresh.
    if (size === 0) return;
    const head = Buffer.alloc(PAGE_SIZE_AT + 4);
    await handle.read(head, 0, head.length, 0);
    const pageSize = head.readUInt32LE(PAGE_SIZE_AT);
    const second = Buffer.alloc(4);
    const pageSizeOk = pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) === 0;
    if (pageSizeOk) await handle.read(second, 0, 4, pageSize + MAGIC_AT);
    if (
      size < 2 * pageSize ||
      !pageSizeOk ||
      head.readUInt32LE(MAGIC_AT) !== LMDB_MAGIC ||
      second.readUInt32LE(0) !== LMDB_MAGIC
    )
      throw new Error('its database file does not start as an LMDB file does');
  } finally {
    await handle.close();
  }
}

function isRecord(value: unknown): value is StoredArticle {
  const record = value as StoredArticle | undefined;
  return (
    typeof record === 'object' &&
    record !== null &&
    typeof record.slug === 'string' &&
    typeof record.id === 'string' &&
    typeof record.firstSeen === 'string' &&
    typeof record.input === 'object' &&
    typeof record.input?.path === 'string' &&
    typeof record.formats === 'object'
  );
}

function isAlive(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function afresh(display: string): string {
  return `Delete ${display} to start the site's memory afresh: the next run re-exports its inputs, and articles not among them leave the feed (their files stay).`;
}

function damaged(display: string, error: unknown): StoreError {
  const reason = error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error);
  return new StoreError(`${display} is damaged and cannot be read (${reason}). ${afresh(display)}`, { cause: error });
}
