// Scores the built package on the labelled sets and prints, for the development
// set and the held-out set apart, precision, recall and F1 per entity type, the
// date expressions found, the full dates resolved to the right day, the same per
// language, and the parse + enrich CPU time per article.
// Run by `npm run evaluate` at the root (which builds first).
// `--cases` also lists what was missed and invented in each development article
// (the self-written set and the real Wikinews set); the held-out articles' errors
// are never listed, so that nobody tunes on them.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '@broadsheet/core';
import { enrichArticle } from '../dist/index.js';
import { evaluateCorpus, formatEvaluation } from '../dist/evaluate.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures');
const SETS = [
  ['development', join(fixtures, 'labelled')],
  ['held-out', join(fixtures, 'held-out')],
  ['real development (Wikinews)', join(fixtures, 'wikinews')],
  ['real held-out (Wikinews)', join(fixtures, 'wikinews-held-out')],
];
const TUNED_ON = new Set(['development', 'real development (Wikinews)']);
const showCases = process.argv.includes('--cases');

for (const [set, dir] of SETS) {
  const { cases, times } = score(dir);
  console.log(`== ${set}: ${cases.length} articles (${dir.slice(fixtures.length - 'tests/fixtures'.length)})`);
  console.log(formatEvaluation(evaluateCorpus(cases)));
  console.log('');
  console.log('language  articles  entity P   R     F1    orgs R  dates P  R     resolved');
  const languages = [...new Set(cases.map((c) => c.language))].sort();
  for (const language of languages) {
    const report = evaluateCorpus(cases.filter((c) => c.language === language));
    const count = cases.filter((c) => c.language === language).length;
    const e = report.allEntities;
    const x = report.expressions;
    console.log(
      `${language.padEnd(8)}  ${String(count).padStart(8)}  ${f(e.precision)}  ${f(e.recall)}  ${f(e.f1)}  ${f(report.entities.organization.recall)}   ${f(x.precision)}  ${f(x.recall)}  ${report.resolved.correct}/${report.resolved.found}`,
    );
  }
  times.sort((a, b) => a - b);
  console.log('');
  console.log(
    `parse + enrich per article, CPU time: mean ${f(times.reduce((a, b) => a + b, 0) / times.length)} ms, median ${f(times[times.length >> 1])} ms, slowest ${f(times[times.length - 1])} ms`,
  );
  if (showCases && TUNED_ON.has(set)) {
    const report = evaluateCorpus(cases);
    for (const c of report.cases) {
      const notes = [...c.missed.map((m) => `-${m}`), ...c.spurious.map((s) => `+${s}`)];
      if (notes.length > 0) console.log(`${c.name}: ${notes.join('; ')}`);
    }
  }
  console.log('');
}

function score(dir) {
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort();
  const cases = [];
  const times = [];
  for (const file of files) {
    const name = file.slice(0, -'.txt'.length);
    const bytes = readFileSync(join(dir, file));
    const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8'));
    const run = () => enrichArticle(parseArticle(bytes, { file }));
    for (let i = 0; i < 5; i++) run();
    // Note: CPU time (user + system) of 20 runs, not wall-clock time, which a
    // shared machine makes noisy.
    const start = process.cpuUsage();
    for (let i = 0; i < 20; i++) run();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000 / 20);
    const article = run();
    cases.push({ name, language: article.language, article, expected });
  }
  return { cases, times };
}

function f(value) {
  return value.toFixed(3);
}
