import {
  type Article,
  type SiteConfig,
  buildOutline,
  flattenSpaces,
  readDate,
  shortenGraphemes,
  toIsoString,
} from '@broadsheet/core';
import { renderScriptElement } from '@broadsheet/export-jsonld';
import { masthead, section } from './handlers.js';
import { feedLinks, head, siteFooter, siteHeader } from './head.js';
import { attribute } from './html.js';

/** What `renderPage` needs besides the article; an `ExportContext` is one. */
export interface PageOptions {
  config: SiteConfig;
  slug: string;
  /** Every format the run writes: the page links the feeds among them. */
  formats?: readonly string[] | undefined;
}

/** The page's address: the article's own `url`, else its slug on the site (the JSON-LD's page). */
export function pageUrl(article: Article, options: Pick<PageOptions, 'config' | 'slug'>): string {
  return article.url ?? new URL(encodeURIComponent(options.slug), options.config.site.url).href;
}

/**
 * Renders the briefing as one HTML page: built from core's outline, in the
 * article's language and direction, with its JSON-LD, no script and nothing to load.
 * Pure: the same article and options give the same text.
 */
export function renderPage(article: Article, options: PageOptions): string {
  const { config } = options;
  const labelLanguage = config.labels.language;
  const outline = buildOutline(article, labelLanguage === undefined ? {} : { language: labelLanguage });
  const canonical = pageUrl(article, options);
  const description = describe(article);
  const feeds = feedLinks(options.formats, config);
  const body = [
    siteHeader(config),
    '<main>',
    '<article>',
    masthead(outline.masthead),
    ...outline.sections.map((node) => section(node, config.site.url)),
    '</article>',
    '</main>',
    siteFooter(feeds, outline.language, article.language),
  ];
  return document(article.language, article.direction, [
    head({
      title: `${flattenSpaces(article.headline)} – ${config.site.title}`,
      description,
      canonical,
      feeds,
      meta: socialMeta(article, config, canonical, description),
      jsonLd: renderScriptElement(article, { config, slug: options.slug }).trimEnd(),
    }),
    `<body>\n${body.join('\n')}\n</body>`,
  ]);
}

/** `<!doctype html>` and the `<html>` element with the language and direction. */
export function document(language: string, direction: 'ltr' | 'rtl', parts: readonly string[]): string {
  return `<!doctype html>\n<html lang="${attribute(language)}" dir="${direction}">\n${parts.join('\n')}\n</html>\n`;
}

/** The standfirst, else the first key point, else the first paragraph, on one line, at most 300 characters. */
function describe(article: Article): string {
  const candidates = [article.description, article.keyPoints[0], article.paragraphs[0], article.headline];
  const found = candidates.map((value) => flattenSpaces(value ?? '')).find((value) => value !== '') ?? '';
  return shortenGraphemes(found, 300);
}

function socialMeta(
  article: Article,
  config: SiteConfig,
  canonical: string,
  description: string,
): (readonly ['property' | 'name', string, string])[] {
  const published = readDate(article.datePublished);
  const modified = readDate(article.dateModified);
  const title = flattenSpaces(article.headline);
  return [
    ['property', 'og:type', 'article'],
    ['property', 'og:title', title],
    ['property', 'og:description', description],
    ['property', 'og:url', canonical],
    ['property', 'og:site_name', config.site.title],
    ...(article.image === undefined ? [] : [['property', 'og:image', article.image] as const]),
    ...(published === undefined ? [] : [['property', 'article:published_time', toIsoString(published)] as const]),
    ...(modified === undefined ? [] : [['property', 'article:modified_time', toIsoString(modified)] as const]),
    ...article.tags.map((tag) => ['property', 'article:tag', tag] as const),
    ['name', 'twitter:card', article.image === undefined ? 'summary' : 'summary_large_image'],
    ['name', 'twitter:title', title],
    ['name', 'twitter:description', description],
    ...(article.image === undefined ? [] : [['name', 'twitter:image', article.image] as const]),
  ];
}
