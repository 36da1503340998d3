import type { Article } from '@broadsheet/core';
import type { JsonLdOptions } from './types.js';

/** The article's page: its own `url`, else the slug on the site. */
export function pageUrl(article: Article, options: JsonLdOptions): string {
  return article.url ?? new URL(encodeURIComponent(options.slug), options.config.site.url).href;
}

/** `url` with its fragment set to `fragment`: the `@id` of a node that lives on that page. */
export function withFragment(url: string, fragment: string): string {
  const hash = url.indexOf('#');
  return `${hash === -1 ? url : url.slice(0, hash)}#${fragment}`;
}
