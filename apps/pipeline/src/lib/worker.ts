import { enableCompileCache } from './compile-cache.js';
import type { ArticleResult } from './export-article.js';
import { type StageTask, type TemporaryFile, stageArticle } from './stage.js';

// Note: the exporters and the enrichment load after this, on a worker's first article.
enableCompileCache();

/**
 * The worker thread's task: one article read, parsed, rendered and written to
 * temporary files in the output folder; the main thread only renames them into place.
 */
export default function exportInWorker(task: StageTask): Promise<ArticleResult<TemporaryFile>> {
  return stageArticle(task);
}
