/**
 * Links in the briefing are real link annotations: qpdf reads each one's address and
 * box, and pdftotext's word boxes show that the box lies over the linked words.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '@broadsheet/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Annotation, linkAnnotations as annotations } from '../../../tests/support/pdf.js';
import { runOk } from '../../../tests/support/tools.js';
import { renderBriefing } from '../src/index.js';
import { article } from './articles.js';

const folder = mkdtempSync(join(tmpdir(), 'broadsheet-pdf-links-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const fallbackDate = '2000-01-01T00:00:00Z';
const long =
  'Officials in Geneva said on Friday that the talks between the government and the opposition would resume next week, and the full record of the earlier rounds is in the archive of the United Nations office, which anyone may read.';

const linkedArticle: Article = article(
  [
    'The truce held, officials said in a report published on Monday.',
    long,
    'Aid convoys may pass, says the agreement.',
    'A script link and a relative link stay plain text.',
  ],
  {
    url: 'https://news.example.org/truce',
    blocks: [
      { kind: 'paragraph', links: [{ start: 35, end: 41, url: 'https://news.example.org/reports/truce.html' }] },
      {
        kind: 'paragraph',
        links: [
          {
            start: long.indexOf('the full record'),
            end: long.indexOf(' of the United'),
            url: 'https://un.example.org/archive',
          },
        ],
      },
      { kind: 'item', list: 0, ordered: false, links: [{ start: 30, end: 39, url: 'mailto:desk@news.example.org' }] },
      {
        kind: 'paragraph',
        links: [
          { start: 2, end: 13, url: 'javascript:alert(1)' },
          { start: 18, end: 31, url: 'reports/x.html' },
        ],
      },
    ],
  },
);

const arabicLink = 'وقالت وزارة الخارجية الروسية في بيان إن الطرفين دعوا إلى استئناف المحادثات.';
const arabicArticle: Article = article([arabicLink], {
  headline: 'محادثات السلام',
  language: 'ar',
  direction: 'rtl',
  blocks: [
    {
      kind: 'paragraph',
      links: [
        {
          start: arabicLink.indexOf('في بيان'),
          end: arabicLink.indexOf(' إن'),
          url: 'https://news.example.org/ar/statement',
        },
      ],
    },
  ],
});

/** The words pdftotext finds on page 1, with their boxes (origin at the page's top). */
function words(file: string): { text: string; xMin: number; yMin: number; xMax: number; yMax: number }[] {
  const html = runOk('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-']);
  return [
    ...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
  ].map((match) => ({
    xMin: Number(match[1]),
    yMin: Number(match[2]),
    xMax: Number(match[3]),
    yMax: Number(match[4]),
    text: match[5] ?? '',
  }));
}

const pageHeight = 841.89;

/** The words whose centres lie inside `rect`. */
function wordsUnder(file: string, rect: Annotation['rect']): string[] {
  const [x1, y1, x2, y2] = rect;
  return words(file)
    .filter((word) => {
      const x = (word.xMin + word.xMax) / 2;
      const y = pageHeight - (word.yMin + word.yMax) / 2;
      return x > Math.min(x1, x2) && x < Math.max(x1, x2) && y > Math.min(y1, y2) && y < Math.max(y1, y2);
    })
    .map((word) => word.text);
}

let english: { file: string; bytes: Uint8Array };
let arabic: { file: string; bytes: Uint8Array };

async function render(name: string, source: Article): Promise<{ file: string; bytes: Uint8Array }> {
  const bytes = await renderBriefing(source, { fallbackDate, warn: () => {} });
  const file = join(folder, `${name}.pdf`);
  writeFileSync(file, bytes);
  return { file, bytes };
}

beforeAll(async () => {
  english = await render('english', linkedArticle);
  arabic = await render('arabic', arabicArticle);
});

describe('links in the PDF briefing, read by qpdf and pdftotext', () => {
  test('each web and mail link of the text is a link annotation with its address', () => {
    const uris = annotations(english.file).map((annotation) => annotation.uri);
    expect(uris).toEqual(
      expect.arrayContaining([
        'https://news.example.org/reports/truce.html',
        'https://un.example.org/archive',
        'mailto:desk@news.example.org',
      ]),
    );
  });

  test('a javascript: or relative link is left as plain text', () => {
    const uris = annotations(english.file).map((annotation) => annotation.uri);
    expect(uris.filter((uri) => /javascript|x\.html/.test(uri))).toEqual([]);
    expect(runOk('pdftotext', [english.file, '-'])).toContain('A script link and a relative link stay plain text.');
  });

  test("the source URL is a link too, to the article's address", () => {
    expect(annotations(english.file).map((annotation) => annotation.uri)).toContain('https://news.example.org/truce');
  });

  test('each annotation says where it goes, for a screen reader', () => {
    for (const annotation of annotations(english.file)) expect(annotation.contents).toBe(annotation.uri);
  });

  test('the box of a link lies over its words, and only them', () => {
    const report = annotations(english.file).find((a) => a.uri === 'https://news.example.org/reports/truce.html');
    expect(report).toBeDefined();
    expect(wordsUnder(english.file, report?.rect ?? [0, 0, 0, 0])).toEqual(['report']);
  });

  test('a link broken over two lines has a box on each line, together over its words', () => {
    const boxes = annotations(english.file).filter((a) => a.uri === 'https://un.example.org/archive');
    expect(boxes.length).toBe(2);
    const under = boxes.flatMap((box) => wordsUnder(english.file, box.rect)).join(' ');
    expect(under).toBe('the full record of the earlier rounds is in the archive');
  });

  test('a link in right-to-left text lies over its words', () => {
    const [box] = annotations(arabic.file).filter((a) => a.uri === 'https://news.example.org/ar/statement');
    expect(box).toBeDefined();
    // Note: pdftotext's word boxes hold right-to-left words with their letters in visual order.
    const under = wordsUnder(arabic.file, box?.rect ?? [0, 0, 0, 0]).map((word) => Array.from(word).reverse().join(''));
    expect(under.sort()).toEqual(['بيان', 'في'].sort());
  });

  test('renders the same bytes twice', async () => {
    const again = await renderBriefing(linkedArticle, { fallbackDate, warn: () => {} });
    expect(Buffer.from(again).equals(Buffer.from(english.bytes))).toBe(true);
  });

  test('qpdf finds the file with its links sound', () => {
    expect(runOk('qpdf', ['--check', english.file])).toContain('No syntax or stream encoding errors');
  });
});
