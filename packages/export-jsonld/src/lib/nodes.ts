import type { Article, Author, SiteConfig } from '@broadsheet/core';
import { toSchemaDate } from './dates.js';
import { entityNodes } from './entities.js';
import { withFragment } from './ids.js';
import { descriptionLimit, headlineLimit, normalizeSpace, truncateAtWord } from './text.js';
import type { JsonLdNode, JsonLdReference } from './types.js';

/** The `@id`s that tie the graph's nodes together. */
export interface GraphIds {
  /** The article's page: the WebPage node's `@id` and the article's `url`. */
  page: string;
  article: string;
  publisher: string;
}

/** Works out the `@id` of every node from the page URL and the publisher's URL. */
export function graphIds(page: string, config: SiteConfig): GraphIds {
  return {
    page,
    article: withFragment(page, 'article'),
    publisher: withFragment(config.publisher.url, 'organization'),
  };
}

/** The NewsArticle node: everything Google's Article guidance asks for and recommends. */
export function newsArticleNode(article: Article, ids: GraphIds, config: SiteConfig): JsonLdNode {
  const title = normalizeSpace(article.headline);
  const { about, mentions } = entityNodes(article.entities);
  return {
    '@type': 'NewsArticle',
    '@id': ids.article,
    mainEntityOfPage: reference(ids.page),
    url: ids.page,
    identifier: article.id,
    headline: truncateAtWord(title, headlineLimit),
    name: title,
    description: describe(article),
    articleSection: optionalText(article.kicker),
    datePublished: toSchemaDate(article.datePublished),
    dateModified: toSchemaDate(article.dateModified),
    author: article.authors.map(personNode),
    publisher: reference(ids.publisher),
    image: article.image === undefined ? undefined : { '@type': 'ImageObject', url: article.image },
    isAccessibleForFree: config.site.isAccessibleForFree,
    inLanguage: article.language,
    keywords: keywords(article),
    // Note: plain text, one paragraph (heading, list item, quoted paragraph) per block of text; the structure is the HTML's to show.
    articleBody: article.paragraphs.join('\n\n'),
    wordCount: article.wordCount,
    about,
    mentions,
  };
}

/** The WebPage node the article is the main entity of. */
export function webPageNode(article: Article, ids: GraphIds): JsonLdNode {
  return {
    '@type': 'WebPage',
    '@id': ids.page,
    url: ids.page,
    name: normalizeSpace(article.headline),
    inLanguage: article.language,
  };
}

/** The publisher's Organization node, with its logo when the config has one. */
export function publisherNode(config: SiteConfig, ids: GraphIds): JsonLdNode {
  const { name, url, logo } = config.publisher;
  return {
    '@type': 'Organization',
    '@id': ids.publisher,
    name: normalizeSpace(name),
    url,
    logo: logo === undefined ? undefined : { '@type': 'ImageObject', url: logo },
  };
}

function personNode(author: Author): JsonLdNode {
  return { '@type': 'Person', name: normalizeSpace(author.name), url: author.url, sameAs: author.sameAs };
}

function reference(id: string): JsonLdReference {
  return { '@id': id };
}

/** The description, else the first key point, else the first paragraph, cut to about 300 characters. */
function describe(article: Article): string | undefined {
  const candidates = [article.description, article.keyPoints[0], article.paragraphs[0]];
  const text = candidates.map((candidate) => normalizeSpace(candidate ?? '')).find((candidate) => candidate !== '');
  return text === undefined ? undefined : truncateAtWord(text, descriptionLimit);
}

/** The article's keywords, then its tags, without repeats (ignoring case). */
function keywords(article: Article): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const keyword of [...article.keywords, ...article.tags].map(normalizeSpace)) {
    const key = keyword.toLowerCase();
    if (keyword === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(keyword);
  }
  return result;
}

function optionalText(text: string | undefined): string | undefined {
  return text === undefined ? undefined : normalizeSpace(text);
}
