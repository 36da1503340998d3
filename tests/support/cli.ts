/** Runs the built `broadsheet` command as a user would, in a scratch folder. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/** The installed command (it runs the build, which `npm test` makes first). */
export const binPath = path.join(repoRoot, 'apps/pipeline/bin/broadsheet.js');
/** The user's seed article. */
export const seedFile = path.join(repoRoot, 'seeds/000_d3ebd397d2656eba.txt');

/** What a run of the command gave. */
export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `broadsheet args...` in `cwd` and waits for it; `bin` runs another build of the command. */
export function broadsheet(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string>; bin?: string } = {},
): CliResult {
  const result = spawnSync(process.execPath, [options.bin ?? binPath, ...args], {
    cwd: options.cwd ?? repoRoot,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '', ...options.env },
    timeout: 300_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh scratch folder, removed by the returned `cleanup`. */
export function scratch(prefix = 'broadsheet-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes `files` (name to content) into `dir`, creating subfolders. */
export function writeFiles(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
}

/** Every file below `dir`, as sorted relative paths; the site's store (`.broadsheet/`) is left out. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.split(path.sep).includes('.broadsheet'))
    .sort();
}
