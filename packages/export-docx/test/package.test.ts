import { type Article, defaultConfig, type ExportContext, resolveConfig } from '@broadsheet/core';
import { describe, expect, test } from 'vitest';
import { runOk } from '../../../tests/support/tools.js';
import { docxExporter, renderDocument } from '../src/index.js';
import { arabicArticle, cyrillicArticle, longHeadlineArticle, seedArticle } from './fixtures.js';
import { unpack, writeTemp } from './readers.js';

const fallbackDate = '2001-02-03T04:05:06Z';
const fixtures: Array<[string, Article]> = [
  ['the seed article', seedArticle],
  ['a Cyrillic article', cyrillicArticle],
  ['an Arabic article', arabicArticle],
  ['a 300-character headline', longHeadlineArticle],
];

function context(overrides: Partial<ExportContext> = {}): ExportContext {
  return { slug: 'kerry-lavrov', config: defaultConfig, fallbackDate, warn: () => {}, ...overrides };
}

describe.each(fixtures)('the package for %s', (_name, article) => {
  test('has only well-formed XML parts', async () => {
    const { dir, parts } = unpack(await renderDocument(article, { fallbackDate }));
    const xmlParts = parts.filter((part) => /\.(xml|rels)$/.test(part));
    expect(xmlParts).toContain('word/document.xml');
    expect(xmlParts.length).toBe(parts.length);
    expect(() => runOk('xmllint', ['--noout', ...xmlParts], { cwd: dir })).not.toThrow();
  });

  test('declares a content type for every part in [Content_Types].xml', async () => {
    const { parts, read } = unpack(await renderDocument(article, { fallbackDate }));
    const types = read('[Content_Types].xml');
    const defaults = [...types.matchAll(/<Default [^>]*Extension="([^"]+)"/g)].map((match) => match[1]);
    const overrides = [...types.matchAll(/<Override [^>]*PartName="([^"]+)"/g)].map((match) => match[1]);
    const undeclared = parts
      .filter((part) => part !== '[Content_Types].xml')
      .filter((part) => !overrides.includes(`/${part}`) && !defaults.includes(part.split('.').at(-1)));
    expect(undeclared).toEqual([]);
  });

  test('gives identical bytes when rendered twice, with another article in between', async () => {
    const first = await renderDocument(article, { fallbackDate });
    await renderDocument(seedArticle, { fallbackDate, pageSize: 'Letter' });
    const second = await renderDocument(article, { fallbackDate });
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });
});

describe('the zip container', () => {
  test('lists [Content_Types].xml first and stamps every entry 1980-01-01 00:00', async () => {
    const listing = runOk('unzip', [
      '-Z',
      '-T',
      writeTemp('seed.docx', await renderDocument(seedArticle, { fallbackDate })),
    ]);
    const entries = listing.split('\n').filter((line) => /^[-d]r/.test(line));
    expect(entries[0]).toMatch(/ \[Content_Types\]\.xml$/);
    expect(entries.length).toBeGreaterThan(10);
    expect(entries.every((line) => line.includes(' 19800101.000000 '))).toBe(true);
  });

  test('gives the same bytes in any time zone', async () => {
    const original = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const utc = await renderDocument(seedArticle, { fallbackDate });
      process.env.TZ = 'Pacific/Kiritimati';
      const plus14 = await renderDocument(seedArticle, { fallbackDate });
      expect(Buffer.from(plus14).equals(Buffer.from(utc))).toBe(true);
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });

  test('names every relationship rIdN, the hyperlink included, never a random id', async () => {
    const { read } = unpack(await renderDocument(seedArticle, { fallbackDate }));
    const rels = read('word/_rels/document.xml.rels');
    const ids = [...rels.matchAll(/ Id="([^"]+)"/g)].map((match) => match[1]);
    expect(rels).toContain(`Target="${seedArticle.url?.replace('&', '&amp;')}" TargetMode="External"`);
    expect(ids.filter((id) => !/^rId\d+$/.test(id ?? ''))).toEqual([]);
    const linkId = /Id="(rId\d+)" Type="[^"]+\/hyperlink"/.exec(rels)?.[1];
    expect(read('word/document.xml')).toContain(`r:id="${linkId}"`);
  });
});

describe('the page', () => {
  test('is A4 by default', async () => {
    const { read } = unpack(await renderDocument(seedArticle, { fallbackDate }));
    expect(read('word/document.xml')).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });

  test('is Letter when asked', async () => {
    const { read } = unpack(await renderDocument(seedArticle, { fallbackDate, pageSize: 'Letter' }));
    expect(read('word/document.xml')).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
  });
});

describe('docxExporter', () => {
  test('describes the docx format', () => {
    expect(docxExporter).toMatchObject({
      scope: 'article',
      format: 'docx',
      extension: 'docx',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
  });

  test('renders what renderDocument renders, with the page size from the config', async () => {
    const config = resolveConfig({ page: { size: 'Letter' } });
    const exported = await docxExporter.render(seedArticle, context({ config }));
    const direct = await renderDocument(seedArticle, { fallbackDate, pageSize: 'Letter' });
    expect(Buffer.from(exported as Uint8Array).equals(Buffer.from(direct))).toBe(true);
  });

  test('stamps the context fallback date when the article has none', async () => {
    const exported = await docxExporter.render(longHeadlineArticle, context());
    const { read } = unpack(exported as Uint8Array);
    expect(read('docProps/core.xml')).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2001-02-03T04:05:06Z</dcterms:created>',
    );
  });
});
