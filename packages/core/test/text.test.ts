import { describe, expect, it } from 'vitest';
import {
  codePointName,
  countGraphemes,
  escapeJsonForHtml,
  escapeXml,
  flattenSpaces,
  shortenGraphemes,
  shortenToFit,
  tidySpaces,
  xmlSafe,
} from '../src/index.js';

describe('text safety', () => {
  it('drops what XML 1.0 cannot hold and says what it dropped', () => {
    const removed: string[] = [];
    expect(xmlSafe('a\u0001b\uFFFEc\uD800d\tе\n😀', (character) => removed.push(codePointName(character)))).toBe(
      'abcd\tе\n😀',
    );
    expect(removed).toEqual(['U+0001', 'U+FFFE', 'U+D800']);
  });

  it('escapes markup and JSON inside a script element', () => {
    expect(escapeXml('<a href="x">Q&A</a>')).toBe('&lt;a href=&quot;x&quot;&gt;Q&amp;A&lt;/a&gt;');
    const json = JSON.stringify({ text: '</script><b>&\u2028' });
    const escaped = escapeJsonForHtml(json);
    expect(escaped).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(escaped)).toEqual(JSON.parse(json));
  });

  it('tidies white space for setting, keeping line breaks', () => {
    expect(tidySpaces('  one \t two\r\n  three\u00A0\n ')).toBe('one two\nthree');
    expect(flattenSpaces('  one \n\t two ')).toBe('one two');
  });

  it('shortens by graphemes, never splitting a flag or an accent', () => {
    expect(shortenGraphemes('short', 10)).toBe('short');
    expect(shortenGraphemes('Noe\u0308l 🇩🇪🇫🇷 party', 6)).toBe('Noe\u0308l…');
    expect(shortenGraphemes('ab 🇩🇪🇫🇷x', 5)).toBe('ab 🇩🇪…');
    expect(countGraphemes('🇩🇪e\u0301')).toBe(2);
    expect(shortenToFit('one two three', (candidate) => candidate.length <= 8)).toBe('one two…');
  });
});
