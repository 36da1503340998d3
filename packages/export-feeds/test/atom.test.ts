import { describe, expect, test } from 'vitest';
import { runOk } from '../../../tests/support/tools.js';
import { atomExporter, renderAtom } from '../src/index.js';
import { feedFile, parseFeed } from './feedparser.js';
import { arabicEntry, article, cyrillicEntry, numbered, richEntry, seedEntry, siteConfig } from './fixtures.js';
import { readWithNewsboat } from './newsboat.js';

const entries = [seedEntry, cyrillicEntry, arabicEntry, richEntry];
const atom = renderAtom(entries, { config: siteConfig, fallbackDate: '1980-01-01T00:00:00.000Z' });

describe('the Atom feed', () => {
  test('matches the reviewed golden file', async () => {
    await expect(atom).toMatchFileSnapshot('golden/seed.atom.xml');
  });

  test('is well-formed XML to xmllint', () => {
    expect(runOk('xmllint', ['--noout', '--nonet', feedFile(atom)])).toBe('');
  });

  test('is Atom 1.0 that feedparser reads without complaint', () => {
    const parsed = parseFeed(atom);
    expect(parsed.bozoException).toBeNull();
    expect(parsed.bozo).toBe(0);
    expect(parsed.version).toBe('atom10');
    expect(parsed.feed).toEqual({
      title: 'Broadsheet Briefings',
      link: 'https://news.example.com/briefings/',
      language: 'en',
      imageTitle: null,
    });
  });

  test('lists the entries newest first with their ids, links and dates in their own offsets', () => {
    const parsed = parseFeed(atom);
    expect(parsed.entries.map((entry) => [entry.id, entry.link, entry.published])).toEqual([
      [
        'urn:broadsheet:sha256:abcdefabcdefabcdefabcdefabcdef01',
        'https://news.example.com/briefings/ceasefire-holds',
        '2016-03-05T09:30:00+01:00',
      ],
      [
        'urn:broadsheet:sha256:d3ebd397d2656eba5c0e1f3a9b7d2c41',
        'https://news.example.com/briefings/kerry-and-lavrov-discuss-peace-talks-between-assad-and-opposition',
        '2016-03-04T10:00:00+03:00',
      ],
      [
        'urn:broadsheet:sha256:1a2b3c4d5e6f708192a3b4c5d6e7f801',
        'https://news.example.com/briefings/lavrov-i-kerri',
        '2016-03-03T18:30:00+03:00',
      ],
      [
        'urn:broadsheet:sha256:9f8e7d6c5b4a39281706f5e4d3c2b1a0',
        'https://news.example.com/briefings/lafrof-wa-kiri',
        '2016-03-02T00:00:00Z',
      ],
    ]);
  });

  test('dates an entry updated when it was corrected, else when it was published', () => {
    const parsed = parseFeed(atom);
    expect(parsed.entries.map((entry) => entry.updatedUtc)).toEqual([
      '2016-03-06 11:00:00',
      '2016-03-04 07:00:00',
      '2016-03-03 15:30:00',
      '2016-03-02 00:00:00',
    ]);
    expect(atom).toContain('<updated>2016-03-06T12:00:00+01:00</updated>\n  <author>');
  });

  test('names every author of an entry, with the URL when known', () => {
    const rich = parseFeed(atom).entries[0];
    expect(rich?.authors).toEqual(['Anna Petrova', 'John Smith']);
    expect(atom).toContain('<uri>https://news.example.com/people/anna</uri>');
  });

  test('links the briefing and the picture as enclosures with their types', () => {
    expect(parseFeed(atom).entries[0]?.enclosures).toEqual([
      { href: 'https://news.example.com/briefings/ceasefire-holds.pdf', length: '1234', type: 'application/pdf' },
      { href: 'https://news.example.com/img/truce.jpg', length: null, type: 'image/jpeg' },
    ]);
  });

  test('shows a hostile headline and body as text, never as markup', () => {
    const hostile = numbered(9, '2020-01-01');
    hostile.article = article({
      ...hostile.article,
      headline: '</title><script>alert(1)</script> ]]> &amp;',
      paragraphs: ['<img src=x onerror=alert(1)> ]]>'],
    });
    const parsed = parseFeed(renderAtom([hostile], { config: siteConfig }));
    expect(parsed.bozo).toBe(0);
    expect(parsed.entries[0]?.title).toBe('</title><script>alert(1)</script> ]]> &amp;');
    expect(parsed.entries[0]?.content?.trim()).toBe('<img src=x onerror=alert(1)> ]]>');
    expect(parsed.entries[0]?.contentTags).toEqual(['div', 'p']);
  });

  test('is dated by the fallback date, never the clock, when nothing in it has a date', () => {
    const undated = numbered(1);
    const text = renderAtom([undated], { config: siteConfig, fallbackDate: '2001-02-03T04:05:06.000Z' });
    expect(text).toContain('<updated>2001-02-03T04:05:06Z</updated>');
    expect(text).not.toContain('<published>');
    expect(parseFeed(text).bozo).toBe(0);
  });

  test('is the exporter of --format atom, written as atom.xml', () => {
    expect(atomExporter).toMatchObject({ scope: 'collection', format: 'atom', fileName: 'atom.xml' });
  });
});

describe('newsboat reading the Atom feed', () => {
  test('shows every entry with its date and every author', () => {
    const items = readWithNewsboat(atom, 'atom.xml');
    expect(items.map((item) => [item.guid, item.title, item.author, item.pubDate])).toEqual([
      [
        'urn:broadsheet:sha256:abcdefabcdefabcdefabcdefabcdef01',
        'Ceasefire <holds> & talks resume',
        'Anna Petrova, John Smith',
        Date.parse('2016-03-05T09:30:00+01:00') / 1000,
      ],
      [
        'urn:broadsheet:sha256:d3ebd397d2656eba5c0e1f3a9b7d2c41',
        'Kerry and Lavrov Discuss peace talks between Assad and Opposition',
        'Staff Reporter',
        Date.parse('2016-03-04T10:00:00+03:00') / 1000,
      ],
      [
        'urn:broadsheet:sha256:1a2b3c4d5e6f708192a3b4c5d6e7f801',
        'Лавров и Керри обсудили мирные переговоры',
        'Анна Петрова',
        Date.parse('2016-03-03T18:30:00+03:00') / 1000,
      ],
      [
        'urn:broadsheet:sha256:9f8e7d6c5b4a39281706f5e4d3c2b1a0',
        'لافروف وكيري يبحثان محادثات السلام',
        'سارة أحمد',
        Date.parse('2016-03-02T00:00:00Z') / 1000,
      ],
    ]);
  });
});
