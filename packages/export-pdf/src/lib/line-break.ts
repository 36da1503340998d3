/** One line of a paragraph: `text.slice(start, end)`, without the spaces around it. */
export interface LineRange {
  start: number;
  end: number;
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

/**
 * Breaks a paragraph into lines no wider than `width`: at spaces, after dashes and slashes,
 * and inside a word only when the word alone is wider than the line. A newline always breaks.
 */
export function breakLines(text: string, width: number, measure: Measure): LineRange[] {
  const lines: LineRange[] = [];
  let offset = 0;
  for (const segment of text.split('\n')) {
    lines.push(...breakSegment(text, offset, offset + segment.length, width, measure));
    offset += segment.length + 1;
  }
  return lines;
}

function breakSegment(text: string, from: number, to: number, width: number, measure: Measure): LineRange[] {
  if (from === to) return [{ start: from, end: to }];
  const spaceWidth = measure(' ');
  const lines: LineRange[] = [];
  let line: LineRange | undefined;
  let lineWidth = 0;
  let pendingSpaces = 0;
  for (const unit of units(text, from, to)) {
    const unitWidth = measure(text.slice(unit.start, unit.contentEnd));
    if (line && lineWidth + pendingSpaces * spaceWidth + unitWidth <= width) {
      line.end = unit.contentEnd;
      lineWidth += pendingSpaces * spaceWidth + unitWidth;
    } else {
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
 * for a soft one and drop it.
 */
function splitWord(text: string, start: number, end: number, width: number, measure: Measure): LineRange[] {
  const pieces: LineRange[] = [];
  let pieceStart = start;
  let lastFit = start;
  const boundaries = [...graphemes.segment(text.slice(start, end))].map(({ index }) => start + index);
  for (const boundary of [...boundaries.slice(1), end]) {
    if (measure(text.slice(pieceStart, boundary)) > width && lastFit > pieceStart) {
      pieces.push({ start: pieceStart, end: lastFit });
      pieceStart = lastFit;
    }
    if (text[boundary - 1] !== '-') lastFit = boundary;
  }
  pieces.push({ start: pieceStart, end });
  return pieces;
}
