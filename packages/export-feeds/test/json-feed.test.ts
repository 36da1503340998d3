import { extractFromJson } from '@extractus/feed-extractor';
import { parseFeed as readFeed } from 'feedsmith';
import { describe, expect, test } from 'vitest';
import { jsonFeedExporter, renderJsonFeed } from '../src/index.js';
import { jsonFeedProblems } from './json-feed-schema.js';
import { arabicEntry, article, cyrillicEntry, numbered, richEntry, seedEntry, siteConfig } from './fixtures.js';

const entries = [seedEntry, cyrillicEntry, arabicEntry, richEntry];
const json = renderJsonFeed(entries, { config: siteConfig });

describe('the JSON Feed', () => {
  test('matches the reviewed golden file', async () => {
    await expect(json).toMatchFileSnapshot('golden/seed.feed.json');
  });

  test('validates against the JSON Feed 1.1 schema', () => {
    expect(jsonFeedProblems(json)).toEqual([]);
  });

  test('the schema is strict enough to refuse what is not JSON Feed 1.1', () => {
    const feed = JSON.parse(json);
    expect(jsonFeedProblems(JSON.stringify({ ...feed, version: 'https://jsonfeed.org/version/1' }))).not.toEqual([]);
    expect(jsonFeedProblems(JSON.stringify({ ...feed, items: [{ id: 'x' }] }))).not.toEqual([]);
    expect(
      jsonFeedProblems(JSON.stringify({ ...feed, items: [{ id: 'x', content_html: '', date_published: 'March 4' }] })),
    ).not.toEqual([]);
    expect(jsonFeedProblems(JSON.stringify({ ...feed, author_name: 'x' }))).not.toEqual([]);
  });

  test('is read by an independent JSON Feed reader with every item, id, date and author', () => {
    const { format, feed } = readFeed(json);
    expect(format).toBe('json');
    const items = (feed as { items: { id: string; date_published?: unknown; authors?: { name: string }[] }[] }).items;
    expect(items.map((item) => item.id)).toEqual([
      'urn:broadsheet:sha256:abcdefabcdefabcdefabcdefabcdef01',
      'urn:broadsheet:sha256:d3ebd397d2656eba5c0e1f3a9b7d2c41',
      'urn:broadsheet:sha256:1a2b3c4d5e6f708192a3b4c5d6e7f801',
      'urn:broadsheet:sha256:9f8e7d6c5b4a39281706f5e4d3c2b1a0',
    ]);
    expect(items.map((item) => item.date_published)).toEqual([
      '2016-03-05T09:30:00+01:00',
      '2016-03-04T10:00:00+03:00',
      '2016-03-03T18:30:00+03:00',
      '2016-03-02T00:00:00Z',
    ]);
    expect(items[0]?.authors?.map((author) => author.name)).toEqual(['Anna Petrova', 'John Smith']);
  });

  test('carries the picture, the briefing as an attachment, the correction date and the language', () => {
    const item = JSON.parse(json).items[0];
    expect(item).toMatchObject({
      image: 'https://news.example.com/img/truce.jpg',
      date_modified: '2016-03-06T12:00:00+01:00',
      language: 'en',
      tags: ['Syria', 'Ceasefire'],
      attachments: [
        {
          url: 'https://news.example.com/briefings/ceasefire-holds.pdf',
          mime_type: 'application/pdf',
          size_in_bytes: 1234,
        },
      ],
    });
    expect(JSON.parse(json).items[3].language).toBe('ar');
  });

  test('keeps a hostile headline as the text it is', () => {
    const hostile = numbered(9, '2020-01-01');
    hostile.article = article({ ...hostile.article, headline: '</title><script>alert(1)</script>' });
    const text = renderJsonFeed([hostile], { config: siteConfig });
    expect(jsonFeedProblems(text)).toEqual([]);
    expect(JSON.parse(text).items[0].title).toBe('</title><script>alert(1)</script>');
  });

  test('is the exporter of --format jsonfeed, written as feed.json', () => {
    expect(jsonFeedExporter).toMatchObject({ scope: 'collection', format: 'jsonfeed', fileName: 'feed.json' });
  });
});

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' };

describe('a feed reader (@extractus/feed-extractor) reading feed.json', () => {
  // Note: descriptionMaxLen 0 asks for the whole text, not the reader's 250-character teaser.
  const read = (text: string) => extractFromJson(text, { descriptionMaxLen: 0 });
  // Note: the reader strips the tags of content_html but leaves character references, as a browser would not.
  const shown = (html = '') => html.replace(/&(lt|gt|quot|#39|amp);/g, (_, name: string) => ENTITIES[name] ?? '');

  test('shows the feed with its title, home page and language', () => {
    expect(read(json)).toMatchObject({
      title: 'Broadsheet Briefings',
      link: 'https://news.example.com/briefings/',
      language: 'en',
    });
  });

  test('lists every item newest first with its id, title, link and the instant it was published', () => {
    expect(read(json).entries?.map(({ id, title, link, published }) => ({ id, title, link, published }))).toEqual([
      {
        id: 'urn:broadsheet:sha256:abcdefabcdefabcdefabcdefabcdef01',
        title: 'Ceasefire <holds> & talks resume',
        link: 'https://news.example.com/briefings/ceasefire-holds',
        published: '2016-03-05T08:30:00.000Z',
      },
      {
        id: 'urn:broadsheet:sha256:d3ebd397d2656eba5c0e1f3a9b7d2c41',
        title: 'Kerry and Lavrov Discuss peace talks between Assad and Opposition',
        link: 'https://news.example.com/briefings/kerry-and-lavrov-discuss-peace-talks-between-assad-and-opposition',
        published: '2016-03-04T07:00:00.000Z',
      },
      {
        id: 'urn:broadsheet:sha256:1a2b3c4d5e6f708192a3b4c5d6e7f801',
        title: 'Лавров и Керри обсудили мирные переговоры',
        link: 'https://news.example.com/briefings/lavrov-i-kerri',
        published: '2016-03-03T15:30:00.000Z',
      },
      {
        id: 'urn:broadsheet:sha256:9f8e7d6c5b4a39281706f5e4d3c2b1a0',
        title: arabicEntry.article.headline,
        link: 'https://news.example.com/briefings/lafrof-wa-kiri',
        published: '2016-03-02T00:00:00.000Z',
      },
    ]);
  });

  test("shows each item's full text, paragraph after paragraph", () => {
    const items = read(json).entries ?? [];
    expect(items).toHaveLength(entries.length);
    for (const { article: shownArticle, slug } of entries) {
      const item = items.find((entry) => entry.id === `urn:broadsheet:${shownArticle.id}`);
      const text = shown(item?.description);
      const at = shownArticle.paragraphs.map((paragraph) => text.indexOf(paragraph));
      expect(
        at.every((position) => position >= 0),
        `${slug}: ${text}`,
      ).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
    }
  });

  test('shows a hostile headline and body as the text they are', () => {
    const hostile = numbered(9, '2020-01-01');
    hostile.article = article({
      ...hostile.article,
      headline: '</title><script>alert(1)</script>',
      paragraphs: ['<img src=x onerror=alert(2)> & ]]>'],
    });
    const [entry] = read(renderJsonFeed([hostile], { config: siteConfig })).entries ?? [];
    expect(entry?.title).toBe('</title><script>alert(1)</script>');
    expect(shown(entry?.description)).toBe('<img src=x onerror=alert(2)> & ]]>');
  });
});
