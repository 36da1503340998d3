import type { ContentNode, ListItem, Outline, OutlineNode } from '@broadsheet/core';
import { type FileChild, type Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { numberedNumbering } from './styles.js';
import { type Inline, type Layout, type ParagraphStyle, paragraph } from './text.js';

/** What every handler may use besides its node. */
export interface State {
  outline: Outline;
  layout: Layout;
  /** A fresh instance number for a numbered list, so each list counts from 1. */
  nextList(): number;
  /** The Word content of a node's children. */
  all(nodes: readonly ContentNode[]): FileChild[];
  /** Set while writing what must stay with the paragraph after it (the end of the full text, the Source block). */
  keepNext: boolean;
}

type Handler<K extends OutlineNode['kind']> = (node: Extract<OutlineNode, { kind: K }>, state: State) => FileChild[];

/** One handler per outline node kind: each writes its node as Word paragraphs or tables, knowing nothing of the wording. */
export const handlers: { [K in OutlineNode['kind']]: Handler<K> } = {
  masthead(node, { layout }) {
    const details = [node.kicker, node.byline, ...node.details].filter((detail) => detail !== undefined);
    return [
      paragraph('Title', [node.headline], layout),
      ...(node.standfirst ? [paragraph('Standfirst', [node.standfirst], layout)] : []),
      paragraph('Subtitle', [details.join(' · ')], layout),
    ];
  },

  section(node, state) {
    const title = paragraph('Heading1', [node.title], state.layout, { labels: true });
    const { children } = node;
    // Note: the end of the full text keeps with the Source block, and the Source block with itself,
    // so Source never has a page to itself.
    if (node.id === 'full-text')
      return [title, ...state.all(children.slice(0, -1)), ...kept(state, () => state.all(children.slice(-1)))];
    if (node.id === 'source')
      return [title, ...kept(state, () => state.all(children.slice(0, -1))), ...state.all(children.slice(-1))];
    return [title, ...state.all(children)];
  },

  subsection(node, state) {
    return [paragraph('Heading2', [node.title], state.layout, { labels: true }), ...state.all(node.children)];
  },

  paragraph(node, state) {
    const keepNext = state.keepNext;
    if (node.role === 'note') return [paragraph('Normal', [node.text], state.layout, { labels: true, keepNext })];
    return [paragraph('BodyText', linked(node.text, node.links), state.layout, { keepNext })];
  },

  heading(node, { layout }) {
    return [paragraph(node.level <= 2 ? 'Heading2' : 'Heading3', [node.text], layout)];
  },

  list(node, state) {
    const style: ParagraphStyle = node.items.some((item) => item.lead !== undefined)
      ? 'Names'
      : node.ordered
        ? 'ListNumber'
        : 'ListBullet';
    const instance = node.ordered ? state.nextList() : undefined;
    return node.items.map((item, index) =>
      paragraph(style, itemContent(item), state.layout, {
        keepNext: state.keepNext || keepsWithNext(index, node.items.length),
        ...(instance === undefined ? {} : { numbering: { reference: numberedNumbering, instance } }),
      }),
    );
  },

  timeline(node, { layout }) {
    const whenWidth = Math.round(layout.textWidth * 0.3);
    const widths = [whenWidth, layout.textWidth - whenWidth] as const;
    const header = new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: node.columns.map((title, column) =>
        cell(paragraph('TableHeading', [title], layout, { labels: true }), widths[column]),
      ),
    });
    // Note: the first row stays with the header (and so with the heading), the last never stands alone.
    const rows = node.entries.map((entry, index) => {
      const keepNext = keepsWithNext(index, node.entries.length);
      return new TableRow({
        cantSplit: true,
        children: [
          cell(paragraph('TableText', [entry.when], layout, { keepNext, labels: true }), widths[0]),
          cell(paragraph('TableText', [entry.what], layout, { keepNext }), widths[1]),
        ],
      });
    });
    return [
      new Table({
        rows: [header, ...rows],
        width: { size: layout.textWidth, type: WidthType.DXA },
        columnWidths: [...widths],
        ...(layout.rtl ? { visuallyRightToLeft: true } : {}),
      }),
    ];
  },

  quote(node, { layout, keepNext }) {
    const last = node.paragraphs.length - 1;
    return node.paragraphs.map((text, index) => {
      const content: Inline[] =
        index === last && node.attribution ? [text, { lineBreak: true }, node.attribution] : [text];
      return paragraph('Quote', content, layout, { keepNext: keepNext || index < last });
    });
  },

  names(node, { layout, keepNext }) {
    return [paragraph('NameList', [node.text], layout, { keepNext })];
  },

  facts(node, { layout, keepNext }) {
    return node.facts.map((fact) =>
      paragraph(
        'Normal',
        [{ text: `${fact.label}: `, style: 'Strong', labels: true }, fact.url ? { link: fact.url } : fact.value],
        layout,
        { keepNext },
      ),
    );
  },
};

/** The document's body: the masthead, then each section. */
export function documentContent(outline: Outline, layout: Layout): FileChild[] {
  let lists = 0;
  const state: State = {
    outline,
    layout,
    nextList: () => ++lists,
    all: (nodes) => nodes.flatMap((node) => one(node, state)),
    keepNext: false,
  };
  return [outline.masthead, ...outline.sections].flatMap((node) => one(node, state));
}

function one(node: OutlineNode, state: State): FileChild[] {
  return (handlers[node.kind] as Handler<typeof node.kind>)(node as never, state);
}

/** What `write` writes with every paragraph kept with the next. */
function kept(state: State, write: () => FileChild[]): FileChild[] {
  const before = state.keepNext;
  state.keepNext = true;
  try {
    return write();
  } finally {
    state.keepNext = before;
  }
}

/** The first item keeps with the second, and the one before the last with the last. */
function keepsWithNext(index: number, count: number): boolean {
  return count > 1 && (index === 0 || index === count - 2);
}

function itemContent(item: ListItem): Inline[] {
  if (item.lead === undefined || !item.text.startsWith(item.lead)) return linked(item.text, item.links);
  const rest = item.text.slice(item.lead.length);
  return [{ text: item.lead, style: 'Strong' }, ...(rest ? [rest] : [])];
}

/** Text with its links as hyperlinks; only web and mail addresses link (a `javascript:` or relative one stays text). */
function linked(text: string, links: ListItem['links']): Inline[] {
  if (!links || links.length === 0) return [text];
  const content: Inline[] = [];
  let at = 0;
  for (const link of links) {
    const url = linkAddress(link.url);
    if (url === undefined || link.start < at) continue;
    if (link.start > at) content.push(text.slice(at, link.start));
    content.push({ link: url, text: text.slice(link.start, link.end) });
    at = link.end;
  }
  if (at < text.length) content.push(text.slice(at));
  return content;
}

function cell(content: Paragraph, width: number | undefined): TableCell {
  return new TableCell({
    children: [content],
    ...(width === undefined ? {} : { width: { size: width, type: WidthType.DXA } }),
  });
}

function linkAddress(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  return ['http:', 'https:', 'mailto:'].includes(parsed.protocol) ? parsed.href : undefined;
}
