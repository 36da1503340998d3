import { validateArticle } from '@broadsheet/core';
import { describe, expect, test } from 'vitest';
import { enrichArticle } from '../src/index.js';
import { parsedArticle } from './helpers.js';

const story = [
  'The city council voted on Tuesday to close Harbour Road to cars, ending a long fight over the seafront.',
  'The closure follows a six-month trial in which footfall on the road rose by a fifth.',
  'Shop owners on Harbour Road are divided about the closure and some will seek a judicial review.',
  'The closure of Harbour Road to cars will take effect on May 1, the council said.',
  'Buses will be diverted along Station Street while planters and benches go in.',
  'A public meeting on the next phase, covering the old fish market, is planned for later in the spring.',
  'Cyclists welcomed the vote. Drivers did not. The council said the trial showed what people actually do.',
];

function enriched(paragraphs: string[], headline = 'Council closes Harbour Road to cars') {
  return validateArticle(enrichArticle(parsedArticle(paragraphs, { headline })));
}

describe('key points', () => {
  test('are three to five whole sentences in reading order, the lead first', () => {
    const { keyPoints } = enriched(story);
    expect(keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(keyPoints.length).toBeLessThanOrEqual(5);
    expect(keyPoints[0]).toBe(story[0]);
    const positions = keyPoints.map((point) => story.join('\n').indexOf(point));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  test('never repeat a near-duplicate sentence', () => {
    const repeated = [
      ...story,
      'The city council voted on Tuesday to close Harbour Road to cars, ending the long fight over the seafront.',
    ];
    const { keyPoints } = enriched(repeated);
    expect(keyPoints.filter((point) => point.startsWith('The city council voted on Tuesday'))).toHaveLength(1);
  });

  test('a short article gives as many as it has', () => {
    expect(enriched(['The bridge reopened this morning after repairs.']).keyPoints).toEqual([
      'The bridge reopened this morning after repairs.',
    ]);
  });
});

describe('keywords', () => {
  test('are at most eight distinct terms from the text, lower-case unless a name', () => {
    const { keywords } = enriched(story);
    expect(keywords.length).toBeGreaterThan(0);
    expect(keywords.length).toBeLessThanOrEqual(8);
    expect(new Set(keywords.map((k) => k.toLowerCase())).size).toBe(keywords.length);
    expect(keywords).toContain('Harbour Road');
    expect(keywords).toContain('closure');
    for (const keyword of keywords) expect(story.join(' ')).toContain(keyword);
  });
});

test('no key point after the lead opens with a pronoun whose person is elsewhere', () => {
  const paragraphs = [
    'The harbour authority approved a new ferry terminal on Monday after a long fight over the seafront and its cost.',
    'She said the ferry terminal would open next spring and that the seafront would stay open to walkers.',
    'The ferry terminal will cost 40 million euros, paid by the harbour authority and the regional government.',
    'Walkers and cyclists will keep the seafront path, the harbour authority said in a statement on Monday.',
    'Work on the ferry terminal starts in June and should take eighteen months, the authority said.',
  ];
  const points = enrichArticle(parsedArticle(paragraphs)).keyPoints;
  expect(points.length).toBeGreaterThanOrEqual(3);
  expect(points.some((point) => point.startsWith('She '))).toBe(false);
});
