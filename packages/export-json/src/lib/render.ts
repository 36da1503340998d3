import { type Article, type ArticleExporter, articleSchema } from '@broadsheet/core';

/**
 * Every property name the schema knows, in the schema's order. Used as
 * `JSON.stringify`'s key list, so the file's key order is the schema's whatever
 * order the article's objects were built or read in.
 */
const KEY_ORDER: string[] = collectKeys(articleSchema);

/** The article model as pretty-printed JSON (2-space indent, keys in schema order, final newline). */
export function renderJson(article: Article): string {
  return `${JSON.stringify(article, KEY_ORDER, 2)}\n`;
}

/** The `json` format: `SLUG.json`, the validated model, readable back as input. */
export const jsonExporter: ArticleExporter = {
  scope: 'article',
  format: 'json',
  extension: 'json',
  mediaType: 'application/json',
  render: (article) => renderJson(article),
};

function collectKeys(schema: unknown, keys: string[] = [], seen = new Set<unknown>()): string[] {
  if (schema === null || typeof schema !== 'object' || seen.has(schema)) return keys;
  seen.add(schema);
  const node = schema as Record<string, unknown>;
  const properties = node['properties'];
  if (properties && typeof properties === 'object') {
    for (const key of Object.keys(properties)) if (!keys.includes(key)) keys.push(key);
  }
  for (const value of Object.values(node)) collectKeys(value, keys, seen);
  return keys;
}
