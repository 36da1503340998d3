import { createHash } from 'node:crypto';
import { readdir, rm, rmdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '@broadsheet/core';
import type { ArticleResult, ArticleTask } from './export-article.js';

/** The BullMQ queue every coordinator and worker of a Redis database shares. */
export const QUEUE_NAME = 'broadsheet-export';

/** The folder inside `--out` where workers stage each job's files until the coordinator places them. */
export const STAGING_FOLDER = '.broadsheet-queue';

/** Where to find Redis, from `--queue redis://HOST:PORT[/DB]`. */
export interface QueueLocation {
  /** The URL without its password, for messages. */
  display: string;
  connection: RedisAddress;
}

/** The parts of the URL that ioredis takes. */
export interface RedisAddress {
  host: string;
  port: number;
  db: number;
  username?: string;
  password?: string;
  tls?: Record<string, never>;
}

/** One article's job, as it travels through Redis: references, plus the bytes of small inputs. */
export interface QueueJobData {
  task: Omit<ArticleTask, 'content'> & { content?: string };
  /** Absolute `--out` folder, which every worker must see at this path. */
  out: string;
  /** A file in the staging folder whose text is `token`: a worker that reads it sees the folder. */
  probe: string;
  token: string;
}

/** What a job gives back: the export's result with its files staged in `--out` (the article too), or the one-line reason it failed. */
export type QueueJobResult =
  | (Omit<Extract<ArticleResult, { ok: true }>, 'display' | 'article' | 'files'> & { files: StagedFile[] })
  | { ok: false; error: string; warnings: string[] };

/** A file a worker wrote into the job's staging folder. */
export interface StagedFile {
  format: string;
  extension: string;
  mediaType: string;
  bytes: number;
}

// Note: below this size the input travels inside the job, so workers need only see --out.
export const INLINE_INPUT_BYTES = 64 * 1024;

/** Reads `--queue`; throws a UsageError for anything but `redis://` or `rediss://` URLs. */
export function parseQueueUrl(value: string): QueueLocation {
  let url: URL;
  try {
    url = new URL(value);
  } catch (error) {
    throw new UsageError(`--queue must be redis://HOST:PORT[/DB], not "${value}"`, { cause: error });
  }
  if ((url.protocol !== 'redis:' && url.protocol !== 'rediss:') || url.hostname === '')
    throw new UsageError(`--queue must be redis://HOST:PORT[/DB], not "${value}"`);
  const db = url.pathname.replace(/^\//, '');
  if (db !== '' && !/^\d{1,2}$/.test(db))
    throw new UsageError(`--queue: the database after the port must be a number, not "${db}"`);
  const connection: RedisAddress = {
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port === '' ? 6379 : Number(url.port),
    db: db === '' ? 0 : Number(db),
  };
  if (url.username !== '') connection.username = decodeURIComponent(url.username);
  if (url.password !== '') connection.password = decodeURIComponent(url.password);
  if (url.protocol === 'rediss:') connection.tls = {};
  const shown = new URL(url.href);
  shown.password = '';
  return { display: shown.href.replace(/\/$/, ''), connection };
}

/**
 * The job's id: a digest of everything its outputs depend on (the input's
 * bytes, and the rest of the task: its name, the config, the formats, the
 * slug, the dates; the output folder and this version), so the same article
 * enqueued twice is one job.
 */
export function jobIdFor(task: ArticleTask, digest: string, out: string, version: string): string {
  const { file, content: _content, ...rest } = task;
  const key = JSON.stringify([version, digest, path.extname(file).toLowerCase(), rest, out]);
  return createHash('sha256').update(key).digest('hex').slice(0, 40);
}

/** The staging folder of one job. */
export function stagingFolder(out: string, jobId: string): string {
  return path.join(out, STAGING_FOLDER, jobId);
}

// Note: a probe names the folder for jobs that may still wait in Redis after their
// coordinator was killed (a coordinator run again takes them over), so it stays a day.
const PROBE_KEPT_MS = 24 * 60 * 60 * 1000;

/**
 * Removes what queue runs left in `--out`'s staging folder: the files of jobs
 * no coordinator placed (it lost Redis, or was killed), and probes over a day
 * old; then the folder itself once empty. Call it only while holding the
 * store's lock, once the run's own articles are in place: no coordinator can
 * still want those files then.
 */
export async function removeLeftStaging(out: string): Promise<void> {
  const folder = path.join(out, STAGING_FOLDER);
  const names = await readdir(folder).catch(() => [] as string[]);
  const now = Date.now();
  for (const name of names) {
    const entry = path.join(folder, name);
    const info = await stat(entry).catch(() => undefined);
    if (info && (info.isDirectory() || now - info.mtimeMs > PROBE_KEPT_MS))
      await rm(entry, { recursive: true, force: true }).catch(() => undefined);
  }
  await rmdir(folder).catch(() => undefined);
}
