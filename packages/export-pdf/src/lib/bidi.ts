import { createRequire } from 'node:module';
import type { EmbeddingLevels } from 'bidi-js';

// Note: bidi-js is CommonJS and exports the factory itself, while its types describe an ES default export.
const bidiFactory: typeof import('bidi-js').default = createRequire(import.meta.url)('bidi-js');
const bidi = bidiFactory();

/** Scripts fontkit lays out right to left (it reverses their glyphs itself). */
const rtlScripts = [
  'Arabic',
  'Hebrew',
  'Syriac',
  'Thaana',
  'Cypriot',
  'Kharoshthi',
  'Phoenician',
  'Nko',
  'Lydian',
  'Avestan',
  'Imperial_Aramaic',
  'Inscriptional_Pahlavi',
  'Inscriptional_Parthian',
  'Old_South_Arabian',
  'Old_Turkic',
  'Samaritan',
  'Mandaic',
  'Meroitic_Cursive',
  'Meroitic_Hieroglyphs',
  'Manichaean',
  'Mende_Kikakui',
  'Nabataean',
  'Old_North_Arabian',
  'Palmyrene',
  'Psalter_Pahlavi',
];
const rtlScript = new RegExp(rtlScripts.map((name) => `\\p{Script=${name}}`).join('|'), 'u');
const firstScripted = /[^\p{Script=Common}\p{Script=Inherited}\p{Script=Unknown}]/u;
/** Characters that are strong right-to-left, or that switch direction explicitly. */
const rtlOrControl =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u200F\u202B\u202E\u2067\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;
/** Letters: near enough to the characters with a strong direction. */
const strong = /\p{L}/u;

/** The direction of one paragraph, and its bidi levels when it holds right-to-left text. */
export interface Direction {
  /** Whether the paragraph's base direction is right to left (lines align right). */
  rtl: boolean;
  /** Absent for purely left-to-right text, which needs no reordering. */
  levels?: EmbeddingLevels;
}

/** One piece of a line in visual order: a string handed to pdfkit as is, or a space. */
export interface Piece {
  text: string;
  space: boolean;
  /** The piece's characters in the paragraph: `start` (inclusive) to `end` (exclusive). */
  start: number;
  end: number;
  /** Drawn right to left: its first character is at its right edge. */
  rtl?: boolean;
}

/**
 * Runs the Unicode bidi algorithm over a paragraph.
 * @param fallbackRtl the direction when the text has no strong character (the article's).
 */
export function analyseDirection(text: string, fallbackRtl: boolean): Direction {
  if (!rtlOrControl.test(text)) return { rtl: fallbackRtl && !strong.test(text) };
  const hasStrong = strong.test(text);
  const levels = bidi.getEmbeddingLevels(text, hasStrong ? 'auto' : fallbackRtl ? 'rtl' : 'ltr');
  return { rtl: ((levels.paragraphs[0]?.level ?? 0) & 1) === 1, levels };
}

/**
 * The pieces of `text.slice(start, end)` from left to right as they must be drawn.
 * Note: pdfkit shapes but never reorders, and fontkit reverses the glyphs of any string whose
 * first letter is in a right-to-left script. So right-to-left runs are handed over word by word
 * in logical order (fontkit reverses them), and anything fontkit would not reverse is reversed here.
 */
export function visualPieces(text: string, direction: Direction, start: number, end: number): Piece[] {
  const { levels } = direction;
  if (!levels) return [{ text: text.slice(start, end), space: false, start, end }];
  const order = bidi.getReorderedIndices(text, levels, start, end - 1).slice(start, end);
  const pieces: Piece[] = [];
  let group: number[] = [];
  const flush = (): void => {
    if (group.length > 0) pieces.push(...groupPieces(text, levels.levels, group));
    group = [];
  };
  for (const index of order) {
    const char = text[index] ?? '';
    if (char === ' ') {
      flush();
      pieces.push({ text: ' ', space: true, start: index, end: index + 1 });
      continue;
    }
    const last = group[group.length - 1];
    const odd = isOdd(levels.levels, index);
    if (last !== undefined && (odd !== isOdd(levels.levels, last) || index !== last + (odd ? -1 : 1))) flush();
    group.push(index);
  }
  flush();
  return pieces;
}

function isOdd(levels: Uint8Array, index: number): boolean {
  return ((levels[index] ?? 0) & 1) === 1;
}

/** `group` holds adjacent logical indices in visual order, all at one direction. */
function groupPieces(text: string, levels: Uint8Array, group: number[]): Piece[] {
  const first = group[0] ?? 0;
  const last = group[group.length - 1] ?? 0;
  const rtl = isOdd(levels, first);
  const start = Math.min(first, last);
  const end = Math.max(first, last) + 1;
  const logical = text.slice(start, end);
  const reversedByFontkit = fontkitReverses(logical);
  if (!rtl && !reversedByFontkit) return [{ text: logical, space: false, start, end }];
  if (!rtl) {
    let at = start;
    return Array.from(logical, (char) => {
      at += char.length;
      return { text: char, space: false, start: at - char.length, end: at };
    });
  }
  const mirrored = Array.from(logical, (char) => bidi.getMirroredCharacter(char) ?? char);
  if (reversedByFontkit) return [{ text: mirrored.join(''), space: false, start, end, rtl: true }];
  return [{ text: mirrored.reverse().join(''), space: false, start, end, rtl: true }];
}

/** Whether every character of `text` belongs to a right-to-left script. */
export function isRightToLeftScript(text: string): boolean {
  return text.length > 0 && Array.from(text).every((char) => rtlScript.test(char));
}

function fontkitReverses(text: string): boolean {
  const match = firstScripted.exec(text);
  return match !== null && rtlScript.test(match[0]);
}
