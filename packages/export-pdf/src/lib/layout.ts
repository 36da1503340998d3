import { analyseDirection, type Direction } from './bidi.js';
import type { Block } from './blocks.js';
import { type FaceName, faceFor } from './fonts.js';
import type { Hyphenator } from './hyphenate.js';
import { breakLines, type LineRange } from './line-break.js';
import type { TextStyle } from './styles.js';

/** Measures `text` in a face at a size, in points. */
export type Measurer = (face: FaceName, size: number, text: string) => number;

/** The printable area of a page, in points from its top-left corner. */
export interface Frame {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A string broken into lines, with the face, size and direction it is set in. */
export interface SetText {
  text: string;
  face: FaceName;
  size: number;
  color: string;
  direction: Direction;
  lines: LineRange[];
  /** Lines other than a paragraph's last are stretched to the full width. */
  justify?: boolean;
}

/** A block ready to place: its lines, and its label's lines beside the first ones. */
export interface PreparedBlock {
  block: Block;
  body: SetText;
  label?: SetText;
  /** Lines the block takes: the longer of its body and its label. */
  rows: number;
}

/** The rows of one block that land on one page, and where the first row's top sits. */
export interface Fragment {
  prepared: PreparedBlock;
  top: number;
  /** Rows `from` (inclusive) to `to` (exclusive). */
  from: number;
  to: number;
}

/** What one page holds, top to bottom. */
export type PageLayout = Fragment[];

/** Breaks a block's text (and its label's) into lines for the frame's width. */
export function prepareBlock(
  block: Block,
  frame: Frame,
  fallbackRtl: boolean,
  measure: Measurer,
  hyphenate?: Hyphenator,
): PreparedBlock {
  const labelWidth = (block.label?.width ?? 0) + (block.style.indent ?? 0);
  const width = frame.right - frame.left - labelWidth;
  const running = block.running ? { hyphenate } : undefined;
  const body = setText(block.text, block.style, width, fallbackRtl, measure, running);
  if (!block.label) return { block, body, rows: body.lines.length };
  const label = setText(block.label.text, block.label.style, block.label.width - 6, body.direction.rtl, measure);
  return { block, body, label, rows: Math.max(body.lines.length, label.lines.length) };
}

/** Sets `text` in a style: picks the face, finds the direction, breaks it into lines `width` wide. */
export function setText(
  text: string,
  style: TextStyle,
  width: number,
  fallbackRtl: boolean,
  measure: Measurer,
  running?: { hyphenate: Hyphenator | undefined },
): SetText {
  const face = faceFor(text, style.faces);
  const direction = analyseDirection(text, fallbackRtl);
  // Note: right-to-left text is neither hyphenated nor justified (no patterns, and kashida is not drawn).
  const justify = running !== undefined && !direction.rtl && !direction.levels;
  const hyphenate = justify ? running.hyphenate : undefined;
  const lines = breakLines(text, width, (part) => measure(face, style.size, part), hyphenate);
  return { text, face, size: style.size, color: style.color, direction, lines, ...(justify ? { justify } : {}) };
}

/**
 * Places blocks on pages. A paragraph leaves neither a single first line at a page foot nor a
 * single last line at a page top; a block kept together is never split; a block kept with the
 * next goes with the next block's first two lines (all of it when that is kept together, and
 * on along the chain), so a heading never ends a page. When a long paragraph must keep with
 * what follows, its last lines go over with it rather than the whole paragraph. A chain taller
 * than a page is set as it comes.
 */
export function paginate(blocks: readonly PreparedBlock[], frame: Frame): PageLayout[] {
  const pages: PageLayout[] = [[]];
  const pageHeight = frame.bottom - frame.top;
  let y = frame.top;
  const newPage = (): void => {
    pages.push([]);
    y = frame.top;
  };
  blocks.forEach((prepared, index) => {
    const { style, keepWithNext, keepTogether } = prepared.block;
    const leading = style.leading;
    /** Rows that may go on the current page before the rest moves on; no limit unless a tail must move. */
    let limit = Number.POSITIVE_INFINITY;
    if (keepWithNext && y > frame.top) {
      const kept = keptHeight(blocks, index);
      if (y + style.spaceBefore + kept > frame.bottom + 0.01 && kept <= pageHeight) {
        const followers = kept - prepared.rows * leading;
        const room = Math.floor((frame.bottom - y - style.spaceBefore + 0.01) / leading);
        // Note: the fewest rows that can go over with the followers: two, or more if the page has no room for the rest.
        const tail = Math.max(2, prepared.rows - room);
        const fitsOver = tail * leading + followers <= pageHeight;
        if (!keepTogether && prepared.rows - tail >= 2 && fitsOver) limit = prepared.rows - tail;
        else newPage();
      }
    }
    let row = 0;
    while (row < prepared.rows) {
      const top = y === frame.top ? y : y + style.spaceBefore;
      const available = Math.min(limit, Math.floor((frame.bottom - top + 0.01) / leading));
      limit = Number.POSITIVE_INFINITY;
      const remaining = prepared.rows - row;
      let take = rowsToTake(remaining, available);
      if (keepTogether && take < remaining) take = 0;
      if (y === frame.top) take = Math.max(1, take === 0 ? Math.min(remaining, available) : take);
      if (take === 0) {
        newPage();
        continue;
      }
      pages[pages.length - 1]?.push({ prepared, top, from: row, to: row + take });
      row += take;
      y = top + take * leading;
      if (row < prepared.rows) newPage();
    }
    y += style.spaceAfter;
  });
  return pages;
}

/** How many of `remaining` rows go on a page with room for `available`, keeping two together at each end. */
function rowsToTake(remaining: number, available: number): number {
  if (remaining <= available) return remaining;
  const take = remaining - available === 1 ? available - 1 : available;
  return take >= 2 ? take : 0;
}

/** Height of a block plus what must stay with it: the next block (two lines, or all of it when kept together), on along the chain. */
function keptHeight(blocks: readonly PreparedBlock[], index: number): number {
  const current = blocks[index];
  if (!current) return 0;
  const own = current.rows * current.block.style.leading;
  const next = blocks[index + 1];
  if (!current.block.keepWithNext || !next) return own;
  const gap = current.block.style.spaceAfter + next.block.style.spaceBefore;
  if (next.block.keepWithNext) return own + gap + keptHeight(blocks, index + 1);
  // Note: a paragraph of three lines cannot leave two and carry one, so it goes whole.
  const rows = next.block.keepTogether || next.rows <= 3 ? next.rows : 2;
  return own + gap + rows * next.block.style.leading;
}
