// Scores the built package on the labelled set and prints a table.
// Run after `npx tsc -p packages/enrich/tsconfig.build.json` (and core's build).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '@broadsheet/core';
import { enrichArticle, evaluateCorpus, formatEvaluation } from '../dist/index.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures/labelled');
const files = readdirSync(dir)
  .filter((file) => file.endsWith('.txt'))
  .sort();

const cases = [];
const timings = [];
for (const file of files) {
  const name = file.slice(0, -'.txt'.length);
  const bytes = readFileSync(join(dir, file));
  const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8'));
  const run = () => enrichArticle(parseArticle(bytes, { file }));
  for (let i = 0; i < 10; i++) run();
  const times = [];
  for (let i = 0; i < 31; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  timings.push([name, times[15]]);
  cases.push({ name, article: run(), expected });
}

const report = evaluateCorpus(cases);
console.log(formatEvaluation(report));
console.log('');
console.log('article                     ms (median of 31, parse + enrich)  missed / spurious');
for (const [name, ms] of timings) {
  const found = report.cases.find((c) => c.name === name);
  const notes = [...found.missed.map((m) => `-${m}`), ...found.spurious.map((s) => `+${s}`)].join('; ');
  console.log(`${name.padEnd(28)}${ms.toFixed(2).padStart(6)}  ${notes}`);
}
