import { describe, expect, test } from 'vitest';
import { type Article, InputError, articleFromJson } from '@broadsheet/core';

const structured: Article = {
  id: 'sha256:0123456789abcdef0123456789abcdef',
  headline: 'Heat pumps get cheaper',
  authors: [],
  tags: [],
  language: 'en',
  direction: 'ltr',
  paragraphs: ['What changes', 'Prices fell, says the agency.', 'Air-source', 'Ground-source', 'It works.'],
  blocks: [
    { kind: 'heading', level: 2 },
    { kind: 'paragraph', links: [{ start: 22, end: 28, url: 'https://example.org/agency' }] },
    { kind: 'item', list: 0, ordered: false },
    { kind: 'item', list: 0, ordered: false },
    { kind: 'quote' },
  ],
  quotes: [],
  scareQuotes: [],
  removed: [],
  wordCount: 13,
  readingMinutes: 1,
  source: { file: 'pumps.md', format: 'markdown', encoding: 'utf-8' },
  keyPoints: [],
  entities: [],
  timeline: [],
  keywords: [],
};

const bytes = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8');

describe('articleFromJson', () => {
  test('reads an article with blocks back exactly as it was written', () => {
    expect(structured.paragraphs[1]?.slice(22, 28)).toBe('agency');
    expect(articleFromJson(bytes(structured), { file: 'pumps.json' })).toEqual(structured);
  });

  test('reads an article without blocks, as written before blocks existed', () => {
    const { blocks: _, ...plain } = structured;
    expect(articleFromJson(bytes(plain), { file: 'plain.json' })).toEqual(plain);
  });

  test('refuses blocks that do not match the paragraphs, naming the file and both counts', () => {
    const broken = { ...structured, blocks: structured.blocks?.slice(0, 3) };
    expect(() => articleFromJson(bytes(broken), { file: 'in/pumps.json' })).toThrow(InputError);
    expect(() => articleFromJson(bytes(broken), { file: 'in/pumps.json' })).toThrow(
      'does not match the article schema: /blocks: has 3 entries but paragraphs has 5; there must be exactly one block per paragraph',
    );
  });
});
