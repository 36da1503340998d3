import type { TextStyle } from './styles.js';

/** A structure element that groups blocks (a list, a list item, a block quote). */
export interface Group {
  /** Unique within the document; blocks that share a group id share the element. */
  id: string;
  type: 'L' | 'LI' | 'BlockQuote';
}

/** The hanging label of a list item: its bullet, number or date. */
export interface Label {
  text: string;
  style: TextStyle;
  /** Width of the column it hangs in, in points. */
  width: number;
}

/** A link over `text.slice(start, end)` of a block, to an absolute web or mail address. */
export interface BlockLink {
  start: number;
  end: number;
  url: string;
}

/** The structure element of a block's text. */
export type BlockTag = 'H1' | 'H2' | 'H3' | 'H4' | 'H5' | 'H6' | 'P' | 'LBody';

/** One run of text set as a unit: a heading, a paragraph or the body of a list item. */
export interface Block {
  /** Its structure element: list item bodies are `LBody` inside `LI` inside `L`. */
  tag: BlockTag;
  /** The groups it sits in, outermost first, below the Document element. */
  groups: readonly Group[];
  text: string;
  style: TextStyle;
  label?: Label;
  /** Spans of `text` drawn as link annotations. */
  links?: readonly BlockLink[];
  /** Never ends a page: it goes with the block after it (two lines of it, or all of it when that is kept together). */
  keepWithNext?: boolean;
  /** Never split across pages (unless it is taller than a page). */
  keepTogether?: boolean;
  /** Running text: set justified and hyphenated where the language has patterns. */
  running?: boolean;
}

/** A heading block that stays with what follows it. */
export function heading(tag: BlockTag, text: string, style: TextStyle): Block {
  return { tag, groups: [], text, style, keepWithNext: true, keepTogether: true };
}

/** A paragraph block. */
export function paragraph(text: string, style: TextStyle, groups: readonly Group[] = []): Block {
  return { tag: 'P', groups, text, style };
}

/**
 * The blocks of a list, one per item, each item's label hanging to its side. Each item is
 * kept whole; the first item stays with the second, and the last never stands alone on a page.
 */
export function list(
  id: string,
  items: readonly { label: Label; text: string; links?: readonly BlockLink[] }[],
  style: TextStyle,
  running = false,
): Block[] {
  return items.map(({ label, text, links }, index) => ({
    tag: 'LBody',
    groups: [
      { id, type: 'L' },
      { id: `${id}/${index}`, type: 'LI' },
    ],
    text,
    style,
    label,
    ...(links && links.length > 0 ? { links } : {}),
    keepTogether: true,
    ...(running ? { running } : {}),
    ...(items.length > 1 && (index === 0 || index === items.length - 2) ? { keepWithNext: true } : {}),
  }));
}
