import { checkArticle } from '@broadsheet/core';
import { describe, expect, test } from 'vitest';
import { enrichArticle, evaluateCorpus, formatEvaluation } from '../src/index.js';
import { readLabelled } from './labelled.js';

const labelled = readLabelled();
const cases = labelled.map(({ name, parsed, expected }) => ({ name, article: enrichArticle(parsed), expected }));

describe('the labelled set', () => {
  test('holds the seed and at least eight articles of our own', () => {
    expect(labelled.map((item) => item.name)).toContain('seed');
    expect(labelled.length).toBeGreaterThanOrEqual(9);
  });

  test('every enriched article validates against the schema', () => {
    for (const { name, article } of cases)
      expect({ name, problems: checkArticle(article) }).toEqual({ name, problems: [] });
  });

  // Note: thresholds sit just under what the rules reach today (see README,
  // "Measured"); a change that loses quality fails here.
  test('entities and timeline keep their precision and recall', () => {
    const report = evaluateCorpus(cases);
    const table = formatEvaluation(report);
    expect(report.entities.person.precision, table).toBeGreaterThanOrEqual(0.95);
    expect(report.entities.person.recall, table).toBeGreaterThanOrEqual(0.95);
    expect(report.entities.place.precision, table).toBeGreaterThanOrEqual(0.95);
    expect(report.entities.place.recall, table).toBeGreaterThanOrEqual(0.9);
    expect(report.entities.organization.precision, table).toBeGreaterThanOrEqual(0.9);
    expect(report.entities.organization.recall, table).toBeGreaterThanOrEqual(0.95);
    expect(report.timeline.precision, table).toBeGreaterThanOrEqual(0.95);
    expect(report.timeline.recall, table).toBeGreaterThanOrEqual(0.95);
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
