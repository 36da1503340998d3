import { codePointName, tidySpaces } from '@broadsheet/core';
import { hasGlyph, widestFace } from './fonts.js';

/** What a character no bundled font has is drawn as. */
export const placeholder = '\u25A1';

/** Invisible format characters (variation selectors, zero-width marks) that may go when no font has them. */
const ignorable: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xe0000, 0xe0fff],
];

function isIgnorable(codePoint: number): boolean {
  return ignorable.some(([first, last]) => codePoint >= first && codePoint <= last);
}

/** Cleans text for setting and remembers every character it had to replace. */
export interface GlyphFilter {
  /** `text` with tabs and runs of spaces collapsed and each undrawable character replaced by □. */
  clean(text: string): string;
  /** Tells `warn` once which characters were replaced, if any. */
  report(warn: (message: string) => void): void;
}

/** Starts a filter for one document. */
export function createGlyphFilter(): GlyphFilter {
  const missing = new Map<number, string>();
  const replace = (char: string): string => {
    const codePoint = char.codePointAt(0) ?? 0;
    if (codePoint <= 0x20 || hasGlyph(widestFace, codePoint)) return char;
    if (isIgnorable(codePoint)) return '';
    missing.set(codePoint, char);
    return placeholder;
  };
  return {
    clean(text) {
      return Array.from(tidySpaces(text), replace).join('');
    },
    report(warn) {
      if (missing.size === 0) return;
      const names = [...missing].sort(([a], [b]) => a - b).map(([, char]) => `${codePointName(char)} ${char}`);
      const listed = names.length > 20 ? [...names.slice(0, 20), `and ${names.length - 20} more`] : names;
      const subject = missing.size === 1 ? 'no font has' : `no font has these ${missing.size} characters:`;
      warn(`${subject} ${listed.join(', ')}; shown as ${placeholder}`);
    },
  };
}
