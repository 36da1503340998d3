import { type ExportContext, type SiteConfig, defaultConfig, resolveConfig, validateArticle } from '@broadsheet/core';
import { describe, expect, it, vi } from 'vitest';
import {
  jsonLdExporter,
  jsonLdHtmlExporter,
  type JsonLdOptions,
  renderJsonLd,
  renderScriptElement,
  toJsonLd,
} from '../src/index.js';
import { arabicArticle, frontMatterArticle, seedArticle } from './articles.js';
import { articleNode, nodeOfType } from './graph.js';

const seedOptions: JsonLdOptions = {
  config: defaultConfig,
  slug: 'kerry-and-lavrov-discuss-peace-talks-between-assad-and-opposition',
};
const siteConfig: SiteConfig = resolveConfig({
  site: { title: 'The Example Times', url: 'https://news.example.org/' },
  publisher: { logo: 'https://news.example.org/logo.png' },
});
const siteOptions: JsonLdOptions = { config: siteConfig, slug: 'kerry-lavrov' };

describe('golden files', () => {
  it('renders the seed article as the reviewed .jsonld file', async () => {
    await expect(renderJsonLd(seedArticle, seedOptions)).toMatchFileSnapshot('golden/seed.jsonld');
  });

  it('renders the seed article as the reviewed .jsonld.html script element', async () => {
    await expect(renderScriptElement(seedArticle, seedOptions)).toMatchFileSnapshot('golden/seed.jsonld.html');
  });

  it('renders the article with front matter as the reviewed .jsonld file', async () => {
    await expect(renderJsonLd(frontMatterArticle, siteOptions)).toMatchFileSnapshot('golden/front-matter.jsonld');
  });
});

describe('the graph', () => {
  it('uses the schema.org context and holds the article, its page and its publisher', () => {
    const document = toJsonLd(seedArticle, seedOptions);
    expect(document['@context']).toBe('https://schema.org');
    expect(document['@graph'].map((node) => node['@type'])).toEqual(['NewsArticle', 'WebPage', 'Organization']);
  });

  it('links the article to its page and publisher by @id', () => {
    const document = toJsonLd(seedArticle, seedOptions);
    const page = nodeOfType(document, 'WebPage');
    const publisher = nodeOfType(document, 'Organization');
    expect(articleNode(document)).toMatchObject({
      '@id': `${page['@id']}#article`,
      mainEntityOfPage: { '@id': page['@id'] },
      publisher: { '@id': publisher['@id'] },
    });
  });

  it('gives the publisher the @id "#organization" on its own URL', () => {
    const publisher = nodeOfType(toJsonLd(seedArticle, seedOptions), 'Organization');
    expect(publisher['@id']).toBe('https://example.com/#organization');
  });

  it('builds the page URL from the slug and the site URL when the article has none', () => {
    const document = toJsonLd(seedArticle, seedOptions);
    expect(articleNode(document).url).toBe(
      'https://example.com/kerry-and-lavrov-discuss-peace-talks-between-assad-and-opposition',
    );
    expect(nodeOfType(document, 'WebPage')['@id']).toBe(
      'https://example.com/kerry-and-lavrov-discuss-peace-talks-between-assad-and-opposition',
    );
  });

  it("uses the article's own URL when it has one", () => {
    const document = toJsonLd(frontMatterArticle, siteOptions);
    expect(articleNode(document)['@id']).toBe('https://news.example.org/2016/03/04/kerry-lavrov-geneva#article');
    expect(articleNode(document).url).toBe('https://news.example.org/2016/03/04/kerry-lavrov-geneva');
  });

  it('replaces a fragment already in the article URL instead of adding a second one', () => {
    const article = validateArticle({ ...seedArticle, url: 'https://news.example.org/story#top' });
    expect(articleNode(toJsonLd(article, siteOptions))['@id']).toBe('https://news.example.org/story#article');
  });

  it('gives the page the full title, the URL and the language', () => {
    expect(nodeOfType(toJsonLd(arabicArticle, siteOptions), 'WebPage')).toEqual({
      '@type': 'WebPage',
      '@id': 'https://news.example.org/kerry-lavrov',
      url: 'https://news.example.org/kerry-lavrov',
      name: arabicArticle.headline,
      inLanguage: 'ar',
    });
  });
});

