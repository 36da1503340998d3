/**
 * Property tests: whatever article the parser or a JSON file gives, enrichment
 * never throws and its result passes the schema, with mentions that point at
 * the text they name.
 */
import { type ParsedArticle, checkArticle, parseArticle } from '@broadsheet/core';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { article, hostileString } from '../../../tests/hostile/arbitraries.js';
import { enrichArticle } from '../src/index.js';

const words = fc.constantFrom(
  'The',
  'minister',
  'Sergei Lavrov',
  'said',
  'on Monday',
  'March 4, 2016',
  'at midnight',
  'in Geneva',
  'the United Nations',
  '"We will talk,"',
  '“Plan B”',
  'Mr.',
  'U.S.',
  '.',
  ',',
  '\n\n',
  'Bank of England',
  'next week',
  '2016',
  'al-Assad',
);
const storyText = fc
  .tuple(fc.array(words, { minLength: 3, maxLength: 60 }), hostileString(40))
  .map(([parts, noise]) => `Headline ${noise.slice(0, 10)}\n\n${parts.join(' ')} ${noise}`);

function parsedOrUndefined(text: string): ParsedArticle | undefined {
  try {
    return parseArticle(Buffer.from(text), { file: 'story.txt' });
  } catch {
    return undefined;
  }
}

function expectValidBriefing(parsed: ParsedArticle): void {
  const enriched = enrichArticle(parsed);
  expect(checkArticle(enriched)).toEqual([]);
  for (const entity of enriched.entities)
    for (const mention of entity.mentions)
      expect(enriched.paragraphs[mention.paragraph]?.slice(mention.start, mention.end)).toBe(mention.text);
}

describe('enrichArticle on random articles', () => {
  test('parsed stories of news words and hostile text give a briefing that passes the schema', () => {
    fc.assert(
      fc.property(storyText, (text) => {
        const parsed = parsedOrUndefined(text);
        if (parsed !== undefined) expectValidBriefing(parsed);
      }),
      { numRuns: 400 },
    );
  });

  test('random valid models give a briefing that passes the schema', () => {
    fc.assert(
      fc.property(article, (value) => {
        const { keyPoints: _k, entities: _e, timeline: _t, keywords: _w, ...parsed } = value;
        expectValidBriefing(parsed);
      }),
      { numRuns: 400 },
    );
  });
});
