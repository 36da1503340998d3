import type { CollectionEntry, SiteConfig } from '@broadsheet/core';
import RSS from 'rss';
import { setLastBuildDate } from './build-date.js';
import { readFeedDate } from './dates.js';
import { feedItem, type XmlElement } from './item.js';
import { selectFeedEntries } from './select.js';
import { createCleaner, escapeHtml, type TextCleaner } from './text.js';

/** What `renderFeed` needs besides the entries; a `CollectionContext` is one. */
export interface FeedOptions {
  config: SiteConfig;
  /** Told when text loses characters XML cannot hold, or a date cannot be read. */
  warn?: (message: string) => void;
}

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/**
 * Renders the RSS 2.0 feed of `entries` (selected and ordered as
 * `selectFeedEntries` does). Pure: the same entries and config give the same text.
 */
export function renderFeed(entries: readonly CollectionEntry[], options: FeedOptions): string {
  const { config } = options;
  const selected = selectFeedEntries(entries, config);
  const channelCleaner = createCleaner();
  const feed = new RSS(channelOptions(config, channelCleaner));
  reportRemoved(options, 'the feed settings', channelCleaner);
  for (const entry of selected) {
    const clean = createCleaner();
    feed.item(feedItem(entry, config, clean));
    reportRemoved(options, entry.slug, clean);
    reportUnreadableDate(options, entry);
  }
  const newest = readFeedDate(selected[0]?.article.datePublished);
  return layout(setLastBuildDate(feed.xml({ indent: '  ' }), newest?.rfc822));
}

function channelOptions(config: SiteConfig, clean: TextCleaner): RSS.FeedOptions {
  return {
    title: escapeHtml(clean(config.feed.title)),
    description: escapeHtml(clean(config.feed.description)),
    site_url: new URL(config.site.url).href,
    feed_url: new URL('feed.xml', config.site.url).href,
    language: clean(config.site.language),
    ttl: config.feed.ttl,
    generator: 'Broadsheet',
    custom_elements: channelImage(config, clean),
  };
}

// Note: not rss's image_url, which reuses the channel title, HTML-escaped above,
// as the image's plain-text title.
function channelImage(config: SiteConfig, clean: TextCleaner): XmlElement[] {
  if (config.feed.image === undefined) return [];
  const image = [
    { url: new URL(config.feed.image).href },
    { title: clean(config.feed.title) },
    { link: new URL(config.site.url).href },
  ];
  return [{ image }];
}

function reportRemoved(options: FeedOptions, where: string, clean: TextCleaner): void {
  if (clean.removed.length > 0) {
    options.warn?.(`${where}: the RSS feed leaves out characters XML cannot hold: ${clean.removed.join(', ')}`);
  }
}

function reportUnreadableDate(options: FeedOptions, entry: CollectionEntry): void {
  const date = entry.article.datePublished;
  if (date !== undefined && readFeedDate(date) === undefined) {
    options.warn?.(`${entry.slug}: datePublished "${date}" is not an ISO 8601 date; the feed lists it as undated`);
  }
}

// Note: rss puts the root element on the declaration's line and ends without a newline.
function layout(xml: string): string {
  const body = xml.startsWith(DECLARATION) ? xml.slice(DECLARATION.length) : xml;
  return `${DECLARATION}\n${body.trimStart()}\n`;
}
