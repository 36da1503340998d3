import { parseArgs } from 'node:util';
import { UsageError } from '@broadsheet/core';
import { type Format, parseFormats } from './formats.js';
import { type QueueLocation, parseQueueUrl } from './queue.js';
import type { WorkerOptions } from './queue-worker.js';

/** What the command line asks for. */
export interface CommandOptions {
  formats: Format[];
  /** Files and folders to read, as the user wrote them; `seeds/` when none is given. */
  inputs: string[];
  out: string;
  config?: string;
  json: boolean;
  quiet: boolean;
  /** Worker threads; 0 means one per core. */
  jobs: number;
  /** Run the articles as jobs on this BullMQ queue (`--queue redis://…`) instead of the local pool. */
  queue?: QueueLocation;
  /** Remove stored articles whose input, under the inputs named, no longer exists. */
  prune: boolean;
  /** Re-export every input, whether or not its outputs are up to date. */
  force: boolean;
}

/** The command line's meaning: run an export, or print help or the version. */
export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'export'; options: CommandOptions }
  | { kind: 'watch'; options: CommandOptions }
  | { kind: 'worker'; options: WorkerOptions };

/** Reads the command line; throws a UsageError for anything it does not understand. */
export function parseCommandLine(argv: readonly string[]): Command {
  if (argv[0] === 'worker') return parseWorkerCommandLine(argv.slice(1));
  if (argv[0] === 'watch') {
    const command = parseCommandLine(argv.slice(1));
    if (command.kind !== 'export') return command;
    if (command.options.queue !== undefined)
      throw new UsageError('broadsheet watch runs locally; --queue is not for it');
    if (command.options.json) throw new UsageError('broadsheet watch prints a line per change; --json is not for it');
    // Note: inside the watched folders, a deleted input takes its outputs with it.
    return { kind: 'watch', options: { ...command.options, prune: true } };
  }
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError(tidyNodeMessage((error as Error).message, argv), { cause: error });
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const inputs = [...positionals, ...(values.input ?? [])];
  if (inputs.some((input) => input === '')) throw new UsageError('an input path is empty');
  if (values.out === '') throw new UsageError('--out needs a folder');
  const options: CommandOptions = {
    formats: parseFormats(values.format ?? 'all'),
    inputs: inputs.length > 0 ? inputs : ['seeds'],
    out: values.out ?? 'out',
    json: values.json ?? false,
    quiet: values.quiet ?? false,
    jobs: parseJobs(values.jobs),
    prune: values.prune ?? false,
    force: values.force ?? false,
  };
  if (values.config !== undefined) options.config = values.config;
  if (values.queue !== undefined) options.queue = parseQueueUrl(values.queue);
  return { kind: 'export', options };
}

/** Reads `broadsheet worker --queue URL [--jobs N] [--quiet]`. */
function parseWorkerCommandLine(argv: readonly string[]): Command {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof WORKER_OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: WORKER_OPTIONS });
  } catch (error) {
    throw new UsageError(tidyNodeMessage((error as Error).message, argv), { cause: error });
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (positionals.length > 0)
    throw new UsageError(`broadsheet worker takes no inputs (the coordinator sends them), not "${positionals[0]}"`);
  if (values.queue === undefined) throw new UsageError('broadsheet worker needs --queue redis://HOST:PORT[/DB]');
  return {
    kind: 'worker',
    options: { location: parseQueueUrl(values.queue), jobs: parseJobs(values.jobs), quiet: values.quiet ?? false },
  };
}

const WORKER_OPTIONS = {
  queue: { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f' },
      input: { type: 'string', short: 'i', multiple: true },
      out: { type: 'string', short: 'o' },
      config: { type: 'string', short: 'c' },
      json: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      jobs: { type: 'string', short: 'j' },
      queue: { type: 'string' },
      prune: { type: 'boolean' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'V' },
    },
  });
}

