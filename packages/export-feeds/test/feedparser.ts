/** Reads a feed back with Python's feedparser, as a subscriber's reader would. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { python } from '../../../tests/support/tools.js';

const folder = mkdtempSync(join(tmpdir(), 'broadsheet-rss-'));
let written = 0;
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** One item as feedparser reports it; text fields are what a person would see. */
export interface ParsedEntry {
  title: string;
  link: string | null;
  id: string | null;
  guidislink: boolean | null;
  published: string | null;
  /** `published_parsed` in UTC, as "YYYY-MM-DD HH:MM:SS". */
  publishedUtc: string | null;
  summary: string | null;
  content: string | null;
  /** Element names in `content:encoded`, read without feedparser's sanitiser. */
  contentTags: string[];
  authors: string[];
  tags: string[];
  enclosures: { href: string; length: string; type: string }[];
  /** Media RSS `media:content` elements. */
  media: { url: string; type: string | null; medium: string | null }[];
  /** `updated` in UTC, as "YYYY-MM-DD HH:MM:SS" (Atom). */
  updatedUtc: string | null;
}

/** The whole feed as feedparser reports it. */
export interface ParsedFeed {
  bozo: number;
  bozoException: string | null;
  version: string;
  feed: { title: string; link: string | null; language: string | null; imageTitle: string | null };
  entries: ParsedEntry[];
}

/** Python that parses `sys.argv[1]` (a path or URL) and prints JSON. */
export const FEEDPARSER_SCRIPT = `
import json, sys, urllib.request
import feedparser
from html.parser import HTMLParser

class Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text, self.tags = [], []
    def handle_data(self, data):
        self.text.append(data)
    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

def visible(detail):
    """The text a reader shows: HTML rendered to text, plain text as it is."""
    if detail is None:
        return None, []
    if detail.get('type') != 'text/html':
        return detail['value'], []
    reader = Reader()
    reader.feed(detail['value'])
    reader.close()
    return ''.join(reader.text), reader.tags

source = sys.argv[1]
no_proxy = [urllib.request.ProxyHandler({})]
parsed = feedparser.parse(source, handlers=no_proxy)
raw = feedparser.parse(source, handlers=no_proxy, sanitize_html=False)

def utc(struct):
    return None if struct is None else '%04d-%02d-%02d %02d:%02d:%02d' % tuple(struct[:6])

entries = []
for entry, unsanitised in zip(parsed.entries, raw.entries):
    content = entry.get('content', [None])[0]
    raw_content = unsanitised.get('content', [None])[0]
    entries.append({
        'title': visible(entry.get('title_detail'))[0],
        'link': entry.get('link'),
        'id': entry.get('id'),
        'guidislink': entry.get('guidislink'),
        'published': entry.get('published'),
        'publishedUtc': utc(entry.get('published_parsed')),
        'summary': visible(entry.get('summary_detail'))[0],
        'content': visible(content)[0],
        'contentTags': visible(raw_content)[1],
        'authors': [a.get('name') for a in entry.get('authors', [])],
        'tags': [t.get('term') for t in entry.get('tags', [])],
        'enclosures': [{'href': e.get('href'), 'length': e.get('length'), 'type': e.get('type')} for e in entry.get('enclosures', [])],
        'media': [{'url': m.get('url'), 'type': m.get('type'), 'medium': m.get('medium')} for m in entry.get('media_content', [])],
        'updatedUtc': utc(entry.get('updated_parsed')),
    })
feed = parsed.feed
print(json.dumps({
    'bozo': int(parsed.bozo),
    'bozoException': str(parsed.get('bozo_exception')) if parsed.bozo else None,
    'version': parsed.version,
    'feed': {
        'title': visible(feed.get('title_detail'))[0],
        'link': feed.get('link'),
        'language': feed.get('language'),
        'imageTitle': feed.get('image', {}).get('title'),
    },
    'entries': entries,
}))
`;

/** Writes `xml` to a temporary file and returns what feedparser makes of it. */
export function parseFeed(xml: string): ParsedFeed {
  const result = python(FEEDPARSER_SCRIPT, [feedFile(xml)]);
  if (result.status !== 0) throw new Error(`feedparser failed:\n${result.stderr}`);
  return JSON.parse(result.stdout) as ParsedFeed;
}

/** Writes `xml` to a temporary file, removed after the tests, and returns its path. */
export function feedFile(xml: string): string {
  written += 1;
  const file = join(folder, `feed-${written}.xml`);
  // Note: the fast lane shares this module between test files, and the first file's afterAll removes the folder.
  mkdirSync(folder, { recursive: true });
  writeFileSync(file, xml);
  return file;
}
