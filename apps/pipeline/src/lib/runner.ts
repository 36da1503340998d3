import { availableParallelism } from 'node:os';
import type { ArticleResult, ArticleTask, PlacedFile, RenderedFile } from './export-article.js';
import { describeError } from './export-article.js';
import { type StageTarget, type TemporaryFile, stageArticle } from './stage.js';

/**
 * An article's outcome from a runner: files written to temporary files (the
 * local pool), finished files to put in place (the queue), or files in memory.
 */
export type RunResult = ArticleResult<TemporaryFile | PlacedFile | RenderedFile>;

/** Runs article tasks: in this thread, in a pool of worker threads, or as jobs on a queue. */
export interface Runner {
  /** How many tasks run at once, which sets how far ahead the run hands them out. */
  readonly threads: number;
  run(task: ArticleTask): Promise<RunResult>;
  close(): Promise<void>;
}

// Note: a worker pays for loading the exporters once (about half a second); below
// this many articles, doing them in this thread finishes sooner.
const POOL_THRESHOLD = 8;
const WORKER_HEAP_MB = 1024;
// Note: V8's default young generation for a worker is 48 MB; 12 MB takes about
// 50 MB off the peak memory of two workers for about 6% more CPU (README, Speed).
const WORKER_YOUNG_MB = 12;

/** The number of worker threads `--jobs` asks for: 0 means one per core. */
export function threadCount(jobs: number): number {
  return jobs > 0 ? jobs : availableParallelism();
}

/**
 * A pool of `threads` worker threads (piscina) when that pays, else this
 * thread. Running from TypeScript sources (the tests) always uses this thread,
 * since a worker cannot load `.ts` files. Either way each article's files are
 * written to temporary files in `target` by the thread that rendered them.
 */
export async function createRunner(jobs: number, articles: number, target: StageTarget): Promise<Runner> {
  const threads = Math.min(threadCount(jobs), Math.max(1, articles));
  const workerFile = new URL(`./worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
  if (threads <= 1 || articles < POOL_THRESHOLD || workerFile.pathname.endsWith('.ts')) {
    return { threads: 1, run: (task) => stageArticle({ ...task, target }), close: async () => undefined };
  }
  const { Piscina } = await import('piscina');
  const pool = new Piscina({
    filename: workerFile.href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
    // Note: a worker that outgrows this is stopped and replaced; its article fails
    // with one line instead of the whole run dying out of memory.
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
  });
  return {
    threads,
    run: (task) =>
      (pool.run({ ...task, target }) as Promise<RunResult>).catch(
        (error: unknown): RunResult => ({
          ok: false,
          display: task.display,
          error: describeWorkerFailure(error),
          warnings: [],
        }),
      ),
    close: () => pool.destroy(),
  };
}

function describeWorkerFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return `ran out of memory (over ${WORKER_HEAP_MB} MB) while exporting`;
  return `the worker exporting it stopped: ${describeError(error)}`;
}
