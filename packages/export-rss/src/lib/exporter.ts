import type { CollectionExporter } from '@broadsheet/core';
import { selectFeedEntries } from '@broadsheet/export-feeds';
import { renderFeed } from './render.js';

/** The RSS 2.0 feed of the site's articles, written as `feed.xml`. */
export const rssExporter: CollectionExporter = {
  scope: 'collection',
  format: 'rss',
  fileName: 'feed.xml',
  mediaType: 'application/rss+xml',
  select: selectFeedEntries,
  render: renderFeed,
};
