import { type CollectionEntry, resolveConfig } from '@broadsheet/core';
import { describe, expect, test, vi } from 'vitest';
import { runOk } from '../../../tests/support/tools.js';
import { renderFeed, rssExporter } from '../src/index.js';
import { feedFile, parseFeed } from '../../export-feeds/test/feedparser.js';
import {
  arabicEntry,
  article,
  cyrillicEntry,
  numbered,
  seedEntry,
  siteConfig,
} from '../../export-feeds/test/fixtures.js';

const seedFeed = renderFeed([seedEntry, cyrillicEntry, arabicEntry], { config: siteConfig });
const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (0[1-9]|[12]\d|3[01]) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} ([01]\d|2[0-3]):[0-5]\d:[0-5]\d [+-]\d{4}$/;

/** The text of every `<name>` element in the raw XML. */
function elementTexts(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}>([^<]*)</${name}>`, 'g'))].map((match) => match[1] ?? '');
}

/** Each `<item>` element of the raw XML, as written. */
function items(xml: string): string[] {
  return xml.match(/<item>[\s\S]*?<\/item>/g) ?? [];
}

function guids(xml: string): string[] {
  return parseFeed(xml).entries.map((entry) => entry.id ?? '');
}

describe('the seed feed', () => {
  test('matches the reviewed golden file', async () => {
    await expect(seedFeed).toMatchFileSnapshot('golden/seed.xml');
  });

  test('is well-formed XML to xmllint', () => {
    expect(() => runOk('xmllint', ['--noout', feedFile(seedFeed)])).not.toThrow();
  });

  test('is RSS 2.0 that feedparser reads without complaint', () => {
    const parsed = parseFeed(seedFeed);
    expect(parsed.bozoException).toBeNull();
    expect(parsed.bozo).toBe(0);
    expect(parsed.version).toBe('rss20');
  });

  test('gives every entry a title, link, id and publication date', () => {
    const { entries } = parseFeed(seedFeed);
    expect(entries).toHaveLength(3);
    for (const entry of entries) {
      expect(entry.title).not.toBe('');
      expect(entry.link).toMatch(/^https:\/\//);
      expect(entry.id).toMatch(/^urn:broadsheet:sha256:[0-9a-f]{32}$/);
      expect(entry.published).toMatch(RFC_822);
    }
  });

  test('describes the channel from the site settings', () => {
    const { feed } = parseFeed(seedFeed);
    expect(feed).toEqual({
      title: 'Broadsheet Briefings',
      link: 'https://news.example.com/briefings/',
      language: 'en',
      imageTitle: 'Broadsheet Briefings',
    });
    expect(seedFeed).toContain(
      '<atom:link href="https://news.example.com/briefings/feed.xml" rel="self" type="application/rss+xml"/>',
    );
    expect(seedFeed).toContain('<generator>Broadsheet</generator>');
    expect(seedFeed).toContain('<ttl>60</ttl>');
  });

  test('writes every pubDate and lastBuildDate in strict RFC 822 with a numeric zone', () => {
    const dates = [...elementTexts(seedFeed, 'pubDate'), ...elementTexts(seedFeed, 'lastBuildDate')];
    expect(dates).toHaveLength(4);
    for (const date of dates) expect(date).toMatch(RFC_822);
  });

  test("keeps each article's own offset, and a calendar date is midnight UTC", () => {
    expect(elementTexts(seedFeed, 'pubDate')).toEqual([
      'Fri, 04 Mar 2016 10:00:00 +0300',
      'Thu, 03 Mar 2016 18:30:00 +0300',
      'Wed, 02 Mar 2016 00:00:00 +0000',
    ]);
    expect(parseFeed(seedFeed).entries.map((entry) => entry.publishedUtc)).toEqual([
      '2016-03-04 07:00:00',
      '2016-03-03 15:30:00',
      '2016-03-02 00:00:00',
    ]);
  });

  test('dates the channel with its newest item, not the build time', () => {
    expect(elementTexts(seedFeed, 'lastBuildDate')).toEqual(['Fri, 04 Mar 2016 10:00:00 +0300']);
  });

  test('holds the headline without the kicker, the summary, the whole body, authors and categories', () => {
    const [seed] = parseFeed(seedFeed).entries;
    const { article: source } = seedEntry;
    expect(seed?.title).toBe(source.headline);
    expect(seed?.summary).toBe(source.keyPoints.join(' '));
    for (const paragraph of source.paragraphs) expect(seed?.content).toContain(paragraph);
    expect(seed?.contentTags).toEqual(['div', 'p', 'p', 'p']);
    expect(seed?.authors).toEqual(['Staff Reporter']);
    expect(seed?.tags).toEqual(['Syria', 'Diplomacy']);
  });

  test('links each item to its page and gives a guid that is not a permalink', () => {
    const [seed] = parseFeed(seedFeed).entries;
    expect(seed?.link).toBe(
      'https://news.example.com/briefings/kerry-and-lavrov-discuss-peace-talks-between-assad-and-opposition',
    );
    expect(seed?.id).toBe('urn:broadsheet:sha256:d3ebd397d2656eba5c0e1f3a9b7d2c41');
    expect(seed?.guidislink).toBe(false);
  });

  test('encloses the PDF briefing with its exact length', () => {
    const [seed, cyrillic] = parseFeed(seedFeed).entries;
    expect(seed?.enclosures).toEqual([
      {
        href: 'https://news.example.com/briefings/kerry-and-lavrov-discuss-peace-talks-between-assad-and-opposition.pdf',
        length: '48213',
        type: 'application/pdf',
      },
    ]);
    expect(cyrillic?.enclosures).toEqual([]);
  });

  test('carries Cyrillic and Arabic text through unchanged', () => {
    const [, cyrillic, arabic] = parseFeed(seedFeed).entries;
    for (const [parsed, { article: source }] of [
      [cyrillic, cyrillicEntry],
      [arabic, arabicEntry],
    ] as const) {
      expect(parsed?.title).toBe(source.headline);
      expect(parsed?.summary).toBe(source.paragraphs[0]);
      expect(parsed?.content?.trim()).toBe(source.paragraphs[0]);
      expect(parsed?.authors).toEqual(source.authors.map((author) => author.name));
      expect(parsed?.tags).toEqual(source.tags);
    }
    expect(seedFeed).toContain('<div lang="ar" dir="rtl">');
  });
});

describe('hostile text', () => {
  const hostile = [
    '<b>x</b>',
    'end ]]> of CDATA',
    '<script>alert(1)</script>',
    '&amp;',
    'Tom & Jerry',
    'bell\u0001back\u0008tab\u000bvertical',
    'not\uFFFEa\uFFFFcharacter',
    'lone \uD800 surrogate \uDC00 halves',
    '<lastBuildDate>Thu, 01 Jan 1970 00:00:00 GMT</lastBuildDate>',
  ];
  const removed = ['\u0001', '\u0008', '\u000b', '\uFFFE', '\uFFFF', '\uD800', '\uDC00'];
  const visible = (text: string) => removed.reduce((kept, character) => kept.replaceAll(character, ''), text);

  // Note: the schema refuses control characters, so these articles are changed
  // after validation: the feed must hold even if such text gets that far.
  const entries: CollectionEntry[] = hostile.map((text, index) => {
    const { article: valid, slug } = numbered(index, `2016-03-0${index + 1}T12:00:00Z`);
    return {
      slug,
      files: [],
      article: { ...valid, headline: text, paragraphs: [text], tags: [text], authors: [{ name: text }] },
    };
  });
  const warnings: string[] = [];
  const xml = renderFeed(entries, { config: siteConfig, warn: (message) => warnings.push(message) });
  const parsed = parseFeed(xml);
  const newestFirst = parsed.entries.toReversed();

  test('cannot make the feed ill-formed', () => {
    expect(() => runOk('xmllint', ['--noout', feedFile(xml)])).not.toThrow();
    expect(parsed.bozoException).toBeNull();
    expect(parsed.bozo).toBe(0);
  });

  test('comes back as the same visible title, summary, body, author and category', () => {
    expect(newestFirst).toHaveLength(hostile.length);
    newestFirst.forEach((entry, index) => {
      const text = visible(hostile[index] ?? '');
      expect(entry.title).toBe(text);
      expect(entry.summary).toBe(text);
      expect(entry.content?.trim()).toBe(text);
      expect(entry.authors).toEqual([text]);
      expect(entry.tags).toEqual([text]);
    });
  });

  test('puts no script element in the content', () => {
    for (const entry of parsed.entries) expect(entry.contentTags).toEqual(['div', 'p']);
  });

  test('cannot add or move the channel lastBuildDate', () => {
    const file = feedFile(xml);
    expect(runOk('xmllint', ['--xpath', 'count(//lastBuildDate)', file]).trim()).toBe('1');
    expect(runOk('xmllint', ['--xpath', 'string(/rss/channel/lastBuildDate)', file]).trim()).toBe(
      'Wed, 09 Mar 2016 12:00:00 +0000',
    );
  });

  test('is reported through warn, naming the characters left out', () => {
    expect(warnings).toEqual([
      'article-7: the RSS feed leaves out characters XML cannot hold: U+D800, U+DC00',
      'article-6: the RSS feed leaves out characters XML cannot hold: U+FFFE, U+FFFF',
      'article-5: the RSS feed leaves out characters XML cannot hold: U+0001, U+0008, U+000B',
    ]);
  });
});

describe('undated articles', () => {
  const entries = [
    numbered(1, '2016-03-01T09:00:00Z'),
    { ...numbered(2), article: article({ id: `sha256:${'b'.repeat(32)}`, headline: 'Beta' }) },
    { ...numbered(3), article: article({ id: `sha256:${'a'.repeat(32)}`, headline: 'Alpha' }) },
    numbered(4, '2016-03-02'),
  ];

  test('come after the dated ones, by headline, with no pubDate', () => {
    const xml = renderFeed(entries, { config: siteConfig });
    const parsed = parseFeed(xml);
    expect(parsed.entries.map((entry) => [entry.title, entry.published])).toEqual([
      ['Article number 4', 'Wed, 02 Mar 2016 00:00:00 +0000'],
      ['Article number 1', 'Tue, 01 Mar 2016 09:00:00 +0000'],
      ['Alpha', null],
      ['Beta', null],
    ]);
    expect(items(xml).map((item) => item.includes('<pubDate>'))).toEqual([true, true, false, false]);
  });

  test('alone leave the channel without a lastBuildDate', () => {
    const xml = renderFeed(entries.slice(1, 3), { config: siteConfig });
    expect(xml).not.toContain('lastBuildDate');
    expect(() => runOk('xmllint', ['--noout', feedFile(xml)])).not.toThrow();
  });

  test('with an unreadable date are listed as undated and reported', () => {
    const broken = numbered(5);
    const entry = { ...broken, article: { ...broken.article, datePublished: 'last Tuesday' } };
    const warnings: string[] = [];
    const xml = renderFeed([entry], { config: siteConfig, warn: (message) => warnings.push(message) });
    expect(xml).not.toContain('<pubDate>');
    expect(warnings).toEqual([
      'article-5: datePublished "last Tuesday" is not an ISO 8601 date; the RSS feed lists it as undated',
    ]);
  });
});

describe('guids', () => {
  const before = [numbered(1, '2016-03-01T09:00:00Z'), numbered(2, '2016-03-03T09:00:00Z')];
  const after = [...before, numbered(3, '2016-03-02T09:00:00Z')];

  test('adding an article adds one item and leaves every other item as it was', () => {
    const [newest, oldest] = items(renderFeed(before, { config: siteConfig }));
    const grown = items(renderFeed(after, { config: siteConfig }));
    expect(grown).toHaveLength(3);
    expect(grown[0]).toBe(newest);
    expect(grown[2]).toBe(oldest);
    expect(guids(renderFeed(after, { config: siteConfig }))).toEqual([
      `urn:broadsheet:sha256:${'2'.padStart(32, '0')}`,
      `urn:broadsheet:sha256:${'3'.padStart(32, '0')}`,
      `urn:broadsheet:sha256:${'1'.padStart(32, '0')}`,
    ]);
  });

  test('stay the same when the site moves', () => {
    const moved = resolveConfig({ site: { url: 'http://mirror.example.org/' } });
    const here = parseFeed(renderFeed(after, { config: siteConfig })).entries;
    const there = parseFeed(renderFeed(after, { config: moved })).entries;
    expect(there.map((entry) => entry.id)).toEqual(here.map((entry) => entry.id));
    expect(there.map((entry) => entry.link)).not.toEqual(here.map((entry) => entry.link));
  });

  test("stay the same when an article gains its own URL, which becomes the item's link", () => {
    const plain = numbered(1, '2016-03-01T09:00:00Z');
    const linked = { ...plain, article: { ...plain.article, url: 'https://elsewhere.example.net/story?id=1&x=2' } };
    const [first] = parseFeed(renderFeed([plain], { config: siteConfig })).entries;
    const [second] = parseFeed(renderFeed([linked], { config: siteConfig })).entries;
    expect(second?.id).toBe(first?.id);
    expect(second?.link).toBe('https://elsewhere.example.net/story?id=1&x=2');
  });
});

describe('the feed as a whole', () => {
  test('holds at most config.feed.limit items, the newest', () => {
    const entries = [1, 2, 3, 4, 5].map((day) => numbered(day, `2016-03-0${day}T09:00:00Z`));
    const config = resolveConfig({ feed: { limit: 3 } });
    const titles = parseFeed(renderFeed(entries, { config })).entries.map((entry) => entry.title);
    expect(titles).toEqual(['Article number 5', 'Article number 4', 'Article number 3']);
  });

  test('holds 50 items by default', () => {
    const entries = Array.from({ length: 60 }, (_, n) => numbered(n));
    expect(items(renderFeed(entries, { config: resolveConfig() }))).toHaveLength(50);
  });

  test('is the same bytes for the same entries in any order, at any time', () => {
    vi.useFakeTimers();
    try {
      vi.setSystemTime(new Date('2020-01-01T00:00:00Z'));
      const first = renderFeed([seedEntry, cyrillicEntry, arabicEntry], { config: siteConfig });
      vi.setSystemTime(new Date('2031-07-15T12:34:56Z'));
      const second = renderFeed([arabicEntry, seedEntry, cyrillicEntry], { config: siteConfig });
      expect(second).toBe(first);
    } finally {
      vi.useRealTimers();
    }
  });

  test('is what the exporter renders, under the name and type the pipeline writes', async () => {
    const context = { config: siteConfig, fallbackDate: '1970-01-01T00:00:00Z', warn: () => {} };
    const entries = rssExporter.select([arabicEntry, seedEntry, cyrillicEntry], siteConfig);
    expect(await rssExporter.render(entries, context)).toBe(seedFeed);
    expect(rssExporter).toMatchObject({
      scope: 'collection',
      format: 'rss',
      fileName: 'feed.xml',
      mediaType: 'application/rss+xml',
    });
  });
});
