import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { CollectionEntry, CollectionExporter, SiteConfig } from '@broadsheet/core';
import type { TagCollector } from '@broadsheet/export-feeds';
import type { WrittenFile } from './run.js';
import { writeAtomic } from './write.js';

/** The formats that are feeds, and so have one per tag when `feed.tags` is on. */
const FEED_FORMATS = new Set(['rss', 'atom', 'jsonfeed']);

/** Where the run writes and what it knows, for the tag feeds. */
export interface TagFeedTarget {
  outDir: string;
  out: string;
  config: SiteConfig;
  fallbackDate: string;
}

/** A collector of every entry's tags when `feed.tags` is on and a feed is asked for; else `undefined`. */
export async function tagCollectorFor(
  exporters: readonly CollectionExporter[],
  config: SiteConfig,
): Promise<TagCollector | undefined> {
  if (!config.feed.tags || !exporters.some((exporter) => FEED_FORMATS.has(exporter.format))) return undefined;
  const { createTagCollector, selectFeedEntries } = await import('@broadsheet/export-feeds');
  return createTagCollector((entries: CollectionEntry[]) => selectFeedEntries(entries, config));
}

/** One tag feed, rendered: `tags/SLUG/FILE` once written. */
export interface TagFeedFile {
  /** The folder inside the output folder ("tags/syria"). */
  folder: string;
  exporter: CollectionExporter;
  content: string | Uint8Array;
}

/** Renders every tag's feed in every feed format, without writing anything. */
export async function renderTagFeeds(
  collector: TagCollector,
  exporters: readonly CollectionExporter[],
  context: { config: SiteConfig; fallbackDate: string },
): Promise<TagFeedFile[]> {
  const files: TagFeedFile[] = [];
  for (const { tag, entries } of collector.feeds()) {
    for (const exporter of exporters) {
      if (!FEED_FORMATS.has(exporter.format)) continue;
      const content = await exporter.render(entries, {
        config: context.config,
        fallbackDate: context.fallbackDate,
        warn: () => {},
        tag,
      });
      files.push({ folder: path.posix.join('tags', tag.slug), exporter, content });
    }
  }
  return files;
}

/** Writes `tags/SLUG/FILE` for every tag and every feed exporter; slugs are plain names, so nothing leaves `outDir`. */
export async function writeTagFeeds(
  collector: TagCollector,
  exporters: readonly CollectionExporter[],
  target: TagFeedTarget,
): Promise<WrittenFile[]> {
  const written: WrittenFile[] = [];
  for (const { folder, exporter, content } of await renderTagFeeds(collector, exporters, target)) {
    await mkdir(path.join(target.outDir, folder), { recursive: true });
    const bytes = await writeAtomic(path.join(target.outDir, folder), exporter.fileName, content);
    written.push({ format: exporter.format, path: path.join(target.out, folder, exporter.fileName), bytes });
  }
  return written;
}
