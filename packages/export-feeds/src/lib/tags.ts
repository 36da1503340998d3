import { createHash } from 'node:crypto';
import { type CollectionEntry, type FeedTag, slugify } from '@broadsheet/core';

/** One tag's feed: the tag and every entry that carries it. */
export interface TagFeed {
  tag: FeedTag;
  entries: CollectionEntry[];
}

const SAFE_SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** Gathers the entries of every tag one at a time, so a site of any size is grouped without holding it all. */
export interface TagCollector {
  add(entry: CollectionEntry): void;
  /** One feed per tag seen, in slug order. */
  feeds(): TagFeed[];
}

/**
 * Makes a collector that groups entries by tag, one group per tag whatever its
 * case ("Syria" and "syria" are one). `select`, when given, is applied to each
 * group as it grows (the feeds' `selectFeedEntries`), so a group never holds more
 * than its feed will. Each slug is ASCII, lower-case and unique, so `tags/SLUG/`
 * is a plain folder inside the output folder.
 */
export function createTagCollector(select?: (entries: CollectionEntry[]) => CollectionEntry[]): TagCollector {
  const groups = new Map<string, { names: Set<string>; entries: CollectionEntry[] }>();
  return {
    add(entry) {
      const keys = new Set<string>();
      for (const name of entry.article.tags) {
        const key = tagKey(name);
        if (key === '' || keys.has(key)) continue;
        keys.add(key);
        const group = groups.get(key) ?? { names: new Set<string>(), entries: [] };
        group.names.add(name.trim());
        group.entries = select ? select([...group.entries, entry]) : [...group.entries, entry];
        groups.set(key, group);
      }
    },
    feeds() {
      const taken = new Set<string>();
      const feeds = [...groups.entries()]
        .sort(([a], [b]) => compareText(a, b))
        .map(([key, group]) => {
          const name = [...group.names].sort(compareText)[0] as string;
          return { tag: { name, slug: uniqueSlug(key, taken) }, entries: group.entries };
        });
      return feeds.sort((a, b) => compareText(a.tag.slug, b.tag.slug));
    },
  };
}

/** Groups `entries` by tag (see `createTagCollector`), each group in the order given. */
export function groupByTag(entries: readonly CollectionEntry[]): TagFeed[] {
  const collector = createTagCollector();
  for (const entry of entries) collector.add(entry);
  return collector.feeds();
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
