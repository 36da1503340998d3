import { type ArticleResult, type ArticleTask, exportArticle } from './export-article.js';

/** The worker thread's task: one article, read, parsed and rendered; the main thread writes it. */
export default function exportInWorker(task: ArticleTask): Promise<ArticleResult> {
  return exportArticle(task);
}
