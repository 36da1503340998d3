import type { Article } from '@broadsheet/core';
import { pageUrl } from './ids.js';
import { graphIds, newsArticleNode, publisherNode, webPageNode } from './nodes.js';
import { pruneGraph } from './prune.js';
import type { JsonLdDocument, JsonLdOptions } from './types.js';

/** Builds the schema.org graph for one article: its NewsArticle, WebPage and publisher, linked by `@id`. */
export function toJsonLd(article: Article, options: JsonLdOptions): JsonLdDocument {
  const ids = graphIds(pageUrl(article, options), options.config);
  return pruneGraph({
    '@context': 'https://schema.org',
    '@graph': [
      newsArticleNode(article, ids, options.config),
      webPageNode(article, ids),
      publisherNode(options.config, ids),
    ],
  });
}
