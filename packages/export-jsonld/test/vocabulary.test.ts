import { defaultConfig, resolveConfig } from '@broadsheet/core';
import { describe, expect, it } from 'vitest';
import { type JsonLdDocument, type JsonLdOptions, toJsonLd } from '../src/index.js';
import { arabicArticle, frontMatterArticle, hostileArticle, seedArticle } from './articles.js';
import { python } from '../../../tests/support/tools.js';
import { expand, schemaOrgContext, schemaProblems } from './schema-org.js';

const schema = 'http://schema.org/';
const options: JsonLdOptions = {
  config: resolveConfig({
    site: { url: 'https://news.example.org/' },
    publisher: { logo: 'https://news.example.org/logo.png' },
  }),
  slug: 'story',
};

/** The problems a JSON-LD processor and the schema.org vocabulary find in `document`. */
async function problems(document: object): Promise<string[]> {
  return schemaProblems(await expand(document));
}

// Note: a second, independent processor (Python's pyld) with the same offline context must read the same graph.
const pyldExpand = `
import json, sys
from pyld import jsonld
context = json.loads(sys.argv[1])
def loader(url, options=None):
    if url.rstrip('/') in ('https://schema.org', 'http://schema.org'):
        return {'contextUrl': None, 'documentUrl': url, 'document': context}
    raise Exception('no network: ' + url)
jsonld.set_document_loader(loader)
print(json.dumps(jsonld.expand(json.loads(sys.argv[2]))))
`;

/** `document` with `change` applied to a copy of its NewsArticle node. */
function withArticle(document: JsonLdDocument, change: (node: Record<string, unknown>) => void): object {
  const copy = structuredClone(document);
  change(copy['@graph'][0] as Record<string, unknown>);
  return copy;
}

describe('schema.org vocabulary', () => {
  it.each([
    ['the seed article', seedArticle],
    ['the article with front matter', frontMatterArticle],
    ['the hostile article', hostileArticle],
    ['the Arabic article', arabicArticle],
  ])('finds every property and type of %s in schema.org', async (_label, article) => {
    expect(await problems(toJsonLd(article, options))).toEqual([]);
  });

  it('expands the graph to the schema.org terms a search engine reads', async () => {
    const expanded = await expand(toJsonLd(frontMatterArticle, { config: defaultConfig, slug: 'story' }));
    const article = expanded.find((node) => (node['@type'] as string[] | undefined)?.includes(`${schema}NewsArticle`));
    expect(article?.[`${schema}headline`]).toEqual([{ '@value': frontMatterArticle.headline }]);
    expect(article?.[`${schema}url`]).toEqual([{ '@id': frontMatterArticle.url }]);
    expect(article?.[`${schema}publisher`]).toEqual([{ '@id': 'https://example.com/#organization' }]);
  });

  it('reads the same expanded graph with pyld as with jsonld.js', async () => {
    const document = toJsonLd(frontMatterArticle, options);
    const result = python(pyldExpand, [JSON.stringify(schemaOrgContext), JSON.stringify(document)]);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(await expand(document));
  });

  it('reports a misspelt property', async () => {
    const document = withArticle(toJsonLd(seedArticle, options), (node) => {
      node.hedline = 'Kerry and Lavrov';
    });
    expect(await problems(document)).toEqual([`${schema}hedline is not a schema.org property`]);
  });

  it('reports a misspelt type', async () => {
    const document = withArticle(toJsonLd(seedArticle, options), (node) => {
      node['@type'] = 'NewsArtcle';
    });
    expect(await problems(document)).toContain(`${schema}NewsArtcle is not a schema.org type`);
  });

  it('reports a property used on a type it does not apply to', async () => {
    const document = withArticle(toJsonLd(seedArticle, options), (node) => {
      node.logo = 'https://news.example.org/logo.png';
    });
    expect(await problems(document)).toEqual([`${schema}logo does not apply to ${schema}NewsArticle`]);
  });

  it('reports a value of the wrong type', async () => {
    const document = withArticle(toJsonLd(seedArticle, options), (node) => {
      node.author = { '@type': 'Place', name: 'Geneva' };
    });
    expect(await problems(document)).toEqual([`${schema}Place is not a valid value of ${schema}author`]);
  });

  it('loads no context from the network', async () => {
    await expect(expand({ '@context': 'https://example.org/context.jsonld', name: 'x' })).rejects.toThrow();
  });
});
