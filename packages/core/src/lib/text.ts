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
