export { renderFeed } from './lib/render.js';
export { rssExporter } from './lib/exporter.js';
export { selectFeedEntries } from '@broadsheet/export-feeds';

export type { FeedOptions } from './lib/render.js';
