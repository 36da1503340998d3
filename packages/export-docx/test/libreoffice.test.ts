import { labelsFor } from '@broadsheet/core';
import { beforeAll, describe, expect, test } from 'vitest';
import { linkAnnotations } from '../../../tests/support/pdf.js';
import { renderDocument } from '../src/index.js';
import { arabicArticle, cyrillicArticle, germanArticle, longHeadlineArticle, seedArticle } from './fixtures.js';
import { collapseSpace, convertWithLibreOffice, pdfInfo, pdfText, tempDir } from './readers.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const fallbackDate = '2001-02-03T04:05:06Z';

// Note: one LibreOffice start converts every fixture (it takes seconds per start).
const pdfs: Record<'seed' | 'cyrillic' | 'arabic' | 'german' | 'longHeadline' | 'letter', string> = {
  seed: '',
  german: '',
  cyrillic: '',
  arabic: '',
  longHeadline: '',
  letter: '',
};

beforeAll(async () => {
  const dir = tempDir();
  const documents = {
    seed: await renderDocument(seedArticle, { fallbackDate }),
    cyrillic: await renderDocument(cyrillicArticle, { fallbackDate }),
    arabic: await renderDocument(arabicArticle, { fallbackDate }),
    german: await renderDocument(germanArticle, { fallbackDate }),
    longHeadline: await renderDocument(longHeadlineArticle, { fallbackDate }),
    letter: await renderDocument(seedArticle, { fallbackDate, pageSize: 'Letter' }),
  };
  const names = Object.keys(documents) as Array<keyof typeof documents>;
  const files = names.map((name) => {
    const file = join(dir, `${name}.docx`);
    writeFileSync(file, documents[name]);
    return file;
  });
  convertWithLibreOffice(files).forEach((pdf, index) => {
    pdfs[names[index] as keyof typeof pdfs] = pdf;
  });
});

describe('the seed article, opened by LibreOffice and printed to PDF', () => {
  test('shows the headline', () => {
    expect(pdfText(pdfs.seed)).toContain(seedArticle.headline);
  });

  test('shows every body paragraph', () => {
    const text = pdfText(pdfs.seed);
    const missing = seedArticle.paragraphs.filter((paragraph) => !text.includes(collapseSpace(paragraph)));
    expect(missing).toEqual([]);
  });

  test('shows the sections in the briefing order', () => {
    const text = pdfText(pdfs.seed);
    const positions = ['Key points', 'Who and where', 'Timeline', 'Quotes', 'Full text', 'Source'].map((title) =>
      text.indexOf(`${title} `),
    );
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  test('shows the quotation with its speaker', () => {
    const [quote] = seedArticle.quotes;
    expect(pdfText(pdfs.seed)).toContain(collapseSpace(`“${quote?.text}” — ${quote?.speaker}`));
  });

  test('numbers every page "Page X of Y" in the footer', () => {
    const pages = Number(pdfInfo(pdfs.seed).Pages);
    expect(pages).toBeGreaterThan(1);
    const text = pdfText(pdfs.seed);
    for (let page = 1; page <= pages; page += 1) expect(text).toContain(`Page ${page} of ${pages}`);
  });

  test('prints on A4 paper', () => {
    expect(pdfInfo(pdfs.seed)['Page size']).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)$/);
  });

  test('prints on Letter paper when the document asks for Letter', () => {
    expect(pdfInfo(pdfs.letter)['Page size']).toMatch(/^612 x 792 pts \(letter\)$/);
  });
});

describe('a Cyrillic article printed by LibreOffice', () => {
  test('shows the headline and every paragraph exactly', () => {
    const text = pdfText(pdfs.cyrillic);
    expect(text).toContain(cyrillicArticle.headline);
    expect(cyrillicArticle.paragraphs.filter((paragraph) => !text.includes(paragraph))).toEqual([]);
  });
});

describe('an Arabic article printed by LibreOffice', () => {
  test('shows its Arabic words in reading order', () => {
    // Note: pdftotext wraps right-to-left lines in bidi embedding marks and writes the
    // lam-alef ligature as alef-lam, so the check uses words without that ligature.
    const text = pdfText(pdfs.arabic).replace(/[\u202a-\u202e]/gu, '');
    expect(text).toContain('وكيري يبحثان محادثات');
    expect(text).toContain('ومن المقرر أن تستأنف المحادثات في التاسع من مارس');
  });

  test('shows its Arabic section titles in the briefing order', () => {
    const labels = labelsFor('ar');
    const text = pdfText(pdfs.arabic).replace(/[\u202a-\u202e]/gu, '');
    const titles = sectionTitles(labels);
    const found = positions(text, titles);
    expect(
      found.every((at) => at >= 0),
      `${found.join(', ')} in ${text}`,
    ).toBe(true);
  });
});

/** The briefing's section titles in the order the document shows them. */
function sectionTitles(labels: ReturnType<typeof labelsFor>): string[] {
  return [labels.keyPoints, labels.whoAndWhere, labels.timeline, labels.quotes, labels.fullText, labels.source];
}

/** Where each of `words` first occurs in `text` after the one before it; -1 once one is missing. */
function positions(text: string, words: readonly string[]): number[] {
  let from = 0;
  return words.map((word) => {
    const at = from < 0 ? -1 : text.indexOf(word, from);
    from = at < 0 ? -1 : at + word.length;
    return at;
  });
}

describe('a German article printed by LibreOffice', () => {
  const labels = labelsFor('de');

  test('shows the headline, then its German section titles in the briefing order', () => {
    const text = pdfText(pdfs.german);
    const titles = sectionTitles(labels);
    const found = positions(text, [germanArticle.headline, ...titles]);
    expect(
      found.every((at) => at >= 0),
      `${found.join(', ')} in ${text}`,
    ).toBe(true);
  });

  test('shows every paragraph of the full text, in order, after its title', () => {
    const text = pdfText(pdfs.german);
    const body = text.slice(text.indexOf(labels.fullText));
    const found = positions(body, germanArticle.paragraphs.map(collapseSpace));
    expect(
      found.every((at) => at >= 0),
      body,
    ).toBe(true);
  });

  test('numbers its pages in German', () => {
    const pages = Number(pdfInfo(pdfs.german).Pages);
    expect(pdfText(pdfs.german)).toContain(labels.page('1', String(pages)));
  });

  test('keeps the link of its text: LibreOffice prints it as a link annotation to its address', () => {
    expect(linkAnnotations(pdfs.german).map((annotation) => annotation.uri)).toContain(
      'https://bahn.example.de/notfahrplan',
    );
  });
});

describe('a 300-character headline printed by LibreOffice', () => {
  test('shows the whole headline, wrapped, and the body after it', () => {
    const text = pdfText(pdfs.longHeadline);
    expect(text).toContain(longHeadlineArticle.headline);
    expect(text.indexOf(longHeadlineArticle.paragraphs[0] ?? '')).toBeGreaterThan(
      text.indexOf(longHeadlineArticle.headline),
    );
  });
});
