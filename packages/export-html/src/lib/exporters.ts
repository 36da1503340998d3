import type { ArticleExporter, CollectionExporter } from '@broadsheet/core';
import { renderIndex, selectIndexEntries } from './index-page.js';
import { renderPage } from './page.js';

/** Writes `SLUG.html`: the briefing as a web page with its JSON-LD. */
export const htmlExporter: ArticleExporter = {
  scope: 'article',
  format: 'html',
  extension: 'html',
  mediaType: 'text/html',
  render: (article, context) => renderPage(article, context),
};

/** Writes `index.html`: every article of the site, newest first. */
export const indexExporter: CollectionExporter = {
  scope: 'collection',
  format: 'html',
  fileName: 'index.html',
  mediaType: 'text/html',
  select: selectIndexEntries,
  render: (entries, context) => renderIndex(entries, context),
};
