import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Article, defaultConfig, labelsFor } from '@broadsheet/core';
import { afterAll, describe, expect, test } from 'vitest';
import { run, runOk } from '../../../tests/support/tools.js';
import { pdfExporter, renderBriefing } from '../src/index.js';
import {
  arabicArticle,
  cyrillicArticle,
  emojiArticle,
  hebrewArticle,
  longArticle,
  longHeadlineArticle,
  seedArticle,
} from './articles.js';

const folder = mkdtempSync(join(tmpdir(), 'broadsheet-pdf-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const fallbackDate = '2000-01-01T00:00:00Z';
let written = 0;

interface Rendered {
  bytes: Uint8Array;
  file: string;
  warnings: string[];
}

async function render(article: Article, pageSize: 'A4' | 'Letter' = 'A4'): Promise<Rendered> {
  const warnings: string[] = [];
  const bytes = await renderBriefing(article, { pageSize, fallbackDate, warn: (message) => warnings.push(message) });
  const file = join(folder, `briefing-${++written}.pdf`);
  writeFileSync(file, bytes);
  return { bytes, file, warnings };
}

const rendered = new Map<string, Promise<Rendered>>();
const sampleIds = new Map<Article, number>();

/**
 * The briefing of a sample article, rendered once for the whole file and read by
 * every test that needs it; tests about rendering itself call `render`.
 */
function sample(article: Article, pageSize: 'A4' | 'Letter' = 'A4'): Promise<Rendered> {
  if (!sampleIds.has(article)) sampleIds.set(article, sampleIds.size);
  const key = `${sampleIds.get(article)}-${pageSize}`;
  let briefing = rendered.get(key);
  if (!briefing) {
    briefing = render(article, pageSize);
    rendered.set(key, briefing);
  }
  return briefing;
}

function text(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return runOk('pdftotext', ['-enc', 'UTF-8', ...range, file, '-']);
}

/** The text of every page without its footer (the headline from page 2, and "Page X of Y"). */
function bodyText(file: string, article: Article): string {
  const pages = Number(info(file)['Pages']);
  const label = labelsFor(article.language).page;
  const squeezed = (value: string) => value.replace(/\s/g, '');
  return Array.from({ length: pages }, (_, index) => {
    const footer = squeezed(label(`${index + 1}`, `${pages}`));
    const lines = text(file, index + 1).split('\n');
    return lines
      .filter(
        (line) =>
          !squeezed(line).includes(footer) &&
          !(index > 0 && article.headline.startsWith(line.trim().replace(/…$/, '')) && line.trim() !== ''),
      )
      .join('\n');
  }).join('\n');
}

function info(file: string): Record<string, string> {
  const lines = runOk('pdfinfo', ['-enc', 'UTF-8', file]).split('\n');
  return Object.fromEntries(
    lines.map((line) => /^([^:]+):\s*(.*)$/.exec(line)).flatMap((m) => (m ? [[m[1], m[2]]] : [])),
  );
}

/**
 * Collapses whitespace, drops the direction marks pdftotext adds around right-to-left lines, and
 * joins lines broken after a dash or slash or hyphenated, as a reader would.
 */
function normalise(value: string): string {
  return value
    .replace(/[\u202A-\u202E]/g, '')
    .replace(/(\p{L})-\n(\p{L})/gu, '$1$2')
    .replace(/\s+/g, ' ')
    .replace(/([\u2013\u2014/]) /g, '$1')
    .trim();
}

const samples: [string, Article][] = [
  ['the seed article', seedArticle],
  ['a Cyrillic article', cyrillicArticle],
  ['an Arabic article', arabicArticle],
  ['a Hebrew article', hebrewArticle],
  ['a 100-paragraph article', longArticle],
  ['an article with a 300-character headline', longHeadlineArticle],
  ['an article with emoji and Chinese', emojiArticle],
];

describe.each(samples)('the briefing of %s', (_, article) => {
  test('passes qpdf --check', async () => {
    const { file } = await sample(article);
    expect(run('qpdf', ['--check', file]).status).toBe(0);
  });

  test('embeds every font it uses', async () => {
    const { file } = await sample(article);
    const rows = runOk('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.split(/\s+/).slice(-5, -4)).toEqual(['yes']);
  });

  test('is a tagged PDF titled with the headline', async () => {
    const { file } = await sample(article);
    const fields = info(file);
    expect(fields['Tagged']).toBe('yes');
    expect(fields['Title']).toBe(article.headline);
    expect(Number(fields['Pages'])).toBeGreaterThan(0);
  });

  test('holds every paragraph of the body', async () => {
    const { file } = await sample(article);
    // Note: compared without spaces (a word too long for a line is split across two) and, for
    // right-to-left text, without full stops (pdftotext may move a line's last one to its start).
    const squeeze = (value: string) => {
      const bare = normalise(value).replace(/\s/g, '');
      return article.direction === 'rtl' ? bare.replace(/\./g, '') : bare;
    };
    const extracted = squeeze(bodyText(file, article));
    for (const paragraph of article.paragraphs) {
      expect(extracted).toContain(squeeze(paragraph.replace(/[\u{1F300}-\u{1FAFF}\u4E00-\u9FFF]/gu, '□')));
    }
  });

  test('numbers every page "Page X of Y"', async () => {
    const { file } = await sample(article);
    const pages = Number(info(file)['Pages']);
    const label = labelsFor(article.language).page;
    // Note: compared without spaces, which pdftotext moves around digits in right-to-left lines.
    const squeezed = (value: string) => normalise(value).replace(/\s/g, '');
    for (let page = 1; page <= pages; page++)
      expect(squeezed(text(file, page))).toContain(squeezed(label(`${page}`, `${pages}`)));
  });

  test('never ends a page with a heading', async () => {
    const { file } = await sample(article);
    const pages = Number(info(file)['Pages']);
    const labels = labelsFor(article.language);
    const headings = [
      labels.keyPoints,
      labels.whoAndWhere,
      labels.people,
      labels.organisations,
      labels.places,
      labels.timeline,
      labels.quotes,
      labels.fullText,
      labels.source,
    ];
    for (let page = 1; page <= pages; page++) {
      const lines = text(file, page)
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.includes(labels.page(`${page}`, `${pages}`)) && !line.includes('\f'));
      const body = lines.filter((line) => !article.headline.startsWith(line.replace(/…$/, '')) || page === 1);
      expect(headings).not.toContain(body[body.length - 1]);
    }
  });

  test('keeps every word inside the margins', async () => {
    const { file } = await sample(article);
    const boxes = runOk('pdftotext', ['-bbox', file, '-']);
    const right = [...boxes.matchAll(/xMax="([\d.]+)"/g)].map((match) => Number(match[1]));
    expect(right.length).toBeGreaterThan(0);
    expect(Math.max(...right)).toBeLessThanOrEqual(595.28 - 72 + 0.5);
  });
});

describe('the seed briefing', () => {
  test('has its sections in briefing order', async () => {
    const { file } = await sample(seedArticle);
    const extracted = text(file);
    const positions = ['Key points', 'Who and where', 'Timeline', 'Quotes', 'Full text', 'Source'].map((heading) =>
      extracted.indexOf(`${heading}\n`),
    );
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  test('shows each quote in quotation marks followed by its speaker', async () => {
    const { file } = await sample(seedArticle);
    const extracted = normalise(text(file));
    for (const quote of seedArticle.quotes) {
      expect(extracted).toContain(normalise(`“${quote.text}” — ${quote.speaker}`));
    }
  });

  test('has a masthead with kicker, byline, date and reading time', async () => {
    const { file } = await sample(seedArticle);
    const masthead = normalise(text(file, 1)).split('Key points')[0]?.trim();
    expect(masthead).toBe(
      normalise(`Syria ${seedArticle.headline} By Jane Doe and Ivan Petrov 4 March 2016 · 1 min read`),
    );
  });

  test('lists people with their roles and timeline entries with their dates', async () => {
    const { file } = await sample(seedArticle);
    const extracted = normalise(text(file));
    expect(extracted).toContain(normalise('Sergei Lavrov — Russian Foreign Minister'));
    expect(extracted).toContain('3 February 2016 Talks came to a standstill');
    expect(extracted).toContain('earlier in the day Leaders of Russia');
  });

  test('ends with the source file, url, content id, removed lines and generator', async () => {
    const { file } = await sample(seedArticle);
    const extracted = normalise(text(file));
    const source = extracted.slice(extracted.lastIndexOf('Source File:'));
    expect(source).toContain(`File: ${seedArticle.source.file} (text, utf-8)`);
    expect(source).toContain(`URL: ${seedArticle.url}`);
    expect(source).toContain(`Content id: ${seedArticle.id}`);
    expect(source).toContain('Removed from the end of the text • Related Posts');
    expect(source).toContain('Generated by Broadsheet');
  });

  test('carries author, subject, keywords and creator in its metadata', async () => {
    const { file } = await sample(seedArticle);
    const fields = info(file);
    expect(fields['Author']).toBe('Jane Doe and Ivan Petrov');
    expect(fields['Subject']).toBe(seedArticle.keyPoints[0]);
    expect(fields['Keywords']).toBe('Syria, Kerry, Lavrov, Geneva, peace talks, ceasefire');
    expect(fields['Creator']).toBe('Broadsheet');
  });

  test('builds a structure tree of Document, headings, paragraphs and lists', async () => {
    const { file } = await sample(seedArticle);
    const expanded = runOk('qpdf', ['--qdf', '--object-streams=disable', file, '-']);
    const types = new Set([...expanded.matchAll(/\/S \/(\w+)/g)].map((match) => match[1]));
    for (const type of ['Document', 'H1', 'H2', 'H3', 'P', 'L', 'LI', 'Lbl', 'LBody', 'BlockQuote']) {
      expect(types).toContain(type);
    }
    expect(expanded).toMatch(/\/Lang \(en\)/);
  });

  test('renders the same bytes twice', async () => {
    const first = await render(seedArticle);
    const second = await render(seedArticle);
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  });

  test('takes its creation date from datePublished', async () => {
    const march = info((await sample(seedArticle)).file);
    const april = info((await render({ ...seedArticle, datePublished: '2016-04-01' })).file);
    expect(march['CreationDate']).toContain('Mar  4');
    expect(april['CreationDate']).toContain('Apr  1');
    expect(april['CreationDate']).not.toBe(march['CreationDate']);
  });

  test('takes its creation date from the fallback date when the article has none', async () => {
    const { datePublished: _, ...undated } = seedArticle;
    const { file } = await sample(undated);
    expect(info(file)['CreationDate']).toMatch(/Jan {2}1 00:00:00 2000 UTC/);
    expect(normalise(text(file, 1))).toContain('Date not stated');
  });

  test('is set on Letter paper when asked', async () => {
    const { file } = await sample(seedArticle, 'Letter');
    expect(info(file)['Page size']).toMatch(/^612 x 792 pts/);
  });
});

describe('text in any script', () => {
  test('a Latin briefing set after a Cyrillic one keeps every letter its copied text needs', async () => {
    // Note: Cyrillic "М" is drawn from Latin "M"; fonts shared across documents once lost the "M".
    await render(cyrillicArticle);
    const extracted = normalise(bodyText((await render(seedArticle)).file, seedArticle));
    for (const paragraph of seedArticle.paragraphs) expect(extracted).toContain(normalise(paragraph));
  });

  test('Cyrillic, curly quotes, dashes and the euro sign come out exactly', async () => {
    const { file } = await sample(cyrillicArticle);
    const extracted = normalise(text(file));
    expect(extracted).toContain(normalise('переговоры в Женеве — «единственный путь» к миру.'));
    expect(extracted).toContain('выделено 120 млн €, а “план Б” пока не обсуждается.');
    expect(extracted).toContain('Ёлка, щука, объём и съезд');
  });

  test('Arabic words come out in reading order, lam-alef ligatures included', async () => {
    const { file } = await sample(arabicArticle);
    const extracted = normalise(text(file));
    expect(extracted).toContain('كيري ولافروف يبحثان محادثات السلام');
    expect(extracted).toContain('اتفق وزيرا الخارجية الروسي والأمريكي');
    expect(extracted).toContain('تحت رعاية الأمم المتحدة');
  });

  test('Hebrew words come out in reading order', async () => {
    const { file } = await sample(hebrewArticle);
    const extracted = normalise(text(file));
    expect(extracted).toContain('קרי ולברוב דנים בשיחות השלום');
  });

  test('Arabic starts at the right margin', async () => {
    const { file } = await sample(arabicArticle);
    const boxes = runOk('pdftotext', ['-bbox', file, '-']);
    // Note: -bbox lists each word's letters in visual order, so the first word reads reversed.
    const first = /xMin="([\d.]+)"[^>]*xMax="([\d.]+)"[^>]*>يريك</.exec(boxes);
    expect(Number(first?.[2])).toBeCloseTo(595.28 - 72, 0);
    expect(Number(first?.[1])).toBeGreaterThan(300);
  });

  test('characters no font has are reported by code point and shown as a box', async () => {
    const { file, warnings } = await sample(emojiArticle);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('U+1F680 🚀');
    expect(warnings[0]).toContain('U+1F980 🦀');
    expect(warnings[0]).toContain('U+4E2D 中');
    expect(warnings[0]).toContain('shown as □');
    expect(normalise(text(file))).toContain('Delegates celebrated □□ and a sign read □□□□ (peace talks).');
  });

  test('articles every font can draw raise no warning', async () => {
    const { warnings } = await sample(cyrillicArticle);
    expect(warnings).toEqual([]);
  });
});

describe('pdfExporter', () => {
  test('describes the pdf format', () => {
    expect(pdfExporter).toMatchObject({
      scope: 'article',
      format: 'pdf',
      extension: 'pdf',
      mediaType: 'application/pdf',
    });
  });

  test('renders with the page size of the config and warns through the context', async () => {
    const warnings: string[] = [];
    const config = { ...defaultConfig, page: { size: 'Letter' as const } };
    const bytes = await pdfExporter.render(emojiArticle, {
      slug: 'emoji',
      config,
      fallbackDate,
      warn: (message) => warnings.push(message),
    });
    const file = join(folder, 'exporter.pdf');
    writeFileSync(file, bytes);
    expect(info(file)['Page size']).toMatch(/^612 x 792 pts/);
    expect(warnings).toHaveLength(1);
  });
});
