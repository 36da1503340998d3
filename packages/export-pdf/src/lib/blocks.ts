import type { TextStyle } from './styles.js';

/** A structure element that groups blocks (a list, a list item, a block quote). */
export interface Group {
  /** Unique within the document; blocks that share a group id share the element. */
  id: string;
  type: 'L' | 'LI' | 'BlockQuote';
}

/** The hanging label of a list item: its bullet or its date. */
export interface Label {
  text: string;
  style: TextStyle;
  /** Width of the column it hangs in, in points. */
  width: number;
}

/** One run of text set as a unit: a heading, a paragraph or the body of a list item. */
export interface Block {
  /** Its structure element: list item bodies are `LBody` inside `LI` inside `L`. */
  tag: 'H1' | 'H2' | 'H3' | 'P' | 'LBody';
  /** The groups it sits in, outermost first, below the Document element. */
  groups: readonly Group[];
  text: string;
  style: TextStyle;
  label?: Label;
  /** Never ends a page: it goes with at least two lines of the block after it. */
  keepWithNext?: boolean;
}

/** A heading block that stays with what follows it. */
export function heading(tag: 'H1' | 'H2' | 'H3', text: string, style: TextStyle): Block {
  return { tag, groups: [], text, style, keepWithNext: true };
}

/** A paragraph block. */
export function paragraph(text: string, style: TextStyle, groups: readonly Group[] = []): Block {
  return { tag: 'P', groups, text, style };
}

/** The blocks of a list, one per item, each item's label hanging to its side. */
export function list(id: string, items: readonly { label: Label; text: string }[], style: TextStyle): Block[] {
  return items.map(({ label, text }, index) => ({
    tag: 'LBody',
    groups: [
      { id, type: 'L' },
      { id: `${id}/${index}`, type: 'LI' },
    ],
    text,
    style,
    label,
  }));
}
