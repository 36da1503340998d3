import type { FeedItem } from '@broadsheet/export-feeds';
import { escapeHtml } from '@broadsheet/export-feeds';
import type RSS from 'rss';

/** An element in the shape the `xml` package under rss writes: `{ name: text }`, `{ name: { _cdata } }`, `{ name: [children] }`. */
export type XmlElement = Record<
  string,
  string | { _cdata: string } | { _attr: Record<string, string | number> } | XmlElement[]
>;

/** The Media RSS namespace, for an item's picture. */
export const MEDIA_NAMESPACE = 'http://search.yahoo.com/mrss/';

/** The rss item for one feed item, the same one Atom and JSON Feed write. */
export function rssItem(item: FeedItem): RSS.ItemOptions {
  return {
    // Note: readers take an RSS title and description as HTML (feedparser does
    // when they look like it), so their text is escaped to show markup as text.
    title: escapeHtml(item.title),
    description: escapeHtml(item.summary),
    url: item.link,
    guid: item.id,
    categories: item.categories,
    // Note: an empty date keeps rss from writing its own pubDate, which is
    // always GMT; ours, in the article's own offset, goes in custom_elements.
    date: '',
    enclosure: item.briefing && {
      url: item.briefing.url,
      ...(item.briefing.length === undefined ? {} : { size: item.briefing.length }),
      type: item.briefing.type ?? 'application/pdf',
    },
    custom_elements: [...creator(item), ...pubDate(item), ...picture(item), content(item)],
  };
}

// Note: one dc:creator naming everyone: feedparser and newsboat keep only the
// last of several, so a second author would vanish.
function creator(item: FeedItem): XmlElement[] {
  const names = item.authors.map((author) => author.name);
  return names.length === 0 ? [] : [{ 'dc:creator': { _cdata: names.join(', ') } }];
}

function pubDate(item: FeedItem): XmlElement[] {
  return item.published ? [{ pubDate: item.published.rfc822 }] : [];
}

function picture(item: FeedItem): XmlElement[] {
  if (item.image === undefined) return [];
  const type = item.image.type === undefined ? {} : { type: item.image.type };
  return [{ 'media:content': { _attr: { url: item.image.url, medium: 'image', ...type } } }];
}

function content(item: FeedItem): XmlElement {
  return { 'content:encoded': { _cdata: item.content } };
}
