/**
 * Each page and the index opened from disk in Chromium: no request, no script,
 * exactly one JSON-LD element equal to SLUG.jsonld, alternates that exist, and
 * no serious or critical axe-core violation.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type CollectionEntry, resolveConfig, validateArticle } from '@broadsheet/core';
import { renderAtom, renderJsonFeed } from '@broadsheet/export-feeds';
import { renderJsonLd } from '@broadsheet/export-jsonld';
import { renderFeed } from '@broadsheet/export-rss';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, watchPage } from '../../../tests/support/chromium.js';
import { arabicEntry, cyrillicEntry, richEntry, seedEntry } from '../../export-feeds/test/fixtures.js';
import { renderIndex, renderPage } from '../src/index.js';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const config = resolveConfig({
  site: { title: 'Example News', url: 'https://news.example.org/', description: 'Daily briefings.' },
  publisher: { logo: 'https://news.example.org/logo.png' },
});
const formats = ['html', 'jsonld', 'rss', 'atom', 'jsonfeed'];

const hostile: CollectionEntry = {
  slug: 'hostile',
  files: [],
  article: validateArticle({
    ...seedEntry.article,
    id: 'sha256:ffffffffffffffffffffffffffffffff',
    headline: '</title><script>alert(1)</script><img src=x onerror=alert(2)>',
    kicker: '"><svg onload=alert(3)>',
    description: '</p><iframe src="https://evil.example/"></iframe>',
    authors: [{ name: '<b onmouseover=alert(4)>Mallory</b>', url: 'javascript:alert(5)' }],
    url: undefined,
    tags: ['</style><script>alert(6)</script>'],
    paragraphs: ['<script>alert(7)</script> \u2028 </script>', 'Link text here.'],
    blocks: [{ kind: 'paragraph' }, { kind: 'paragraph', links: [{ start: 0, end: 4, url: 'javascript:alert(8)' }] }],
  }),
};
const entries = [seedEntry, cyrillicEntry, arabicEntry, richEntry, hostile];

let folder: string;
let browser: Browser;

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'broadsheet-html-'));
  for (const { article, slug } of entries) {
    writeFileSync(path.join(folder, `${slug}.html`), renderPage(article, { config, slug, formats }));
    writeFileSync(path.join(folder, `${slug}.jsonld`), renderJsonLd(article, { config, slug }));
  }
  writeFileSync(path.join(folder, 'index.html'), renderIndex(entries, { config, formats }));
  writeFileSync(path.join(folder, 'feed.xml'), renderFeed(entries, { config }));
  writeFileSync(path.join(folder, 'atom.xml'), renderAtom(entries, { config }));
  writeFileSync(path.join(folder, 'feed.json'), renderJsonFeed(entries, { config }));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** What Chromium saw when it opened `name` from disk. */
interface Visit {
  requests: string[];
  dialogs: string[];
  scripts: number;
  jsonLd: string[];
  alternates: string[];
  handlers: string[];
  title: string;
  h1: string[];
  violations: { id: string; impact: string | null }[];
}

async function visit(name: string): Promise<Visit> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const url = pathToFileURL(path.join(folder, name)).href;
    const { requests, dialogs } = watchPage(page, url);
    await page.goto(url, { waitUntil: 'load' });
    const seen = (await page.evaluate(`({
      scripts: document.querySelectorAll('script:not([type="application/ld+json"])').length,
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent),
      alternates: [...document.querySelectorAll('link[rel="alternate"]')].map((l) => l.getAttribute('href')),
      handlers: [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name) || /^\\s*javascript:/i.test(a.value)).map((a) => e.tagName + ' ' + a.name)),
      title: document.title,
      h1: [...document.querySelectorAll('h1')].map((h) => h.textContent),
    })`)) as Omit<Visit, 'requests' | 'dialogs' | 'violations'>;
    await page.evaluate(AXE);
    const results = (await page.evaluate('axe.run(document, { resultTypes: ["violations"] })')) as {
      violations: { id: string; impact: string | null }[];
    };
    return { ...seen, requests, dialogs, violations: results.violations.map(({ id, impact }) => ({ id, impact })) };
  } finally {
    await context.close();
  }
}

const pages = [...entries.map((entry) => `${entry.slug}.html`), 'index.html'];

describe.each(pages)('%s in Chromium', (name) => {
  let seen: Visit;
  beforeAll(async () => {
    seen = await visit(name);
  });

  test('makes no request and runs no script', () => {
    expect(seen.requests).toEqual([]);
    expect(seen.dialogs).toEqual([]);
    expect(seen.scripts).toBe(0);
    expect(seen.handlers).toEqual([]);
  });

  test('links every feed, and each alternate is a file that exists', () => {
    expect(seen.alternates).toEqual(['feed.xml', 'atom.xml', 'feed.json']);
    for (const href of seen.alternates) expect(existsSync(path.join(folder, href)), href).toBe(true);
  });

  test('has one <h1> and no serious or critical accessibility violation', () => {
    expect(seen.h1).toHaveLength(1);
    expect(seen.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
});

describe.each(entries.map((entry) => entry.slug))('the page of %s', (slug) => {
  test('holds exactly one JSON-LD element, equal to SLUG.jsonld', async () => {
    const seen = await visit(`${slug}.html`);
    expect(seen.jsonLd).toHaveLength(1);
    expect(JSON.parse(seen.jsonLd[0] ?? '')).toEqual(
      JSON.parse(readFileSync(path.join(folder, `${slug}.jsonld`), 'utf8')),
    );
  });
});

test('a hostile headline stays text, in the title and the heading', async () => {
  const seen = await visit('hostile.html');
  expect(seen.h1).toEqual(['</title><script>alert(1)</script><img src=x onerror=alert(2)>']);
  expect(seen.title).toBe('</title><script>alert(1)</script><img src=x onerror=alert(2)> – Example News');
});

test('the checks see a page that breaks the rules', async () => {
  writeFileSync(
    path.join(folder, 'broken.html'),
    '<!doctype html><html><head><title></title><script>alert(1)</script></head><body><img src="https://news.example.org/x.png"><a href="javascript:x()" onclick="x()"></a></body></html>',
  );
  const seen = await visit('broken.html');
  expect(seen.requests).toEqual(['https://news.example.org/x.png']);
  expect(seen.dialogs).toEqual(['1']);
  expect(seen.scripts).toBe(1);
  expect(seen.handlers).toEqual(['A href', 'A onclick']);
  expect(seen.violations.map((v) => v.id)).toEqual(expect.arrayContaining(['image-alt', 'html-has-lang']));
});
