import { type Piece, visualPieces } from './bidi.js';
import type { Block, BlockLink, Group } from './blocks.js';
import { face as fontFace, naturalHeight, widthOf } from './fonts.js';
import type { Fragment, Frame, PageLayout, SetText } from './layout.js';
import type { LineRange } from './line-break.js';

/** Where the page footer sits and what it says besides the page number. */
export interface Footer {
  /** The headline, already shortened to fit, set on one line; shown from page 2. */
  headline: SetText;
  /** Room kept free for the page number at the right of the footer, in points. */
  headlineRoom: number;
  /** "Page X of Y", set for each page by `pageLabel`. */
  pageLabel: (page: number, pages: number) => SetText;
  /** Top of the footer line. */
  top: number;
}

/** Draws every page and builds the structure tree (Document, headings, paragraphs, lists) as it goes. */
export function drawPages(doc: PDFKit.PDFDocument, pages: readonly PageLayout[], frame: Frame, footer: Footer): void {
  const structure = new Structure(doc);
  pages.forEach((page, index) => {
    doc.addPage();
    for (const fragment of page) drawFragment(doc, fragment, frame, structure);
    drawFooter(doc, frame, footer, index + 1, pages.length);
  });
}

/** Creates structure elements on first use so that they nest and follow reading order. */
class Structure {
  readonly #doc: PDFKit.PDFDocument;
  readonly #root: PDFKit.PDFStructureElement;
  readonly #groups = new Map<string, PDFKit.PDFStructureElement>();
  readonly #blocks = new Map<Block, PDFKit.PDFStructureElement>();
  readonly #labels = new Map<Block, PDFKit.PDFStructureElement>();

