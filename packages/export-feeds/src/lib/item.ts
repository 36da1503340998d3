import type { Article, CollectionEntry, SiteConfig } from '@broadsheet/core';
import { absoluteLink, articleHtml, summaryHtml, summaryText } from './content.js';
import { type FeedDate, readFeedDate } from './dates.js';
import { imageMediaType } from './media-types.js';
import type { TextCleaner } from './text.js';

/** A person credited on an item. */
export interface FeedPerson {
  name: string;
  /** A web address; anything else is left out. */
  url?: string;
}

/** A file an item points to: its PDF briefing or its picture. */
export interface FeedEnclosure {
  url: string;
  /** The media type; absent when the picture's name does not say it. */
  type?: string;
  /** Exact size in bytes, when known (the briefing's). */
  length?: number;
}

/**
 * One article as every feed carries it, RSS, Atom and JSON Feed alike: the
 * three formats are written from this, so they cannot disagree on what an item is.
 */
export interface FeedItem {
  /** `urn:broadsheet:` and the article id; never changes when the text is corrected. */
  id: string;
  /** Plain text. */
  title: string;
  link: string;
  /** `datePublished`, else when the article first entered the site; absent when neither can be read. */
  published?: FeedDate;
  /** `dateModified`, when the article has one. */
  modified?: FeedDate;
  authors: FeedPerson[];
  /** Plain text: the key points, else the description, else the first paragraph. */
  summary: string;
  /** HTML: the whole text (`feed.content: full`) or the standfirst or key points (`summary`). */
  content: string;
  /** The kicker and the tags, without repeats. */
  categories: string[];
  language: string;
  briefing?: FeedEnclosure;
  image?: FeedEnclosure;
}

/** The item for one entry; every piece of text goes through `clean`. */
export function feedItem(entry: CollectionEntry, config: SiteConfig, clean: TextCleaner): FeedItem {
  const { article } = entry;
  const published = itemDate(entry);
  const modified = readFeedDate(article.dateModified);
  const briefing = itemBriefing(entry, config);
  const image = itemImage(article, config);
  return {
    id: itemGuid(article, clean),
    title: clean(article.headline),
    link: itemLink(entry, config),
    ...(published === undefined ? {} : { published }),
    ...(modified === undefined ? {} : { modified }),
    authors: itemAuthors(article, clean),
    summary: summaryText(article, clean),
    content:
      config.feed.content === 'summary' ? summaryHtml(article, clean) : articleHtml(article, clean, config.site.url),
    categories: itemCategories(article, clean),
    language: clean(article.language),
    ...(briefing === undefined ? {} : { briefing }),
    ...(image === undefined ? {} : { image }),
  };
}

/** The date an entry is listed under: `datePublished`, else when it first entered the site. */
export function itemDate(entry: CollectionEntry): FeedDate | undefined {
  return readFeedDate(entry.article.datePublished) ?? readFeedDate(entry.firstSeen);
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
  return new URL(`./${name.split('/').map(encodeURIComponent).join('/')}`, config.site.url).href;
}

function itemAuthors(article: Article, clean: TextCleaner): FeedPerson[] {
  return article.authors.flatMap((author) => {
    const name = clean(author.name).trim();
    const url = author.url === undefined ? undefined : absoluteUrl(author.url);
    if (name === '') return [];
    return [url === undefined ? { name } : { name, url }];
  });
}

/** `url` when it is already an absolute web address, else `undefined`. */
function absoluteUrl(url: string): string | undefined {
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  return parsed?.protocol === 'http:' || parsed?.protocol === 'https:' ? parsed.href : undefined;
}

function itemCategories(article: Article, clean: TextCleaner): string[] {
  const labels = [article.kicker, ...article.tags].flatMap((label) => (label === undefined ? [] : [clean(label)]));
  return [...new Set(labels.filter((label) => label.length > 0))];
}

function itemBriefing(entry: CollectionEntry, config: SiteConfig): FeedEnclosure | undefined {
  const pdf = entry.files.find((file) => file.format === 'pdf' || file.mediaType === 'application/pdf');
  return pdf && { url: siteUrl(pdf.name, config), type: 'application/pdf', length: pdf.bytes };
}

function itemImage(article: Article, config: SiteConfig): FeedEnclosure | undefined {
  if (article.image === undefined) return undefined;
  const url = absoluteLink(article.image, config.site.url);
  if (url === undefined || !url.startsWith('http')) return undefined;
  const type = imageMediaType(url);
  return type === undefined ? { url } : { url, type };
}
