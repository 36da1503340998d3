/** Reads a feed with newsboat (Debian), as a person's terminal reader would, and reports what it stored. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { python, runOk } from '../../../tests/support/tools.js';

/** One item as newsboat keeps it in its cache. */
export interface NewsboatItem {
  guid: string;
  title: string;
  /** Every author, as newsboat shows them. */
  author: string;
  url: string;
  /** Seconds since 1970, UTC; 0 when newsboat found no date. */
  pubDate: number;
  enclosureUrl: string;
  enclosureType: string;
}

const READ_CACHE = `
import json, sqlite3, sys
rows = sqlite3.connect(sys.argv[1]).execute(
    'SELECT guid, title, author, url, pubDate, enclosure_url, enclosure_type FROM rss_item ORDER BY pubDate DESC, id')
print(json.dumps([dict(zip(['guid', 'title', 'author', 'url', 'pubDate', 'enclosureUrl', 'enclosureType'], row)) for row in rows]))
`;

/**
 * Subscribes a fresh newsboat to `text` (saved as `name`), reloads it headless
 * (`-x reload`) with its own config and cache, and returns the cached items.
 */
export function readWithNewsboat(text: string, name: string): NewsboatItem[] {
  const folder = mkdtempSync(join(tmpdir(), 'broadsheet-newsboat-'));
  try {
    const feed = join(folder, name);
    writeFileSync(feed, text);
    writeFileSync(join(folder, 'urls'), `file://${feed}\n`);
    writeFileSync(join(folder, 'config'), '');
    const cache = join(folder, 'cache.db');
    runOk('newsboat', ['-u', join(folder, 'urls'), '-c', cache, '-C', join(folder, 'config'), '-x', 'reload'], {
      cwd: folder,
    });
    const read = python(READ_CACHE, [cache]);
    if (read.status !== 0) throw new Error(`reading newsboat's cache failed:\n${read.stderr}`);
    return JSON.parse(read.stdout) as NewsboatItem[];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
