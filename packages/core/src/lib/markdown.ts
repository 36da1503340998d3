import { createRequire } from 'node:module';
import type { Nodes, Parents, PhrasingContent, Root, RootContent } from 'mdast';
import type { fromMarkdown } from 'mdast-util-from-markdown';
import type { gfmFromMarkdown } from 'mdast-util-gfm';
import type { gfm } from 'micromark-extension-gfm';
import { type BodyBlock, type BodyLine, trimLine } from './body.js';
import type { Link } from './model.js';

// Note: the schema's limit on a link target (article.schema.json, $defs of blocks/links/url).
const MAX_URL = 2048;
// Note: only targets every output can show safely; `javascript:` and the like are dropped, the text stays.
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const SPACE_RUNS = /[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]{2,}|\t/g;
// Note: the parser's work grows with the square of container nesting and of
// delimiter runs; articles stay far below these, hostile input does not.
const MAX_NESTING = 8;
const MAX_DELIMITER_RUN = 32;
const MAX_BRACKET_DEPTH = 16;
const DELIMITER_RUN = new RegExp(`([*_~\`\\[\\]])\\1{${MAX_DELIMITER_RUN},}`);
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t])))+/;
const CONTAINER_MARK = />|[-+*]|\d{1,9}[.)]/g;

/** The CommonMark parser and its GFM extensions. */
interface MarkdownParser {
  fromMarkdown: typeof fromMarkdown;
  gfmFromMarkdown: typeof gfmFromMarkdown;
  gfm: typeof gfm;
}

let parser: MarkdownParser | undefined;

// Note: only Markdown inputs need the parser, and loading it is about half of
// loading core, so a plain-text export never pays for it. It is loaded on first
// use with require(), which loads ES modules in every Node.js `engines` allows.
function markdownParser(): MarkdownParser {
  if (!parser) {
    const require = createRequire(import.meta.url);
    parser = {
      fromMarkdown: (require('mdast-util-from-markdown') as MarkdownParser).fromMarkdown,
      gfmFromMarkdown: (require('mdast-util-gfm') as MarkdownParser).gfmFromMarkdown,
      gfm: (require('micromark-extension-gfm') as MarkdownParser).gfm,
    };
  }
  return parser;
}

/** How to read a Markdown body. */
export interface MarkdownOptions {
  /** The article's own address: relative link targets are resolved against it, and dropped without it. */
  base?: string;
}

/**
 * Reads a Markdown body (front matter already removed) with a CommonMark and
 * GFM parser into blocks of plain text: marks dropped, link text kept with its
 * target, image alt text kept, and headings, list items and block quotes kept
 * as structure. Raw HTML keeps only its text.
 */
export function readMarkdown(body: string, options: MarkdownOptions = {}): BodyBlock[] {
  const { fromMarkdown, gfm, gfmFromMarkdown } = markdownParser();
  const tree = fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const reader = new MarkdownReader(tree, options.base);
  reader.blocks(tree.children, { kind: 'paragraph' });
  return reader.out.filter((block) => block.lines.length > 0);
}

/**
 * Why the parser would take too long on `body`, or undefined when it will not:
 * containers nested more than 8 deep, a run of more than 32 emphasis or link
 * delimiters, brackets nested more than 16 deep in a paragraph.
 */
export function markdownTooComplex(body: string): string | undefined {
  let brackets = 0;
  for (const line of body.split('\n')) {
    if (line.trim() === '') brackets = 0;
    const prefix = CONTAINER_PREFIX.exec(line)?.[0] ?? '';
    const marks = prefix.match(CONTAINER_MARK)?.length ?? 0;
    const indent = /^[ \t]*/.exec(prefix)?.[0].length ?? 0;
    if (marks + Math.floor(indent / 2) > MAX_NESTING)
      return `it nests quotes or lists more than ${MAX_NESTING} levels deep`;
    if (DELIMITER_RUN.test(line)) return `it has a run of more than ${MAX_DELIMITER_RUN} emphasis or link marks`;
    for (const bracket of line.match(/[[\]]/g) ?? []) {
      brackets = bracket === '[' ? brackets + 1 : Math.max(0, brackets - 1);
      if (brackets > MAX_BRACKET_DEPTH) return `it nests brackets more than ${MAX_BRACKET_DEPTH} deep`;
    }
  }
  return undefined;
}

/** What a block inside a list item or a block quote becomes. */
type Context = { kind: 'paragraph' } | { kind: 'quote' } | { kind: 'item'; item: BodyBlock };

class MarkdownReader {
  readonly out: BodyBlock[] = [];
  private readonly definitions = new Map<string, string>();
  private lists = 0;

  constructor(
    tree: Root,
    private readonly base: string | undefined,
  ) {
    collectDefinitions(tree, this.definitions);
  }

  blocks(nodes: readonly RootContent[], context: Context): void {
    for (const node of nodes) this.block(node, context);
  }

  private block(node: RootContent, context: Context): void {
    switch (node.type) {
      case 'paragraph':
        this.emit(context, { kind: 'paragraph' }, this.inline(node.children));
        return;
      case 'heading':
        this.emit(context, { kind: 'heading', level: Math.max(2, node.depth) }, this.inline(node.children));
        return;
      case 'blockquote':
        this.blocks(node.children, context.kind === 'paragraph' ? { kind: 'quote' } : context);
        return;
      case 'list':
        this.list(node.children, node.ordered === true, context);
        return;
      case 'code':
        this.emit(context, { kind: 'paragraph' }, textLines(node.value));
        return;
      case 'html':
        this.emit(context, { kind: 'paragraph' }, textLines(htmlText(node.value)));
        return;
      case 'table':
        for (const row of node.children) {
          const cells = row.children.map((cell) =>
            this.inline(cell.children)
              .map((line) => line.text)
              .join(' '),
          );
          this.emit(context, { kind: 'paragraph' }, textLines(cells.filter((cell) => cell.trim() !== '').join(' | ')));
        }
        return;
      case 'footnoteDefinition':
        this.blocks(node.children, context);
        return;
      default:
        // Note: thematic breaks, link definitions and anything else without text of its own.
        return;
    }
  }

