import { type SiteConfig, labelsFor } from '@broadsheet/core';
import { attribute, text } from './html.js';
import { STYLE } from './style.js';

/** A feed the run writes beside the pages, as `<link rel="alternate">` names it. */
export interface FeedLink {
  format: string;
  href: string;
  type: string;
  title: string;
}

const FEEDS: readonly Omit<FeedLink, 'title'>[] = [
  { format: 'rss', href: 'feed.xml', type: 'application/rss+xml' },
  { format: 'atom', href: 'atom.xml', type: 'application/atom+xml' },
  { format: 'jsonfeed', href: 'feed.json', type: 'application/feed+json' },
];

const FEED_NAMES: Readonly<Record<string, string>> = { rss: 'RSS', atom: 'Atom', jsonfeed: 'JSON Feed' };

/** The feeds among `formats`, linked relative to the page, so they resolve on disk as on the site. */
export function feedLinks(formats: readonly string[] | undefined, config: SiteConfig): FeedLink[] {
  return FEEDS.filter((feed) => formats?.includes(feed.format)).map((feed) => ({
    ...feed,
    title: `${config.feed.title} (${FEED_NAMES[feed.format]})`,
  }));
}

/** What a page's `<head>` says besides its JSON-LD. */
export interface HeadFields {
  title: string;
  description: string;
  canonical: string;
  feeds: readonly FeedLink[];
  /** `property` (Open Graph) and `name` (Twitter) metadata, in order. */
  meta: readonly (readonly ['property' | 'name', string, string])[];
  /** The JSON-LD script element, already safe to embed. */
  jsonLd?: string;
}

/**
 * The `<head>`: charset, a policy that lets the page load nothing and run nothing,
 * title, description, canonical link, one alternate link per feed, Open Graph and
 * Twitter metadata, the inline stylesheet and the JSON-LD.
 */
export function head(fields: HeadFields): string {
  return [
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${text(fields.title)}</title>`,
    `<meta name="description" content="${attribute(fields.description)}">`,
    `<link rel="canonical" href="${attribute(fields.canonical)}">`,
    ...fields.feeds.map(
      (feed) =>
        `<link rel="alternate" type="${feed.type}" title="${attribute(feed.title)}" href="${attribute(feed.href)}">`,
    ),
    ...fields.meta.map(([key, name, value]) => `<meta ${key}="${name}" content="${attribute(value)}">`),
    '<meta name="generator" content="Broadsheet">',
    `<style>\n${STYLE}\n</style>`,
    ...(fields.jsonLd === undefined ? [] : [fields.jsonLd]),
    '</head>',
  ].join('\n');
}

/** The site's name as a link to its index, above every page. */
export function siteHeader(config: SiteConfig): string {
  return `<header class="site"><a href="index.html">${text(config.site.title)}</a></header>`;
}

/**
 * The foot of every page: the feeds, introduced in `language` (the labels' language).
 * @param pageLanguage the page's own; the footer says its language when the two differ.
 */
export function siteFooter(feeds: readonly FeedLink[], language: string, pageLanguage: string): string {
  const lang = primary(language) === primary(pageLanguage) ? '' : ` lang="${attribute(language)}"`;
  if (feeds.length === 0) return '<footer class="foot"><p>Broadsheet</p></footer>';
  const links = feeds.map(
    (feed) => `<a href="${attribute(feed.href)}">${text(FEED_NAMES[feed.format] ?? feed.format)}</a>`,
  );
  return `<footer class="foot"${lang}><p>${text(labelsFor(language).feeds)}: ${links.join(' · ')}</p></footer>`;
}

/** The primary subtag of a language tag, lower-cased ("pt" for "pt-BR"). */
export function primary(language: string): string {
  return language.toLowerCase().split(/[-_]/)[0] ?? '';
}
