import { checkArticle } from '@broadsheet/core';
import { describe, expect, test } from 'vitest';
import { evaluateCorpus, formatEvaluation } from '../src/evaluate.js';
import { enrichArticle } from '../src/index.js';
import { readLabelled } from './labelled.js';

const FLOOR = {
  entityPrecision: 0.82,
  entityF1: 0.77,
  organizationRecall: 0.57,
  datePrecision: 0.93,
  dateRecall: 0.93,
  resolved: 0.95,
};

const labelled = readLabelled('labelled');
const heldOut = readLabelled('held-out');
const cases = labelled.map(({ name, parsed, expected }) => ({
  name,
  language: parsed.language,
  article: enrichArticle(parsed),
  expected,
}));
const heldOutCases = heldOut.map(({ name, parsed, expected }) => ({
  name,
  language: parsed.language,
  article: enrichArticle(parsed),
  expected,
}));

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

  test('every enriched article validates against the schema', () => {
    for (const { name, article } of [...cases, ...heldOutCases])
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
