#!/usr/bin/env node
// Broadsheet's benchmark: prints figures, asserts nothing (these machines are
// shared and noisy; timed tests would only flake). Run with `npm run bench`.
//
//   npm run bench                     1,000 articles, then 10,000, then pandoc and start-up
//   npm run bench -- --articles 200 --runs 1 --no-scale   a quick look
//   npm run bench -- --no-queue        without the BullMQ queue figures (they need redis-server)
//   npm run bench -- --no-site         without the figures of a site over time (10x --articles)
//
// Every figure is a median of --runs runs on this machine, in this run. It ends
// with the targets of the speed issue, each beside the figure measured here;
// comparisons with pandoc need Debian's pandoc, groff and ghostscript (pdfroff).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { startRedis } from '../tests/support/redis.mjs';
import { siteFigures } from './bench-site.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'apps/pipeline/dist/bin.js');
const rssProbe = path.join(root, 'scripts/peak-rss.mjs');
const labelled = path.join(root, 'tests/fixtures/labelled');

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    scale: { type: 'boolean', default: true },
    'no-scale': { type: 'boolean', default: false },
    pandoc: { type: 'boolean', default: true },
    'no-pandoc': { type: 'boolean', default: false },
    'pandoc-pdf-articles': { type: 'string', default: '200' },
    keep: { type: 'boolean', default: false },
    queue: { type: 'boolean', default: true },
    'no-queue': { type: 'boolean', default: false },
    site: { type: 'boolean', default: true },
    'no-site': { type: 'boolean', default: false },
    'site-articles': { type: 'string' },
  },
});
const N = Number(values.articles);
const RUNS = Number(values.runs);
const work = mkdtempSync(path.join(tmpdir(), 'broadsheet-bench-'));

const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fmt = (number, digits = 1) => number.toFixed(digits);

/**
 * A corpus of `count` articles made from the labelled set: each one a labelled
 * article with a numbered headline, and 1 to 3 copies of its body, so lengths vary.
 */
let corpusWords = 0;

function buildCorpus(count, dir) {
  let words = 0;
  mkdirSync(dir, { recursive: true });
  const sources = readdirSync(labelled)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(path.join(labelled, name), 'utf8').replace(/\r\n?/g, '\n'));
  for (let i = 0; i < count; i++) {
    const text = sources[i % sources.length];
    const fenced = text.startsWith('---\n') ? text.indexOf('\n---\n', 4) + 5 : 0;
    // Note: the numbered headline line is the title; a front-matter title would override it.
    const frontMatter = text.slice(0, fenced).replace(/^title:.*\n/m, '');
    const rest = text.slice(fenced).replace(/^\n+/, '');
    const newline = rest.indexOf('\n');
    const body = rest.slice(newline + 1).trim();
    const copies = 1 + (i % 3);
    const article = `${frontMatter}${rest.slice(0, newline)} (${i + 1})\n\n${Array(copies).fill(body).join('\n\n')}\n`;
    writeFileSync(path.join(dir, `${String(i + 1).padStart(6, '0')}.txt`), article);
    words += body.split(/\s+/).length * copies;
  }
  corpusWords = Math.round(words / count);
  return dir;
}

/** Runs the built command once; returns wall seconds, peak RSS in MB and CPU seconds. */
function timeExport(args) {
  const out = path.join(work, 'out');
  rmSync(out, { recursive: true, force: true });
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', rssProbe, bin, '--quiet', '--out', out, ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      BROADSHEET_PEAK_RSS_FILE: path.join(work, 'rss.txt'),
      BROADSHEET_CPU_FILE: path.join(work, 'cpu.txt'),
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0)
    throw new Error(`broadsheet ${args.join(' ')} exited ${result.status}: ${result.stderr.slice(0, 500)}`);
  const rssMb = Number(readFileSync(path.join(work, 'rss.txt'), 'utf8')) / 1024;
  const cpuSeconds = Number(readFileSync(path.join(work, 'cpu.txt'), 'utf8')) / 1e6;
  return { seconds, rssMb, cpuSeconds };
}

