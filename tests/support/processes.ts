/** Long-running command processes for the queue tests: workers and coordinators, watched line by line. */
import { type ChildProcess, spawn } from 'node:child_process';
import { binPath } from './cli.js';

/** A running `broadsheet` process whose output is collected as it comes. */
export interface Running {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the exit code (null when killed by a signal) and the signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves once stdout has a line matching `pattern`; rejects if the process exits first. */
  line(pattern: RegExp): Promise<string>;
}

const running = new Set<ChildProcess>();

/** Starts `broadsheet args...`; `stopAll` kills whatever is left. */
export function start(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): Running {
  const child = spawn(process.execPath, [binPath, ...args], {
    cwd: options.cwd,
    env: { ...process.env, SOURCE_DATE_EPOCH: '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let stdout = '';
  let stderr = '';
  const watchers: { pattern: RegExp; resolve: (line: string) => void; reject: (error: Error) => void }[] = [];
  const look = () => {
    for (const watcher of [...watchers]) {
      const found = stdout.split('\n').find((line) => watcher.pattern.test(line));
      if (found !== undefined) {
        watchers.splice(watchers.indexOf(watcher), 1);
        watcher.resolve(found);
      }
    }
  };
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    look();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      running.delete(child);
      // Note: let the pipes drain before anyone reads the output.
      setImmediate(() => {
        for (const watcher of watchers.splice(0))
          watcher.reject(
            new Error(`exited (${code ?? signal}) before printing ${watcher.pattern}:\n${stdout}\n${stderr}`),
          );
        resolve({ code, signal });
      });
    }),
  );
  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    exited,
    line: (pattern) =>
      new Promise((resolve, reject) => {
        watchers.push({ pattern, resolve, reject });
        look();
      }),
  };
}

/** Kills (SIGKILL) every process `start` began that is still running. */
export function stopAll(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}
