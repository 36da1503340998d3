/** Builds a ParsedArticle by hand, so unit tests need only the words they test. */
import type { ParsedArticle } from '@broadsheet/core';

export function parsedArticle(paragraphs: string[], extra: Partial<ParsedArticle> = {}): ParsedArticle {
  const wordCount = paragraphs.join(' ').split(/\s+/).length;
  return {
    id: 'sha256:0123456789abcdef0123456789abcdef',
    headline: 'Test headline',
    authors: [],
    tags: [],
    language: 'en',
    direction: 'ltr',
    paragraphs,
    quotes: [],
    scareQuotes: [],
    removed: [],
    wordCount,
    readingMinutes: 1,
    source: { file: 'test.txt', format: 'text', encoding: 'utf-8' },
    ...extra,
  };
}
