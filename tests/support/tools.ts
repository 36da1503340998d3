/**
 * Independent readers for the tests: poppler, qpdf, xmllint, Debian's Python
 * modules, LibreOffice, Chromium. A missing tool fails the test that needs it;
 * scripts/checkers.sh (run by `npm test` and `.ci/run`) installs them all.
 */
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's Python, which sees python3-docx, python3-feedparser and python3-pyld. */
export const systemPython = '/usr/bin/python3';

/** The result of running a checker; `stdout`/`stderr` are text. */
export interface ToolResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `command` with `args` and returns its output; throws if the tool is not installed. */
export function run(
  command: string,
  args: readonly string[],
  options: { input?: string | Uint8Array; cwd?: string; timeout?: number } = {},
): ToolResult {
  const result: SpawnSyncReturns<string> = spawnSync(command, args, {
    encoding: 'utf8',
    input: options.input,
    cwd: options.cwd,
    timeout: options.timeout ?? 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new Error(`${command} is not installed: scripts/checkers.sh installs it (see README, "Checkers")`);
    throw result.error;
  }
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs a Python snippet with Debian's Python; `args` arrive as `sys.argv[1:]`. */
export function python(script: string, args: readonly string[] = []): ToolResult {
  if (!existsSync(systemPython)) throw new Error(`${systemPython} is missing: install Debian's python3`);
  return run(systemPython, ['-c', script, ...args]);
}

/** Like `run`, but throws with the tool's stderr unless it exits 0. */
export function runOk(
  command: string,
  args: readonly string[],
  options: { input?: string | Uint8Array; cwd?: string; timeout?: number } = {},
): string {
  const result = run(command, args, options);
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}:\n${result.stderr}${result.stdout}`);
  }
  return result.stdout;
}
