import { type SiteConfig, resolveConfig, validateArticle } from '@broadsheet/core';
import { describe, expect, it } from 'vitest';
import { escapeJsonForHtml, type JsonLdOptions, renderJsonLd, renderScriptElement } from '../src/index.js';
import { entity, hostileArticle, seedArticle } from './articles.js';

const dangerous = ['<', '>', '&', '\u2028', '\u2029'] as const;
const escapes = ['\\u003c', '\\u003e', '\\u0026', '\\u2028', '\\u2029'] as const;
const labels = ['<', '>', '&', 'U+2028', 'U+2029'] as const;

/** The JSON text between the element's tags. */
function scriptText(element: string): string {
  const match = /^<script type="application\/ld\+json">\n([\s\S]*)\n<\/script>\n$/u.exec(element);
  if (!match?.[1]) throw new Error(`not one script element:\n${element}`);
  return match[1];
}

describe('escapeJsonForHtml', () => {
  it.each(dangerous.map((character, index) => [labels[index], character, escapes[index]]))(
    'writes %s as a \\u escape',
    (_label, character, escaped) => {
      expect(escapeJsonForHtml(JSON.stringify(`a${character}b`))).toBe(`"a${escaped}b"`);
    },
  );

  it('leaves every other character as it is', () => {
    const json = JSON.stringify({ text: "Kerry “Plan B” \\ / ' لافروف 😀 \u00a0" });
    expect(escapeJsonForHtml(json)).toBe(json);
  });

  it('gives back JSON that parses to the same value', () => {
    const value = { text: `</script><!--${dangerous.join('')}-->`, list: ['&amp;', '<<>>'] };
    expect(JSON.parse(escapeJsonForHtml(JSON.stringify(value)))).toEqual(value);
  });
});

describe('the script element', () => {
  const config: SiteConfig = resolveConfig({
    site: { title: 'Example <News> & Co', url: 'https://news.example.org/' },
    publisher: { logo: 'https://news.example.org/logo.png?size=large&format=png' },
  });
  const options: JsonLdOptions = { config, slug: 'story' };
  const paragraphs = ['The <b> tag & the \u2028 separator met </script> in Geneva.\u2029'];
  // Note: every field that reaches the graph holds a dangerous character, down to names in `mentions`.
  const article = validateArticle({
    ...seedArticle,
    headline: 'Kerry & Lavrov: <script>alert(1)</script>',
    kicker: '<!--Syria-->',
    description: 'Talks\u2028resume & <i>soon</i>\u2029',
    authors: [{ name: 'Jane <Doe> & Sons', url: 'https://example.org/staff?name=jane&team=world' }],
    url: 'https://news.example.org/story?a=1&b=2',
    image: 'https://news.example.org/i.jpg?w=1&h=2',
    tags: ['<tag>', 'a & b'],
    keywords: ['&amp;', 'x<y'],
    paragraphs,
    keyPoints: [],
    quotes: [],
    scareQuotes: [],
    timeline: [],
    entities: [
      entity('place', 'Geneva', paragraphs, [], 'Geneva'),
      entity('organization', '</script><script>alert(2)</script>', paragraphs, [], '</script>'),
    ],
  });
  const element = renderScriptElement(article, options);
  const text = scriptText(element);

  it.each(dangerous.map((character, index) => [labels[index], character]))(
    'holds no raw %s between its tags',
    (_label, character) => {
      expect(text).not.toContain(character);
    },
  );

  it('escapes the characters it found deep in the graph', () => {
    expect(text).toContain('"name": "\\u003c/script\\u003e\\u003cscript\\u003ealert(2)\\u003c/script\\u003e"');
    expect(text).toContain('"url": "https://news.example.org/logo.png?size=large\\u0026format=png"');
  });

  it('turns line and paragraph separators in the text into spaces before they reach the graph', () => {
    expect(JSON.parse(text)['@graph'][0].description).toBe('Talks resume & <i>soon</i>');
  });

  it('escapes line and paragraph separators wherever they sit in a graph', () => {
    const document = JSON.parse(renderJsonLd(article, options));
    document['@graph'][0].mentions[0].name = 'a\u2028b\u2029c';
    const escaped = escapeJsonForHtml(JSON.stringify(document, null, 2));
    expect(escaped).toContain('"name": "a\\u2028b\\u2029c"');
    expect(escaped).not.toMatch(/[\u2028\u2029]/u);
    expect(JSON.parse(escaped)).toEqual(document);
  });

  it('parses to the same object as the .jsonld file', () => {
    expect(JSON.parse(text)).toEqual(JSON.parse(renderJsonLd(article, options)));
  });

  it('keeps the dangerous text as data: the entity name comes back intact', () => {
    const graph = JSON.parse(text)['@graph'];
    expect(graph[0].about).toEqual([{ '@type': 'Organization', name: '</script><script>alert(2)</script>' }]);
  });

  it('closes the script element exactly once, at its end', () => {
    expect(element.match(/<\/script/giu)).toHaveLength(1);
    expect(element.endsWith('</script>\n')).toBe(true);
  });

  it('keeps the hostile headline of the browser test as data too', () => {
    const hostile = renderScriptElement(hostileArticle, { config, slug: 'story' });
    expect(hostile.match(/<\/?script/giu)).toHaveLength(2);
    expect(JSON.parse(scriptText(hostile))['@graph'][0].headline).toBe(hostileArticle.headline);
  });
});
