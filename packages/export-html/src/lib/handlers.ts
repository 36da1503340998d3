import type { ContentNode, MastheadNode, SectionNode } from '@broadsheet/core';
import { attribute, linkedText, text } from './html.js';

/** What every handler may need: the base URL links are made absolute against, and the heading depth. */
export interface HandlerState {
  base: string;
  /** The level of the heading that opens the current section (2 for a section, 3 inside a subsection). */
  depth: number;
}

/** The masthead: kicker, the one `<h1>`, standfirst, byline and details. */
export function masthead(node: MastheadNode): string {
  return [
    '<header>',
    ...(node.kicker === undefined ? [] : [`<p class="kicker">${text(node.kicker)}</p>`]),
    `<h1>${text(node.headline)}</h1>`,
    ...(node.standfirst === undefined ? [] : [`<p class="standfirst">${text(node.standfirst)}</p>`]),
    ...(node.byline === undefined ? [] : [`<p class="byline">${text(node.byline)}</p>`]),
    ...(node.details.length === 0 ? [] : [`<p class="details">${node.details.map(text).join(' · ')}</p>`]),
    '</header>',
  ].join('\n');
}

/** A section: an `<h2>` with an id, so the page can be linked into, and its content. */
export function section(node: SectionNode, base: string): string {
  const state = { base, depth: 2 };
  return [
    `<section aria-labelledby="${node.id}">`,
    `<h2 id="${node.id}">${text(node.title)}</h2>`,
    ...node.children.map((child) => content(child, state)),
    '</section>',
  ].join('\n');
}

/** One content node as HTML; one small function per kind, as mdast-util-to-hast does it. */
export function content(node: ContentNode, state: HandlerState): string {
  switch (node.kind) {
    case 'subsection': {
      const inner = { ...state, depth: state.depth + 1 };
      return [heading(inner.depth, node.title), ...node.children.map((child) => content(child, inner))].join('\n');
    }
    case 'paragraph':
      return `<p${node.role === 'note' ? ' class="note"' : ''}>${linkedText(node.text, node.links, state.base)}</p>`;
    case 'heading':
      // Note: the article's own subheads sit under the section's <h2>, so level 2 becomes <h3>.
      return heading(state.depth + node.level - 1, node.text);
    case 'list': {
      const tag = node.ordered ? 'ol' : 'ul';
      const items = node.items.map((item) => `<li>${linkedText(item.text, item.links, state.base)}</li>`);
      return [`<${tag}>`, ...items, `</${tag}>`].join('\n');
    }
    case 'timeline':
      return [
        '<table>',
        `<thead><tr><th scope="col">${text(node.columns[0])}</th><th scope="col">${text(node.columns[1])}</th></tr></thead>`,
        '<tbody>',
        ...node.entries.map(
          (entry) => `<tr><td class="when">${text(entry.when)}</td><td>${text(entry.what)}</td></tr>`,
        ),
        '</tbody>',
        '</table>',
      ].join('\n');
    case 'quote': {
      const quote = ['<blockquote>', ...node.paragraphs.map((p) => `<p>${text(p)}</p>`), '</blockquote>'];
      if (node.attribution === undefined) return quote.join('\n');
      return ['<figure>', ...quote, `<figcaption>${text(node.attribution)}</figcaption>`, '</figure>'].join('\n');
    }
    case 'names':
      return `<p>${text(node.text)}</p>`;
    case 'facts':
      return [
        '<dl>',
        ...node.facts.map((fact) => {
          const href = fact.url === undefined ? undefined : safeHref(fact.url);
          const value = href === undefined ? text(fact.value) : `<a href="${attribute(href)}">${text(fact.value)}</a>`;
          return `<dt>${text(fact.label)}</dt><dd>${value}</dd>`;
        }),
        '</dl>',
      ].join('\n');
  }
}

function heading(level: number, title: string): string {
  const clamped = Math.min(6, Math.max(2, level));
  return `<h${clamped}>${text(title)}</h${clamped}>`;
}

function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) && URL.canParse(url) ? new URL(url).href : undefined;
}
