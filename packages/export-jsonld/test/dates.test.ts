import { defaultConfig, validateArticle } from '@broadsheet/core';
import { describe, expect, it, vi } from 'vitest';
import { jsonLdExporter, type JsonLdOptions, toJsonLd } from '../src/index.js';
import { seedArticle } from './articles.js';
import { articleNode } from './graph.js';

const options: JsonLdOptions = { config: defaultConfig, slug: 'story' };

/** The NewsArticle's dates for an article with these model dates. */
function dates(fields: { datePublished?: string; dateModified?: string }): Record<string, unknown> {
  const node = articleNode(toJsonLd(validateArticle({ ...seedArticle, ...fields }), options));
  return { datePublished: node.datePublished, dateModified: node.dateModified };
}

describe('dates', () => {
  it('keeps a date-time with its offset as it is', () => {
    expect(dates({ datePublished: '2016-03-04T18:30:00+03:00' }).datePublished).toBe('2016-03-04T18:30:00+03:00');
  });

  it('keeps a UTC date-time written with Z', () => {
    expect(dates({ datePublished: '2016-03-04T15:30:00Z' }).datePublished).toBe('2016-03-04T15:30:00Z');
  });

  it('keeps fractional seconds', () => {
    expect(dates({ datePublished: '2016-03-04T15:30:00.250-05:00' }).datePublished).toBe(
      '2016-03-04T15:30:00.250-05:00',
    );
  });

  it('keeps a date-only value date-only, inventing no time or offset', () => {
    expect(dates({ datePublished: '2016-03-04', dateModified: '2016-03-05' })).toEqual({
      datePublished: '2016-03-04',
      dateModified: '2016-03-05',
    });
  });

  it('writes the "T" between date and time even when the model has a space there', () => {
    expect(dates({ dateModified: '2016-03-05 09:00:00+01:00' }).dateModified).toBe('2016-03-05T09:00:00+01:00');
  });

  it('gives dateModified on its own when the article has no publication date', () => {
    expect(dates({ dateModified: '2016-03-05T09:00:00Z' })).toEqual({
      datePublished: undefined,
      dateModified: '2016-03-05T09:00:00Z',
    });
  });

  it('leaves both dates out when the article has none', () => {
    const node = articleNode(toJsonLd(seedArticle, options));
    expect(node).not.toHaveProperty('datePublished');
    expect(node).not.toHaveProperty('dateModified');
  });

  it('never stamps the fallback date of the run into the graph', async () => {
    const text = await jsonLdExporter.render(seedArticle, {
      slug: 'story',
      config: defaultConfig,
      fallbackDate: '1999-12-31T23:59:59Z',
      warn: vi.fn(),
    });
    expect(text).not.toContain('1999');
  });
});
