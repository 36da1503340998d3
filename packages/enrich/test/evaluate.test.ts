import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkArticle } from '@broadsheet/core';
import { describe, expect, test } from 'vitest';
import { evaluateCorpus, formatEvaluation } from '../src/evaluate.js';
import { enrichArticle } from '../src/index.js';
import { type LabelledArticle, readLabelled } from './labelled.js';

const FLOOR = {
  entityPrecision: 0.85,
  entityF1: 0.78,
  organizationRecall: 0.57,
  datePrecision: 0.94,
  dateRecall: 0.93,
  resolved: 0.95,
};

// Real published news (Wikinews), held out: measured just under what the rules
// reach there, so that a change that loses quality on real copy fails.
const REAL_FLOOR = {
  entityPrecision: 0.65,
  entityF1: 0.61,
  organizationRecall: 0.31,
  datePrecision: 0.95,
  dateRecall: 0.71,
  resolved: 0.95,
};

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures');
const labelled = readLabelled('labelled');
const heldOut = readLabelled('held-out');
const realDevelopment = readLabelled('wikinews');
const realHeldOut = readLabelled('wikinews-held-out');
const enrichAll = (set: LabelledArticle[]) =>
  set.map(({ name, parsed, expected }) => ({
    name,
    language: parsed.language,
    article: enrichArticle(parsed),
    expected,
  }));
const cases = enrichAll(labelled);
const heldOutCases = enrichAll(heldOut);
const realCases = enrichAll(realDevelopment);
const realHeldOutCases = enrichAll(realHeldOut);

describe('the labelled sets', () => {
  test('hold the seed and articles in seven languages, with a held-out set apart', () => {
    expect(labelled.map((item) => item.name)).toContain('seed');
    expect(labelled.length).toBeGreaterThanOrEqual(27);
    expect(heldOut.length).toBeGreaterThanOrEqual(16);
    const languages = (set: typeof cases) => [...new Set(set.map((item) => item.language))].sort();
    expect(languages(cases)).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pt']);
    expect(languages(heldOutCases)).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pt']);
    const names = new Set(labelled.map((item) => item.name));
    expect(heldOut.filter((item) => names.has(item.name))).toEqual([]);
  });

  test('hold real Wikinews articles in English and German, each with its source, split apart', () => {
    expect(realDevelopment.length).toBeGreaterThanOrEqual(14);
    expect(realHeldOut.length).toBeGreaterThanOrEqual(11);
    // at least a third of the real articles is held out
    expect(realHeldOut.length * 3).toBeGreaterThanOrEqual(realDevelopment.length + realHeldOut.length);
    for (const set of [realCases, realHeldOutCases])
      expect([...new Set(set.map((item) => item.language))].sort()).toEqual(['de', 'en']);
    const names = new Set(realDevelopment.map((item) => item.name));
    expect(realHeldOut.filter((item) => names.has(item.name))).toEqual([]);
    for (const [dir, set] of [
      ['wikinews', realDevelopment],
      ['wikinews-held-out', realHeldOut],
    ] as const) {
      const sources = readFileSync(join(fixtures, dir, 'SOURCES.md'), 'utf8');
      for (const { name } of set)
        expect(sources, name).toMatch(
          new RegExp(`\\| \`${name}\` \\| \\[[^\\]]+\\]\\(https://(en|de)\\.wikinews\\.org/wiki/`),
        );
    }
  });

  test('every enriched article validates against the schema', () => {
    for (const { name, article } of [...cases, ...heldOutCases, ...realCases, ...realHeldOutCases])
      expect({ name, problems: checkArticle(article) }).toEqual({ name, problems: [] });
  });

  // Note: the floor is set from the held-out set, which the rules were never
  // tuned on, just under what they reach there (see README, "Measured"); a
  // change that loses quality on text nobody tuned for fails here.
  test('the held-out set keeps its entity and date figures', () => {
    const report = evaluateCorpus(heldOutCases);
    const table = formatEvaluation(report);
    expect(report.allEntities.precision, table).toBeGreaterThanOrEqual(FLOOR.entityPrecision);
    expect(report.allEntities.f1, table).toBeGreaterThanOrEqual(FLOOR.entityF1);
    expect(report.entities.organization.recall, table).toBeGreaterThanOrEqual(FLOOR.organizationRecall);
    expect(report.expressions.precision, table).toBeGreaterThanOrEqual(FLOOR.datePrecision);
    expect(report.expressions.recall, table).toBeGreaterThanOrEqual(FLOOR.dateRecall);
    expect(report.resolved.share, table).toBeGreaterThanOrEqual(FLOOR.resolved);
  });

  test('the real held-out set (Wikinews) keeps its entity and date figures', () => {
    const report = evaluateCorpus(realHeldOutCases);
    const table = formatEvaluation(report);
    expect(report.allEntities.precision, table).toBeGreaterThanOrEqual(REAL_FLOOR.entityPrecision);
    expect(report.allEntities.f1, table).toBeGreaterThanOrEqual(REAL_FLOOR.entityF1);
    expect(report.entities.organization.recall, table).toBeGreaterThanOrEqual(REAL_FLOOR.organizationRecall);
    expect(report.expressions.precision, table).toBeGreaterThanOrEqual(REAL_FLOOR.datePrecision);
    expect(report.expressions.recall, table).toBeGreaterThanOrEqual(REAL_FLOOR.dateRecall);
    expect(report.resolved.share, table).toBeGreaterThanOrEqual(REAL_FLOOR.resolved);
  });

  // Note: English must not get worse while other languages improve.
  test('English development articles keep their figures', () => {
    const report = evaluateCorpus(cases.filter((item) => item.language === 'en'));
    const table = formatEvaluation(report);
    expect(report.allEntities.precision, table).toBeGreaterThanOrEqual(0.92);
    expect(report.allEntities.recall, table).toBeGreaterThanOrEqual(0.92);
    expect(report.expressions.precision, table).toBeGreaterThanOrEqual(0.96);
    expect(report.expressions.recall, table).toBeGreaterThanOrEqual(0.95);
  });
});

describe('the seed article', () => {
  const seed = cases.find((item) => item.name === 'seed')?.article;
  if (seed === undefined) throw new Error('the labelled set has no seed');

  test('names exactly three people: Lavrov, Kerry and al-Assad', () => {
    const people = seed.entities.filter((entity) => entity.type === 'person').map((entity) => entity.name);
    expect(people.sort()).toEqual(['Bashar al-Assad', 'John Kerry', 'Sergei Lavrov']);
  });

  test('dates the stalled talks, the ceasefire and the resumption', () => {
    const find = (month: number, day: number) =>
      seed.timeline.find((entry) => entry.month === month && entry.day === day);
    expect(find(2, 3)?.event).toBe('came to a standstill');
    expect(find(2, 26)).toMatchObject({ text: 'midnight of February 26', time: '00:00', event: 'came into force' });
    expect(find(3, 9)?.event).toContain('scheduled to resume');
  });

  test('picks three to five whole sentences, the lead first', () => {
    expect(seed.keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(seed.keyPoints.length).toBeLessThanOrEqual(5);
    expect(seed.keyPoints[0]).toBe(seed.paragraphs[0]);
    for (const point of seed.keyPoints)
      expect(seed.paragraphs.some((paragraph) => paragraph.includes(point))).toBe(true);
  });
});

test('enrichment gives the same output twice', () => {
  const [first] = labelled;
  if (first === undefined) throw new Error('the labelled set is empty');
  expect(JSON.stringify(enrichArticle(first.parsed))).toBe(JSON.stringify(enrichArticle(first.parsed)));
});
