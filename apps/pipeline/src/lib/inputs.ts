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
  const add = (file: string, key: string, display: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ path: file, display });
  };
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
      const files = await walk(absolute, await realpath(absolute).catch(() => absolute));
      if (files.length === 0)
        found.push({ path: absolute, display: input, error: 'the folder holds no articles (.txt, .md, .json)' });
      for (const { file, key } of files) add(file, key, path.join(input, path.relative(absolute, file)));
    } else {
      add(absolute, await realpath(absolute).catch(() => absolute), input);
    }
  }
  return found;
}

/** A file found in a folder, and its real path (what tells two names of one file apart). */
interface Found {
  file: string;
  key: string;
}

// Note: the real path of a plain file is its folder's real path and its name, so only
// symbolic links are resolved one by one: a folder of ten thousand articles costs one call.
async function walk(folder: string, real: string): Promise<Found[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: Found[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(full, path.join(real, entry.name))));
    else if (entry.isFile() && ARTICLE_EXTENSIONS.test(entry.name))
      files.push({ file: full, key: path.join(real, entry.name) });
    else if (entry.isSymbolicLink() && ARTICLE_EXTENSIONS.test(entry.name))
      files.push({ file: full, key: await realpath(full).catch(() => full) });
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
