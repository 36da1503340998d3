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
  let text = '';
  const links: Link[] = [];
  // Note: the hyphen test looks at the end only; testing the whole growing text would take quadratic time.
  for (const line of lines) {
    let offset: number;
    if (text === '') {
      offset = 0;
      text = line.text;
    } else if (/\p{L}-$/u.test(text.slice(-3)) && /^\p{Ll}/u.test(line.text)) {
      offset = text.length;
      text += line.text;
    } else {
      offset = text.length + 1;
      text += ` ${line.text}`;
    }
    for (const link of line.links) links.push({ ...link, start: link.start + offset, end: link.end + offset });
  }
  return trimLine({ text, links });
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