function measure(args, runs = RUNS) {
  const results = Array.from({ length: runs }, () => timeExport(args));
  return {
    seconds: median(results.map((r) => r.seconds)),
    rssMb: Math.max(...results.map((r) => r.rssMb)),
    cpuSeconds: median(results.map((r) => r.cpuSeconds)),
  };
}

function table(rows, headers) {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => `| ${cells.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ')} |`;
  return [line(headers), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** Whole-process time of a command, median of `runs`, in milliseconds. */
function processTime(command, args, runs = 15, options = {}) {
  const times = [];
  for (let i = 0; i < runs + 2; i++) {
    const started = process.hrtime.bigint();
    const result = spawnSync(command, args, { stdio: 'ignore', ...options });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}`);
    if (i >= 2) times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return median(times);
}

/**
 * Converts the first `count` files of `dir` with pandoc, one process per article,
 * `parallel` at a time: to .docx, or to PDF through pdfroff (groff's ms).
 */
async function pandocCorpus(dir, parallel, to = 'docx', count = Number.POSITIVE_INFINITY) {
  const files = readdirSync(dir).sort().slice(0, count);
  const out = path.join(work, 'pandoc');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out);
  let next = 0;
  const started = process.hrtime.bigint();
  const lane = async () => {
    while (next < files.length) {
      const file = files[next++];
      await new Promise((resolve, reject) => {
        const target = to === 'pdf' ? ['--pdf-engine', 'pdfroff'] : ['--to', 'docx'];
        const child = spawn(
          'pandoc',
          ['--from', 'markdown', ...target, '-o', path.join(out, `${file}.${to}`), path.join(dir, file)],
          { stdio: 'ignore' },
        );
        child.on('error', reject);
        child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`pandoc exited ${code} on ${file}`))));
      });
    }
  };
  await Promise.all(Array.from({ length: parallel }, lane));
  return Number(process.hrtime.bigint() - started) / 1e9;
}

function hasPandoc() {
  return spawnSync('pandoc', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Whether pandoc can write PDF through pdfroff here (groff and ghostscript installed). */
function hasPdfroff() {
  return (
    spawnSync('pdfroff', ['--version'], { stdio: 'ignore' }).status === 0 &&
    spawnSync('gs', ['--version'], { stdio: 'ignore' }).status === 0
  );
}

const PANDOC_MISSING = 'pandoc not installed: apt-get install pandoc groff ghostscript';

/** One row of the targets table: what, the target, the figure here, and whether it is met. */
const targets = [];
function target(measure, goal, figure, met) {
  targets.push([measure, goal, figure, met === undefined ? 'not measured' : met ? 'met' : 'missed']);
}

const cores = availableParallelism();
console.log(
  `Broadsheet benchmark: ${N} articles, median of ${RUNS} run(s); ${cores} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}`,
);
const corpus = buildCorpus(N, path.join(work, 'corpus'));
console.log(
  `Corpus: the ${readdirSync(labelled).filter((n) => n.endsWith('.txt')).length} labelled articles, numbered, bodies repeated 1-3 times: ${corpusWords} words per article on average.\n`,
);

const rows = [];
const wallOf = {};
for (const format of ['pdf', 'docx', 'rss', 'jsonld', 'json', 'all']) {
  for (const jobs of [1, 0]) {
    const { seconds: wall, rssMb } = measure(['--format', format, '--jobs', String(jobs), corpus]);
    wallOf[`${format} ${jobs}`] = wall;
    rows.push([
      format,
      jobs === 0 ? `default (${cores})` : '1',
      fmt((wall * 1000) / N, 2),
      fmt(N / wall, 0),
      fmt(wall, 2),
      fmt(rssMb, 0),
    ]);
  }
}
const allDefault = wallOf['all 0'];
target(
  `${N} articles, every format, default jobs`,
  '<= 10 s (>= 100 articles/s)',
  `${fmt(allDefault, 2)} s (${fmt(N / allDefault, 0)}/s)`,
  N / allDefault >= 100,
);
const scaling = wallOf['all 1'] / allDefault;
target(`--jobs ${cores} against --jobs 1, every format`, '>= 1.8x', `${fmt(scaling, 2)}x`, scaling >= 1.8);
console.log(`Export of ${N} articles (format "all" is pdf, docx, jsonld, json and the feed):\n`);
console.log(table(rows, ['format', '--jobs', 'ms/article', 'articles/s', 'wall s', 'peak RSS MB']));

if (values.scale && !values['no-scale']) {
  const big = buildCorpus(N * 10, path.join(work, 'corpus-10x'));
  const small = measure(['--format', 'all', corpus], 1);
  const large = measure(['--format', 'all', big], 1);
  console.log(
    `\nScale, format all, default jobs: ${N} articles ${fmt(small.seconds, 2)} s (${fmt(small.rssMb, 0)} MB peak), ${N * 10} articles ${fmt(large.seconds, 2)} s (${fmt(large.rssMb, 0)} MB peak): ${fmt(large.seconds / small.seconds, 2)}x the time for 10x the articles.`,
  );
  target(
    `peak RSS at ${N} and at ${N * 10} articles`,
    '<= 300 MB, flat',
    `${fmt(small.rssMb, 0)} / ${fmt(large.rssMb, 0)} MB`,
    Math.max(small.rssMb, large.rssMb) <= 300,
  );
} else {
  target(`peak RSS at ${N} and at ${N * 10} articles`, '<= 300 MB, flat', 'skipped (--no-scale)');
}

if (values.pandoc && !values['no-pandoc'] && hasPandoc()) {
  const version = execFileSync('pandoc', ['--version'], { encoding: 'utf8' }).split('\n')[0];
  const pandocSeconds = await pandocCorpus(corpus, 2);
  const ours = measure(['--format', 'docx', corpus]);
  const docxRatio = pandocSeconds / ours.seconds;
  console.log(
    `\n.docx of the same ${N} articles: ${version}, one process per article, 2 in parallel: ${fmt(pandocSeconds, 2)} s (${fmt(N / pandocSeconds, 0)}/s); broadsheet --format docx: ${fmt(ours.seconds, 2)} s (${fmt(N / ours.seconds, 0)}/s): ${fmt(docxRatio, 1)}x pandoc's throughput.`,
  );
  target('.docx against pandoc with 2 processes', '>= 5x its throughput', `${fmt(docxRatio, 1)}x`, docxRatio >= 5);
  if (hasPdfroff()) {
    // Note: pdfroff takes about a second an article, so pandoc converts a sample; throughputs are compared.
    const sample = Math.min(N, Number(values['pandoc-pdf-articles']));
    const pdfroffSeconds = await pandocCorpus(corpus, 2, 'pdf', sample);
    const oursPdf = measure(['--format', 'pdf', corpus]);
    const pdfRatio = sample / pdfroffSeconds / (N / oursPdf.seconds);
    console.log(
      `PDF: ${version} with pdfroff, one process per article, 2 in parallel, the first ${sample} articles: ${fmt(pdfroffSeconds, 2)} s (${fmt(sample / pdfroffSeconds, 1)}/s); broadsheet --format pdf, all ${N}: ${fmt(oursPdf.seconds, 2)} s (${fmt(N / oursPdf.seconds, 0)}/s): ${fmt(1 / pdfRatio, 1)}x pandoc's throughput.`,
    );
    target('PDF against pandoc with pdfroff', '>= 15x its throughput', `${fmt(1 / pdfRatio, 1)}x`, 1 / pdfRatio >= 15);
  } else {
    console.log(`PDF: pdfroff or ghostscript not installed: apt-get install groff ghostscript`);
    target('PDF against pandoc with pdfroff', '>= 15x its throughput', 'groff/ghostscript not installed');
  }
} else {
  console.log(`\n${values.pandoc && !values['no-pandoc'] ? PANDOC_MISSING : 'pandoc: skipped (--no-pandoc)'}`);
  target('.docx against pandoc with 2 processes', '>= 5x its throughput', PANDOC_MISSING);
  target('PDF against pandoc with pdfroff', '>= 15x its throughput', PANDOC_MISSING);
}

