import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

const ARTICLE_EXTENSIONS = /\.(?:txt|text|md|markdown|json)$/i;

/** An input file to export, or a path that could not be read. */
export type InputFile = { path: string; display: string } | { path: string; display: string; error: string };

/**
 * Expands the command line's inputs into article files: a folder gives every
 * .txt, .md and .json file below it (sorted, hidden files and symlinked folders
 * skipped); a file is taken whatever its extension. A file named twice is read once.
 */
export async function findInputs(inputs: readonly string[], base: string): Promise<InputFile[]> {
  const found: InputFile[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    const absolute = path.resolve(base, input);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(absolute);
    } catch (error) {
      found.push({ path: absolute, display: input, error: describeFsError(error) });
      continue;
    }
    if (info.isDirectory()) {
      const files = await walk(absolute);
      if (files.length === 0)
        found.push({ path: absolute, display: input, error: 'the folder holds no articles (.txt, .md, .json)' });
      for (const file of files) await add(found, seen, file, path.join(input, path.relative(absolute, file)));
    } else {
      await add(found, seen, absolute, input);
    }
  }
  return found;
}

async function add(found: InputFile[], seen: Set<string>, file: string, display: string): Promise<void> {
  const key = await realpath(file).catch(() => file);
  if (seen.has(key)) return;
  seen.add(key);
  found.push({ path: file, display });
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(full)));
    else if ((entry.isFile() || entry.isSymbolicLink()) && ARTICLE_EXTENSIONS.test(entry.name)) files.push(full);
  }
  return files;
}

/** A file-system error as a short reason ("no such file or folder"). */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return (error as Error).message;
  }
}
