import type { CollectionExporter } from '@broadsheet/core';
import { renderAtom } from './atom.js';
import { renderJsonFeed } from './json-feed.js';
import { selectFeedEntries } from './select.js';

/** The Atom 1.0 feed of the site's articles, written as `atom.xml`. */
export const atomExporter: CollectionExporter = {
  scope: 'collection',
  format: 'atom',
  fileName: 'atom.xml',
  mediaType: 'application/atom+xml',
  select: selectFeedEntries,
  render: renderAtom,
};

/** The JSON Feed 1.1 of the site's articles, written as `feed.json`. */
export const jsonFeedExporter: CollectionExporter = {
  scope: 'collection',
  format: 'jsonfeed',
  fileName: 'feed.json',
  mediaType: 'application/feed+json',
  select: selectFeedEntries,
  render: renderJsonFeed,
};
