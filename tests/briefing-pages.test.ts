/**
 * Print rules of the PDF briefing, checked on rendered pages from the text and positions
 * pdftotext reads back (-bbox-layout): across every labelled article, and a seeded set of
 * generated lengths that puts page breaks everywhere.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Article, buildOutline, labelsFor, parseArticle, validateArticle } from '@broadsheet/core';
import { enrichArticle } from '@broadsheet/enrich';
import { renderBriefing } from '@broadsheet/export-pdf';
import { afterAll, describe, expect, test } from 'vitest';
import { seedParagraphs } from './support/articles.js';
import { runOk } from './support/tools.js';

const labelledDir = path.join(import.meta.dirname, 'fixtures', 'labelled');
const folder = mkdtempSync(path.join(tmpdir(), 'broadsheet-pages-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The A4 frame's bottom: lines below it are the footer. */
const FRAME_BOTTOM = 841.89 - 72;

interface Page {
  /** The page's lines of text above the footer, top to bottom. */
  lines: string[];
}

async function pages(article: Article, name: string): Promise<Page[]> {
  const bytes = await renderBriefing(article, { fallbackDate: '2000-01-01T00:00:00Z', warn: () => {} });
  const file = path.join(folder, `${name}.pdf`);
  writeFileSync(file, bytes);
  const html = runOk('pdftotext', ['-bbox-layout', file, '-']);
  return html
    .split('<page ')
    .slice(1)
    .map((page) => {
      const lines = [...page.matchAll(/<line xMin="[\d.]+" yMin="([\d.]+)"[^>]*>([\s\S]*?)<\/line>/g)]
        .filter((match) => Number(match[1]) < FRAME_BOTTOM)
        .map((match) => ({
          y: Number(match[1]),
          text: [...(match[2] ?? '').matchAll(/<word[^>]*>([^<]*)<\/word>/g)]
            .map((word) => unescapeXml(word[1] ?? ''))
            .join(' '),
        }))
        .sort((a, b) => a.y - b.y);
      return { lines: lines.map((line) => line.text) };
    });
}

function unescapeXml(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

/** Text compared without spaces, hyphens and direction marks, so hyphenated and wrapped lines match their source. */
function squash(text: string): string {
  return text.replace(/[\s\-\u00AD\u200E\u200F\u202A-\u202E]/g, '');
}

/** The texts the briefing sets as paragraphs that may break across lines. */
function runningTexts(article: Article): string[] {
  return [...article.paragraphs, ...article.keyPoints, ...article.quotes.map((quote) => quote.text)].map(squash);
}

function checkPages(article: Article, briefing: Page[]): void {
  const outline = buildOutline(article);
  const labels = labelsFor(outline.language);
  const headings = new Set(
    [
      ...outline.sections.map((section) => section.title),
      ...outline.sections.flatMap((section) =>
        section.children.flatMap((child) =>
          child.kind === 'subsection' || child.kind === 'heading'
            ? [child.kind === 'heading' ? child.text : child.title]
            : [],
        ),
      ),
    ].map(squash),
  );
  const texts = runningTexts(article);
  briefing.forEach((page, index) => {
    const where = `page ${index + 1} of ${briefing.length}`;
    const last = squash(page.lines.at(-1) ?? '');
    const first = squash(page.lines[0] ?? '');
    expect(page.lines.length, where).toBeGreaterThan(0);
    if (index < briefing.length - 1) {
      expect(headings.has(last), `${where} ends with the heading "${page.lines.at(-1)}"`).toBe(false);
      const orphan = texts.find((text) => text.startsWith(last) && text.length > last.length);
      expect(orphan, `${where} ends with the lone first line of a paragraph: "${page.lines.at(-1)}"`).toBeUndefined();
    }
    if (index > 0) {
      const widow = texts.find((text) => text.endsWith(first) && text.length > first.length);
      expect(widow, `${where} starts with the lone last line of a paragraph: "${page.lines[0]}"`).toBeUndefined();
    }
  });
  const lastPage = briefing.at(-1);
  expect(squash(lastPage?.lines[0] ?? ''), 'the last page holds only the Source block').not.toBe(squash(labels.source));
}

const labelled = readdirSync(labelledDir)
  .filter((file) => file.endsWith('.txt'))
  .sort();

describe('every labelled article’s briefing', () => {
  test.each(labelled)('%s keeps headings, first and last lines and Source with what belongs to them', async (file) => {
    const article = enrichArticle(parseArticle(readFileSync(path.join(labelledDir, file)), { file }));
    checkPages(article, await pages(article, file));
  });
});

/** A small seeded generator (mulberry32), so every failure replays. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generated(seed: number): Article {
  const next = random(seed);
  const count = 1 + Math.floor(next() * 24);
  const paragraphs = Array.from({ length: count }, () => {
    const sentences = 1 + Math.floor(next() * 4);
    return Array.from({ length: sentences }, () => seedParagraphs[Math.floor(next() * seedParagraphs.length)]).join(
      ' ',
    );
  });
  const parsed = parseArticle(new TextEncoder().encode(`Generated briefing ${seed}\n\n${paragraphs.join('\n\n')}\n`), {
    file: `generated-${seed}.txt`,
  });
  return validateArticle(enrichArticle(parsed));
}

describe('briefings of generated lengths', () => {
  const seeds = Array.from({ length: 16 }, (_, index) => 1000 + index * 7);
  test.each(seeds)(
    'seed %i keeps headings, first and last lines and Source with what belongs to them',
    async (seed) => {
      const article = generated(seed);
      checkPages(article, await pages(article, `generated-${seed}`));
    },
  );
});

describe('briefings in other languages', () => {
  test.each([
    ['de-bahn-streik.txt', 'Volltext', 'Quelle', 'Seite 1 von'],
    ['fr-sncf-greve.txt', 'Texte intégral', 'Source', 'Page 1 sur'],
  ])('%s shows its own labels to pdftotext', async (file, fullText, source, page) => {
    const article = enrichArticle(parseArticle(readFileSync(path.join(labelledDir, file)), { file }));
    const bytes = await renderBriefing(article, { fallbackDate: '2000-01-01T00:00:00Z', warn: () => {} });
    const pdf = path.join(folder, `labels-${file}.pdf`);
    writeFileSync(pdf, bytes);
    const text = runOk('pdftotext', ['-enc', 'UTF-8', pdf, '-']);
    expect(text).toContain(`${fullText}\n`);
    expect(text).toContain(`${source}\n`);
    expect(text).toContain(page);
    expect(text).not.toContain('Full text');
  });

  test('an Arabic briefing shows its own labels to pdftotext', async () => {
    const text =
      'كيري ولافروف يبحثان محادثات السلام\n\nاتفق وزيرا الخارجية الروسي والأمريكي على ضرورة استئناف محادثات السلام في جنيف بسرعة.\n';
    const article = enrichArticle(parseArticle(new TextEncoder().encode(text), { file: 'ar.txt' }));
    expect(article.language).toBe('ar');
    const pdf = path.join(folder, 'labels-ar.pdf');
    writeFileSync(pdf, await renderBriefing(article, { fallbackDate: '2000-01-01T00:00:00Z', warn: () => {} }));
    const extracted = runOk('pdftotext', ['-enc', 'UTF-8', pdf, '-']);
    expect(extracted).toContain('النص الكامل');
    expect(extracted).toContain('المصدر');
    expect(extracted.replace(/[\s\u200E\u200F\u202A-\u202E]/g, '')).toContain('صفحة1من1');
    expect(extracted).not.toContain('Full text');
  });
});
