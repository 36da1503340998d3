/** Property tests: any valid articles and site give a well-formed feed that keeps every headline. */
import { writeFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { article, entryFor, siteConfig } from '../../../tests/hostile/arbitraries.js';
import { xmlProblem } from '../../../tests/hostile/xml.js';
import { runOk } from '../../../tests/support/tools.js';
import { rssExporter } from '../src/index.js';

const folder = mkdtempSync(path.join(tmpdir(), 'broadsheet-rss-property-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const feeds = fc.tuple(fc.array(article, { minLength: 1, maxLength: 3 }), siteConfig);

async function render(
  articles: readonly Parameters<typeof entryFor>[0][],
  config: Parameters<typeof rssExporter.select>[1],
) {
  const entries = rssExporter.select(
    articles.map((value, index) => entryFor(value, index)),
    config,
  );
  return (await rssExporter.render(entries, {
    config,
    fallbackDate: '1980-01-01T00:00:00.000Z',
    warn: () => {},
  })) as string;
}

describe('the RSS exporter on random articles and sites', () => {
  test('always writes well-formed XML', async () => {
    await fc.assert(
      fc.asyncProperty(feeds, async ([articles, config]) => {
        expect(xmlProblem(await render(articles, config))).toBeUndefined();
      }),
      { numRuns: 600 },
    );
  });

  test('xmllint accepts a sample of the feeds', async () => {
    const files: string[] = [];
    await fc.assert(
      fc.asyncProperty(feeds, async ([articles, config]) => {
        const file = path.join(folder, `feed-${files.length}.xml`);
        writeFileSync(file, await render(articles, config));
        files.push(file);
      }),
      { numRuns: 60 },
    );
    expect(runOk('xmllint', ['--noout', '--nonet', ...files])).toBe('');
  });

  test('the in-process check rejects what xmllint rejects', () => {
    for (const bad of [
      '<a>]]></a>',
      '<a>&bogus;</a>',
      '<a><b></a></b>',
      '<a>\u0001</a>',
      '<a>&#0;</a>',
      '<a>x</a><b/>',
    ])
      expect(xmlProblem(bad), bad).toBeDefined();
    expect(xmlProblem('<?xml version="1.0"?><a x="1"><![CDATA[<]]>&amp;<!-- c --><b/></a>')).toBeUndefined();
  });
});