  constructor(doc: PDFKit.PDFDocument) {
    this.#doc = doc;
    this.#root = doc.struct('Document');
    doc.addStructure(this.#root);
  }

  /** The `Lbl` element of a list item's label, created beside the body the first time. */
  label(block: Block): PDFKit.PDFStructureElement {
    const existing = this.#labels.get(block);
    if (existing) return existing;
    const created = this.#doc.struct('Lbl');
    this.group(block.groups).add(created);
    this.#labels.set(block, created);
    return created;
  }

  /** The element holding a block's text, created inside its groups the first time. */
  element(block: Block): PDFKit.PDFStructureElement {
    const existing = this.#blocks.get(block);
    if (existing) return existing;
    const created = this.#doc.struct(block.tag);
    this.group(block.groups).add(created);
    this.#blocks.set(block, created);
    return created;
  }

  /** The innermost element of `groups`, creating the missing ones. */
  group(groups: readonly Group[]): PDFKit.PDFStructureElement {
    let parent = this.#root;
    for (const group of groups) {
      let element = this.#groups.get(group.id);
      if (!element) {
        element = this.#doc.struct(group.type);
        parent.add(element);
        this.#groups.set(group.id, element);
      }
      parent = element;
    }
    return parent;
  }
}

function drawFragment(doc: PDFKit.PDFDocument, fragment: Fragment, frame: Frame, structure: Structure): void {
  const { prepared, top, from, to } = fragment;
  const { block, body, label } = prepared;
  const leading = block.style.leading;
  const rtl = body.direction.rtl;
  const labelWidth = (block.label?.width ?? 0) + (block.style.indent ?? 0);
  if (block.style.ruleAbove && from === 0) drawRule(doc, frame, top - 5, 0.6);
  if (block.style.bar) drawBar(doc, rtl ? frame.right - 3 : frame.left + 3, top, top + (to - from) * leading);
  const baseline = top + baselineOffset(body, leading);
  const labelRows = label?.lines.slice(from, to) ?? [];
  if (label && labelRows.length > 0) {
    const left = rtl ? frame.right - labelWidth + 6 : frame.left;
    const right = rtl ? frame.right : frame.left + labelWidth - 6;
    const content = marked(doc, 'Lbl', () => drawLines(doc, label, labelRows, { left, right, baseline, leading }));
    structure.label(block).add(content);
  }
  const rows = body.lines.slice(from, to);
  if (rows.length === 0) return;
  const left = rtl ? frame.left : frame.left + labelWidth;
  const right = rtl ? frame.right - labelWidth : frame.right;
  const column = { left, right, baseline, leading };
  const content = marked(doc, block.tag, () => drawLines(doc, body, rows, column));
  const element = structure.element(block);
  element.add(content);
  if (!block.links) return;
  for (const area of linkAreas(body, rows, column, block.links)) {
    // Note: each box is its own Link element holding the annotation, ended at once so it names this page.
    const link = doc.struct('Link');
    element.add(link);
    // Note: pdfkit writes a String object as a PDF text string (a plain string would become a name).
    // pdfkit also takes `structParent` (the Link element that holds the annotation), which its types leave out.
    const options: PDFKit.Mixins.AnnotationOption & { structParent: PDFKit.PDFStructureElement } = {
      structParent: link,
      Contents: new String(area.url) as unknown as string,
    };
    doc.link(area.x, area.y, area.width, area.height, area.url, options);
    link.end();
  }
}

/** Wraps what `draw` paints in a marked-content sequence for the structure tree. */
function marked(doc: PDFKit.PDFDocument, tag: string, draw: () => void): PDFKit.PDFStructureContent {
  const content = doc.markStructureContent(tag);
  draw();
  doc.endMarkedContent();
  return content;
}

/** Distance from the top of a row to the baseline that centres the text in it. */
function baselineOffset(text: SetText, leading: number): number {
  return (leading - naturalHeight(text.face) * text.size) / 2 + ascent(text);
}

function ascent(text: SetText): number {
  const font = fontFace(text.face);
  return (font.ascent / font.unitsPerEm) * text.size;
}

/** Where lines go: between `left` and `right`, the first baseline at `baseline`, then every `leading`. */
interface Column {
  left: number;
  right: number;
  baseline: number;
  leading: number;
  /** `start` aligns to the side the text's direction starts from; `end` to the other. */
  align?: 'start' | 'end';
}

/** A line's pieces placed from left to right, as `drawLines` draws them. */
interface PlacedLine {
  pieces: Piece[];
  /** The left edge of each piece, and its width with any stretch of its spaces. */
  xs: number[];
  widths: number[];
  /** Top of the line's text. */
  y: number;
  /** Extra width of each space of a justified line. */
  stretch: number;
  /** Drawn in one call from `xs[0]` (with the stretch as word spacing), rather than piece by piece. */
  whole: boolean;
}

function placeLine(text: SetText, line: LineRange, index: number, column: Column): PlacedLine {
  const toRight = text.direction.rtl === ((column.align ?? 'start') === 'start');
  const pieces = visualPieces(text.text, text.direction, line.start, line.end);
  if (line.hyphen) pieces.push({ text: '-', space: false, start: line.end, end: line.end });
  const y = column.baseline + index * column.leading - ascent(text);
  const stretch = text.justify && !line.final ? wordStretch(text, line, column.right - column.left) : 0;
  const single = pieces.length === 1 || (pieces.length === 2 && line.hyphen === true);
  const widths = pieces.map((piece) => widthOf(text.face, text.size, piece.text) + (piece.space ? stretch : 0));
  if (single && (!toRight || stretch > 0)) {
    const only = pieces.map((piece) => piece.text).join('');
    const width = widthOf(text.face, text.size, only) + stretch * spaceRuns(only);
    return { pieces, xs: [column.left], widths: [width], y, stretch, whole: true };
  }
  const width = widths.reduce((sum, each) => sum + each, 0);
  let x = toRight ? column.right - width : column.left;
  const xs = widths.map((each) => {
    x += each;
    return x - each;
  });
  return { pieces, xs, widths, y, stretch, whole: false };
}

function drawLines(doc: PDFKit.PDFDocument, text: SetText, lines: readonly LineRange[], column: Column): void {
  doc.font(text.face).fontSize(text.size).fillColor(text.color);
  lines.forEach((line, index) => {
    const placed = placeLine(text, line, index, column);
    if (placed.whole) {
      const only = placed.pieces.map((piece) => piece.text).join('');
      // Note: the width and word count are known, so pdfkit need not measure the line again.
      const spacing =
        placed.stretch > 0
          ? {
              wordSpacing: placed.stretch,
              textWidth: widthOf(text.face, text.size, only),
              wordCount: only.trim().split(/\s+/).length,
            }
          : {};
      doc.text(only, placed.xs[0] ?? column.left, placed.y, { lineBreak: false, ...spacing });
      return;
    }
    placed.pieces.forEach((piece, at) => {
      if (!piece.space) doc.text(piece.text, placed.xs[at] ?? column.left, placed.y, { lineBreak: false });
    });
  });
}

/** Where a link lies on one line: the box over its text, from left to right. */
interface LinkArea {
  url: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The boxes of `links` over the drawn `lines`; a link broken over two lines has a box on each. */
function linkAreas(
  text: SetText,
  lines: readonly LineRange[],
  column: Column,
  links: readonly BlockLink[],
): LinkArea[] {
  const areas: LinkArea[] = [];
  const height = naturalHeight(text.face) * text.size;
  lines.forEach((line, index) => {
    const on = links.filter((link) => link.start < line.end && link.end > line.start);
    if (on.length === 0) return;
    const placed = placeLine(text, line, index, column);
    const joined = placed.pieces.map((piece) => piece.text).join('');
    const rtl = placed.pieces[0]?.rtl ? { rtl: true } : {};
    const pieces: Piece[] = placed.whole
      ? [{ text: joined, space: false, start: line.start, end: line.end, ...rtl }]
      : placed.pieces;
    for (const link of on) {
      let left = Number.POSITIVE_INFINITY;
      let right = Number.NEGATIVE_INFINITY;
      pieces.forEach((piece, at) => {
        const from = Math.max(link.start, piece.start);
        const to = Math.min(link.end, piece.end);
        if (from >= to) return;
        const x = placed.xs[at] ?? column.left;
        const width = placed.widths[at] ?? 0;
        const offset = (end: number): number => {
          const part = text.text.slice(piece.start, end);
          return widthOf(text.face, text.size, part) + placed.stretch * spaceRuns(part);
        };
        const [a, b] = piece.rtl
          ? [x + width - offset(to), x + width - offset(from)]
          : [x + offset(from), x + offset(to)];
        left = Math.min(left, a);
        right = Math.max(right, b);
      });
      if (right > left) areas.push({ url: link.url, x: left, y: placed.y, width: right - left, height });
    }
  });
  return areas;
}

/** How many runs of white space `text` holds between words, each stretched once when justified. */
function spaceRuns(text: string): number {
  return text.trimStart().match(/\s+(?=\S)/g)?.length ?? 0;
}

/** How much wider each space of a justified line is drawn; 0 when stretching it would leave gaps too wide to read. */
function wordStretch(text: SetText, line: LineRange, width: number): number {
  const content = `${text.text.slice(line.start, line.end)}${line.hyphen ? '-' : ''}`;
  // Note: pdfkit stretches every run of white space (no-break spaces too), so count them as it does.
  const spaces = content.trim().split(/\s+/).length - 1;
  if (spaces === 0) return 0;
  const stretch = (width - widthOf(text.face, text.size, content)) / spaces;
  return stretch > 0 && stretch <= text.size * 0.6 ? stretch : 0;
}

function drawFooter(doc: PDFKit.PDFDocument, frame: Frame, footer: Footer, page: number, pages: number): void {
  doc.markContent('Artifact', { type: 'Pagination' });
  drawRule(doc, frame, footer.top - 6, 0.4, false);
  const label = footer.pageLabel(page, pages);
  const baseline = footer.top + ascent(label);
  const row = { left: frame.left, right: frame.right, baseline, leading: 0 };
  drawLines(doc, label, label.lines.slice(0, 1), { ...row, align: label.direction.rtl ? 'start' : 'end' });
  if (page > 1) {
    const right = frame.right - footer.headlineRoom;
    drawLines(doc, footer.headline, footer.headline.lines.slice(0, 1), { ...row, right });
  }
  doc.endMarkedContent();
}

/** A vertical bar from `top` to `bottom` at `x`, marked as an artifact. */
function drawBar(doc: PDFKit.PDFDocument, x: number, top: number, bottom: number): void {
  doc.markContent('Artifact', { type: 'Layout' });
  doc.save().moveTo(x, top).lineTo(x, bottom).lineWidth(2).strokeColor('#c8a0a0').stroke().restore();
  doc.endMarkedContent();
}

/** A thin horizontal rule across the frame, marked as an artifact unless already inside one. */
function drawRule(doc: PDFKit.PDFDocument, frame: Frame, y: number, weight: number, artifact = true): void {
  if (artifact) doc.markContent('Artifact', { type: 'Layout' });
  doc.save().moveTo(frame.left, y).lineTo(frame.right, y).lineWidth(weight).strokeColor('#999999').stroke().restore();
  if (artifact) doc.endMarkedContent();
}
