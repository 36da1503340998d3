import type { CollectionEntry, SiteConfig } from '@broadsheet/core';
import { itemDate } from './item.js';

/**
 * The entries the feed holds, in feed order: newest first (by `datePublished`, else when first seen), undated after dated
 * (by headline, then id), one entry per article id, at most `config.feed.limit`.
 * Incremental: `select([...select(a), ...b])` equals `select([...a, ...b])`.
 */
export function selectFeedEntries(entries: readonly CollectionEntry[], config: SiteConfig): CollectionEntry[] {
  const sorted = entries.map(withSortKey).sort(compareKeys);
  const seen = new Set<string>();
  const selected: CollectionEntry[] = [];
  for (const { entry } of sorted) {
    if (selected.length >= config.feed.limit) break;
    if (seen.has(entry.article.id)) continue;
    seen.add(entry.article.id);
    selected.push(entry);
  }
  return selected;
}

interface SortKey {
  entry: CollectionEntry;
  /** Publication instant, or undefined when the article has no readable date. */
  instant: number | undefined;
}

function withSortKey(entry: CollectionEntry): SortKey {
  return { entry, instant: itemDate(entry)?.instant };
}

// Note: a total order (slugs are unique within a run), so the result never
// depends on the order entries arrive in; that is what makes `select` incremental.
// Strings compare by code unit, not by locale, so every machine sorts alike.
function compareKeys(a: SortKey, b: SortKey): number {
  if (a.instant !== b.instant) {
    if (a.instant === undefined) return 1;
    if (b.instant === undefined) return -1;
    return b.instant - a.instant;
  }
  return (
    compareText(a.entry.article.headline, b.entry.article.headline) ||
    compareText(a.entry.article.id, b.entry.article.id) ||
    compareText(a.entry.slug, b.entry.slug)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
