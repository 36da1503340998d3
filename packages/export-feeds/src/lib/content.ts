import type { Article, Block, Link } from '@broadsheet/core';
import { escapeHtml, type TextCleaner } from './text.js';

/** The plain-text summary: the key points, else the description, else the first paragraph. */
export function summaryText(article: Article, clean: TextCleaner): string {
  const summary =
    article.keyPoints.length > 0 ? article.keyPoints.join(' ') : (article.description ?? article.paragraphs[0] ?? '');
  return clean(summary);
}

/**
 * The whole body as HTML: paragraphs, headings, lists and block quotes as the
 * article's blocks say, links made absolute against `base`, every character of
 * the text escaped, in a `<div>` that carries the language and direction.
 */
export function articleHtml(article: Article, clean: TextCleaner, base: string): string {
  return wrap(article, clean, bodyHtml(article, clean, base));
}

/**
 * The summary as HTML: the standfirst (`description`) as a paragraph, else the
 * key points as a list, else the first paragraph.
 */
export function summaryHtml(article: Article, clean: TextCleaner): string {
  const paragraph = (text: string) => `<p>${textHtml(clean(text))}</p>`;
  const body =
    article.description !== undefined && article.description.trim() !== ''
      ? paragraph(article.description)
      : article.keyPoints.length > 0
        ? `<ul>\n${article.keyPoints.map((point) => `<li>${textHtml(clean(point))}</li>`).join('\n')}\n</ul>`
        : paragraph(article.paragraphs[0] ?? '');
  return wrap(article, clean, body);
}

function wrap(article: Article, clean: TextCleaner, body: string): string {
  const direction = article.direction === 'rtl' ? ' dir="rtl"' : '';
  return `<div lang="${escapeHtml(clean(article.language))}"${direction}>\n${body}\n</div>`;
}

/** The article's blocks, one per paragraph; a missing or mismatched list reads as plain paragraphs. */
export function articleBlocks(article: Article): Block[] {
  return article.paragraphs.map((_, index) => article.blocks?.[index] ?? { kind: 'paragraph' });
}

function bodyHtml(article: Article, clean: TextCleaner, base: string): string {
  const blocks = articleBlocks(article);
  const lines: string[] = [];
  let index = 0;
  while (index < article.paragraphs.length) {
    const block = blocks[index] as Block;
    const inline = (at: number) => inlineHtml(article.paragraphs[at] ?? '', blocks[at]?.links, clean, base);
    if (block.kind === 'item') {
      const tag = block.ordered ? 'ol' : 'ul';
      const items: string[] = [];
      for (; index < blocks.length && sameList(blocks[index], block); index++) items.push(`<li>${inline(index)}</li>`);
      lines.push(`<${tag}>\n${items.join('\n')}\n</${tag}>`);
    } else if (block.kind === 'quote') {
      const quoted: string[] = [];
      for (; index < blocks.length && blocks[index]?.kind === 'quote'; index++) quoted.push(`<p>${inline(index)}</p>`);
      lines.push(`<blockquote>\n${quoted.join('\n')}\n</blockquote>`);
    } else if (block.kind === 'heading') {
      const level = Math.min(6, Math.max(2, block.level ?? 2));
      lines.push(`<h${level}>${inline(index)}</h${level}>`);
      index++;
    } else {
      lines.push(`<p>${inline(index)}</p>`);
      index++;
    }
  }
  return lines.join('\n');
}

function sameList(block: Block | undefined, first: Block): boolean {
  return block?.kind === 'item' && block.list === first.list && Boolean(block.ordered) === Boolean(first.ordered);
}

/**
 * One paragraph's text with its links. The offsets count UTF-16 units of the
 * raw text, so the text is cut first and each piece cleaned after; a link that
 * overlaps an earlier one, falls outside the text, or is not http(s) or mailto stays plain text.
 */
function inlineHtml(text: string, links: readonly Link[] | undefined, clean: TextCleaner, base: string): string {
  const sorted = [...(links ?? [])].sort((a, b) => a.start - b.start || a.end - b.end);
  let html = '';
  let at = 0;
  for (const link of sorted) {
    const href = absoluteLink(link.url, base);
    if (href === undefined || link.start < at || link.end <= link.start || link.end > text.length) continue;
    html += textHtml(clean(text.slice(at, link.start)));
    html += `<a href="${escapeHtml(href)}">${textHtml(clean(text.slice(link.start, link.end)))}</a>`;
    at = link.end;
  }
  return html + textHtml(clean(text.slice(at)));
}

/** `url` resolved against `base` when it is a web or mail address; `undefined` for anything else (javascript:, data:). */
export function absoluteLink(url: string, base: string): string | undefined {
  let resolved: URL;
  try {
    resolved = new URL(url, base);
  } catch {
    return undefined;
  }
  return ['http:', 'https:', 'mailto:'].includes(resolved.protocol) ? resolved.href : undefined;
}

function textHtml(text: string): string {
  return escapeHtml(text).replace(/\r\n?|\n/g, '<br>');
}
