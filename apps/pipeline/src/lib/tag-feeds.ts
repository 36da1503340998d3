import { mkdir, readdir, rmdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { CollectionEntry, CollectionExporter, SiteConfig } from '@broadsheet/core';
import type { TagCollector } from '@broadsheet/export-feeds';
import type { WrittenFile } from './run.js';
import { writeAtomic } from './write.js';

/** The formats that are feeds, and so have one per tag when `feed.tags` is on. */
const FEED_FORMATS = new Set(['rss', 'atom', 'jsonfeed']);

/** The names a tag feed's file can have (RSS, Atom, JSON Feed), whichever formats this run asks for. */
const TAG_FEED_FILES = ['feed.xml', 'atom.xml', 'feed.json'];

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
  const current = new Set<string>();
  for (const { folder, exporter, content } of await renderTagFeeds(collector, exporters, target)) {
    await mkdir(path.join(target.outDir, folder), { recursive: true });
    const bytes = await writeAtomic(path.join(target.outDir, folder), exporter.fileName, content);
    written.push({ format: exporter.format, path: path.join(target.out, folder, exporter.fileName), bytes });
    current.add(path.posix.basename(folder));
  }
  await removeStaleTagFeeds(path.join(target.outDir, 'tags'), current);
  return written;
}

/**
 * Removes the feeds of tags no article of the site has any more (its last
 * article was pruned or lost the tag), so that no feed lists articles the site
 * no longer holds. Only the feed files go; a folder is removed once empty.
 */
async function removeStaleTagFeeds(tagsDir: string, current: ReadonlySet<string>): Promise<void> {
  let folders: string[];
  try {
    folders = await readdir(tagsDir);
  } catch {
    return;
  }
  for (const folder of folders) {
    if (current.has(folder)) continue;
    for (const name of TAG_FEED_FILES) await unlink(path.join(tagsDir, folder, name)).catch(() => undefined);
    // Note: a folder holding anything else (the user's own files) stays.
    await rmdir(path.join(tagsDir, folder)).catch(() => undefined);
  }
}
