import { describe, expect, test } from 'vitest';
import { groupByTag, renderAtom, renderJsonFeed } from '../src/index.js';
import { parseFeed } from './feedparser.js';
import { arabicEntry, article, cyrillicEntry, numbered, richEntry, seedEntry, siteConfig } from './fixtures.js';

const entries = [seedEntry, cyrillicEntry, arabicEntry, richEntry];

describe('groupByTag', () => {
  test('gives each tag exactly the entries that carry it, in slug order', () => {
    const groups = groupByTag(entries).map(({ tag, entries }) => [tag.name, tag.slug, entries.map((e) => e.slug)]);
    expect(groups).toEqual([
      ['Ceasefire', 'ceasefire', ['ceasefire-holds']],
      ['Diplomacy', 'diplomacy', ['kerry-and-lavrov-discuss-peace-talks-between-assad-and-opposition']],
      ['Сирия', 'siriya', ['lavrov-i-kerri']],
      ['Syria', 'syria', ['kerry-and-lavrov-discuss-peace-talks-between-assad-and-opposition', 'ceasefire-holds']],
      ['سوريا', expect.stringMatching(/^tag-[0-9a-f]{8}$/), ['lafrof-wa-kiri']],
    ]);
  });

  test('treats tags that differ only in case as one, and one article once', () => {
    const a = numbered(1, '2020-01-01');
    a.article = article({ ...a.article, tags: ['Gaza', 'gaza', 'GAZA'] });
    const b = numbered(2, '2020-01-02');
    b.article = article({ ...b.article, tags: ['gaza'] });
    const groups = groupByTag([a, b]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.tag).toEqual({ name: 'Gaza', slug: 'gaza' });
    expect(groups[0]?.entries.map((entry) => entry.slug)).toEqual(['article-1', 'article-2']);
  });

  test('keeps tags apart whose folder names would be the same', () => {
    const a = numbered(1, '2020-01-01');
    a.article = article({ ...a.article, tags: ['C++', 'C', '../..', '..'] });
    const slugs = groupByTag([a]).map((group) => group.tag.slug);
    expect(new Set(slugs).size).toBe(4);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9][a-z0-9-]*$/);
  });
});

describe('a tag feed', () => {
  const syria = groupByTag(entries).find((group) => group.tag.slug === 'syria');
  if (syria === undefined) throw new Error('no Syria tag');

  test('holds exactly its tag’s items and names the tag in its title', () => {
    const parsed = parseFeed(renderAtom(syria.entries, { config: siteConfig, tag: syria.tag }));
    expect(parsed.bozo).toBe(0);
    expect(parsed.feed.title).toBe('Broadsheet Briefings: Syria');
    expect(parsed.entries.map((entry) => entry.id)).toEqual([
      'urn:broadsheet:sha256:abcdefabcdefabcdefabcdefabcdef01',
      'urn:broadsheet:sha256:d3ebd397d2656eba5c0e1f3a9b7d2c41',
    ]);
  });

  test('says where it is published, under tags/SLUG/', () => {
    const json = JSON.parse(renderJsonFeed(syria.entries, { config: siteConfig, tag: syria.tag }));
    expect(json.feed_url).toBe('https://news.example.com/briefings/tags/syria/feed.json');
    expect(json.title).toBe('Broadsheet Briefings: Syria');
    expect(renderAtom(syria.entries, { config: siteConfig, tag: syria.tag })).toContain(
      '<link rel="self" type="application/atom+xml" href="https://news.example.com/briefings/tags/syria/atom.xml"/>',
    );
  });
});
