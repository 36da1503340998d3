// Note: characters XML 1.0 or Word cannot hold (C0/C1 controls, noncharacters,
// lone surrogates), a stray BOM, and bidi embeddings/overrides/isolates, which
// can make text read differently from what it says. LRM and RLM stay: RTL text needs them.
const UNWANTED =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFEFF\uFFFE\uFFFF\uFDD0-\uFDEF\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const LINE_BREAKS = /\r\n?|[\u0085\u2028\u2029]/g;
const SPACE_RUNS = /[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]{2,}|\t/g;

/**
 * Normalises text as read from a file: LF line ends, NFC, no characters that
 * XML or Word cannot hold, runs of spaces collapsed, no space at line ends.
 */
export function cleanText(text: string): string {
  return collapseSpaces(normaliseText(text));
}

/** LF line ends, NFC, and no characters that XML or Word cannot hold; spaces untouched (YAML needs them). */
export function normaliseText(text: string): string {
  return text.replace(LINE_BREAKS, '\n').normalize('NFC').replace(UNWANTED, '');
}

/** Collapses runs of spaces and tabs to one space and drops spaces at line ends. */
export function collapseSpaces(text: string): string {
  return text.replace(SPACE_RUNS, ' ').replace(/ +\n/g, '\n');
}

/** Like `cleanText`, for a one-line value (a title, a name): line breaks become spaces, ends trimmed. */
export function cleanLine(text: string): string {
  return cleanText(text)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

/** Words in `text`: letters or digits, with inner apostrophes and hyphens. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

// Note: exactly what XML 1.0 cannot hold: C0 controls except tab, LF and CR,
// U+FFFE and U+FFFF, and surrogates that are not part of a pair.
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * `text` without the characters XML 1.0 cannot hold.
 * @param onRemoved hears each removed character, as it is met.
 */
export function xmlSafe(text: string, onRemoved?: (character: string) => void): string {
  return text.replace(NOT_XML, (character) => {
    onRemoved?.(character);
    return '';
  });
}

/** "U+0001": how a character is named in messages. */
export function codePointName(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

const MARKUP: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Escapes text for XML or HTML, as element text or a double-quoted attribute value,
 * so markup in it shows as the characters it is made of.
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => MARKUP[character] ?? character);
}

const IN_SCRIPT: Readonly<Record<string, string>> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * Makes JSON text safe inside an HTML `<script>` element: `<`, `>`, `&`, U+2028
 * and U+2029 become `\u` escapes, which JSON.parse reads back as the same characters.
 */
export function escapeJsonForHtml(json: string): string {
  // Note: outside strings, JSON text holds none of these characters, so replacing them everywhere only touches string contents.
  return json.replace(/[<>&\u2028\u2029]/gu, (character) => IN_SCRIPT[character] ?? character);
}

/**
 * Text as it is set in a document: LF line ends kept, spaces around them dropped,
 * tabs and runs of spaces as one space, no space at either end.
 */
export function tidySpaces(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00A0]*\n[ \t\u00A0]*/g, '\n')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** Text on one line: every run of white space, line breaks included, as one space; no space at either end. */
export function flattenSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// Note: made on first use: creating a segmenter loads ICU's break data, which a run
// that finds every article unchanged never needs.
let segmenter: Intl.Segmenter | undefined;
const graphemes = {
  segment: (text: string) => {
    segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
    return segmenter.segment(text);
  },
};

/**
 * `text` on one line, cut at a grapheme boundary and ended with "…" when `fits` refuses it whole:
 * the longest such cut that `fits` accepts (a width in points, a number of characters).
 */
export function shortenToFit(text: string, fits: (candidate: string) => boolean, ellipsis = '…'): string {
  const flat = flattenSpaces(text);
  if (fits(flat)) return flat;
  const boundaries = [...graphemes.segment(flat)].map(({ index }) => index);
  const cut = (count: number): string => `${flat.slice(0, boundaries[count] ?? flat.length).trimEnd()}${ellipsis}`;
  let low = 0;
  let high = boundaries.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(cut(middle))) low = middle;
    else high = middle - 1;
  }
  return cut(low);
}

/** `text` on one line, at most `max` graphemes long, "…" included when it had to be cut. */
export function shortenGraphemes(text: string, max: number): string {
  // Note: only the first max + 2 graphemes can matter (one more than fits, and a
  // space that flattening may trim), so a megabyte-long text is cut to them first:
  // segmenting all of it took gigabytes.
  const flat = flattenSpaces(text);
  let end = flat.length;
  let seen = 0;
  for (const { index } of graphemes.segment(flat)) {
    if (seen++ === max + 2) {
      end = index;
      break;
    }
  }
  return shortenToFit(flat.slice(0, end), (candidate) => countGraphemes(candidate) <= max);
}

/** How many user-perceived characters `text` has (a flag or an accented letter counts once). */
export function countGraphemes(text: string): number {
  let count = 0;
  for (const _ of graphemes.segment(text)) count++;
  return count;
}