if (values.queue && !values['no-queue']) await queueFigures();

// Note: the site's figures (issue 12) have their own table, printed after every other one.
let siteTargets = [];
if (values.site && !values['no-site']) {
  const count = Number(values['site-articles'] ?? N * 10);
  const siteCorpus = buildCorpus(count, path.join(work, 'corpus-site'));
  // Note: the day's runs on the site take seconds, so they are repeated at least three times.
  siteTargets = await siteFigures({ bin, rssProbe, corpus: siteCorpus, work, runs: Math.max(RUNS, 3), table });
}

/**
 * The same corpus on the BullMQ queue (its own redis-server on 127.0.0.1): the
 * coordinator with 1 and 2 `broadsheet worker` processes of one thread each,
 * against the local pool. Coordination overhead per article: the coordinator's
 * own CPU time (reading, digesting, enqueueing, placing the staged files, the
 * feed) and the extra wall time over an in-process run, both with one worker thread.
 */
async function queueFigures() {
  let redis;
  try {
    redis = await startRedis();
  } catch (error) {
    console.log(`\nQueue: not measured (${error.message.split('\n')[0]}).`);
    return;
  }
  const startWorkers = async (count) => {
    const workers = Array.from({ length: count }, () =>
      spawn(process.execPath, [bin, 'worker', '--queue', redis.url, '--jobs', '1', '--quiet'], { stdio: 'ignore' }),
    );
    // Note: warm the workers' threads (exporters loaded) on a few articles first, as a long-running worker is.
    timeExport(['--queue', redis.url, '--format', 'all', ...warmUp]);
    return async () => {
      await Promise.all(
        workers.map((worker) => new Promise((resolve) => worker.once('exit', resolve).kill('SIGTERM'))),
      );
    };
  };
  const warmUp = readdirSync(corpus)
    .slice(0, 8)
    .map((name) => path.join(corpus, name));
  const rows = [];
  const local = measure(['--format', 'all', corpus]);
  rows.push(['local pool', `${cores} threads`, fmt(N / local.seconds, 1), fmt(local.seconds, 2), '']);
  const perFormat = {};
  for (const count of [1, 2]) {
    const stop = await startWorkers(count);
    const queued = measure(['--queue', redis.url, '--format', 'all', corpus]);
    if (count === 1) perFormat.all = queued;
    if (count === 1) perFormat.json = measure(['--queue', redis.url, '--format', 'json', corpus]);
    // Note: one article on the queue is the coordinator's start-up (loading BullMQ, connecting, the store), paid once per run.
    if (count === 1) perFormat.start = measure(['--queue', redis.url, '--format', 'json', warmUp[0]]);
    await stop();
    rows.push([
      'queue',
      `${count} worker process${count === 1 ? '' : 'es'}, 1 thread each`,
      fmt(N / queued.seconds, 1),
      fmt(queued.seconds, 2),
      fmt((queued.cpuSeconds * 1000) / N, 2),
    ]);
  }
  await redis.stop();
  const inProcess = measure(['--format', 'json', '--jobs', '1', corpus]);
  console.log(`\nThe same ${N} articles, every format, on the BullMQ queue (Redis on 127.0.0.1, workers warmed up):\n`);
  console.log(table(rows, ['runner', 'workers', 'articles/s', 'wall s', 'coordinator CPU ms/article']));
  const extra = ((perFormat.json.seconds - inProcess.seconds) * 1000) / N;
  const cpu = perFormat.json.cpuSeconds * 1000;
  const start = perFormat.start.cpuSeconds * 1000;
  console.log(
    `\nCoordination overhead per article, --format json, one worker thread: coordinator CPU ${fmt(cpu / N, 2)} ms (its start-up, ${fmt(start, 0)} ms of CPU once per run, spread over the ${N} articles), ${fmt((cpu - start) / (N - 1), 2)} ms per article beyond its start-up; wall ${fmt((perFormat.json.seconds * 1000) / N, 2)} ms on the queue against ${fmt((inProcess.seconds * 1000) / N, 2)} ms in one process (${extra < 0 ? '' : '+'}${fmt(extra, 2)} ms). Target: under 5 ms.`,
  );
}

