export { renderFeed } from './lib/render.js';
export { selectFeedEntries } from './lib/select.js';
export { rssExporter } from './lib/exporter.js';

export type { FeedOptions } from './lib/render.js';
