/**
 * Runs the built command on the hostile corpus, a seeded fuzz batch and a
 * series of SIGKILLs, checks every output with independent readers, and prints
 * the figures: inputs tried, crashes, ill-formed outputs, partial files after
 * kills, files written outside --out, and how parsing and enrichment time grows
 * with the input (four times the text should take about four times as long, not
 * sixteen). Exits 1 when any but the first is not 0, or the growth is not linear.
 *
 *   npm run robustness                    # seed from the clock
 *   node scripts/robustness.mjs 12345     # replay a seed (build first)
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkOutputFolder, hasStackTrace, isTempFile, listFiles } from '../tests/hostile/checks.mjs';
import { fixtureCases, fuzzBatch, generatedCases, random } from '../tests/hostile/corpus.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = path.join(root, 'apps/pipeline/dist/bin.js');
const seedArticle = readFileSync(path.join(root, 'seeds/000_d3ebd397d2656eba.txt'));
const seed = Number(process.argv[2] ?? Date.now() % 2 ** 31);
const FUZZ_CASES = 200;
const KILL_ARTICLES = 100;
const KILLS = 12;
// Note: a heap cap makes a runaway input fail in seconds instead of taking the machine's memory.
const NODE_FLAGS = ['--max-old-space-size=2048'];

const figures = { inputs: 0, crashes: 0, illFormed: 0, partial: 0, outside: 0 };
const details = [];
const work = mkdtempSync(path.join(tmpdir(), 'broadsheet-robustness-'));

function command(args, cwd) {
  const result = spawnSync(process.execPath, [...NODE_FLAGS, bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '' },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return result;
}

/** One sandbox: `in/` with the cases, `out/` with a symlink trap, a victim file beside them. */
function sandbox(name, cases) {
  const dir = path.join(work, name);
  mkdirSync(path.join(dir, 'in'), { recursive: true });
  mkdirSync(path.join(dir, 'out'), { recursive: true });
  for (const [file, bytes] of Object.entries(cases)) writeFileSync(path.join(dir, 'in', file), bytes);
  writeFileSync(path.join(dir, 'victim.txt'), 'untouched');
  symlinkSync(path.join(dir, 'victim.txt'), path.join(dir, 'out', 'talks-resume.json'));
  return dir;
}

/** Removes the symlink trap when no article of the run replaced it (it is the user's file, not an output). */
function removeTrap(dir) {
  const trap = path.join(dir, 'out', 'talks-resume.json');
  if (lstatSync(trap, { throwIfNoEntry: false })?.isSymbolicLink()) unlinkSync(trap);
}

/** Runs the command over a sandbox with every format and counts what went wrong. */
function exportAndCheck(name, cases) {
  const dir = sandbox(name, cases);
  figures.inputs += Object.keys(cases).length;
  const result = command(['--format', 'all', '--quiet', '--jobs', '2', '--out', 'out', 'in'], dir);
  if (![0, 1].includes(result.status) || result.signal !== null || hasStackTrace(result.stderr)) {
    figures.crashes++;
    const reason = /FATAL ERROR[^\n]*/.exec(result.stderr)?.[0] ?? result.stderr.trim().split('\n')[0];
    details.push(`${name}: crashed (status ${result.status}, signal ${result.signal}): ${reason}`);
  }
  const stray = result.stderr.split('\n').filter((line) => line !== '' && !/^(?:error|warning): /.test(line));
  if (stray.length > 0) details.push(`${name}: stderr lines that are not "error:" or "warning:": ${stray.length}`);
  removeTrap(dir);
  const { problems } = checkOutputFolder(path.join(dir, 'out'));
  figures.illFormed += problems.length;
  details.push(...problems.map((problem) => `${name}: ${problem}`));
  const outside = listFiles(dir).filter(
    (file) => !file.startsWith(path.join(dir, 'in') + path.sep) && path.dirname(file) !== path.join(dir, 'out'),
  );
  const victim = readFileSync(path.join(dir, 'victim.txt'), 'utf8') === 'untouched' ? 0 : 1;
  figures.outside += outside.filter((file) => file !== path.join(dir, 'victim.txt')).length + victim;
  if (victim) details.push(`${name}: the symlink in --out was followed`);
  return result;
}

