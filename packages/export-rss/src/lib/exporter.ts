import type { CollectionExporter } from '@broadsheet/core';
import { renderFeed } from './render.js';
import { selectFeedEntries } from './select.js';

/** The RSS 2.0 feed of every article in a run, written as `feed.xml`. */
export const rssExporter: CollectionExporter = {
  scope: 'collection',
  format: 'rss',
  fileName: 'feed.xml',
  mediaType: 'application/rss+xml',
  select: selectFeedEntries,
  render: renderFeed,
};
