import type { ArticleResult } from './export-article.js';
import { type StageTask, type TemporaryFile, stageArticle } from './stage.js';

/**
 * The worker thread's task: one article read, parsed, rendered and written to
 * temporary files in the output folder; the main thread only renames them into place.
 */
export default function exportInWorker(task: StageTask): Promise<ArticleResult<TemporaryFile>> {
  return stageArticle(task);
}