const seed = path.join(root, 'seeds/000_d3ebd397d2656eba.txt');
const startOut = path.join(work, 'start');
// Note: --force, since the site's store would otherwise find the seed unchanged from the second run on.
const nodeOnly = processTime(process.execPath, ['-e', '0']);
const builtJson = processTime(process.execPath, [
  bin,
  '--quiet',
  '--force',
  '--format',
  'json',
  '--out',
  startOut,
  seed,
]);
const builtPdf = processTime(process.execPath, [bin, '--quiet', '--force', '--format', 'pdf', '--out', startOut, seed]);
const viaNpm = processTime(
  'npm',
  ['run', '--silent', 'export', '--', '--quiet', '--force', '--format', 'json', '--out', startOut, seed],
  5,
  { cwd: root },
);
console.log('\nOne article (the seed), whole process, median of 15 runs (npm: 5):\n');
console.log(
  table(
    [
      ['node -e 0', fmt(nodeOnly, 0), ''],
      ['broadsheet --format json (built command)', fmt(builtJson, 0), `+${fmt(builtJson - nodeOnly, 0)}`],
      ['broadsheet --format pdf (built command)', fmt(builtPdf, 0), `+${fmt(builtPdf - nodeOnly, 0)}`],
      ['npm run export -- --format json (turbo cache check + npm)', fmt(viaNpm, 0), `+${fmt(viaNpm - nodeOnly, 0)}`],
    ],
    ['command', 'ms', 'over node -e 0'],
  ),
);

