import { analyseDirection, type Direction } from './bidi.js';
import type { Block } from './blocks.js';
import { type FaceName, faceFor } from './fonts.js';
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
export function prepareBlock(block: Block, frame: Frame, fallbackRtl: boolean, measure: Measurer): PreparedBlock {
  const labelWidth = (block.label?.width ?? 0) + (block.style.indent ?? 0);
  const body = setText(block.text, block.style, frame.right - frame.left - labelWidth, fallbackRtl, measure);
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
): SetText {
  const face = faceFor(text, style.faces);
  const lines = breakLines(text, width, (part) => measure(face, style.size, part));
  return { text, face, size: style.size, color: style.color, direction: analyseDirection(text, fallbackRtl), lines };
}

/**
 * Places blocks on pages: a heading never ends a page (it goes with two lines of what follows),
 * a paragraph leaves neither a single first line at a page foot nor a single last line at a page top.
 */
export function paginate(blocks: readonly PreparedBlock[], frame: Frame): PageLayout[] {
  const pages: PageLayout[] = [[]];
  let y = frame.top;
  const newPage = (): void => {
    pages.push([]);
    y = frame.top;
  };
  blocks.forEach((prepared, index) => {
    const { style, keepWithNext } = prepared.block;
    const leading = style.leading;
    if (keepWithNext && y > frame.top && y + style.spaceBefore + keptHeight(blocks, index) > frame.bottom) newPage();
    let row = 0;
    while (row < prepared.rows) {
      const top = y === frame.top ? y : y + style.spaceBefore;
      const available = Math.floor((frame.bottom - top + 0.01) / leading);
      const take =
        y === frame.top
          ? Math.max(1, rowsToTake(prepared.rows - row, available))
          : rowsToTake(prepared.rows - row, available);
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

/** Height of a block plus what must stay with it: the next block's first two lines, or more headings. */
function keptHeight(blocks: readonly PreparedBlock[], index: number): number {
  const current = blocks[index];
  if (!current) return 0;
  const own = current.rows * current.block.style.leading;
  const next = blocks[index + 1];
  if (!current.block.keepWithNext || !next) return own;
  const gap = current.block.style.spaceAfter + next.block.style.spaceBefore;
  const following = next.block.keepWithNext
    ? keptHeight(blocks, index + 1)
    : Math.min(2, next.rows) * next.block.style.leading;
  return own + gap + following;
}
