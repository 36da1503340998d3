import path from 'node:path';
import type { CommandOptions } from './args.js';

/** What `watchInputs` needs from the command: one incremental export, and where to say things. */
export interface WatchIo {
  /** Runs one export of the options' inputs; resolves with its exit status. */
  exportOnce(): Promise<number>;
  say(text: string): void;
  /** Resolves when the user asks to stop (Ctrl-C, SIGTERM). */
  stopped: Promise<unknown>;
  cwd: string;
}

// Note: an editor's save is often several events (write, rename, chmod) within a few
// milliseconds; one export after they settle is what the user meant.
const DEBOUNCE_MS = 150;

/**
 * `broadsheet watch`: one export, then another after each burst of changes under
 * the inputs, until `stopped`; the export under way is always finished first.
 * Resolves with the exit status: 2 when the first export found the command line,
 * config or store wrong; else 0, since errors in single files are printed and
 * watching goes on.
 */
export async function watchInputs(options: CommandOptions, io: WatchIo): Promise<number> {
  const first = await io.exportOnce();
  if (first === 2) return 2;
  const { watch } = await import('chokidar');
  const outDir = path.resolve(io.cwd, options.out);
  const watcher = watch(
    options.inputs.map((input) => path.resolve(io.cwd, input)),
    {
      ignoreInitial: true,
      // Note: outputs written inside a watched folder, and dot-folders, are never inputs.
      ignored: (file) =>
        file === outDir || file.startsWith(`${outDir}${path.sep}`) || path.basename(file).startsWith('.'),
    },
  );
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let pending = false;
  const exportNow = () => {
    timer = undefined;
    if (pending) return;
    pending = true;
    running = running.then(async () => {
      pending = false;
      await io.exportOnce();
      io.say('watching for changes (Ctrl-C to stop)\n');
    });
  };
  watcher.on('all', () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(exportNow, DEBOUNCE_MS);
  });
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  io.say('watching for changes (Ctrl-C to stop)\n');
  await io.stopped;
  if (timer) clearTimeout(timer);
  await watcher.close();
  await running;
  return 0;
}