const { parseArticle } = await import(path.join(root, 'packages/core/dist/index.js'));
const { enrichArticle } = await import(path.join(root, 'packages/enrich/dist/index.js'));
const seedBytes = readFileSync(seed);
const once = () => enrichArticle(parseArticle(seedBytes, { file: 'seed.txt' }));
for (let i = 0; i < 20; i++) once();
const inProcess = Array.from({ length: 51 }, () => {
  const started = performance.now();
  once();
  return performance.now() - started;
});
console.log(`\nParse and enrich the seed in-process, after warm-up: ${fmt(median(inProcess), 2)} ms (median of 51).`);

target(
  'one article, --format json, built command',
  '<= 150 ms over node -e 0',
  `+${fmt(builtJson - nodeOnly, 0)} ms`,
  builtJson - nodeOnly <= 150,
);
target(
  'one article, --format pdf, built command',
  '<= 400 ms over node -e 0',
  `+${fmt(builtPdf - nodeOnly, 0)} ms`,
  builtPdf - nodeOnly <= 400,
);
console.log('\nTargets (issue 18), measured in this run:\n');
console.log(table(targets, ['measure', 'target', 'here', '']));
if (siteTargets.length > 0) {
  console.log('\nTargets (issue 12, the site over time), measured in this run:\n');
  console.log(table(siteTargets, ['measure', 'target', 'here', '']));
}

if (!values.keep) rmSync(work, { recursive: true, force: true });
else console.log(`\nkept ${work}`);
