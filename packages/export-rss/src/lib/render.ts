import type { CollectionEntry, SiteConfig } from '@broadsheet/core';
import {
  type FeedChannel,
  type FeedOptions,
  createCleaner,
  escapeHtml,
  feedChannel,
  feedItem,
  reportProblems,
  selectFeedEntries,
} from '@broadsheet/export-feeds';
import RSS from 'rss';
import { setLastBuildDate } from './build-date.js';
import { MEDIA_NAMESPACE, rssItem, type XmlElement } from './item.js';

export type { FeedOptions };

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/**
 * Renders the RSS 2.0 feed of `entries` (selected and ordered as
 * `selectFeedEntries` does). Pure: the same entries and config give the same text.
 */
export function renderFeed(entries: readonly CollectionEntry[], options: FeedOptions): string {
  const { config } = options;
  const channelCleaner = createCleaner();
  const channel = feedChannel(config, 'feed.xml', channelCleaner, options.tag);
  reportProblems(options, 'the RSS feed', 'the feed settings', channelCleaner);
  const items = selectFeedEntries(entries, config).map((entry) => {
    const clean = createCleaner();
    const item = feedItem(entry, config, clean);
    reportProblems(options, 'the RSS feed', entry.slug, clean, entry);
    return item;
  });
  const pictures = items.some((item) => item.image !== undefined);
  const feed = new RSS(channelOptions(channel, config, pictures));
  for (const item of items) feed.item(rssItem(item));
  return layout(setLastBuildDate(feed.xml({ indent: '  ' }), items[0]?.published?.rfc822));
}

function channelOptions(channel: FeedChannel, config: SiteConfig, pictures: boolean): RSS.FeedOptions {
  return {
    title: escapeHtml(channel.title),
    description: escapeHtml(channel.description),
    site_url: channel.home,
    feed_url: channel.self,
    language: channel.language,
    ttl: config.feed.ttl,
    generator: 'Broadsheet',
    ...(pictures ? { custom_namespaces: { media: MEDIA_NAMESPACE } } : {}),
    custom_elements: channelImage(channel),
  };
}

// Note: not rss's image_url, which reuses the channel title, HTML-escaped above,
// as the image's plain-text title.
function channelImage(channel: FeedChannel): XmlElement[] {
  if (channel.image === undefined) return [];
  return [{ image: [{ url: channel.image }, { title: channel.title }, { link: channel.home }] }];
}

// Note: rss puts the root element on the declaration's line and ends without a newline.
function layout(xml: string): string {
  const body = xml.startsWith(DECLARATION) ? xml.slice(DECLARATION.length) : xml;
  return `${DECLARATION}\n${body.trimStart()}\n`;
}
