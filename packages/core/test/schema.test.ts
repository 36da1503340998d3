import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  type Article,
  type Author,
  type Dateline,
  type Entity,
  type Mention,
  type Quote,
  type ScareQuote,
  type Source,
  type TimelineEntry,
  ValidationError,
  articleSchema,
  checkArticle,
  validateArticle,
} from '@broadsheet/core';

// Note: `Record<keyof T, true>` makes the compiler list every property of each
// model type; the tests compare those lists with the schema, so neither can
// gain or lose a field alone.
const articleKeys: Record<keyof Article, true> = {
  id: true,
  headline: true,
  kicker: true,
  description: true,
  authors: true,
  datePublished: true,
  dateModified: true,
  dateline: true,
  url: true,
  image: true,
  tags: true,
  language: true,
  direction: true,
  paragraphs: true,
  quotes: true,
  scareQuotes: true,
  removed: true,
  wordCount: true,
  readingMinutes: true,
  source: true,
  keyPoints: true,
  entities: true,
  timeline: true,
  keywords: true,
};
const authorKeys: Record<keyof Author, true> = { name: true, url: true };
const datelineKeys: Record<keyof Dateline, true> = { place: true, date: true, agency: true, text: true };
const quoteKeys: Record<keyof Quote, true> = { text: true, speaker: true, paragraph: true };
const scareQuoteKeys: Record<keyof ScareQuote, true> = { text: true, paragraph: true };
const sourceKeys: Record<keyof Source, true> = { file: true, format: true, encoding: true };
const entityKeys: Record<keyof Entity, true> = { type: true, name: true, roles: true, count: true, mentions: true };
const mentionKeys: Record<keyof Mention, true> = { paragraph: true, start: true, end: true, text: true };
const timelineKeys: Record<keyof TimelineEntry, true> = {
  text: true,
  sentence: true,
  event: true,
  paragraph: true,
  month: true,
  day: true,
  year: true,
  time: true,
  date: true,
  certainty: true,
};

type Node = { properties?: Record<string, Node>; items?: Node; required?: string[] };
const schema = articleSchema as Node;
const props = (node: Node | undefined) => Object.keys(node?.properties ?? {}).sort();
const root = schema.properties ?? {};

const minimal: Article = {
  id: 'sha256:0123456789abcdef0123456789abcdef',
  headline: 'Talks resume',
  authors: [],
  tags: [],
  language: 'en',
  direction: 'ltr',
  paragraphs: ['The talks resumed.'],
  quotes: [],
  scareQuotes: [],
  removed: [],
  wordCount: 3,
  readingMinutes: 1,
  source: { file: 'talks.txt', format: 'text', encoding: 'utf-8' },
  keyPoints: [],
  entities: [],
  timeline: [],
  keywords: [],
};

describe('the article schema', () => {
  test('has exactly the properties of the TypeScript model, at every level', () => {
    expect(props(schema)).toEqual(Object.keys(articleKeys).sort());
    expect(props(root['authors']?.items)).toEqual(Object.keys(authorKeys).sort());
    expect(props(root['dateline'])).toEqual(Object.keys(datelineKeys).sort());
    expect(props(root['quotes']?.items)).toEqual(Object.keys(quoteKeys).sort());
    expect(props(root['scareQuotes']?.items)).toEqual(Object.keys(scareQuoteKeys).sort());
    expect(props(root['source'])).toEqual(Object.keys(sourceKeys).sort());
    expect(props(root['entities']?.items)).toEqual(Object.keys(entityKeys).sort());
    expect(props(root['entities']?.items?.properties?.['mentions']?.items)).toEqual(Object.keys(mentionKeys).sort());
    expect(props(root['timeline']?.items)).toEqual(Object.keys(timelineKeys).sort());
  });

  test('requires exactly the properties the model does not mark optional', () => {
    expect([...(schema.required ?? [])].sort()).toEqual(Object.keys(minimal).sort());
  });

  test('is the file the package exports, unchanged from the reviewed copy', async () => {
    const shipped = readFileSync(new URL('../article.schema.json', import.meta.url), 'utf8');
    expect(JSON.parse(shipped)).toEqual(articleSchema);
    await expect(shipped).toMatchFileSnapshot('golden/article.schema.json');
  });

  test('accepts a minimal article', () => {
    expect(checkArticle(minimal)).toEqual([]);
  });

  test('reports every problem as a JSON pointer and a message', () => {
    const broken = { ...minimal, headline: 'two\nlines', wordCount: -1, direction: 'up', extra: 1, paragraphs: [] };
    expect(checkArticle(broken)).toEqual([
      '/: has unknown property "extra"',
      '/headline: must match pattern "^[^\\u0000-\\u001F\\u007F\\u2028\\u2029\\uFFFE\\uFFFF]*$"',
      '/direction: must be one of "ltr", "rtl"',
      '/paragraphs: must NOT have fewer than 1 items',
      '/wordCount: must be >= 0',
    ]);
  });

  test('validateArticle throws a ValidationError holding every problem', () => {
    expect(() => validateArticle({ ...minimal, id: 'x', language: 'English' })).toThrow(ValidationError);
    try {
      validateArticle({ ...minimal, id: 'x', language: 'English' });
    } catch (error) {
      expect((error as ValidationError).problems).toHaveLength(2);
    }
  });

  test('refuses a headline, paragraph or name that is only white space', () => {
    expect(checkArticle({ ...minimal, headline: ' \uFEFF ' })).toEqual(['/headline: must match pattern "\\S"']);
    expect(checkArticle({ ...minimal, paragraphs: ['\n'] })).toEqual(['/paragraphs/0: must match pattern "\\S"']);
    expect(checkArticle({ ...minimal, authors: [{ name: '\u00a0' }] })).toEqual([
      '/authors/0/name: must match pattern "\\S"',
    ]);
  });

  test('refuses a date-time without an offset', () => {
    expect(checkArticle({ ...minimal, datePublished: '2016-03-04T10:00:00' })).not.toEqual([]);
    expect(checkArticle({ ...minimal, datePublished: '2016-03-04T10:00:00+03:00' })).toEqual([]);
    expect(checkArticle({ ...minimal, datePublished: '2016-03-04' })).toEqual([]);
  });
});
