import { unlink } from 'node:fs/promises';
import { type ArticleResult, type ArticleTask, describeError, exportArticle } from './export-article.js';
import { writeTemporary } from './write.js';

/** The output folder an article's files are written into, and its name as the user typed it (for messages). */
export interface StageTarget {
  outDir: string;
  out: string;
}

/** An article task together with the folder its files go to. */
export interface StageTask extends ArticleTask {
  target: StageTarget;
}

/** An output written to a temporary file beside its final name, to be renamed into place. */
export interface TemporaryFile {
  format: string;
  extension: string;
  mediaType: string;
  /** Absolute path of the temporary file. */
  temporary: string;
  bytes: number;
}

/**
 * Exports one article and writes each of its files to a temporary file in the
 * output folder, so that the thread that rendered the bytes also writes them
 * and only paths and sizes travel back; the caller renames them into place once
 * the slug is settled. A write that fails removes the temporary files already
 * written and is the article's failure.
 */
export async function stageArticle(task: StageTask): Promise<ArticleResult<TemporaryFile>> {
  const { target, ...articleTask } = task;
  const result = await exportArticle(articleTask);
  if (!result.ok) return result;
  const files: TemporaryFile[] = [];
  try {
    for (const file of result.files) {
      const name = `${result.slug}.${file.extension}`;
      const { temporary, bytes } = await writeTemporary(target.outDir, name, file.content);
      files.push({ format: file.format, extension: file.extension, mediaType: file.mediaType, temporary, bytes });
    }
  } catch (error) {
    await discardTemporaries(files);
    const message = `could not write to ${target.out}: ${describeError(error)}`;
    return { ok: false, display: result.display, error: message, warnings: result.warnings };
  }
  return { ...result, files };
}

/** Removes temporary files that will not be renamed into place; those already gone are ignored. */
export async function discardTemporaries(files: readonly (object | TemporaryFile)[]): Promise<void> {
  await Promise.all(
    files.map((file) => ('temporary' in file ? unlink(file.temporary).catch(() => undefined) : undefined)),
  );
}
