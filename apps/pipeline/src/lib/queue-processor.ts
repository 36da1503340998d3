import { mkdir, readFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import type { SandboxedJob } from 'bullmq';
import { type ArticleTask, describeError, exportArticle } from './export-article.js';
import { type QueueJobData, type QueueJobResult, STAGING_FOLDER, type StagedFile, stagingFolder } from './queue.js';
import { writeAtomic } from './write.js';

const visible = new Map<string, Promise<string | undefined>>();

/**
 * The sandboxed processor (a worker thread of `broadsheet worker`): exports one
 * article and writes its files atomically into the job's staging folder in
 * `--out`, for the coordinator to put in place. Bad input is a result, not an
 * error, so it is never retried; only a crash or a failed write is.
 */
export default async function processExportJob(
  job: SandboxedJob<QueueJobData, QueueJobResult>,
): Promise<QueueJobResult> {
  const { task: sent, out } = job.data;
  const blind = await checkVisible(job.data);
  if (blind !== undefined) return { ok: false, error: blind, warnings: [] };
  const { content, ...sentTask } = sent;
  const task: ArticleTask = content === undefined ? sentTask : { ...sentTask, content: Buffer.from(content, 'base64') };
  const result = await exportArticle(task);
  if (!result.ok) return { ok: false, error: result.error, warnings: result.warnings };
  const { display: _display, article, files: rendered, ...rest } = result;
  const folder = stagingFolder(out, job.id ?? '');
  await mkdir(folder, { recursive: true });
  const files: StagedFile[] = [];
  for (const file of rendered) {
    const bytes = await writeAtomic(folder, `${result.slug}.${file.extension}`, file.content);
    files.push({ format: file.format, extension: file.extension, mediaType: file.mediaType, bytes });
  }
  await writeAtomic(folder, 'article.json', JSON.stringify(article));
  return { ...rest, files };
}

/** Undefined when this machine sees the run's `--out` folder (the coordinator's probe is there); else why not. */
function checkVisible(data: QueueJobData): Promise<string | undefined> {
  const key = `${data.out}\0${data.probe}`;
  let check = visible.get(key);
  if (!check) {
    check = readFile(path.join(data.out, STAGING_FOLDER, data.probe), 'utf8').then(
      (text) => (text === data.token ? undefined : `the worker on ${hostname()} sees another folder at ${data.out}`),
      (error: unknown) =>
        `the worker on ${hostname()} cannot see the output folder ${data.out} (${describeError(error)}); --out must be a folder every machine sees at the same path`,
    );
    visible.set(key, check);
  }
  return check;
}
