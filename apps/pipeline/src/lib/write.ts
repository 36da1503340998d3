import { constants } from 'node:fs';
import { copyFile, open, readdir, rename, unlink } from 'node:fs/promises';
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
  const { temporary, bytes } = await writeTemporary(dir, name, content);
  await moveIntoPlace(dir, name, temporary);
  return bytes;
}

/**
 * The first half of `writeAtomic`: writes `content` to a new temporary file
 * beside `dir/name` (removed again if the write fails) and returns its path and
 * size, for `moveIntoPlace` to finish, possibly in another thread.
 */
export async function writeTemporary(
  dir: string,
  name: string,
  content: string | Uint8Array,
): Promise<{ temporary: string; bytes: number }> {
  assertPlainName(name);
  const temporary = temporaryPath(dir, name);
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const handle = await open(temporary, 'wx', 0o644);
  try {
    await handle.writeFile(bytes);
  } catch (error) {
    await handle.close();
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await handle.close();
  return { temporary, bytes: bytes.byteLength };
}

/** The second half of `writeAtomic`: renames the temporary file over `dir/name`, or removes it if that fails. */
export async function moveIntoPlace(dir: string, name: string, temporary: string): Promise<void> {
  assertPlainName(name);
  try {
    await rename(temporary, path.join(dir, name));
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/**
 * Puts the finished file `source` (a queue worker's staged output, in a folder
 * inside `dir`) at `dir/name` as atomically as `writeAtomic` does: renamed over
 * the name, or, where the staging folder is other storage, copied under a
 * temporary name first. The source is gone afterwards.
 */
export async function placeAtomic(dir: string, name: string, source: string): Promise<void> {
  assertPlainName(name);
  const target = path.join(dir, name);
  try {
    await rename(source, target);
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
  }
  const temp = temporaryPath(dir, name);
  try {
    await copyFile(source, temp, constants.COPYFILE_EXCL);
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await unlink(source).catch(() => undefined);
}

function assertPlainName(name: string): void {
  if (!SAFE_NAME.test(name) || name.length > 120)
    throw new Error(`refusing to write "${name}": not a plain output file name`);
}

function temporaryPath(dir: string, name: string): string {
  return path.join(dir, `.${name}.${process.pid}-${threadId}-${counter++}.tmp`);
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
