import { availableParallelism } from 'node:os';
import { type ArticleResult, type ArticleTask, exportArticle } from './export-article.js';

/** Runs article tasks, in this thread or in a pool of worker threads. */
export interface Runner {
  readonly threads: number;
  run(task: ArticleTask): Promise<ArticleResult>;
  close(): Promise<void>;
}

// Note: a worker pays for loading the exporters once (about half a second); below
// this many articles, doing them in this thread finishes sooner.
const POOL_THRESHOLD = 8;

/** The number of worker threads `--jobs` asks for: 0 means one per core. */
export function threadCount(jobs: number): number {
  return jobs > 0 ? jobs : availableParallelism();
}

/**
 * A pool of `threads` worker threads (piscina) when that pays, else this
 * thread. Running from TypeScript sources (the tests) always uses this thread,
 * since a worker cannot load `.ts` files.
 */
export async function createRunner(jobs: number, articles: number): Promise<Runner> {
  const threads = Math.min(threadCount(jobs), Math.max(1, articles));
  const workerFile = new URL(`./worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
  if (threads <= 1 || articles < POOL_THRESHOLD || workerFile.pathname.endsWith('.ts')) {
    return { threads: 1, run: exportArticle, close: async () => undefined };
  }
  const { Piscina } = await import('piscina');
  const pool = new Piscina({
    filename: workerFile.href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
  });
  return {
    threads,
    run: (task) => pool.run(task) as Promise<ArticleResult>,
    close: () => pool.destroy(),
  };
}
