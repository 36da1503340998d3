import type { ArticleExporter } from '@broadsheet/core';
import { renderJsonLd, renderScriptElement } from './render.js';

/** Writes `SLUG.jsonld`: the article's schema.org graph. */
export const jsonLdExporter: ArticleExporter = {
  scope: 'article',
  format: 'jsonld',
  extension: 'jsonld',
  mediaType: 'application/ld+json',
  render: (article, context) => renderJsonLd(article, { config: context.config, slug: context.slug }),
};

/** Writes `SLUG.jsonld.html`: the same graph as a script element to paste into the article's page. */
export const jsonLdHtmlExporter: ArticleExporter = {
  scope: 'article',
  format: 'jsonld',
  extension: 'jsonld.html',
  mediaType: 'text/html',
  render: (article, context) => renderScriptElement(article, { config: context.config, slug: context.slug }),
};
