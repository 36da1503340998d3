import type { Article, CollectionEntry, SiteConfig } from '@broadsheet/core';
import type RSS from 'rss';
import { articleHtml, summaryText } from './content.js';
import { readFeedDate } from './dates.js';
import { escapeHtml, type TextCleaner } from './text.js';

/** An element in the shape the `xml` package under rss writes: `{ name: text }`, `{ name: { _cdata } }`, `{ name: [children] }`. */
export type XmlElement = Record<string, string | { _cdata: string } | XmlElement[]>;

/** The rss item for one entry; every piece of text goes through `clean`. */
export function feedItem(entry: CollectionEntry, config: SiteConfig, clean: TextCleaner): RSS.ItemOptions {
  const { article } = entry;
  return {
    // Note: readers take an RSS title and description as HTML (feedparser does
    // when they look like it), so their text is escaped to show markup as text.
    title: escapeHtml(clean(article.headline)),
    description: escapeHtml(summaryText(article, clean)),
    url: itemLink(entry, config),
    guid: itemGuid(article, clean),
    categories: itemCategories(article, clean),
    // Note: an empty date keeps rss from writing its own pubDate, which is
    // always GMT; ours, in the article's own offset, goes in custom_elements.
    date: '',
    enclosure: itemEnclosure(entry, config),
    custom_elements: [...itemCreators(article, clean), ...itemPubDate(article), itemContent(article, clean)],
  };
}

/** The article's own URL, else its slug on the site. */
export function itemLink(entry: CollectionEntry, config: SiteConfig): string {
  return entry.article.url === undefined ? siteUrl(entry.slug, config) : new URL(entry.article.url).href;
}

/**
 * `urn:broadsheet:` and the article id. It depends on nothing but the article's
 * text: not on the site URL, the article URL, the slug or the output folder.
 */
export function itemGuid(article: Article, clean: TextCleaner): string {
  return `urn:broadsheet:${clean(article.id)}`;
}

/** `name` as a URL on the site; "./" and encoding keep a name like "a:b" from reading as a scheme. */
export function siteUrl(name: string, config: SiteConfig): string {
  return new URL(`./${encodeURIComponent(name)}`, config.site.url).href;
}

function itemCategories(article: Article, clean: TextCleaner): string[] {
  const labels = [article.kicker, ...article.tags].flatMap((label) => (label === undefined ? [] : [clean(label)]));
  return [...new Set(labels.filter((label) => label.length > 0))];
}

function itemEnclosure(entry: CollectionEntry, config: SiteConfig): RSS.EnclosureObject | undefined {
  const pdf = entry.files.find((file) => file.format === 'pdf' || file.mediaType === 'application/pdf');
  return pdf && { url: siteUrl(pdf.name, config), size: pdf.bytes, type: 'application/pdf' };
}

function itemCreators(article: Article, clean: TextCleaner): XmlElement[] {
  const names = article.authors.map((author) => clean(author.name)).filter((name) => name.length > 0);
  return names.map((name) => ({ 'dc:creator': { _cdata: name } }));
}

function itemPubDate(article: Article): XmlElement[] {
  const date = readFeedDate(article.datePublished);
  return date ? [{ pubDate: date.rfc822 }] : [];
}

function itemContent(article: Article, clean: TextCleaner): XmlElement {
  return { 'content:encoded': { _cdata: articleHtml(article, clean) } };
}
