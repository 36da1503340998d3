/** RSS, Atom and JSON Feed written from the same entries carry the same items, as their readers see them. */
import { renderAtom, renderJsonFeed } from '@broadsheet/export-feeds';
import { describe, expect, test } from 'vitest';
import { parseFeed } from '../../export-feeds/test/feedparser.js';
import {
  arabicEntry,
  cyrillicEntry,
  numbered,
  richEntry,
  seedEntry,
  siteConfig,
} from '../../export-feeds/test/fixtures.js';
import { readWithNewsboat } from '../../export-feeds/test/newsboat.js';
import { renderFeed } from '../src/index.js';

// Note: the undated article is listed under when it first entered the site.
const undated = { ...numbered(7), firstSeen: '2016-03-01T12:00:00.000Z' };
const entries = [arabicEntry, undated, richEntry, cyrillicEntry, seedEntry];
const options = { config: siteConfig, fallbackDate: '1980-01-01T00:00:00.000Z' };
const rss = renderFeed(entries, options);
const atom = renderAtom(entries, options);
const json = JSON.parse(renderJsonFeed(entries, options)) as {
  items: { id: string; title: string; url: string; date_published?: string; authors?: { name: string }[] }[];
};

describe('the three feeds', () => {
  test('hold the same items, in the same order, with the same ids, titles and links', () => {
    const fromRss = parseFeed(rss).entries.map((entry) => [entry.id, entry.title, entry.link]);
    const fromAtom = parseFeed(atom).entries.map((entry) => [entry.id, entry.title, entry.link]);
    const fromJson = json.items.map((item) => [item.id, item.title, item.url]);
    expect(fromRss).toHaveLength(5);
    expect(fromAtom).toEqual(fromRss);
    expect(fromJson).toEqual(fromRss);
  });

  test('give every item the same instant', () => {
    const fromRss = parseFeed(rss).entries.map((entry) => entry.publishedUtc);
    const fromAtom = parseFeed(atom).entries.map((entry) => entry.publishedUtc);
    const fromJson = json.items.map((item) =>
      item.date_published === undefined
        ? null
        : new Date(item.date_published).toISOString().slice(0, 19).replace('T', ' '),
    );
    expect(fromRss).toEqual([
      '2016-03-05 08:30:00',
      '2016-03-04 07:00:00',
      '2016-03-03 15:30:00',
      '2016-03-02 00:00:00',
      '2016-03-01 12:00:00',
    ]);
    expect(fromAtom).toEqual(fromRss);
    expect(fromJson).toEqual(fromRss);
  });

  test('name every author of an item', () => {
    const rich = (feed: string) => parseFeed(feed).entries[0]?.authors;
    expect(rich(rss)).toEqual(['Anna Petrova, John Smith']);
    expect(rich(atom)).toEqual(['Anna Petrova', 'John Smith']);
    expect(json.items[0]?.authors?.map((author) => author.name)).toEqual(['Anna Petrova', 'John Smith']);
  });
});

describe('the RSS feed', () => {
  test('gives the picture as media:content with its type, beside the briefing enclosure', () => {
    const rich = parseFeed(rss).entries[0];
    expect(rich?.media).toEqual([
      { url: 'https://news.example.com/img/truce.jpg', type: 'image/jpeg', medium: 'image' },
    ]);
    expect(rich?.enclosures).toEqual([
      { href: 'https://news.example.com/briefings/ceasefire-holds.pdf', length: '1234', type: 'application/pdf' },
    ]);
  });

  test('is read by newsboat with every item, its date and every author', () => {
    const items = readWithNewsboat(rss, 'feed.xml');
    expect(items.map((item) => [item.guid, item.author, item.pubDate])).toEqual([
      [
        'urn:broadsheet:sha256:abcdefabcdefabcdefabcdefabcdef01',
        'Anna Petrova, John Smith',
        Date.parse('2016-03-05T08:30:00Z') / 1000,
      ],
      [
        'urn:broadsheet:sha256:d3ebd397d2656eba5c0e1f3a9b7d2c41',
        'Staff Reporter',
        Date.parse('2016-03-04T07:00:00Z') / 1000,
      ],
      [
        'urn:broadsheet:sha256:1a2b3c4d5e6f708192a3b4c5d6e7f801',
        'Анна Петрова',
        Date.parse('2016-03-03T15:30:00Z') / 1000,
      ],
      [
        'urn:broadsheet:sha256:9f8e7d6c5b4a39281706f5e4d3c2b1a0',
        'سارة أحمد',
        Date.parse('2016-03-02T00:00:00Z') / 1000,
      ],
      ['urn:broadsheet:sha256:00000000000000000000000000000007', '', Date.parse('2016-03-01T12:00:00Z') / 1000],
    ]);
  });
});