function exited(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

async function killRuns() {
  const body = seedArticle.toString('utf8').split('\n').slice(1).join('\n');
  const cases = {};
  for (let i = 0; i < KILL_ARTICLES; i++)
    cases[`${String(i).padStart(3, '0')}.txt`] = `Story ${i} of the talks\n${body}`;
  const dir = sandbox('kills', cases);
  removeTrap(dir);
  const out = path.join(dir, 'out');
  const next = random(seed);
  const seen = new Map();
  const args = [...NODE_FLAGS, bin, '--format', 'all', '--quiet', '--jobs', '2', '--out', 'out', 'in'];
  let leftTemps = 0;
  for (let kill = 0; kill < KILLS; kill++) {
    const child = spawn(process.execPath, args, {
      cwd: dir,
      stdio: 'ignore',
      env: { ...process.env, SOURCE_DATE_EPOCH: '' },
    });
    await new Promise((resolve) => setTimeout(resolve, 150 + Math.floor(next() * 4000)));
    child.kill('SIGKILL');
    await exited(child);
    const check = checkOutputFolder(out, { thorough: false, seen });
    figures.partial += check.problems.length;
    details.push(...check.problems.map((problem) => `after kill ${kill + 1}: ${problem}`));
    leftTemps = Math.max(leftTemps, check.temps);
  }
  const final = command(['--format', 'all', '--quiet', '--out', 'out', 'in'], dir);
  const staleAfter = readdirSync(out).filter(isTempFile).length;
  if (final.status !== 0) details.push(`kills: the complete run after the kills exited ${final.status}`);
  figures.partial += staleAfter;
  if (staleAfter > 0) details.push(`kills: ${staleAfter} temporary files remain after a complete run`);
  const { problems } = checkOutputFolder(out);
  figures.illFormed += problems.length;
  details.push(...problems.map((problem) => `kills: ${problem}`));
  return leftTemps;
}

// Note: quadratic work shows as about sixteen times the time for four times the text; linear as four, plus noise.
const SHAPES = {
  'ordinary sentences': (n) => `Words\n\n${'The minister said "we will talk" to Anna Petrova in Paris. '.repeat(n)}`,
  'sentences opening with a new word': (n) =>
    `Openers\n\n${Array.from({ length: n }, (_, i) => `Zq${i.toString(36)} went home.`).join(' ')}`,
  'opening quotes': (n) => `Quotes\n\n${'\u201Ca '.repeat(n * 8)}`,
  'straight quotes': (n) => `Quotes\n\n${'"'.repeat(n * 30)}`,
  'one paragraph per line': (n) => `Lines\n${'Short line here.\n'.repeat(n * 3)}`,
  'Markdown paragraphs with marks and links': (n) =>
    `# Marks\n\n${'Prices *fell* and [the agency](https://example.org/a) said **so**.\n\n'.repeat(n)}`,
  'Markdown list items': (n) => `# List\n\n${'- An item with *emphasis*\n'.repeat(n * 2)}`,
  'Markdown quotes nested 8 deep': (n) =>
    `# Quotes\n\n${'> > > > > > > > Deep *a* [b](https://example.org/)\n'.repeat(n)}`,
  'Markdown nested past its limit, read as text': (n) => `# Deep\n\n${`${'> '.repeat(40)}Deep *a*\n`.repeat(n)}`,
};

/** For each shape of input, how many times longer four times the text takes to parse and enrich. */
async function growth() {
  const { parseArticle } = await import('@broadsheet/core');
  const { enrichArticle } = await import('@broadsheet/enrich');
  const time = (text) => {
    const begun = performance.now();
    const file = text.startsWith('# ') ? 'shape.md' : 'shape.txt';
    enrichArticle(parseArticle(Buffer.from(text), { file, warn: () => {} }));
    return performance.now() - begun;
  };
  const ratios = {};
  for (const [shape, make] of Object.entries(SHAPES)) {
    time(make(500));
    const small = Math.min(time(make(2000)), time(make(2000)));
    const large = Math.min(time(make(8000)), time(make(8000)));
    ratios[shape] = { ratio: large / small, linear: large < small * 8 + 200 };
  }
  return ratios;
}

const started = performance.now();
try {
  if (!existsSync(bin)) throw new Error('the command is not built: run `npm run robustness` (it builds first)');
  const small = { ...generatedCases(), ...fixtureCases() };
  exportAndCheck('corpus', small);
  for (const [name, bytes] of Object.entries(generatedCases({ big: true })).filter(([file]) => file.startsWith('big-')))
    exportAndCheck(name, { [name]: bytes });
  exportAndCheck('fuzz', fuzzBatch(seed, FUZZ_CASES, seedArticle));
  const temps = await killRuns();
  figures.inputs += KILL_ARTICLES;
  const ratios = await growth();
  for (const line of details) console.log(`  ${line}`);
  console.log(`seed: ${seed} (replay with: node scripts/robustness.mjs ${seed})`);
  console.log(`inputs tried: ${figures.inputs}`);
  console.log(`crashes: ${figures.crashes}`);
  console.log(`ill-formed outputs: ${figures.illFormed}`);
  console.log(
    `partial files found after kills: ${figures.partial} (temporary files seen after a kill, at most: ${temps})`,
  );
  console.log(`files written outside --out: ${figures.outside}`);
  console.log('parse and enrich, four times the text takes (linear is about 4x, quadratic 16x):');
  for (const [shape, { ratio, linear }] of Object.entries(ratios))
    console.log(`  ${shape}: ${ratio.toFixed(1)}x${linear ? '' : ' (NOT LINEAR)'}`);
  console.log(`time: ${((performance.now() - started) / 1000).toFixed(0)} s`);
  const superlinear = Object.values(ratios).filter(({ linear }) => !linear).length;
  process.exitCode = figures.crashes + figures.illFormed + figures.partial + figures.outside + superlinear > 0 ? 1 : 0;
} finally {
  rmSync(work, { recursive: true, force: true });
}
