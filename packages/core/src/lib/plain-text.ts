import { type BodyBlock, type BodyLine, plainLine } from './body.js';

// Note: "- ", "• ", "* " and "1. " or "1) "; no en or em dash, which opens dialogue in many languages.
const ITEM_MARK = /^(?:[-•*]|(\d{1,3})[.)])[ \u00A0]+(?=\S)/u;
const SUBHEAD_MAX_CHARACTERS = 80;
const SUBHEAD_MAX_WORDS = 10;
// Note: a line ending like a sentence or a clause, also inside closing quotes or brackets, is not a heading.
const FINAL_PUNCTUATION = /[.!?…:;,\u3002\uFF01\uFF1F\u061F\u06D4]["'”’»)\]]*$/u;

/**
 * Finds the structure a plain-text article shows by its layout: lines opening
 * with "- ", "• ", "* " or "1. " are list items (one alone is not a list), and
 * a short line without final punctuation, written like a heading, standing
 * alone between paragraphs is a subhead.
 */
export function structurePlainText(blocks: readonly BodyBlock[]): BodyBlock[] {
  return markSubheads(numberLists(blocks.flatMap(splitItems)));
}

/** A block as split into items: an item remembers its mark, to give it back when it turns out not to be in a list. */
type Piece = BodyBlock & { mark?: string };

/** Splits a block's lines into the paragraph before a list and one block per item. */
function splitItems(block: BodyBlock): Piece[] {
  const out: Piece[] = [];
  let paragraph: BodyLine[] = [];
  let item: Piece | undefined;
  block.lines.forEach((line, index) => {
    const mark = ITEM_MARK.exec(line.text);
    const previous = block.lines[index - 1]?.text ?? '';
    const mayStart = index === 0 || item !== undefined || previous.endsWith(':');
    if (mark && mayStart) {
      if (paragraph.length > 0) out.push({ lines: paragraph, block: { kind: 'paragraph' } });
      paragraph = [];
      // Note: the list number is set once every block is known (numberLists).
      item = {
        lines: [plainLine(line.text.slice(mark[0].length))],
        block: { kind: 'item', list: 0, ordered: mark[1] !== undefined },
        mark: mark[0],
      };
      out.push(item);
    } else if (item !== undefined) {
      item.lines.push(line);
    } else {
      paragraph.push(line);
    }
  });
  if (paragraph.length > 0) out.push({ lines: paragraph, block: { kind: 'paragraph' } });
  return out;
}

/**
 * Numbers the lists: consecutive items of the same kind (bulleted or numbered)
 * form one list. A single item is not a list: it goes back to being a paragraph
 * with its mark.
 */
function numberLists(blocks: readonly Piece[]): BodyBlock[] {
  const out: BodyBlock[] = [];
  let list = 0;
  for (let start = 0; start < blocks.length; ) {
    const first = blocks[start] as Piece;
    let end = start + 1;
    if (first.block.kind === 'item') {
      while (
        end < blocks.length &&
        blocks[end]?.block.kind === 'item' &&
        blocks[end]?.block.ordered === first.block.ordered
      )
        end++;
    }
    if (first.block.kind !== 'item') out.push(first);
    else if (end - start === 1) out.push(withMark(first));
    else {
      for (const item of blocks.slice(start, end)) out.push({ lines: item.lines, block: { ...item.block, list } });
      list++;
    }
    start = end;
  }
  return out;
}

/** An item that is not in a list, as the paragraph it was written as. */
function withMark(item: Piece): BodyBlock {
  const [first, ...rest] = item.lines as [BodyLine, ...BodyLine[]];
  return { lines: [plainLine(`${item.mark ?? ''}${first.text}`), ...rest], block: { kind: 'paragraph' } };
}

function markSubheads(blocks: readonly BodyBlock[]): BodyBlock[] {
  const candidate = blocks.map(isSubheadLike);
  return blocks.map((block, index) => {
    const before = blocks[index - 1];
    const after = blocks[index + 1];
    const between =
      before !== undefined &&
      after !== undefined &&
      !candidate[index - 1] &&
      !candidate[index + 1] &&
      before.block.kind !== 'heading';
    return candidate[index] && between ? { lines: block.lines, block: { kind: 'heading', level: 2 } } : block;
  });
}

/** A paragraph of one short line, opening like a heading and not ending like a sentence. */
function isSubheadLike(block: BodyBlock): boolean {
  if (block.block.kind !== 'paragraph' || block.lines.length !== 1) return false;
  const text = (block.lines[0] as BodyLine).text;
  const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return (
    text.length <= SUBHEAD_MAX_CHARACTERS &&
    words >= 1 &&
    words <= SUBHEAD_MAX_WORDS &&
    /^[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u.test(text) &&
    !FINAL_PUNCTUATION.test(text)
  );
}
