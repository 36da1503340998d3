import {
  type CollectionEntry,
  type SiteConfig,
  formatDate,
  labelLanguage,
  labelsFor,
  readDate,
} from '@broadsheet/core';
import { selectFeedEntries } from '@broadsheet/export-feeds';
import { feedLinks, head, primary, siteFooter } from './head.js';
import { attribute, text } from './html.js';
import { document } from './page.js';

/** What `renderIndex` needs besides the entries; a `CollectionContext` is one. */
export interface IndexOptions {
  config: SiteConfig;
  formats?: readonly string[] | undefined;
}

/** Every entry, newest first as the feeds order them (undated last), one per article id, with no cap. */
export function selectIndexEntries(entries: readonly CollectionEntry[], config: SiteConfig): CollectionEntry[] {
  return selectFeedEntries(entries, { ...config, feed: { ...config.feed, limit: Number.MAX_SAFE_INTEGER } });
}

/** Renders `index.html`: the site's articles newest first, each linking its page, and the feeds. Pure. */
export function renderIndex(entries: readonly CollectionEntry[], options: IndexOptions): string {
  const { config } = options;
  const feeds = feedLinks(options.formats, config);
  const items = selectIndexEntries(entries, config).map((entry) => indexItem(entry, config));
  // Note: the index's own words follow the site's labels, as each page's follow its article's.
  const words = labelLanguage(config.labels.language ?? config.site.language);
  const lang = primary(words) === primary(config.site.language) ? '' : ` lang="${attribute(words)}"`;
  const empty = `<p${lang}>${text(labelsFor(words).noArticles)}</p>`;
  const body = [
    '<main>',
    `<h1>${text(config.site.title)}</h1>`,
    `<p class="standfirst">${text(config.site.description)}</p>`,
    items.length === 0 ? empty : ['<ol class="articles">', ...items, '</ol>'].join('\n'),
    '</main>',
    siteFooter(feeds, words, config.site.language),
  ];
  return document(config.site.language, 'ltr', [
    head({
      title: config.site.title,
      description: config.site.description,
      canonical: new URL(config.site.url).href,
      feeds,
      meta: [
        ['property', 'og:type', 'website'],
        ['property', 'og:title', config.site.title],
        ['property', 'og:description', config.site.description],
        ['property', 'og:url', new URL(config.site.url).href],
        ['name', 'twitter:card', 'summary'],
      ],
    }),
    `<body>\n${body.join('\n')}\n</body>`,
  ]);
}

function indexItem(entry: CollectionEntry, config: SiteConfig): string {
  const { article } = entry;
  const direction = article.direction === 'rtl' ? ' dir="rtl"' : '';
  const date = readDate(article.datePublished);
  const details = [
    date === undefined
      ? undefined
      : `<time datetime="${attribute(article.datePublished ?? '')}">${text(formatDate(date, config.site.language))}</time>`,
    article.authors.length === 0 ? undefined : text(article.authors.map((author) => author.name).join(', ')),
  ].filter((detail): detail is string => detail !== undefined);
  const summary = article.description ?? article.keyPoints[0];
  return [
    `<li lang="${attribute(article.language)}"${direction}>`,
    `<a href="${attribute(`${entry.slug}.html`)}">${text(article.headline)}</a>`,
    ...(details.length === 0 ? [] : [`<p class="details">${details.join(' · ')}</p>`]),
    ...(summary === undefined ? [] : [`<p>${text(summary)}</p>`]),
    '</li>',
  ].join('\n');
}
