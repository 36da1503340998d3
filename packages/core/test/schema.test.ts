import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
  type Article,
  type Author,
  type Block,
  type Dateline,
  type Entity,
  type Link,
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
  blocks: true,
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
const authorKeys: Record<keyof Author, true> = { name: true, url: true, sameAs: true };
const datelineKeys: Record<keyof Dateline, true> = { place: true, date: true, agency: true, text: true };
const blockKeys: Record<keyof Block, true> = { kind: true, level: true, list: true, ordered: true, links: true };
const linkKeys: Record<keyof Link, true> = { start: true, end: true, url: true };
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
    expect(props(root['blocks']?.items)).toEqual(Object.keys(blockKeys).sort());
    expect(props(root['blocks']?.items?.properties?.['links']?.items)).toEqual(Object.keys(linkKeys).sort());
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
    const file = new URL('../article.schema.json', import.meta.url);
    expect(import.meta.resolve('@broadsheet/core/article.schema.json')).toBe(file.href);
    await expect(readFileSync(file, 'utf8')).toMatchFileSnapshot('golden/article.schema.json');
  });

  test('is the schema the validators were compiled from', () => {
    // Note: validation runs code compiled from the schema at build time; a schema edited without a build would not count.
    const script = fileURLToPath(new URL('../scripts/generate-validators.mjs', import.meta.url));
    const fresh = execFileSync(process.execPath, [script, '--stdout'], { encoding: 'utf8' });
    expect(readFileSync(new URL('../src/generated/validators.ts', import.meta.url), 'utf8')).toBe(fresh);
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

describe('blocks', () => {
  const structured: Article = {
    ...minimal,
    paragraphs: [
      'What changes',
      'Heat pumps are cheaper, says the agency.',
      'Air-source',
      'Ground-source',
      'It works.',
    ],
    blocks: [
      { kind: 'heading', level: 2 },
      { kind: 'paragraph', links: [{ start: 33, end: 39, url: 'https://example.org/agency' }] },
      { kind: 'item', list: 0, ordered: false },
      { kind: 'item', list: 0, ordered: false },
      { kind: 'quote' },
    ],
  };

  test('accepts one block per paragraph, with headings, items, quotes and links', () => {
    expect(checkArticle(structured)).toEqual([]);
  });

  test('refuses a blocks list that does not have one entry per paragraph, saying both counts', () => {
    expect(checkArticle({ ...structured, blocks: structured.blocks?.slice(1) })).toEqual([
      '/blocks: has 4 entries but paragraphs has 5; there must be exactly one block per paragraph',
    ]);
  });

  test('refuses a heading without a level and a level, list or order on the wrong kind', () => {
    const blocks = [
      { kind: 'heading' },
      { kind: 'paragraph', level: 2 },
      { kind: 'item', list: 0 },
      { kind: 'quote', list: 1, ordered: true },
      { kind: 'paragraph' },
    ] as const;
    expect(checkArticle({ ...structured, blocks })).toEqual([
      '/blocks/0: a heading needs a level (2 to 6)',
      '/blocks/1/level: only a heading has a level',
      '/blocks/2: an item needs "list" and "ordered"',
      '/blocks/3/list: only an item belongs to a list',
      '/blocks/3/ordered: only an item is ordered',
    ]);
  });

  test('refuses items of one list that disagree on being numbered', () => {
    const blocks = structured.blocks?.map((block, index) => (index === 3 ? { ...block, ordered: true } : block));
    expect(checkArticle({ ...structured, blocks })).toEqual([
      '/blocks/3/ordered: differs from the item before it in the same list',
    ]);
  });

  test('refuses links that are empty, reach past their paragraph or overlap', () => {
    const links = [
      { start: 4, end: 4, url: 'https://a.example/' },
      { start: 0, end: 10, url: 'https://b.example/' },
      { start: 5, end: 12, url: 'https://c.example/' },
      { start: 30, end: 60, url: 'https://d.example/' },
    ];
    const blocks = structured.blocks?.map((block, index) =>
      index === 1 ? { kind: 'paragraph' as const, links } : block,
    );
    expect(checkArticle({ ...structured, blocks })).toEqual([
      '/blocks/1/links/0: end (4) must be after start (4)',
      '/blocks/1/links/2: overlaps the link before it or is out of order',
      '/blocks/1/links/3/end: 60 is past the end of paragraph 1 (40 characters)',
    ]);
  });

  test('refuses an unknown kind and a heading level outside 2 to 6 through the schema', () => {
    const blocks = structured.blocks?.map((block, index) =>
      index === 0 ? { kind: 'heading', level: 1 } : index === 4 ? { kind: 'aside' } : block,
    );
    expect(checkArticle({ ...structured, blocks })).toEqual([
      '/blocks/0/level: must be >= 2',
      '/blocks/4/kind: must be one of "paragraph", "heading", "item", "quote"',
    ]);
  });
});
