/** The longest `headline` Google's Article guidance accepts, in characters. */
export const headlineLimit = 110;

/** How long a `description` may grow before it is cut at a word. */
export const descriptionLimit = 300;

const ellipsis = '…';
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** Collapses every run of white space to one space and trims the ends. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Shortens `text` to at most `limit` characters (code points), ellipsis included.
 * Cuts after the last whole word that fits; text with no usable space (a very
 * long word, Chinese, Thai) is cut between two graphemes instead.
 */
export function truncateAtWord(text: string, limit: number): string {
  if (Array.from(text).length <= limit) return text;
  const room = takeGraphemes(text, limit - 1);
  const next = text.slice(room.length, room.length + 1);
  const kept = /^\s$/u.test(next) ? room : dropPartialWord(room);
  return `${kept.replace(/[\s\p{Pd},;:]+$/u, '')}${ellipsis}`;
}

/** The longest run of whole graphemes from the start of `text` holding at most `limit` code points. */
function takeGraphemes(text: string, limit: number): string {
  let taken = '';
  let count = 0;
  for (const { segment } of graphemes.segment(text)) {
    const size = Array.from(segment).length;
    if (count + size > limit) break;
    taken += segment;
    count += size;
  }
  return taken;
}

/** Removes the word cut in half at the end of `room`, unless that would lose more than half of it. */
function dropPartialWord(room: string): string {
  const lastSpace = room.search(/\s\S*$/u);
  // Note: "A" + "…" says less than a hard cut through one very long word does.
  return lastSpace >= room.length / 2 ? room.slice(0, lastSpace) : room;
}
