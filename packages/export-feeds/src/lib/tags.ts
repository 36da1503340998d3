import { createHash } from 'node:crypto';
import { type CollectionEntry, type FeedTag, slugify } from '@broadsheet/core';

/** One tag's feed: the tag and every entry that carries it. */
export interface TagFeed {
  tag: FeedTag;
  entries: CollectionEntry[];
}

const SAFE_SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

/**
 * Groups `entries` by tag, one group per tag whatever its case ("Syria" and
 * "syria" are one), in slug order. Each slug is ASCII, lower-case and unique,
 * so `tags/SLUG/` is a plain folder inside the output folder.
 */
export function groupByTag(entries: readonly CollectionEntry[]): TagFeed[] {
  const groups = new Map<string, { names: Set<string>; entries: CollectionEntry[] }>();
  for (const entry of entries) {
    const keys = new Set<string>();
    for (const name of entry.article.tags) {
      const key = tagKey(name);
      if (key === '' || keys.has(key)) continue;
      keys.add(key);
      const group = groups.get(key) ?? { names: new Set<string>(), entries: [] };
      group.names.add(name.trim());
      group.entries.push(entry);
      groups.set(key, group);
    }
  }
  const taken = new Set<string>();
  const feeds = [...groups.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([key, group]) => {
      const name = [...group.names].sort(compareText)[0] as string;
      const slug = uniqueSlug(key, taken);
      return { tag: { name, slug }, entries: group.entries };
    });
  return feeds.sort((a, b) => compareText(a.tag.slug, b.tag.slug));
}

/** Case and width do not make two tags. */
function tagKey(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase();
}

function uniqueSlug(key: string, taken: Set<string>): string {
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 8);
  const ascii = slugify(key, key);
  // Note: slugify falls back to "article-HASH" when nothing of the tag is ASCII; a tag folder says "tag-".
  const base = ascii === slugify('', key) ? `tag-${hash}` : ascii;
  const slug = taken.has(base) || !SAFE_SLUG.test(base) ? `${base.slice(0, 80)}-${hash}` : base;
  if (!SAFE_SLUG.test(slug) || taken.has(slug)) throw new Error(`tag "${key}" gives no safe folder name`);
  taken.add(slug);
  return slug;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
