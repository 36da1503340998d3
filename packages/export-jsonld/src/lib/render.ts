import type { Article } from '@broadsheet/core';
import { escapeJsonForHtml } from './escape.js';
import { toJsonLd } from './to-json-ld.js';
import type { JsonLdOptions } from './types.js';

/** The `.jsonld` file: the graph as JSON, indented by two spaces, with a final newline. */
export function renderJsonLd(article: Article, options: JsonLdOptions): string {
  return `${JSON.stringify(toJsonLd(article, options), null, 2)}\n`;
}

/** One `<script type="application/ld+json">` element holding the same graph, safe to paste into any page. */
export function renderScriptElement(article: Article, options: JsonLdOptions): string {
  const json = JSON.stringify(toJsonLd(article, options), null, 2);
  return `<script type="application/ld+json">\n${escapeJsonForHtml(json)}\n</script>\n`;
}
