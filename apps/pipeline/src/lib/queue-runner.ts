import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { mkdir, rm, rmdir, unlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type Article, BroadsheetError } from '@broadsheet/core';
import { type JobsOptions, Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { type ArticleTask, type PlacedFile, exportArticle } from './export-article.js';
import {
  INLINE_INPUT_BYTES,
  QUEUE_NAME,
  type QueueJobData,
  type QueueJobResult,
  type QueueLocation,
  STAGING_FOLDER,
  jobIdFor,
  stagingFolder,
} from './queue.js';
import type { Runner, RunResult } from './runner.js';
import { writeAtomic } from './write.js';

/** How long the coordinator waits for Redis, at the start and after losing it, before it gives up. */
export const REDIS_PATIENCE_MS = 10_000;
// Note: a crash (a worker thread dying, a write failing) is retried on any worker this many times in all.
export const ATTEMPTS = 3;
// Note: how far ahead of the article being written the coordinator enqueues; workers on many machines need a deep queue.
const AHEAD = 256;

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

const JOB_OPTIONS: JobsOptions = {
  attempts: ATTEMPTS,
  backoff: { type: 'fixed', delay: 500 },
  // Note: a finished job leaves Redis at once (its result travels in the event
  // stream), so the database stays small whatever the corpus; a job enqueued
  // again while it waits or runs is the same job.
  removeOnComplete: true,
  removeOnFail: true,
};

interface Waiter {
  resolve: (result: QueueJobResult) => void;
  reject: (error: Error) => void;
}

/**
 * The coordinator's side of the queue: each task becomes a BullMQ job (id from
 * the input's digest, the config and the version), run by `broadsheet worker`
 * processes anywhere; each result names the files the worker staged in `--out`.
 * If Redis stays out of reach for REDIS_PATIENCE_MS, every pending task fails
 * with a BroadsheetError that says so.
 */
export async function createQueueRunner(location: QueueLocation, outDir: string): Promise<Runner> {
  const watch = new ConnectionWatch(location.display);
  const client = watch.add(new Redis({ ...location.connection, ...CONNECTION_OPTIONS }));
  const listener = watch.add(new Redis({ ...location.connection, ...CONNECTION_OPTIONS }));
  try {
    await watch.ready();
  } catch (error) {
    client.disconnect();
    listener.disconnect();
    throw error;
  }
  const queue = new Queue<QueueJobData, QueueJobResult>(QUEUE_NAME, { connection: client });
  const events = new QueueEvents(QUEUE_NAME, { connection: listener, autorun: true });
  queue.on('error', () => undefined);
  events.on('error', () => undefined);
  await events.waitUntilReady();

  const waiters = new Map<string, Waiter[]>();
  const settle = (jobId: string, result: QueueJobResult | Error) => {
    const found = waiters.get(jobId);
    if (!found) return;
    waiters.delete(jobId);
    for (const waiter of found) result instanceof Error ? waiter.reject(result) : waiter.resolve(result);
  };
  events.on('completed', ({ jobId, returnvalue }) => settle(jobId, parseResult(returnvalue)));
  events.on('failed', ({ jobId, failedReason }) =>
    settle(jobId, { ok: false, error: describeCrash(failedReason), warnings: [] }),
  );
  watch.onLost = (error) => {
    for (const jobId of [...waiters.keys()]) settle(jobId, error);
  };

  const token = randomBytes(16).toString('hex');
  const probe = `probe-${token.slice(0, 12)}.txt`;
  await mkdir(path.join(outDir, STAGING_FOLDER), { recursive: true });
  await writeAtomic(path.join(outDir, STAGING_FOLDER), probe, token);
  const consumed = new Set<string>();

  let batch: { name: string; data: QueueJobData; opts: JobsOptions }[] = [];
  const flush = () => {
    const jobs = batch;
    batch = [];
    queue.addBulk(jobs).catch((error: unknown) => {
      for (const job of jobs) settle(job.opts.jobId ?? '', watch.failure(error));
    });
  };
  const enqueue = (jobId: string, data: QueueJobData): Promise<QueueJobResult> =>
    new Promise((resolve, reject) => {
      if (watch.lost) return reject(watch.lost);
      const found = waiters.get(jobId);
      if (found) return found.push({ resolve, reject });
      waiters.set(jobId, [{ resolve, reject }]);
      if (batch.length === 0) setImmediate(flush);
      batch.push({ name: 'export', data, opts: { ...JOB_OPTIONS, jobId } });
    });

  const runOnQueue = async (task: ArticleTask): Promise<RunResult> => {
    const input = readInput(task);
    // Note: an input the coordinator cannot read, or one over the size limit, fails here with the local run's words.
    if (input === undefined) return exportArticle(task);
    const { content: _content, ...rest } = task;
    const data: QueueJobData = {
      task: { ...rest, ...(input.length <= INLINE_INPUT_BYTES ? { content: input.toString('base64') } : {}) },
      out: outDir,
      probe,
      token,
    };
    const digest = createHash('sha256').update(input).digest('hex');
    const jobId = jobIdFor(task, digest, outDir, version);
    for (let attempt = 0; ; attempt++) {
      const result = await enqueue(jobId, data);
      if (!result.ok) return { ok: false, display: task.display, error: result.error, warnings: result.warnings };
      const placed = readStaged(outDir, jobId, result);
      if (placed) {
        consumed.add(jobId);
        return { ...result, display: task.display, ...placed };
      }
      // Note: another coordinator sharing this job already cleared its staged files; run it again.
      if (attempt >= 1)
        return {
          ok: false,
          display: task.display,
          error: 'the files a worker wrote vanished from --out',
          warnings: [],
        };
    }
  };

  return {
    threads: AHEAD / 4,
    run: (task) => {
      const result = runOnQueue(task);
      // Note: the run awaits results in order and may stop at the first lost connection; the rest are not left unhandled.
      result.catch(() => undefined);
      return result;
    },
    close: async () => {
      const jobs = [...consumed];
      await Promise.all(
        Array.from({ length: REMOVING }, async () => {
          for (let jobId = jobs.pop(); jobId !== undefined; jobId = jobs.pop()) await removeStaged(outDir, jobId);
        }),
      );
      await rm(path.join(outDir, STAGING_FOLDER, probe), { force: true }).catch(() => undefined);
      await rmdir(path.join(outDir, STAGING_FOLDER)).catch(() => undefined);
      watch.stop();
      await Promise.race([
        Promise.all([events.close(), queue.close()]),
        new Promise((resolve) => setTimeout(resolve, 2000).unref()),
      ]).catch(() => undefined);
      client.disconnect();
      listener.disconnect();
    },
  };
}

const CONNECTION_OPTIONS = {
  maxRetriesPerRequest: null,
  connectTimeout: 5000,
  retryStrategy: (times: number) => Math.min(times * 250, 1000),
};

// Note: the coordinator's per-article file work is done with synchronous calls:
// its thread only waits for Redis meanwhile, and each promise-based call costs
// several hand-offs to the thread pool, which is most of the coordination overhead.
function readInput(task: ArticleTask): Buffer | undefined {
  try {
    const info = statSync(task.file);
    if (!info.isFile() || info.size > task.config.input.maxBytes) return undefined;
    return readFileSync(task.file);
  } catch {
    return undefined;
  }
}

/** The article a worker staged for the job, and its files, to be moved into place; undefined when they are gone. */
function readStaged(
  outDir: string,
  jobId: string,
  result: Extract<QueueJobResult, { ok: true }>,
): { article: Article; files: PlacedFile[] } | undefined {
  const folder = stagingFolder(outDir, jobId);
  let article: Article;
  try {
    article = JSON.parse(readFileSync(path.join(folder, 'article.json'), 'utf8')) as Article;
  } catch {
    return undefined;
  }
  const files = result.files.map(
    (file): PlacedFile => ({
      format: file.format,
      extension: file.extension,
      mediaType: file.mediaType,
      staged: path.join(folder, `${result.slug}.${file.extension}`),
      bytes: file.bytes,
    }),
  );
  return { article, files };
}

/** Removes a job's staging folder: once its files are moved out, only the article is left in it. */
async function removeStaged(outDir: string, jobId: string): Promise<void> {
  const folder = stagingFolder(outDir, jobId);
  try {
    await unlink(path.join(folder, 'article.json'));
    await rmdir(folder);
  } catch {
    // Note: files the run did not place (a failed write, a slug taken meanwhile) are still there.
    await rm(folder, { recursive: true, force: true }).catch(() => undefined);
  }
}

// Note: removals run this many at a time, so slow storage costs the run's end little.
const REMOVING = 16;

function parseResult(returnvalue: unknown): QueueJobResult {
  const value = typeof returnvalue === 'string' ? (JSON.parse(returnvalue) as unknown) : returnvalue;
  if (typeof value === 'object' && value !== null && 'ok' in value) return value as QueueJobResult;
  return { ok: false, error: 'a worker gave back a result this version does not understand', warnings: [] };
}

function describeCrash(reason: string): string {
  const line = reason.split('\n')[0] ?? reason;
  if (/stalled more than allowable limit/i.test(line))
    return `the workers running it stopped ${ATTEMPTS} times (killed, or out of memory)`;
  if (/ERR_WORKER_OUT_OF_MEMORY|out of memory/i.test(line))
    return `ran out of memory on the workers ${ATTEMPTS} times while exporting`;
  return `the workers failed on it ${ATTEMPTS} times: ${line}`;
}

/**
 * Follows the coordinator's Redis connections: `ready()` waits for the first
 * connection (or gives up with a clear error), and once the run is going, a
 * connection down for REDIS_PATIENCE_MS calls `onLost` with the error to report.
 */
class ConnectionWatch {
  lost: BroadsheetError | undefined;
  onLost: (error: BroadsheetError) => void = () => undefined;
  closing = false;
  private readonly connections: Redis[] = [];
  private lastError = '';
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly display: string) {}

  add(connection: Redis): Redis {
    this.connections.push(connection);
    connection.on('error', (error: Error) => {
      this.lastError = error.message;
    });
    connection.on('close', () => this.down());
    connection.on('ready', () => this.up());
    return connection;
  }

  /** Resolves once every connection is ready; rejects after REDIS_PATIENCE_MS. */
  ready(): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (this.connections.every((connection) => connection.status === 'ready')) {
          clearTimeout(timer);
          resolve();
        }
      };
      const timer = setTimeout(() => {
        for (const connection of this.connections) connection.off('ready', check);
        reject(
          new BroadsheetError(
            `cannot reach Redis at ${this.display}${this.lastError ? ` (${this.lastError})` : ''}; is it running?`,
          ),
        );
      }, REDIS_PATIENCE_MS);
      for (const connection of this.connections) connection.on('ready', check);
      check();
    });
  }

  /** The error a failed Redis command stands for, from the run's point of view. */
  failure(error: unknown): BroadsheetError {
    return this.lost ?? new BroadsheetError(`Redis at ${this.display} refused a job: ${(error as Error).message}`);
  }

  private down(): void {
    if (this.closing || this.timer || this.lost) return;
    this.timer = setTimeout(() => {
      this.lost = new BroadsheetError(
        `lost the connection to Redis at ${this.display}${this.lastError ? ` (${this.lastError})` : ''} for ${REDIS_PATIENCE_MS / 1000} s; stopped. The articles written so far are complete; run again to export the rest.`,
      );
      this.onLost(this.lost);
    }, REDIS_PATIENCE_MS);
  }

  /** Stops following: the run is over, and closing the connections is not losing them. */
  stop(): void {
    this.closing = true;
    clearTimeout(this.timer);
  }

  private up(): void {
    if (this.connections.some((connection) => connection.status !== 'ready')) return;
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
