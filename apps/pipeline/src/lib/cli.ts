import { BroadsheetError, ConfigError, StoreError, UsageError } from '@broadsheet/core';
import { type CommandOptions, helpText, parseCommandLine } from './args.js';
import type { WorkerOptions } from './queue-worker.js';
import { describeError } from './export-article.js';
import { ProgressBar } from './progress.js';
import { type ArticleEvent, type RunReport, runExport } from './run.js';
import { version } from './version.js';

/** What the command reads from and writes to; `process` in the real command, fakes in tests. */
export interface CommandIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** Folder relative paths are resolved against. */
  cwd: string;
  env: Record<string, string | undefined>;
}

/**
 * The `broadsheet` command. Returns the exit status: 0 every input exported,
 * 1 some failed (each named on stderr), 2 the command line or config was wrong.
 * Never throws and never prints a stack trace.
 */
export async function main(argv: readonly string[], io: CommandIo): Promise<number> {
  try {
    const command = parseCommandLine(argv);
    if (command.kind === 'help') {
      io.stdout.write(helpText(version));
      return 0;
    }
    if (command.kind === 'version') {
      io.stdout.write(`broadsheet ${version}\n`);
      return 0;
    }
    if (command.kind === 'worker') return await startWorker(command.options, io);
    if (command.kind === 'watch') return await startWatch(command.options, io);
    return await exportOnce(command.options, io);
  } catch (error) {
    return failRun(error, io);
  }
}

/** One export run, its lines and its summary; returns the exit status. */
async function exportOnce(options: CommandOptions, io: CommandIo): Promise<number> {
  try {
    const say = (text: string) => {
      if (!options.quiet) (options.json ? io.stderr : io.stdout).write(text);
    };
    // Note: a bar only where a person watches; logs and pipes get one plain line per article.
    const bar = !options.quiet && io.stderr.isTTY ? new ProgressBar(io.stderr) : undefined;
    const warnings = new WarningGroups();
    const report = await runExport(options, {
      base: io.cwd,
      sourceDateEpoch: io.env['SOURCE_DATE_EPOCH'],
      onStart: (total) => bar?.start(total),
      keepEvents: options.json,
      onWait: ({ pid }) =>
        io.stderr.write(
          `broadsheet: another run (process ${pid}) is writing to ${options.out}; waiting for it to finish\n`,
        ),
      onArticle: (event) => {
        // Note: -q is "nothing but errors", so warnings go too (--json still lists them).
        const problems = `${options.quiet ? '' : warnings.firstOf(event)}${event.ok ? '' : `error: ${event.input}: ${event.error}\n`}`;
        if (bar) {
          if (problems !== '') bar.print(problems);
          bar.tick(!event.ok);
        } else {
          if (problems !== '') io.stderr.write(problems);
          if (event.status === 'exported') say(`${event.input} -> ${describeFiles(event)}\n`);
          if (event.status === 'removed') say(`removed ${describeFiles(event)} (${event.input} is gone)\n`);
        }
      },
    });
    bar?.finish();
    if (!options.quiet) io.stderr.write(warnings.repeats());
    if (options.json) io.stdout.write(`${JSON.stringify(toJsonReport(report), null, 2)}\n`);
    say(summary(report));
    return report.failed > 0 ? 1 : 0;
  } catch (error) {
    return failRun(error, io);
  }
}

/** `broadsheet watch`: exports, then again after each change, until SIGINT or SIGTERM. */
async function startWatch(options: CommandOptions, io: CommandIo): Promise<number> {
  const { watchInputs } = await import('./watch.js');
  const stopped = new Promise<string>((resolve) => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => resolve(signal));
  });
  return watchInputs(options, {
    exportOnce: () => exportOnce(options, io),
    say: (text) => {
      if (!options.quiet) io.stdout.write(text);
    },
    stopped,
    cwd: io.cwd,
  });
}

/** `broadsheet worker`: takes queue jobs until SIGTERM or SIGINT, then finishes the ones it holds. */
async function startWorker(options: WorkerOptions, io: CommandIo): Promise<number> {
  const { runWorker } = await import('./queue-worker.js');
  const stopped = new Promise<string>((resolve) => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const)
      process.once(signal, () => {
        resolve(signal);
        // Note: a second signal means now; the jobs it held go back to the queue when their locks lapse.
        process.once(signal, () => process.exit(130));
      });
  });
  return runWorker(options, { stdout: io.stdout, stderr: io.stderr, stopped });
}

/**
 * Warnings seen in the run, grouped by their text: the first of each is shown in
 * full with its file, the others only counted, so a warning that 60 articles
 * share is one line and a count, not 60 lines.
 */
class WarningGroups {
  readonly #seen = new Map<string, { first: string; more: number }>();

  /** The lines for the warnings of `event` not seen before in the run. */
  firstOf(event: ArticleEvent): string {
    let lines = '';
    for (const warning of new Set(event.warnings)) {
      const group = this.#seen.get(warning);
      if (group) {
        group.more++;
      } else {
        this.#seen.set(warning, { first: event.input, more: 0 });
        lines += `warning: ${event.input}: ${warning}\n`;
      }
    }
    return lines;
  }

  /** One line for each warning that other articles had too, with how many. */
  repeats(): string {
    let lines = '';
    for (const [warning, { more }] of this.#seen) {
      if (more > 0) lines += `warning: ${more} more article${more === 1 ? '' : 's'}: ${warning}\n`;
    }
    return lines;
  }
}

/** What the run did with an exported article's files, for its line: the paths, or that it went into the feed only. */
function describeFiles(event: Extract<ArticleEvent, { ok: true }>): string {
  return event.files.length > 0 ? event.files.map((file) => file.path).join(', ') : 'added to the feed';
}

function summary(report: RunReport): string {
  const { exported, unchanged, removed, failed } = report;
  const files = report.articleFiles + report.files.length;
  const feed = report.files.map((file) => `, ${file.path}`).join('');
  const counts = `${exported} article${exported === 1 ? '' : 's'} exported, ${unchanged} unchanged, ${removed} removed, ${failed} failed`;
  return `${counts}; ${files} file${files === 1 ? '' : 's'} in ${report.out}${feed}\n`;
}

function toJsonReport(report: RunReport) {
  return {
    version,
    out: report.out,
    formats: report.formats,
    exported: report.exported,
    unchanged: report.unchanged,
    removed: report.removed,
    failed: report.failed,
    articles: report.articles.map(({ ok: _ok, ...article }) => article),
    failures: report.failures.map(({ ok: _ok, ...failure }) => failure),
    files: report.files,
  };
}

function failRun(error: unknown, io: CommandIo): number {
  if (error instanceof UsageError) {
    io.stderr.write(`broadsheet: ${error.message}\nTry 'npm run export -- --help'.\n`);
    return 2;
  }
  if (error instanceof StoreError) {
    io.stderr.write(`broadsheet: ${error.message}\n`);
    return 2;
  }
  if (error instanceof ConfigError) {
    io.stderr.write(`broadsheet: config ${error.file}: ${error.message}\n`);
    return 2;
  }
  if (error instanceof BroadsheetError) {
    io.stderr.write(`broadsheet: ${error.message}\n`);
    return 1;
  }
  io.stderr.write(`broadsheet: internal error: ${describeError(error)}\n`);
  if (io.env['BROADSHEET_DEBUG']) io.stderr.write(`${(error as Error).stack ?? ''}\n`);
  return 1;
}
