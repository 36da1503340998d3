/**
 * Pages of the hostile corpus opened from disk in Chromium, as a visitor would:
 * no script runs, nothing is logged as an error, nothing is requested, the title
 * and the headline read back as the text they are, and the JSON-LD parses. A feed
 * reader reads the same run's JSON Feed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractFromJson } from '@extractus/feed-extractor';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, watchPage } from '../support/chromium.js';
import { broadsheet, scratch, seedFile, writeFiles } from '../support/cli.js';
import { fixtureCases, fuzzBatch, generatedCases } from './corpus.mjs';

const SEED = 20261128;
const fuzzed = fuzzBatch(SEED, 8, readFileSync(seedFile));
const inputs = { ...generatedCases(), ...fixtureCases(), ...fuzzed };
/** The inputs whose pages are opened: those that carry markup, odd text or odd headlines, and the fuzzed ones. */
const sample = [
  'injection.txt',
  'injection.md',
  'front-matter-injection.txt',
  'markdown-html.md',
  'mixed-encodings.txt',
  'windows-1252.txt',
  'headline-nonlatin.txt',
  'headline-path.txt',
  'masthead-only.txt',
  'cr-only.txt',
  ...Object.keys(fuzzed),
];

const { dir, cleanup } = scratch('broadsheet-hostile-pages-');
const out = path.join(dir, 'out');
let report: { articles: { input: string; slug: string; headline: string }[] };
let browser: Browser;

beforeAll(async () => {
  writeFiles(path.join(dir, 'in'), inputs);
  const result = broadsheet([
    '--format',
    'html,jsonld,rss,atom,jsonfeed',
    '--json',
    '--quiet',
    '--out',
    out,
    path.join(dir, 'in'),
  ]);
  report = JSON.parse(result.stdout);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  cleanup();
});

/** What a visitor's Chromium made of `name` in --out. */
interface Visit {
  requests: string[];
  dialogs: string[];
  errors: string[];
  scripts: number;
  handlers: string[];
  jsonLd: string[];
  title: string;
  h1: string[];
  links: { href: string; text: string }[];
}

async function visit(name: string): Promise<Visit> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const url = pathToFileURL(path.join(out, name)).href;
    const events = watchPage(page, url);
    await page.goto(url, { waitUntil: 'load' });
    const seen = (await page.evaluate(`({
      scripts: document.querySelectorAll('script:not([type="application/ld+json"])').length,
      handlers: [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name) || /^\\s*javascript:/i.test(a.value)).map((a) => e.tagName + ' ' + a.name)),
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent),
      title: document.title,
      h1: [...document.querySelectorAll('h1')].map((h) => h.textContent),
      links: [...document.querySelectorAll('main a')].map((a) => ({ href: a.getAttribute('href'), text: a.textContent })),
    })`)) as Omit<Visit, keyof typeof events>;
    return { ...events, ...seen };
  } finally {
    await context.close();
  }
}

/** The text a browser shows for `text`: runs of white space as one space, trimmed. */
const shown = (text: string) => text.replace(/[\t\n\f\r ]+/g, ' ').trim();

describe(`pages of the hostile corpus in Chromium (fuzz seed ${SEED})`, () => {
  const visits = new Map<string, Visit>();
  const exported = () => report.articles.filter((article) => sample.includes(path.basename(article.input)));
  const seen = (slug: string) => visits.get(slug) ?? expect.unreachable(`${slug}.html was not opened`);

  beforeAll(async () => {
    for (const { slug } of exported()) visits.set(slug, await visit(`${slug}.html`));
  });

  test('the sample holds the injection articles and fuzzed ones', () => {
    const names = exported().map((article) => path.basename(article.input));
    expect(names).toEqual(expect.arrayContaining(['injection.txt', 'injection.md', 'front-matter-injection.txt']));
    expect(names.filter((name) => name in fuzzed).length).toBeGreaterThan(0);
  });

  test('each page runs no script, logs no error and requests nothing', () => {
    for (const { slug } of exported()) {
      const { requests, dialogs, errors, scripts, handlers } = seen(slug);
      expect({ slug, requests, dialogs, errors, scripts, handlers }).toEqual({
        slug,
        requests: [],
        dialogs: [],
        errors: [],
        scripts: 0,
        handlers: [],
      });
    }
  });

  test('each page shows its headline as the text it is, in the title and the heading', () => {
    for (const { slug, headline } of exported()) {
      expect(seen(slug).h1.map(shown), slug).toEqual([shown(headline)]);
      expect(seen(slug).title, slug).toBe(`${shown(headline)} – Broadsheet`);
    }
  });

  test("each page's JSON-LD parses to the data of SLUG.jsonld", () => {
    for (const { slug } of exported()) {
      expect(seen(slug).jsonLd, slug).toHaveLength(1);
      expect(JSON.parse(seen(slug).jsonLd[0] ?? ''), slug).toEqual(
        JSON.parse(readFileSync(path.join(out, `${slug}.jsonld`), 'utf8')),
      );
    }
  });

  test('the index runs no script and lists every article by its headline, as text', async () => {
    const index = await visit('index.html');
    expect(index.requests).toEqual([]);
    expect(index.dialogs).toEqual([]);
    expect(index.errors).toEqual([]);
    expect(index.scripts).toBe(0);
    expect(index.handlers).toEqual([]);
    const links = index.links.filter((link) => link.href.endsWith('.html'));
    // Note: inputs with the same content are one article (one id), listed once under its first slug.
    expect(new Set(links.map((link) => link.href)).size).toBe(links.length);
    expect(new Set(links.map((link) => shown(link.text)))).toEqual(
      new Set(report.articles.map((article) => shown(article.headline))),
    );
    for (const link of links) {
      const article = report.articles.find(({ slug }) => `${slug}.html` === link.href);
      expect(shown(link.text), link.href).toBe(shown(article?.headline ?? `no article for ${link.href}`));
    }
  });
});

test("a feed reader reads the corpus's JSON Feed with every headline as the text it is", () => {
  const feed = extractFromJson(readFileSync(path.join(out, 'feed.json'), 'utf8'), { descriptionMaxLen: 0 });
  const entries = feed.entries ?? [];
  expect(entries.length).toBeGreaterThan(0);
  expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
  // Note: inputs with the same content are one article, one item.
  expect(new Set(entries.map((entry) => shown(entry.title ?? '')))).toEqual(
    new Set(report.articles.map((article) => shown(article.headline))),
  );
  for (const entry of entries) expect(entry.link, entry.id).toMatch(/^https?:\/\//);
});

test('the checks see a page that runs a script, fails and makes a request', async () => {
  writeFileSync(
    path.join(out, 'broken.html'),
    '<!doctype html><html lang="en"><head><title>&lt;b&gt;</title><script>alert(1); throw new Error("boom")</script></head><body><h1><b>x</b></h1><img alt="" src="https://news.example.org/x.png" onerror="y()"></body></html>',
  );
  const seen = await visit('broken.html');
  expect(seen.dialogs).toEqual(['1']);
  expect(seen.errors).toEqual(expect.arrayContaining([expect.stringContaining('boom')]));
  expect(seen.requests).toEqual(['https://news.example.org/x.png']);
  expect(seen.scripts).toBe(1);
  expect(seen.handlers).toEqual(['IMG onerror']);
  expect(seen.title).toBe('<b>');
});
