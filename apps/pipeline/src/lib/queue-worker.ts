import { hostname } from 'node:os';
import { BroadsheetError } from '@broadsheet/core';
import { type Job, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { QUEUE_NAME, type QueueJobData, type QueueJobResult, type QueueLocation } from './queue.js';
import { REDIS_PATIENCE_MS } from './queue-runner.js';
import { threadCount } from './runner.js';

/** What `broadsheet worker` was asked for. */
export interface WorkerOptions {
  location: QueueLocation;
  /** Sandboxed worker threads, one job each; 0 means one per core. */
  jobs: number;
  quiet: boolean;
}

/** Where the worker's lines go, and how it learns it should stop. */
export interface WorkerIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Resolves when the worker should stop taking jobs (SIGTERM, SIGINT). */
  stopped: Promise<string>;
}

// Note: a job whose worker stops renewing its lock (killed, machine gone) is
// handed to another worker after about this long; renewal runs every half of it
// on the main thread, which never renders, so a long article never loses its lock.
const LOCK_MS = 10_000;
const WORKER_HEAP_MB = 1024;

/**
 * Takes export jobs from the queue until `io.stopped` resolves, then finishes
 * the jobs it holds and returns 0. Each job runs in a sandboxed worker thread.
 * Throws a BroadsheetError if Redis cannot be reached at the start.
 */
export async function runWorker(options: WorkerOptions, io: WorkerIo): Promise<number> {
  const { location } = options;
  const threads = threadCount(options.jobs);
  const connection = new Redis({
    ...location.connection,
    maxRetriesPerRequest: null,
    connectTimeout: 5000,
    retryStrategy: (times: number) => Math.min(times * 250, 2000),
  });
  let lastError = '';
  let down = false;
  connection.on('error', (error: Error) => {
    lastError = error.message;
  });
  await waitForReady(connection, location.display, () => lastError);
  let stopping = false;
  connection.on('close', () => {
    if (down || stopping) return;
    down = true;
    io.stderr.write(`broadsheet worker: lost the connection to Redis at ${location.display}; reconnecting\n`);
  });
  connection.on('ready', () => {
    if (!down) return;
    down = false;
    io.stderr.write(`broadsheet worker: connected to Redis at ${location.display} again\n`);
  });

  const processor = new URL(`./queue-processor${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
  const worker = new Worker<QueueJobData, QueueJobResult>(QUEUE_NAME, processor, {
    connection,
    concurrency: threads,
    useWorkerThreads: true,
    // Note: a thread that outgrows this is stopped; its job is retried, then failed, and the worker goes on.
    workerThreadsOptions: { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } },
    lockDuration: LOCK_MS,
    stalledInterval: LOCK_MS / 2,
    maxStalledCount: 2,
  });
  worker.on('error', (error: Error) => {
    lastError = error.message;
  });
  worker.on('active', (job: Job<QueueJobData, QueueJobResult>) => {
    // Note: a job whose workers died too often is handed out once more only to be failed unrun.
    if (!options.quiet && !job.deferredFailure) io.stdout.write(`taking ${job.data.task.display}\n`);
  });
  worker.on('completed', (job: Job<QueueJobData, QueueJobResult>, result: QueueJobResult) => {
    const { display } = job.data.task;
    if (result.ok) {
      if (!options.quiet) io.stdout.write(`exported ${display} -> ${result.files.length} files\n`);
    } else {
      io.stdout.write(`failed ${display}: ${result.error}\n`);
    }
  });
  worker.on('failed', (job: Job<QueueJobData, QueueJobResult> | undefined, error: Error) => {
    if (!job) return;
    const { display } = job.data.task;
    if (job.deferredFailure)
      io.stderr.write(`broadsheet worker: ${display}: failed: the workers running it stopped too often\n`);
    else
      io.stderr.write(
        `broadsheet worker: ${display}: attempt ${job.attemptsMade} crashed: ${error.message.split('\n')[0]}\n`,
      );
  });
  await worker.waitUntilReady();
  if (!options.quiet)
    io.stderr.write(
      `broadsheet worker on ${hostname()}: taking jobs from ${location.display} with ${threads} thread${threads === 1 ? '' : 's'}; SIGTERM or Ctrl-C stops it\n`,
    );

  const signal = await io.stopped;
  stopping = true;
  if (!options.quiet) io.stderr.write(`broadsheet worker: ${signal}: finishing the current jobs, then stopping\n`);
  await worker.close();
  await connection.quit().catch(() => connection.disconnect());
  return 0;
}

function waitForReady(connection: Redis, display: string, lastError: () => string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (connection.status === 'ready') return resolve();
    const timer = setTimeout(() => {
      connection.disconnect();
      const reason = lastError();
      reject(new BroadsheetError(`cannot reach Redis at ${display}${reason ? ` (${reason})` : ''}; is it running?`));
    }, REDIS_PATIENCE_MS);
    connection.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
