export { renderAtom } from './lib/atom.js';
export { renderJsonFeed } from './lib/json-feed.js';
export { atomExporter, jsonFeedExporter } from './lib/exporters.js';
export { selectFeedEntries } from './lib/select.js';
export { feedItem, itemDate, itemGuid, itemLink, siteUrl } from './lib/item.js';
export { absoluteLink } from './lib/content.js';
export { feedChannel, feedPath } from './lib/channel.js';
export { createTagCollector, groupByTag } from './lib/tags.js';
export { readFeedDate } from './lib/dates.js';
export { createCleaner, escapeHtml } from './lib/text.js';
export { reportProblems } from './lib/report.js';

export type { FeedChannel } from './lib/channel.js';
export type { FeedDate } from './lib/dates.js';
export type { FeedEnclosure, FeedItem, FeedPerson } from './lib/item.js';
export type { FeedOptions } from './lib/options.js';
export type { TagCollector, TagFeed } from './lib/tags.js';
export type { TextCleaner } from './lib/text.js';