describe('the NewsArticle', () => {
  it('carries the id, language, word count and section of the article', () => {
    expect(articleNode(toJsonLd(seedArticle, seedOptions))).toMatchObject({
      identifier: 'sha256:d3ebd397d2656eba0c6f1e2a9b8c7d41',
      inLanguage: 'en',
      wordCount: 317,
      articleSection: 'Syria',
    });
  });

  it('carries the body as plain text, a blank line between paragraphs, headings and items included', () => {
    const structured = validateArticle({
      ...seedArticle,
      paragraphs: ['Prices fell.', 'What changes', 'Air-source', 'Ground-source'],
      blocks: [
        { kind: 'paragraph' },
        { kind: 'heading', level: 2 },
        { kind: 'item', list: 0, ordered: false },
        { kind: 'item', list: 0, ordered: false },
      ],
      quotes: [],
      scareQuotes: [],
      entities: [],
      timeline: [],
    });
    expect(articleNode(toJsonLd(structured, seedOptions)).articleBody).toBe(
      'Prices fell.\n\nWhat changes\n\nAir-source\n\nGround-source',
    );
    expect(articleNode(toJsonLd(seedArticle, seedOptions)).articleBody).toBe(seedArticle.paragraphs.join('\n\n'));
  });

  it('leaves out articleSection when the article has no kicker', () => {
    const { kicker: _kicker, ...rest } = seedArticle;
    expect(articleNode(toJsonLd(validateArticle(rest), seedOptions))).not.toHaveProperty('articleSection');
  });

  it('lists every author as a Person, with a url when one is known', () => {
    expect(articleNode(toJsonLd(frontMatterArticle, siteOptions)).author).toEqual([
      {
        '@type': 'Person',
        name: 'Jane Doe',
        url: 'https://news.example.org/staff/jane-doe',
        sameAs: ['https://social.example/@janedoe'],
      },
      { '@type': 'Person', name: 'Omar Haddad' },
    ]);
  });

  it('leaves out author when the article credits nobody', () => {
    expect(articleNode(toJsonLd(seedArticle, seedOptions))).not.toHaveProperty('author');
  });

  it('gives the image as an ImageObject when the article has one and leaves it out otherwise', () => {
    expect(articleNode(toJsonLd(frontMatterArticle, siteOptions)).image).toEqual({
      '@type': 'ImageObject',
      url: 'https://news.example.org/images/kerry-lavrov.jpg',
    });
    expect(articleNode(toJsonLd(seedArticle, seedOptions))).not.toHaveProperty('image');
  });

  it('says whether the article is free to read only when the site settings say so', () => {
    const free = (value: boolean) => ({
      ...siteOptions,
      config: { ...siteConfig, site: { ...siteConfig.site, isAccessibleForFree: value } },
    });
    expect(articleNode(toJsonLd(frontMatterArticle, free(true))).isAccessibleForFree).toBe(true);
    expect(articleNode(toJsonLd(frontMatterArticle, free(false))).isAccessibleForFree).toBe(false);
    expect(articleNode(toJsonLd(frontMatterArticle, siteOptions))).not.toHaveProperty('isAccessibleForFree');
  });

  it('lists the keywords, then the tags, without repeating one that differs only in case', () => {
    expect(articleNode(toJsonLd(frontMatterArticle, siteOptions)).keywords).toEqual([
      'Syria',
      'peace talks',
      'ceasefire',
      'Geneva',
      'Kerry',
      'Lavrov',
      'Diplomacy',
      'Middle East',
    ]);
  });

  it("uses the article's description when it has one", () => {
    expect(articleNode(toJsonLd(frontMatterArticle, siteOptions)).description).toBe(frontMatterArticle.description);
  });

  it('falls back to the first key point for the description', () => {
    expect(articleNode(toJsonLd(seedArticle, seedOptions)).description).toBe(seedArticle.keyPoints[0]);
  });

  it('falls back to the first paragraph for the description when there are no key points', () => {
    const article = validateArticle({ ...seedArticle, keyPoints: [] });
    expect(articleNode(toJsonLd(article, seedOptions)).description).toBe(seedArticle.paragraphs[0]);
  });

  it('cuts a long description at a word, to at most 300 characters', () => {
    const words = Array.from({ length: 80 }, (_, index) => `word${index}`).join(' ');
    const article = validateArticle({ ...seedArticle, description: words });
    const description = articleNode(toJsonLd(article, seedOptions)).description as string;
    expect(Array.from(description).length).toBeLessThanOrEqual(300);
    expect(Array.from(description).length).toBeGreaterThan(290);
    expect(description.endsWith('…')).toBe(true);
    expect(words.startsWith(`${description.slice(0, -1)} `)).toBe(true);
  });
});

