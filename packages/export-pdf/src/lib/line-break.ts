import type { Hyphenator } from './hyphenate.js';

/** One line of a paragraph: `text.slice(start, end)`, without the spaces around it. */
export interface LineRange {
  start: number;
  end: number;
  /** The line ends inside a word, with a hyphen drawn after it. */
  hyphen?: boolean;
  /** The last line of its paragraph (or before a line break): never stretched to the full width. */
  final?: boolean;
}

/** Width in points of a string set in the paragraph's face and size. */
export type Measure = (text: string) => number;

/** A stretch between two break opportunities: `start` to `contentEnd`, then spaces up to `end`. */
interface Unit {
  start: number;
  contentEnd: number;
  end: number;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const MAX_LINE_CHARS = 400;

/**
 * Breaks a paragraph into lines no wider than `width`: at spaces, after dashes and slashes,
 * at the hyphenation points `hyphenate` gives for a word that does not fit at a line's end,
 * and inside a word only when the word alone is wider than the line. A newline always breaks.
 */
export function breakLines(text: string, width: number, measure: Measure, hyphenate?: Hyphenator): LineRange[] {
  const lines: LineRange[] = [];
  let offset = 0;
  for (const segment of text.split('\n')) {
    const broken = breakSegment(text, offset, offset + segment.length, width, measure, hyphenate);
    const last = broken[broken.length - 1];
    if (last) last.final = true;
    lines.push(...broken);
    offset += segment.length + 1;
  }
  return lines;
}

function breakSegment(
  text: string,
  from: number,
  to: number,
  width: number,
  measure: Measure,
  hyphenate: Hyphenator | undefined,
): LineRange[] {
  if (from === to) return [{ start: from, end: to }];
  const spaceWidth = measure(' ');
  const lines: LineRange[] = [];
  let line: LineRange | undefined;
  let lineWidth = 0;
  let pendingSpaces = 0;
  for (const unit of units(text, from, to)) {
    // Note: no line holds hundreds of characters without a space; such a word goes
    // straight to splitWord instead of being shaped whole (a megabyte-long word once was).
    const unitWidth =
      unit.contentEnd - unit.start > MAX_LINE_CHARS
        ? Number.POSITIVE_INFINITY
        : measure(text.slice(unit.start, unit.contentEnd));
    if (line && lineWidth + pendingSpaces * spaceWidth + unitWidth <= width) {
      line.end = unit.contentEnd;
      lineWidth += pendingSpaces * spaceWidth + unitWidth;
    } else {
      const room = width - lineWidth - pendingSpaces * spaceWidth;
      const split =
        line && hyphenate && unitWidth <= width ? hyphenPoint(text, unit, room, measure, hyphenate) : undefined;
      if (line && split !== undefined) {
        lines.push({ start: line.start, end: split, hyphen: true });
        line = { start: split, end: unit.contentEnd };
        lineWidth = measure(text.slice(split, unit.contentEnd));
        pendingSpaces = unit.end - unit.contentEnd;
        continue;
      }
      if (line) lines.push(line);
      if (unitWidth <= width) {
        line = { start: unit.start, end: unit.contentEnd };
        lineWidth = unitWidth;
      } else {
        const pieces = splitWord(text, unit.start, unit.contentEnd, width, measure);
        const tail = pieces.pop() ?? { start: unit.start, end: unit.contentEnd };
        lines.push(...pieces);
        line = tail;
        lineWidth = measure(text.slice(tail.start, tail.end));
      }
    }
    pendingSpaces = unit.end - unit.contentEnd;
  }
  if (line) lines.push(line);
  return lines;
}

/** The last hyphenation point of the unit whose first part, with its hyphen, fits in `room`. */
function hyphenPoint(
  text: string,
  unit: Unit,
  room: number,
  measure: Measure,
  hyphenate: Hyphenator,
): number | undefined {
  const word = text.slice(unit.start, unit.contentEnd);
  if (room < measure('ab-') || /[\d/@_]/.test(word)) return undefined;
  const points = hyphenate(word);
  for (let index = points.length - 1; index >= 0; index--) {
    const point = points[index] as number;
    if (measure(`${word.slice(0, point)}-`) <= room) return unit.start + point;
  }
  return undefined;
}

/** Splits the segment at spaces, and after a dash or slash that stands between two characters. */
function* units(text: string, from: number, to: number): Generator<Unit> {
  const breaks = /( +)|([\u2013\u2014/])(?=[^ ])/g;
  breaks.lastIndex = from;
  let start = from;
  for (let match = breaks.exec(text); match && match.index < to; match = breaks.exec(text)) {
    const spaces = match[1];
    if (spaces !== undefined) {
      if (match.index > start) yield { start, contentEnd: match.index, end: match.index + spaces.length };
      start = match.index + spaces.length;
    } else {
      const after = match.index + 1;
      if (after < to) {
        yield { start, contentEnd: after, end: after };
        start = after;
      }
    }
  }
  if (start < to) yield { start, contentEnd: to, end: to };
}

/**
 * Cuts a word wider than the line between grapheme clusters.
 * Note: never right after a hyphen, because text extractors take a hyphen at a line end
 * for a soft one and drop it. A piece's width is the sum of its clusters' widths, each
 * measured once, so a word of a million characters costs linear time and little memory
 * (kerning and ligatures only ever make the real piece narrower).
 */
function splitWord(text: string, start: number, end: number, width: number, measure: Measure): LineRange[] {
  const pieces: LineRange[] = [];
  let pieceStart = start;
  let lastFit = start;
  let pieceWidth = 0;
  let widthAtLastFit = 0;
  for (const { segment, boundary } of clusters(text, start, end)) {
    const clusterWidth = measure(segment);
    if (pieceWidth + clusterWidth > width && lastFit > pieceStart) {
      pieces.push({ start: pieceStart, end: lastFit });
      pieceStart = lastFit;
      pieceWidth -= widthAtLastFit;
      widthAtLastFit = 0;
    }
    pieceWidth += clusterWidth;
    if (segment !== '-') {
      lastFit = boundary;
      widthAtLastFit = pieceWidth;
    }
  }
  pieces.push({ start: pieceStart, end });
  return pieces;
}

const WINDOW = 256;
const LOOKAHEAD = 64;

/**
 * The grapheme clusters of `text` from `start` to `end`, each with the offset just after it.
 * Note: Intl.Segmenter slows down with the length of the string it walks, so a long
 * word is segmented a window at a time, each window reaching a little past its end
 * so that no cluster is cut at the seam.
 */
function* clusters(text: string, start: number, end: number): Generator<{ segment: string; boundary: number }> {
  let at = start;
  while (at < end) {
    const stop = Math.min(end, at + WINDOW);
    const reach = Math.min(end, stop + LOOKAHEAD);
    let next = at;
    for (const { segment, index } of graphemes.segment(text.slice(at, reach))) {
      const clusterStart = at + index;
      if (clusterStart >= stop && next > at) break;
      next = clusterStart + segment.length;
      yield { segment, boundary: next };
    }
    at = next;
  }
}
