/** Property tests: any valid articles and site give Atom that parses and JSON Feed that validates. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Article, SiteConfig } from '@broadsheet/core';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { article, entryFor, siteConfig } from '../../../tests/hostile/arbitraries.js';
import { xmlProblem } from '../../../tests/hostile/xml.js';
import { python, runOk } from '../../../tests/support/tools.js';
import { groupByTag, renderAtom, renderJsonFeed } from '../src/index.js';
import { jsonFeedProblems } from './json-feed-schema.js';

const folder = mkdtempSync(path.join(tmpdir(), 'broadsheet-feeds-property-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const sites = fc.tuple(fc.array(article, { minLength: 1, maxLength: 3 }), siteConfig);
const options = (config: SiteConfig) => ({ config, fallbackDate: '1980-01-01T00:00:00.000Z', warn: () => {} });
const entries = (articles: readonly Article[]) => articles.map((value, index) => entryFor(value, index));

describe('the Atom and JSON Feed exporters on random articles and sites', () => {
  test('Atom is always well-formed XML', () => {
    fc.assert(
      fc.property(sites, ([articles, config]) => {
        expect(xmlProblem(renderAtom(entries(articles), options(config)))).toBeUndefined();
      }),
      { numRuns: 400 },
    );
  });

  test('xmllint accepts, and feedparser reads as atom10 without a bozo flag, a sample of the Atom feeds', () => {
    const files: string[] = [];
    fc.assert(
      fc.property(sites, ([articles, config]) => {
        const file = path.join(folder, `atom-${files.length}.xml`);
        writeFileSync(file, renderAtom(entries(articles), options(config)));
        files.push(file);
      }),
      { numRuns: 40 },
    );
    expect(runOk('xmllint', ['--noout', '--nonet', ...files])).toBe('');
    const script = `
import feedparser, sys
for name in sys.argv[1:]:
    d = feedparser.parse(name)
    if d.bozo or d.version != 'atom10':
        print(name, d.version, d.get('bozo_exception'))`;
    const result = python(script, files);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('');
  });

  test('JSON Feed always validates against the JSON Feed 1.1 schema, with one item per article id', () => {
    fc.assert(
      fc.property(sites, ([articles, config]) => {
        const text = renderJsonFeed(entries(articles), options(config));
        expect(jsonFeedProblems(text)).toEqual([]);
        expect(JSON.parse(text).items).toHaveLength(new Set(articles.map((value) => value.id)).size);
      }),
      { numRuns: 400 },
    );
  });

  test('every tag gets a folder name that is a plain, unique, lower-case ASCII name', () => {
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 6 }), (articles) => {
        const slugs = groupByTag(entries(articles)).map((feed) => feed.tag.slug);
        for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9][a-z0-9-]*$/);
        expect(new Set(slugs).size).toBe(slugs.length);
      }),
      { numRuns: 300 },
    );
  });
});