describe('entities', () => {
  it('makes the article about the two most named entities and mentions the rest, most named first', () => {
    const node = articleNode(toJsonLd(seedArticle, seedOptions));
    expect(node.about).toEqual([
      { '@type': 'Place', name: 'Syria' },
      { '@type': 'Person', name: 'John Kerry' },
    ]);
    expect(node.mentions).toEqual([
      { '@type': 'Place', name: 'Geneva' },
      { '@type': 'Organization', name: 'United Nations' },
      { '@type': 'Person', name: 'Sergei Lavrov' },
      { '@type': 'Person', name: 'Bashar al-Assad' },
      { '@type': 'Organization', name: 'Senate Foreign Relations Committee' },
    ]);
  });

  it('keeps a runner-up named only once out of about', () => {
    const [first, second] = seedArticle.entities;
    const once = { ...second, count: 1, mentions: second?.mentions.slice(0, 1) };
    const article = validateArticle({ ...seedArticle, entities: [first, once] });
    const node = articleNode(toJsonLd(article, seedOptions));
    expect(node.about).toEqual([{ '@type': 'Person', name: 'John Kerry' }]);
    expect(node.mentions).toEqual([{ '@type': 'Person', name: 'Sergei Lavrov' }]);
  });

  it('leaves out about and mentions when the article names no entity', () => {
    const node = articleNode(toJsonLd(validateArticle({ ...seedArticle, entities: [] }), seedOptions));
    expect(node).not.toHaveProperty('about');
    expect(node).not.toHaveProperty('mentions');
  });
});

describe('the publisher', () => {
  it('is the configured Organization with its logo as an ImageObject', () => {
    expect(nodeOfType(toJsonLd(seedArticle, siteOptions), 'Organization')).toEqual({
      '@type': 'Organization',
      '@id': 'https://news.example.org/#organization',
      name: 'The Example Times',
      url: 'https://news.example.org/',
      logo: { '@type': 'ImageObject', url: 'https://news.example.org/logo.png' },
    });
  });

  it('has no logo when none is configured', () => {
    expect(nodeOfType(toJsonLd(seedArticle, seedOptions), 'Organization')).not.toHaveProperty('logo');
  });
});

describe('output', () => {
  it('writes the .jsonld file as the graph indented by two spaces, with a final newline', () => {
    const text = renderJsonLd(seedArticle, seedOptions);
    expect(text).toBe(`${JSON.stringify(toJsonLd(seedArticle, seedOptions), null, 2)}\n`);
  });

  it('gives the same bytes for the same article and config', () => {
    const first = renderJsonLd(frontMatterArticle, siteOptions);
    const again = renderJsonLd(structuredClone(frontMatterArticle), {
      ...siteOptions,
      config: structuredClone(siteConfig),
    });
    expect(again).toBe(first);
  });
});

describe('exporters', () => {
  const context: ExportContext = {
    slug: 'kerry-lavrov',
    config: siteConfig,
    fallbackDate: '2000-01-01T00:00:00Z',
    warn: vi.fn(),
  };

  it('describes the .jsonld exporter', () => {
    expect(jsonLdExporter).toMatchObject({
      scope: 'article',
      format: 'jsonld',
      extension: 'jsonld',
      mediaType: 'application/ld+json',
    });
  });

  it('describes the .jsonld.html exporter', () => {
    expect(jsonLdHtmlExporter).toMatchObject({
      scope: 'article',
      format: 'jsonld',
      extension: 'jsonld.html',
      mediaType: 'text/html',
    });
  });

  it('renders the .jsonld file from the context', async () => {
    expect(await jsonLdExporter.render(seedArticle, context)).toBe(renderJsonLd(seedArticle, siteOptions));
  });

  it('renders the script element from the context', async () => {
    expect(await jsonLdHtmlExporter.render(seedArticle, context)).toBe(renderScriptElement(seedArticle, siteOptions));
  });
});
