import { type Article, type SiteConfig, resolveConfig } from '@broadsheet/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchPage } from '../../../tests/support/chromium.js';
import { type JsonLdOptions, renderJsonLd, renderScriptElement, toJsonLd } from '../src/index.js';
import { arabicArticle, frontMatterArticle, hostileArticle, seedArticle } from './articles.js';

const config: SiteConfig = resolveConfig({
  site: { title: 'The Example Times', url: 'https://news.example.org/' },
  publisher: { logo: 'https://news.example.org/logo.png' },
});
const options: JsonLdOptions = { config, slug: 'story' };

const before = 'A normal paragraph before the snippet.';
const after = 'A normal paragraph after the snippet.';

/** A page holding two paragraphs around `snippet`; its own script sets the trap flag to 0. */
function pageWith(snippet: string): string {
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><title>Story</title>',
    '<script>window.__ran = 0;</script>',
    '</head><body>',
    `<p id="before">${before}</p>`,
    snippet,
    `<p id="after">${after}</p>`,
    '</body></html>',
  ].join('\n');
}

/** What a visitor's browser made of the page. */
interface Seen {
  dialogs: string[];
  ran: unknown;
  scripts: number;
  /** The text of the JSON-LD script element when there is exactly one. */
  json: string | null;
  text: string;
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Loads `snippet` in a fresh browser context and reports what happened. */
async function load(snippet: string): Promise<Seen> {
  const context = await browser.newContext();
  try {
    const page: Page = await context.newPage();
    const { dialogs } = watchPage(page);
    await page.setContent(pageWith(snippet), { waitUntil: 'load' });
    const scripts = page.locator('script[type="application/ld+json"]');
    const count = await scripts.count();
    return {
      dialogs,
      ran: await page.evaluate('window.__ran'),
      scripts: count,
      json: count === 1 ? await scripts.textContent() : null,
      // biome-ignore lint/performance/useDomNodeTextContent: what a reader sees is the rendered text; textContent would include the script's JSON.
      text: await page.locator('body').innerText(),
    };
  } finally {
    await context.close();
  }
}

describe.each([
  ['the seed article', seedArticle],
  ['the article with front matter', frontMatterArticle],
  ['the article with a hostile headline', hostileArticle],
  ['the Arabic article', arabicArticle],
] as [string, Article][])('the script element of %s in Chromium', (_label, article) => {
  let seen: Seen;

  beforeAll(async () => {
    seen = await load(renderScriptElement(article, options));
  });

  it('opens no dialog', () => {
    expect(seen.dialogs).toEqual([]);
  });

  it("runs no script but the page's own", () => {
    expect(seen.ran).toBe(0);
  });

  it('adds exactly one JSON-LD script element', () => {
    expect(seen.scripts).toBe(1);
  });

  it('holds the same data as the .jsonld file', () => {
    expect(JSON.parse(seen.json ?? '')).toEqual(JSON.parse(renderJsonLd(article, options)));
  });

  it('shows the reader only the paragraphs around it', () => {
    expect(seen.text).toBe(`${before}\n\n${after}`);
  });
});

describe('the trap itself', () => {
  it('catches a snippet written without escaping', async () => {
    const unescaped = `<script type="application/ld+json">${JSON.stringify(toJsonLd(hostileArticle, options))}</script>`;
    const seen = await load(unescaped);
    expect(seen.ran).toBe(1);
    expect(seen.dialogs).toContain('1');
  });
});
