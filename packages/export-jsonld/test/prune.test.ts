import { type Article, type SiteConfig, defaultConfig } from '@broadsheet/core';
import { describe, expect, it } from 'vitest';
import { pruneGraph } from '../src/lib/prune.js';
import { type JsonLdDocument, toJsonLd } from '../src/index.js';
import { entity, seedArticle } from './articles.js';
import { articleNode } from './graph.js';

describe('pruneGraph', () => {
  const graph: JsonLdDocument = {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'NewsArticle',
        '@id': 'https://example.com/a#article',
        name: 'A story',
        publisher: { '@id': 'https://example.com/#organization' },
        isPartOf: { '@id': 'https://example.com/#website' },
        author: [{ '@id': 'https://example.com/#nobody' }, { '@type': 'Person', name: 'Jane Doe' }],
        mentions: [{ '@type': 'Place', name: '  ' }],
        image: { '@type': 'ImageObject', name: 'A picture with no address' },
        sameAs: { '@id': 'https://en.wikipedia.org/wiki/Geneva' },
        description: '',
        keywords: [],
        wordCount: 0,
        articleSection: undefined,
      },
      { '@type': 'Organization', '@id': 'https://example.com/#organization', name: ' ', url: 'https://example.com/' },
      { '@type': 'Person', '@id': 'https://example.com/#nobody', url: 'https://example.com/nobody' },
      { '@type': 'WebSite', '@id': 'https://example.com/#website', url: 'https://example.com/' },
      { '@type': 'WebSite', '@id': 'https://example.com/#website', name: 'Example' },
    ],
  };
  const pruned = pruneGraph(graph);

  it('drops every node that has no name', () => {
    expect(pruned['@graph'].map((node) => node['@id'])).toEqual([
      'https://example.com/a#article',
      'https://example.com/#website',
    ]);
  });

  it('drops every reference to a dropped node, alone or in a list', () => {
    expect(pruned['@graph'][0]).not.toHaveProperty('publisher');
    expect(pruned['@graph'][0]?.author).toEqual([{ '@type': 'Person', name: 'Jane Doe' }]);
  });

  it('drops a nested node with a blank name and the list it leaves empty', () => {
    expect(pruned['@graph'][0]).not.toHaveProperty('mentions');
  });

  it('drops an ImageObject that has no url', () => {
    expect(pruned['@graph'][0]).not.toHaveProperty('image');
  });

  it('keeps a reference to an @id that a named node carries, even if a nameless node shares it', () => {
    expect(pruned['@graph'][0]?.isPartOf).toEqual({ '@id': 'https://example.com/#website' });
  });

  it('keeps a reference to a resource outside the graph', () => {
    expect(pruned['@graph'][0]?.sameAs).toEqual({ '@id': 'https://en.wikipedia.org/wiki/Geneva' });
  });

  it('drops properties left blank, empty or undefined, but keeps a zero', () => {
    expect(pruned['@graph'][0]).not.toHaveProperty('description');
    expect(pruned['@graph'][0]).not.toHaveProperty('keywords');
    expect(pruned['@graph'][0]).not.toHaveProperty('articleSection');
    expect(pruned['@graph'][0]?.wordCount).toBe(0);
  });
});

describe('pruning the article graph', () => {
  it('drops a publisher whose configured name is blank, and the reference to it', () => {
    const config: SiteConfig = { ...defaultConfig, publisher: { name: ' ', url: 'https://example.com/' } };
    const document = toJsonLd(seedArticle, { config, slug: 'story' });
    expect(document['@graph'].map((node) => node['@type'])).toEqual(['NewsArticle', 'WebPage']);
    expect(articleNode(document)).not.toHaveProperty('publisher');
  });

  it('drops an author whose name is only white space and keeps the others', () => {
    // Note: the schema refuses such names; the exporter still guards against a caller that skips it.
    const article: Article = {
      ...seedArticle,
      authors: [{ name: '  ', url: 'https://example.com/x' }, { name: 'Jane Doe' }],
    } as Article;
    expect(articleNode(toJsonLd(article, { config: defaultConfig, slug: 'story' })).author).toEqual([
      { '@type': 'Person', name: 'Jane Doe' },
    ]);
  });

  it('drops an entity whose name is only white space', () => {
    const paragraphs = ['Kerry met   in Geneva.'];
    // Note: the schema refuses such names; the exporter still guards against a caller that skips it.
    const article: Article = {
      ...seedArticle,
      paragraphs,
      keyPoints: [],
      quotes: [],
      scareQuotes: [],
      timeline: [],
      entities: [
        entity('person', 'Kerry', paragraphs, [], 'Kerry'),
        {
          type: 'place',
          name: '  ',
          roles: [],
          count: 1,
          mentions: [{ paragraph: 0, start: 10, end: 12, text: '  ' }],
        },
      ],
    } as Article;
    const node = articleNode(toJsonLd(article, { config: defaultConfig, slug: 'story' }));
    expect(node.about).toEqual([{ '@type': 'Person', name: 'Kerry' }]);
    expect(node).not.toHaveProperty('mentions');
  });
});
