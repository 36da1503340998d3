import { type ContentNode, formatNumber, type Link, type Outline, type OutlineNode } from '@broadsheet/core';
import { type Block, type BlockLink, type BlockTag, heading, type Label, list, paragraph } from './blocks.js';
import { labelColumns, styles } from './styles.js';

/** Makes a string safe to set: see `GlyphFilter.clean`. */
export type Clean = (text: string) => string;

/** What every handler may use besides its node. */
export interface State {
  outline: Outline;
  clean: Clean;
  /** A fresh id for a structure group ("list/3"). */
  id(prefix: string): string;
  /** The blocks of a node's children. */
  all(nodes: readonly ContentNode[]): Block[];
}

type Handler<K extends OutlineNode['kind']> = (node: Extract<OutlineNode, { kind: K }>, state: State) => Block[];

/** One handler per outline node kind: each draws its node as blocks, knowing nothing of the wording. */
export const handlers: { [K in OutlineNode['kind']]: Handler<K> } = {
  masthead(node, { clean }) {
    const blocks: Block[] = [];
    if (node.kicker) blocks.push(paragraph(clean(node.kicker), styles.kicker));
    blocks.push({ ...heading('H1', clean(node.headline), styles.headline), keepWithNext: false });
    if (node.standfirst) blocks.push({ ...paragraph(clean(node.standfirst), styles.standfirst), running: true });
    if (node.byline) blocks.push(paragraph(clean(node.byline), styles.byline));
    blocks.push(paragraph(clean(node.details.join(' · ')), styles.meta));
    return blocks;
  },

  section(node, state) {
    const blocks = [heading('H2', state.clean(node.title), styles.heading), ...state.all(node.children)];
    if (node.id !== 'source') return blocks;
    // Note: the Source block is kept whole, so it never splits and never stands alone on a page:
    // it takes the end of the full text along when it moves.
    return blocks.map((block, index) => ({
      ...block,
      keepTogether: true,
      ...(index < blocks.length - 1 ? { keepWithNext: true } : {}),
    }));
  },

  subsection(node, state) {
    return [heading('H3', state.clean(node.title), styles.subheading), ...state.all(node.children)];
  },

  paragraph(node, { clean }) {
    if (node.role === 'note') return [paragraph(clean(node.text), styles.note)];
    const { text, links } = linked(node.text, node.links, clean);
    return [{ ...paragraph(text, styles.body), running: true, ...(links.length > 0 ? { links } : {}) }];
  },

  heading(node, { clean }) {
    const tag = `H${Math.min(6, node.level + 1)}` as BlockTag;
    return [heading(tag, clean(node.text), styles.textHeading)];
  },

  list(node, state) {
    const items = node.items.map((item, index) => ({
      label: node.ordered ? numberLabel(index + 1, state) : bullet(),
      ...linked(item.text, item.links, state.clean),
    }));
    // Note: a list of names (an entity's, with its roles) is never hyphenated.
    const running = node.items.every((item) => item.lead === undefined);
    return list(state.id('list'), items, styles.item, running);
  },

  timeline(node, state) {
    const items = node.entries.map((entry) => ({
      label: { text: state.clean(entry.when), style: styles.label, width: labelColumns.date },
      text: state.clean(entry.what),
    }));
    return list(state.id('timeline'), items, styles.item);
  },

  quote(node, state) {
    const group = [{ id: state.id('quote'), type: 'BlockQuote' } as const];
    const words = node.paragraphs.map(
      (text): Block => ({ ...paragraph(state.clean(text), styles.quote, group), keepTogether: true, running: true }),
    );
    if (!node.attribution) {
      const last = words.length - 1;
      return words.map((block, index) =>
        index === last ? { ...block, style: { ...styles.quote, spaceAfter: styles.speaker.spaceAfter } } : block,
      );
    }
    const attribution = { ...paragraph(state.clean(node.attribution), styles.speaker, group), keepTogether: true };
    return [...words.map((block) => ({ ...block, keepWithNext: true })), attribution];
  },

  names(node, { clean }) {
    return [paragraph(clean(node.text), styles.item)];
  },

  facts(node, { clean }) {
    return node.facts.map((fact) => {
      const text = `${fact.label}: ${fact.value}`;
      const links =
        fact.url === undefined ? [] : [{ start: text.length - fact.value.length, end: text.length, url: fact.url }];
      const set = linked(text, links, clean);
      return { ...paragraph(set.text, styles.note), ...(set.links.length > 0 ? { links: set.links } : {}) };
    });
  },
};

/** Every block of the briefing, in reading order. */
export function briefingBlocks(outline: Outline, clean: Clean): Block[] {
  const counters = new Map<string, number>();
  const state: State = {
    outline,
    clean,
    id(prefix) {
      const next = counters.get(prefix) ?? 0;
      counters.set(prefix, next + 1);
      return `${prefix}/${next}`;
    },
    all: (nodes) => nodes.flatMap((node) => one(node, state)),
  };
  const blocks = one(outline.masthead, state);
  for (const section of outline.sections) {
    const own = one(section, state).filter((block) => block.text !== '');
    const last = blocks[blocks.length - 1];
    // Note: the end of the full text keeps with the Source block, so Source never has a page to itself.
    if (section.id === 'source' && last) blocks[blocks.length - 1] = { ...last, keepWithNext: true };
    blocks.push(...own);
  }
  return blocks.filter((block) => block.text !== '');
}

function one(node: OutlineNode, state: State): Block[] {
  return (handlers[node.kind] as Handler<typeof node.kind>)(node as never, state);
}

function bullet(): Label {
  return { text: '•', style: styles.item, width: labelColumns.bullet };
}

function numberLabel(value: number, { outline }: State): Label {
  return { text: `${formatNumber(value, outline.language)}.`, style: styles.item, width: labelColumns.number };
}

/**
 * `text` cleaned for setting, with its links moved onto the cleaned text. A link whose
 * address is not an absolute web or mail address (javascript:, a relative path) is dropped,
 * and so is one whose text did not survive cleaning as it was.
 */
export function linked(
  text: string,
  links: readonly Link[] | undefined,
  clean: Clean,
): { text: string; links: BlockLink[] } {
  const cleaned = clean(text);
  const moved: BlockLink[] = [];
  for (const link of links ?? []) {
    const url = linkAddress(link.url);
    const words = clean(text.slice(link.start, link.end));
    if (url === undefined || words === '') continue;
    // Note: cleaning drops the spaces at either end, so the prefix loses the space that separates it from the link.
    const before = clean(text.slice(0, link.start));
    const start = before === '' ? 0 : before.length + (cleaned.startsWith(`${before} `) ? 1 : 0);
    if (cleaned.slice(start, start + words.length) === words) moved.push({ start, end: start + words.length, url });
  }
  return { text: cleaned, links: moved };
}

function linkAddress(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  return ['http:', 'https:', 'mailto:'].includes(parsed.protocol) ? parsed.href : undefined;
}
