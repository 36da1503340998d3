import { defaultConfig, validateArticle } from '@broadsheet/core';
import { describe, expect, it } from 'vitest';
import { type JsonLdOptions, toJsonLd } from '../src/index.js';
import { seedArticle } from './articles.js';
import { articleNode } from './graph.js';

const options: JsonLdOptions = { config: defaultConfig, slug: 'story' };

/** The headline and name the NewsArticle gets for an article titled `headline`. */
function titles(headline: string): { headline: string; name: string } {
  const node = articleNode(toJsonLd(validateArticle({ ...seedArticle, headline }), options));
  return { headline: node.headline as string, name: node.name as string };
}

function length(text: string): number {
  return Array.from(text).length;
}

/** `count` words of four letters: "w000 w001 …", each with its space 5 characters. */
function words(count: number): string {
  return Array.from({ length: count }, (_, index) => `w${String(index).padStart(3, '0')}`).join(' ');
}

describe('headline', () => {
  it('keeps a headline of up to 110 characters whole', () => {
    const title = 'x'.repeat(110);
    expect(titles(title)).toEqual({ headline: title, name: title });
  });

  it('cuts a longer headline after the last whole word that fits, with an ellipsis', () => {
    const title = `ab ${words(30)}`; // 152 characters
    const { headline } = titles(title);
    expect(headline).toBe(`ab ${words(21)}…`); // 107 characters and "…": the 22nd word would end at 112
    expect(length(headline)).toBeLessThanOrEqual(110);
  });

  it('keeps the last word when it ends exactly where the room does', () => {
    const title = `${'a'.repeat(103)} bcdef ghi`; // "bcdef" ends at character 109, leaving room for "…"
    expect(titles(title).headline).toBe(`${'a'.repeat(103)} bcdef…`);
  });

  it('always keeps the full title in name', () => {
    const title = words(30);
    expect(titles(title).name).toBe(title);
  });

  it('drops a comma or dash left in front of the ellipsis', () => {
    const title = `${'a'.repeat(100)}, ${'b'.repeat(5)} — ${'c'.repeat(20)}`;
    expect(titles(title).headline).toBe(`${'a'.repeat(100)}, ${'b'.repeat(5)}…`);
  });

  it('cuts one very long word between characters rather than leave a stub', () => {
    const title = `A ${'x'.repeat(200)}`;
    expect(titles(title).headline).toBe(`A ${'x'.repeat(107)}…`);
  });

  it('cuts text written without spaces at 110 characters', () => {
    const title = '俄罗斯外长拉夫罗夫和美国国务卿克里呼吁尽快恢复日内瓦叙利亚和谈'.repeat(5);
    const { headline } = titles(title);
    expect(length(headline)).toBe(110);
    expect(headline).toBe(`${Array.from(title).slice(0, 109).join('')}…`);
  });

  it('counts characters, not UTF-16 units, and never splits an emoji', () => {
    const title = '🇺🇳'.repeat(60); // each flag is two code points and one grapheme
    const { headline } = titles(title);
    expect(headline).toBe(`${'🇺🇳'.repeat(54)}…`);
  });

  it('collapses runs of white space in the title', () => {
    expect(titles('Kerry  and\u00a0Lavrov   meet')).toEqual({
      headline: 'Kerry and Lavrov meet',
      name: 'Kerry and Lavrov meet',
    });
  });

  it('cuts an Arabic headline at a word too', () => {
    const title = 'لافروف وكيري يدعوان إلى استئناف محادثات السلام السورية في جنيف '.repeat(3).trim();
    const { headline } = titles(title);
    expect(length(headline)).toBeLessThanOrEqual(110);
    expect(headline.endsWith('…')).toBe(true);
    expect(title.startsWith(`${headline.slice(0, -1)} `)).toBe(true);
  });
});