function parseJobs(value: string | undefined): number {
  if (value === undefined) return 0;
  if (!/^\d+$/.test(value) || Number(value) > 256) throw new UsageError(jobsMessage(value));
  return Number(value);
}

function jobsMessage(value: string): string {
  return `--jobs must be a whole number from 0 (one per core) to 256, not "${value}"`;
}

function tidyNodeMessage(message: string, argv: readonly string[]): string {
  // Note: parseArgs will not take a value that starts with a dash ("-j -1"); say what the value was and what we need.
  const ambiguous = /^Option '([^']+)' argument is ambiguous\..*use '(--[\w-]+)=/s.exec(message);
  if (ambiguous) {
    const [, written = '', long = ''] = ambiguous;
    const at = argv.findIndex((arg) => arg === written || (/^-[^-]/.test(arg) && arg.endsWith(written.slice(1))));
    const value = argv[at + 1] ?? '';
    if (long === '--jobs') return jobsMessage(value);
    return `${long} needs a value, and "${value}" looks like an option (write ${long}=${value} if it is the value)`;
  }
  return message
    .replace(
      /\. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- "[^"]*"'\.?$/,
      '',
    )
    .replace(/^Unknown option '([^']+)'.*$/, 'unknown option $1')
    .replace(/^Option '([^']+)' argument missing$/, '$1 needs a value');
}

/** The text `--help` prints. */
export function helpText(version: string): string {
  return `broadsheet ${version}: turn plain-text news articles into briefings, documents, a feed and structured data

Usage: npm run export -- [options] [INPUT ...]
       broadsheet [options] [INPUT ...]
       broadsheet watch [INPUT...] [options]
       broadsheet worker --queue URL [--jobs N] [--quiet]

Inputs are files or folders of articles (.txt, .md, .json); folders are read
recursively. Default: seeds/

Options:
  -f, --format F    pdf, docx, html, rss, atom, jsonfeed, jsonld, json,
                    all, or a comma list                               [all]
  -i, --input PATH  an input file or folder (repeatable; same as INPUT)
  -o, --out DIR     where outputs go; created if missing                 [out/]
  -c, --config FILE site settings (JSON or YAML): site, publisher, feed,
                    page, input; see packages/core/config.schema.json
  -j, --jobs N      worker threads; 0 = one per core                     [0]
      --queue URL   run the articles as jobs on the BullMQ queue at
                    redis://HOST:PORT[/DB], done by \`broadsheet worker\`
                    processes on any machines that see --out at the same
                    path (see README, "Running on many machines")
      --json        print a machine-readable report of the run on stdout
      --prune       remove the outputs and feed items of stored articles whose
                    input, under the inputs named, no longer exists
      --force       re-export every input, even when its outputs are up to date
  -q, --quiet       print nothing but errors
  -h, --help        show this help
  -V, --version     show the version

Outputs (SLUG comes from the headline):
  DIR/SLUG.pdf          the briefing
  DIR/SLUG.docx         the Word document
  DIR/SLUG.jsonld       schema.org NewsArticle JSON-LD
  DIR/SLUG.jsonld.html  the same as a <script> element to paste into a page
  DIR/SLUG.json         the article model (valid input again)
  DIR/SLUG.html         the briefing as a web page; DIR/index.html lists them
  DIR/feed.xml          RSS 2.0 feed of the site (atom.xml, feed.json alike)

The output folder remembers what it holds (DIR/.broadsheet/): a run exports what
is new or changed, skips the rest, and renders the feeds from the whole site.

broadsheet watch exports, then exports again each input saved, added or removed
(a removed one takes its outputs with it), until Ctrl-C, which exits 0.

Exit status: 0 all exported; 1 some inputs failed (each named on stderr, the
rest exported); 2 bad command line, config or store, nothing written.

Dates: outputs that need a date and an article without one use SOURCE_DATE_EPOCH,
else 1980-01-01; never the clock, so the same input gives the same bytes.
`;
}
