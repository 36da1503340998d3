import type { CollectionEntry } from '@broadsheet/core';
import { resolveConfig } from '@broadsheet/core';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { selectFeedEntries } from '../src/index.js';
import { article, numbered } from '../../export-feeds/test/fixtures.js';

const headlines = ['Alpha', 'Beta', 'Gamma'];
// Note: the same instant written three ways, a calendar date, and no date, so ties are common.
const dates = [
  '2016-03-04T10:00:00+03:00',
  '2016-03-04T07:00:00Z',
  '2016-03-04T02:00:00-05:00',
  '2016-03-04',
  '2016-03-05T00:00:00.500+01:00',
  undefined,
];

const fields = fc.record({
  id: fc.integer({ min: 0, max: 7 }),
  headline: fc.constantFrom(...headlines),
  date: fc.constantFrom(...dates),
});

/** Entries with unique slugs, as in a run; ids, headlines and dates repeat. */
function entriesFrom(list: { id: number; headline: string; date: string | undefined }[]): CollectionEntry[] {
  return list.map(({ id, headline, date }, index) => {
    const base = { id: `sha256:${id.toString(16).padStart(32, '0')}`, headline };
    return {
      slug: `entry-${index}`,
      files: [],
      article: article(date === undefined ? base : { ...base, datePublished: date }),
    };
  });
}

const runs = fc.record({
  list: fc.array(fields, { maxLength: 24 }),
  split: fc.nat(),
  limit: fc.integer({ min: 1, max: 8 }),
});

describe('selectFeedEntries', () => {
  test('selecting part of a run and then the rest gives what selecting it all at once gives', () => {
    fc.assert(
      fc.property(runs, ({ list, split, limit }) => {
        const config = resolveConfig({ feed: { limit } });
        const entries = entriesFrom(list);
        const cut = list.length === 0 ? 0 : split % (list.length + 1);
        const [first, rest] = [entries.slice(0, cut), entries.slice(cut)];
        const stepwise = selectFeedEntries([...selectFeedEntries(first, config), ...rest], config);
        expect(stepwise).toEqual(selectFeedEntries(entries, config));
      }),
      { numRuns: 400 },
    );
  });

  test('gives the same selection whatever order the entries come in', () => {
    fc.assert(
      fc.property(runs, fc.func(fc.integer()), ({ list, limit }, rank) => {
        const config = resolveConfig({ feed: { limit } });
        const entries = entriesFrom(list);
        const shuffled = entries.toSorted((a, b) => rank(a.slug) - rank(b.slug));
        expect(selectFeedEntries(shuffled, config)).toEqual(selectFeedEntries(entries, config));
      }),
      { numRuns: 200 },
    );
  });

  test('orders newest first by instant, whatever offset each date is written in', () => {
    const entries = [
      numbered(1, '2016-03-04T10:00:00+03:00'),
      numbered(2, '2016-03-04T06:59:59Z'),
      numbered(3, '2016-03-04T02:30:00-05:00'),
    ];
    const slugs = selectFeedEntries(entries, resolveConfig()).map((entry) => entry.slug);
    expect(slugs).toEqual(['article-3', 'article-1', 'article-2']);
  });

  test('puts undated entries after dated ones, by headline and then id', () => {
    const undated = (id: string, headline: string, slug: string): CollectionEntry => ({
      slug,
      files: [],
      article: article({ id: `sha256:${id.repeat(32)}`, headline }),
    });
    const entries = [
      undated('b', 'Same', 'same-b'),
      undated('c', 'Alpha', 'alpha'),
      numbered(1, '1999-12-31'),
      undated('a', 'Same', 'same-a'),
    ];
    const slugs = selectFeedEntries(entries, resolveConfig()).map((entry) => entry.slug);
    expect(slugs).toEqual(['article-1', 'alpha', 'same-a', 'same-b']);
  });

  test('keeps one entry per article id, so no two items share a guid', () => {
    const twin = { ...numbered(1, '2016-03-01'), slug: 'article-1-2' };
    const slugs = selectFeedEntries([twin, numbered(1, '2016-03-01')], resolveConfig()).map((entry) => entry.slug);
    expect(slugs).toEqual(['article-1']);
  });

  test('holds no more than config.feed.limit entries', () => {
    const entries = Array.from({ length: 10 }, (_, n) => numbered(n, `2016-03-${String(n + 1).padStart(2, '0')}`));
    const slugs = selectFeedEntries(entries, resolveConfig({ feed: { limit: 2 } })).map((entry) => entry.slug);
    expect(slugs).toEqual(['article-9', 'article-8']);
  });
});
