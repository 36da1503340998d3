import { constants } from 'node:fs';
import { copyFile, link, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

const SAFE_NAME = /^[a-z0-9][a-z0-9-]*(?:\.[a-z]+)+$/;
const TEMP_NAME = /^\.(.+)\.(\d+)-(\d+)-(\d+)\.tmp$/;
let counter = 0;

/**
 * Writes `content` to `dir/name` so that the file is either as it was or
 * complete, whenever the process dies: the bytes go to a new temporary file
 * beside it (opened exclusively, so no existing file or symlink is followed),
 * which is then renamed over the name. Only plain names are accepted.
 */
export async function writeAtomic(dir: string, name: string, content: string | Uint8Array): Promise<number> {
  if (!SAFE_NAME.test(name) || name.length > 120)
    throw new Error(`refusing to write "${name}": not a plain output file name`);
  const target = path.join(dir, name);
  const temp = path.join(dir, `.${name}.${process.pid}-${threadId}-${counter++}.tmp`);
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const handle = await open(temp, 'wx', 0o644);
  try {
    await handle.writeFile(bytes);
  } catch (error) {
    await handle.close();
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  return bytes.byteLength;
}

/**
 * Puts the finished file `source` (a queue worker's staged output) at
 * `dir/name` as atomically as `writeAtomic` does: a hard link (or, where the
 * storage has none, a copy) under a temporary name, renamed over the name.
 * The source stays, so another coordinator waiting on the same job can place it too.
 */
export async function placeAtomic(dir: string, name: string, source: string): Promise<number> {
  if (!SAFE_NAME.test(name) || name.length > 120)
    throw new Error(`refusing to write "${name}": not a plain output file name`);
  const target = path.join(dir, name);
  const temp = path.join(dir, `.${name}.${process.pid}-${threadId}-${counter++}.tmp`);
  try {
    await link(source, temp);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'EMLINK') throw error;
    await copyFile(source, temp, constants.COPYFILE_EXCL);
  }
  try {
    const { size } = await stat(temp);
    await rename(temp, target);
    return size;
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** Removes temporary files that runs killed before their rename left in `dir`; a live run's files are kept. */
export async function removeStaleTempFiles(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const pid = TEMP_NAME.exec(name)?.[2];
    if (pid !== undefined && !isAlive(Number(pid))) await unlink(path.join(dir, name)).catch(() => undefined);
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
