import { resolveConfig } from '@broadsheet/core';
import { describe, expect, test } from 'vitest';
import { articleHtml, summaryHtml } from '../src/lib/content.js';
import { feedItem } from '../src/lib/item.js';
import { createCleaner } from '../src/lib/text.js';
import { article, richEntry, seedEntry, siteConfig } from './fixtures.js';

const base = 'https://news.example.com/briefings/';

describe('the full text of an item', () => {
  test('keeps headings, both kinds of list, block quotes and links, made absolute against the site', () => {
    expect(articleHtml(richEntry.article, createCleaner(), base)).toBe(
      [
        '<div lang="en">',
        '<p>The truce held, officials said in a <a href="https://news.example.com/briefings/reports/truce.html">report</a>.</p>',
        '<h2>What was agreed</h2>',
        '<ul>',
        '<li>Aid convoys may pass.</li>',
        '<li>Prisoners are exchanged.</li>',
        '</ul>',
        '<ol>',
        '<li>First, the talks.</li>',
        '<li>Then, the vote.</li>',
        '</ol>',
        '<blockquote>',
        '<p>We will not go back.</p>',
        '</blockquote>',
        '<p>See the full text.</p>',
        '</div>',
      ].join('\n'),
    );
  });

  test('leaves a javascript: link as plain text', () => {
    expect(articleHtml(richEntry.article, createCleaner(), base)).not.toContain('javascript');
  });

  test('is one paragraph per paragraph when the article has no blocks', () => {
    const html = articleHtml(seedEntry.article, createCleaner(), base);
    expect(html.match(/<p>/g)).toHaveLength(seedEntry.article.paragraphs.length);
    expect(html).not.toMatch(/<(h2|ul|ol|blockquote)>/);
  });

  test('escapes markup in the text and carries the direction of a right-to-left article', () => {
    const value = article({ paragraphs: ['</div><script>alert(1)</script>'], language: 'ar', direction: 'rtl' });
    expect(articleHtml(value, createCleaner(), base)).toBe(
      '<div lang="ar" dir="rtl">\n<p>&lt;/div&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>\n</div>',
    );
  });

  test('never links a range that falls outside the paragraph or overlaps another link', () => {
    const value = Object.assign(article({ paragraphs: ['Short text here.'] }), {
      blocks: [
        {
          kind: 'paragraph',
          links: [
            { start: 0, end: 5, url: 'https://a.example/' },
            { start: 3, end: 9, url: 'https://b.example/' },
            { start: 10, end: 99, url: 'https://c.example/' },
          ],
        },
      ],
    });
    expect(articleHtml(value, createCleaner(), base)).toBe(
      '<div lang="en">\n<p><a href="https://a.example/">Short</a> text here.</p>\n</div>',
    );
  });
});

describe('the summary of an item', () => {
  test('is the standfirst when the article has one', () => {
    expect(summaryHtml(richEntry.article, createCleaner())).toBe(
      '<div lang="en">\n<p>The truce held for a second week.</p>\n</div>',
    );
  });

  test('is the key points as a list when there is no standfirst', () => {
    expect(summaryHtml(seedEntry.article, createCleaner())).toBe(
      [
        '<div lang="en">',
        '<ul>',
        `<li>${seedEntry.article.keyPoints[0]}</li>`,
        `<li>${seedEntry.article.keyPoints[1]}</li>`,
        '</ul>',
        '</div>',
      ].join('\n'),
    );
  });

  test('is what `feed.content: summary` puts in the item, and full text is the default', () => {
    const summary = resolveConfig({ site: { url: base }, feed: { content: 'summary' } });
    expect(feedItem(richEntry, summary, createCleaner()).content).not.toContain('<h2>');
    expect(feedItem(richEntry, siteConfig, createCleaner()).content).toContain('<h2>What was agreed</h2>');
  });
});

describe('what an item carries', () => {
  test('its picture with the type its name says, and its briefing with its size', () => {
    const item = feedItem(richEntry, siteConfig, createCleaner());
    expect(item.image).toEqual({ url: 'https://news.example.com/img/truce.jpg', type: 'image/jpeg' });
    expect(item.briefing).toEqual({
      url: 'https://news.example.com/briefings/ceasefire-holds.pdf',
      type: 'application/pdf',
      length: 1234,
    });
  });

  test('a picture whose name says no type gets none rather than a guess', () => {
    const value = { ...richEntry, article: { ...richEntry.article, image: 'https://img.example/photo?id=4' } };
    expect(feedItem(value, siteConfig, createCleaner()).image).toEqual({ url: 'https://img.example/photo?id=4' });
  });

  test('every author, with a URL only when it is a web address', () => {
    const value = {
      ...richEntry,
      article: { ...richEntry.article, authors: [...richEntry.article.authors, { name: 'X', url: 'javascript:x' }] },
    };
    expect(feedItem(value, siteConfig, createCleaner()).authors).toEqual([
      { name: 'Anna Petrova', url: 'https://news.example.com/people/anna' },
      { name: 'John Smith' },
      { name: 'X' },
    ]);
  });

  test('the date the article first entered the site when it has no publication date', () => {
    const undated = { ...seedEntry, article: { ...seedEntry.article }, firstSeen: '2020-01-02T03:04:05.000Z' };
    delete undated.article.datePublished;
    expect(feedItem(undated, siteConfig, createCleaner()).published?.rfc3339).toBe('2020-01-02T03:04:05Z');
  });
});
