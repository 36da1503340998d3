/**
 * The fixed words of the pages and the index (the footer's "Feeds", the empty index's
 * sentence) follow the labels' language, read back as Chromium shows them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type ConfigInput, resolveConfig } from '@broadsheet/core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../../../tests/support/chromium.js';
import { arabicEntry, cyrillicEntry, seedEntry } from '../../export-feeds/test/fixtures.js';
import { renderIndex, renderPage } from '../src/index.js';

const formats = ['html', 'rss', 'atom', 'jsonfeed'];
const site = { title: 'Example News', url: 'https://news.example.org/', description: 'Daily briefings.' };
const config = (input: ConfigInput = {}) => resolveConfig({ site, ...input });

let folder: string;
let browser: Browser;

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'broadsheet-html-labels-'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** What a reader sees of the page's own words: the footer and the main text, each with the language it is in. */
interface Seen {
  footer: string;
  footerLanguage: string | null;
  main: string;
  pageLanguage: string | null;
}

async function open(name: string, html: string): Promise<Seen> {
  writeFileSync(path.join(folder, name), html);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(pathToFileURL(path.join(folder, name)).href, { waitUntil: 'load' });
    return (await page.evaluate(`({
      footer: document.querySelector('footer').innerText,
      footerLanguage: document.querySelector('footer').closest('[lang]').getAttribute('lang'),
      main: document.querySelector('main').innerText,
      pageLanguage: document.documentElement.getAttribute('lang'),
    })`)) as Seen;
  } finally {
    await context.close();
  }
}

describe("a page's footer", () => {
  test("is in the article's language", async () => {
    const ru = await open('ru.html', renderPage(cyrillicEntry.article, { config: config(), slug: 'ru', formats }));
    expect(ru.footer).toBe('Ленты: RSS · Atom · JSON Feed');
    expect(ru.footerLanguage).toBe('ru');
    const ar = await open('ar.html', renderPage(arabicEntry.article, { config: config(), slug: 'ar', formats }));
    expect(ar.footer).toBe('الخلاصات: RSS · Atom · JSON Feed');
    expect(ar.footerLanguage).toBe('ar');
  });

  test('is in the language labels.language forces, and says so', async () => {
    const forced = config({ labels: { language: 'fr' } });
    const seen = await open('forced.html', renderPage(seedEntry.article, { config: forced, slug: 'en', formats }));
    expect(seen.footer).toBe('Flux: RSS · Atom · JSON Feed');
    expect(seen.pageLanguage).toBe('en');
    expect(seen.footerLanguage).toBe('fr');
  });

  test('is in English for a language without labels', async () => {
    const japanese = { ...seedEntry.article, language: 'ja' };
    const seen = await open('ja.html', renderPage(japanese, { config: config(), slug: 'ja', formats }));
    expect(seen.footer).toBe('Feeds: RSS · Atom · JSON Feed');
    expect(seen.footerLanguage).toBe('en');
  });
});

describe('the index', () => {
  test("speaks the site's language", async () => {
    const german = config({ site: { ...site, language: 'de' } });
    const seen = await open('index-de.html', renderIndex([], { config: german, formats }));
    expect(seen.main).toContain('Noch keine Artikel.');
    expect(seen.footer).toBe('Feeds: RSS · Atom · JSON Feed');
    expect(seen.footerLanguage).toBe('de');
  });

  test('follows labels.language, and says which language its words are in', async () => {
    const arabic = config({ labels: { language: 'ar' } });
    const seen = await open('index-ar.html', renderIndex([], { config: arabic, formats }));
    expect(seen.main).toContain('لا توجد مقالات بعد.');
    expect(seen.footer).toBe('الخلاصات: RSS · Atom · JSON Feed');
    expect(seen.pageLanguage).toBe('en');
    expect(seen.footerLanguage).toBe('ar');
  });

  test('is in English by default', async () => {
    const seen = await open('index-en.html', renderIndex([], { config: config(), formats }));
    expect(seen.main).toContain('No articles yet.');
    expect(seen.footer).toBe('Feeds: RSS · Atom · JSON Feed');
  });
});
