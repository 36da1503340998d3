import { describe, expect, test } from 'vitest';
import { SlugRegistry, slugify } from '@broadsheet/core';

describe('slugify', () => {
  test('lower-cases, strips accents and joins words with single hyphens', () => {
    expect(slugify('Kerry and Lavrov Discuss peace talks between Assad and Opposition')).toBe(
      'kerry-and-lavrov-discuss-peace-talks-between-assad-and-opposition',
    );
    expect(slugify('  Café   prices — up 5%!  ')).toBe('cafe-prices-up-5');
  });

  test('transliterates Cyrillic and Greek', () => {
    expect(slugify('Переговоры в Женеве')).toBe('peregovory-v-zheneve');
    expect(slugify('Αθήνα σήμερα')).toBe('athina-simera');
  });

  test('never gives a path', () => {
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
    expect(slugify('..\\..\\windows\\system32')).toBe('windows-system32');
    expect(slugify('/')).toMatch(/^article-[0-9a-f]{8}$/);
  });

  test('cuts at a word within 80 characters', () => {
    const slug = slugify('word '.repeat(60));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('word')).toBe(true);
  });

  test('gives a headline with no Latin letters "article-" and the content id', () => {
    expect(slugify('محادثات السلام', 'sha256:68d185ff54f04940f43386ae0b98d0a3')).toBe('article-68d185ff');
  });

  test("steers clear of names Windows reserves and of the site's own files", () => {
    expect(slugify('CON')).toBe('con-article');
    expect(slugify('Index')).toBe('index-article');
    expect(slugify('Feed')).toBe('feed-article');
  });
});

describe('SlugRegistry', () => {
  test('numbers repeats from 2 and stays within 80 characters', () => {
    const registry = new SlugRegistry();
    expect([registry.claim('talks'), registry.claim('talks'), registry.claim('talks')]).toEqual([
      'talks',
      'talks-2',
      'talks-3',
    ]);
    const long = 'a'.repeat(80);
    registry.claim(long);
    expect(registry.claim(long)).toHaveLength(80);
  });
});