  private list(items: readonly RootContent[], ordered: boolean, context: Context): void {
    if (context.kind !== 'paragraph') {
      // Note: the model has no nested structure; a list inside a quote or an item reads as more of it.
      for (const item of items) if (item.type === 'listItem') this.blocks(item.children, context);
      return;
    }
    const list = this.lists++;
    for (const item of items) {
      if (item.type !== 'listItem') continue;
      const block: BodyBlock = { lines: [], block: { kind: 'item', list, ordered } };
      this.out.push(block);
      const nested = item.children.filter((child) => child.type === 'list');
      this.blocks(
        item.children.filter((child) => child.type !== 'list'),
        { kind: 'item', item: block },
      );
      // Note: a list inside an item becomes a list of its own, after the item.
      for (const child of nested) this.list(child.children, child.ordered === true, { kind: 'paragraph' });
    }
  }

  private emit(context: Context, block: BodyBlock['block'], lines: BodyLine[]): void {
    if (lines.length === 0) return;
    if (context.kind === 'item') context.item.lines.push(...lines);
    else this.out.push({ lines, block: context.kind === 'quote' ? { kind: 'quote' } : block });
  }

  /** The plain text of inline content, one entry per line, with its links. */
  private inline(nodes: readonly PhrasingContent[]): BodyLine[] {
    const builder = new LineBuilder();
    this.phrasing(nodes, builder);
    return builder.finish();
  }

  private phrasing(nodes: readonly PhrasingContent[], builder: LineBuilder): void {
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          builder.add(node.value);
          break;
        case 'break':
          builder.newLine();
          break;
        case 'image':
          builder.add(node.alt ?? '');
          break;
        case 'imageReference':
          builder.add(node.alt ?? '');
          break;
        case 'link':
          this.link(node.children, node.url, builder);
          break;
        case 'linkReference':
          this.link(node.children, this.definitions.get(node.identifier), builder);
          break;
        case 'html':
          if (/^<br\s*\/?>$/i.test(node.value)) builder.newLine();
          break;
        case 'emphasis':
        case 'strong':
        case 'delete':
          this.phrasing(node.children, builder);
          break;
        default:
          // Note: footnote references ("[^1]") have no text of their own.
          break;
      }
    }
  }

  private link(children: readonly PhrasingContent[], url: string | undefined, builder: LineBuilder): void {
    const start = builder.mark();
    this.phrasing(children, builder);
    const target = url === undefined ? undefined : linkTarget(url, this.base);
    if (target !== undefined) builder.link(start, target);
  }
}

/** Builds the lines of one block from text pieces, collapsing runs of spaces as the plain-text reader does. */
class LineBuilder {
  private readonly lines: BodyLine[] = [];
  // Note: pieces joined once a line is done; growing one string and looking at its end would be quadratic.
  private pieces: string[] = [];
  private length = 0;
  private endsWithSpace = false;
  private links: Link[] = [];

  add(value: string): void {
    const [first, ...rest] = value.split('\n');
    this.append(first as string);
    for (const line of rest) {
      this.newLine();
      this.append(line);
    }
  }

  newLine(): void {
    this.lines.push({ text: this.pieces.join(''), links: this.links });
    this.pieces = [];
    this.length = 0;
    this.endsWithSpace = false;
    this.links = [];
  }

  /** Where the next text goes: a link's start, or the line it is on when a break comes first. */
  mark(): { line: number; offset: number } {
    return { line: this.lines.length, offset: this.length };
  }

  link(start: { line: number; offset: number }, url: string): void {
    // Note: a link's text broken over lines keeps its target on the last line only.
    const offset = start.line === this.lines.length ? start.offset : 0;
    if (this.length > offset) this.links.push({ start: offset, end: this.length, url });
  }

  finish(): BodyLine[] {
    this.newLine();
    return this.lines.map(trimLine).filter((line) => line.text !== '');
  }

  private append(piece: string): void {
    let collapsed = piece.replace(SPACE_RUNS, ' ');
    if (this.endsWithSpace && collapsed.startsWith(' ')) collapsed = collapsed.slice(1);
    if (collapsed === '') return;
    this.pieces.push(collapsed);
    this.length += collapsed.length;
    this.endsWithSpace = collapsed.endsWith(' ');
  }
}

function collectDefinitions(node: Nodes, into: Map<string, string>): void {
  if (node.type === 'definition') {
    if (!into.has(node.identifier)) into.set(node.identifier, node.url);
    return;
  }
  if ('children' in node) for (const child of (node as Parents).children) collectDefinitions(child, into);
}

/** The target as an absolute address every output can use, or undefined when it has none. */
function linkTarget(url: string, base: string | undefined): string | undefined {
  if (url.trim() === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url, base);
  } catch {
    return undefined;
  }
  if (!SAFE_PROTOCOLS.has(parsed.protocol) || parsed.href.length > MAX_URL) return undefined;
  return parsed.href;
}

function textLines(text: string): BodyLine[] {
  return text
    .split('\n')
    .map((line) => trimLine({ text: line.replace(SPACE_RUNS, ' '), links: [] }))
    .filter((line) => line.text !== '');
}

/** The text of a raw HTML block: comments, scripts and styles dropped, tags removed. */
function htmlText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, '')
    .replace(/<[^>]*>/g, '');
}
