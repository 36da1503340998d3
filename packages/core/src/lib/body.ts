import type { Block, Link } from './model.js';

/** One line of the body as read, with the links on it (offsets into `text`). */
export interface BodyLine {
  text: string;
  links: Link[];
}

/** A block of the body before it becomes one paragraph: its lines and what it is (links are kept on the lines). */
export interface BodyBlock {
  lines: BodyLine[];
  block: Omit<Block, 'links'>;
}

/** A line with no links. */
export function plainLine(text: string): BodyLine {
  return { text, links: [] };
}

/**
 * Joins a block's hard-wrapped lines into one paragraph, moving the links
 * with their text; a word broken with a hyphen at a line end is joined whole.
 */
export function joinLines(lines: readonly BodyLine[]): BodyLine {
  // Note: pieces joined once at the end, and the hyphen test on the previous line alone:
  // growing one string and looking at its end would flatten it at every line, quadratic time.
  const pieces: string[] = [];
  const links: Link[] = [];
  let length = 0;
  let previous: string | undefined;
  for (const line of lines) {
    if (previous !== undefined && !(/\p{L}-$/u.test(previous) && /^\p{Ll}/u.test(line.text))) {
      pieces.push(' ');
      length++;
    }
    for (const link of line.links) links.push({ ...link, start: link.start + length, end: link.end + length });
    pieces.push(line.text);
    length += line.text.length;
    previous = line.text;
  }
  return trimLine({ text: pieces.join(''), links });
}

/** Removes white space at both ends; links shrink to the text that is left and vanish when none is. */
export function trimLine(line: BodyLine): BodyLine {
  const start = line.text.length - line.text.trimStart().length;
  const text = line.text.trim();
  return { text, links: clipLinks(line.links, start, text) };
}

/** Drops the first `count` characters (a dateline), moving the links with the text that is left. */
export function dropPrefix(line: BodyLine, count: number): BodyLine {
  const text = line.text.slice(count);
  return { text, links: clipLinks(line.links, count, text) };
}

/** Moves links `shift` characters to the left and keeps the part of each that covers non-space characters of `text`. */
function clipLinks(links: readonly Link[], shift: number, text: string): Link[] {
  const kept: Link[] = [];
  for (const link of links) {
    let start = Math.max(0, link.start - shift);
    let end = Math.min(text.length, link.end - shift);
    while (start < end && /\s/u.test(text[start] as string)) start++;
    while (end > start && /\s/u.test(text[end - 1] as string)) end--;
    if (end > start) kept.push({ start, end, url: link.url });
  }
  return kept;
}
