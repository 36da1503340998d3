import type { CollectionEntry } from '@broadsheet/core';
import { feedChannel } from './channel.js';
import { type FeedItem, type FeedPerson, feedItem } from './item.js';
import type { FeedOptions } from './options.js';
import { reportProblems } from './report.js';
import { selectFeedEntries } from './select.js';
import { createCleaner } from './text.js';

/** A JSON Feed 1.1 author object. */
interface JsonFeedAuthor {
  name: string;
  url?: string;
}

/**
 * Renders the JSON Feed 1.1 of `entries` (selected and ordered as
 * `selectFeedEntries` does), indented by two spaces. Pure: the same entries and options give the same text.
 */
export function renderJsonFeed(entries: readonly CollectionEntry[], options: FeedOptions): string {
  const channelCleaner = createCleaner();
  const channel = feedChannel(options.config, 'feed.json', channelCleaner, options.tag);
  reportProblems(options, 'the JSON Feed', 'the feed settings', channelCleaner);
  const items = selectFeedEntries(entries, options.config).map((entry) => {
    const clean = createCleaner();
    const item = feedItem(entry, options.config, clean);
    reportProblems(options, 'the JSON Feed', entry.slug, clean, entry);
    return jsonItem(item);
  });
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: channel.home,
    feed_url: channel.self,
    description: channel.description,
    ...(channel.image === undefined ? {} : { icon: channel.image }),
    authors: [author(channel.publisher)],
    language: channel.language,
    items,
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

function jsonItem(item: FeedItem): Record<string, unknown> {
  return {
    id: item.id,
    url: item.link,
    title: item.title,
    content_html: item.content,
    summary: item.summary,
    ...(item.image === undefined ? {} : { image: item.image.url }),
    ...(item.published === undefined ? {} : { date_published: item.published.rfc3339 }),
    ...(item.modified === undefined ? {} : { date_modified: item.modified.rfc3339 }),
    ...(item.authors.length === 0 ? {} : { authors: item.authors.map(author) }),
    ...(item.categories.length === 0 ? {} : { tags: item.categories }),
    language: item.language,
    ...(item.briefing === undefined
      ? {}
      : {
          attachments: [
            {
              url: item.briefing.url,
              mime_type: item.briefing.type ?? 'application/pdf',
              ...(item.briefing.length === undefined ? {} : { size_in_bytes: item.briefing.length }),
            },
          ],
        }),
  };
}

function author(person: FeedPerson): JsonFeedAuthor {
  return person.url === undefined ? { name: person.name } : { name: person.name, url: person.url };
}
