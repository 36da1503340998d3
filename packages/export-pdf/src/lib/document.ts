import { type Article, type Outline, parseDate, toJsDate } from '@broadsheet/core';
import PDFDocument from 'pdfkit';
import { isRightToLeftScript } from './bidi.js';
import { loadedFaces } from './fonts.js';

/** What the document needs besides the article. */
export interface DocumentSettings {
  width: number;
  height: number;
  fallbackDate: string;
}

/**
 * A tagged PDF 1.7 with the article's metadata and the bundled faces registered under their names.
 * Its dates come from the article, else from `fallbackDate`, so the same input gives the same bytes:
 * pdfkit derives the file ID from this metadata, and nothing else in it changes between runs.
 */
export function createDocument(article: Article, outline: Outline, settings: DocumentSettings): PDFKit.PDFDocument {
  const created = toJsDate(parseDate(article.datePublished ?? settings.fallbackDate, 'date'));
  const modified = article.dateModified ? toJsDate(parseDate(article.dateModified, 'dateModified')) : created;
  const { properties } = outline;
  const doc = new PDFDocument({
    size: [settings.width, settings.height],
    autoFirstPage: false,
    tagged: true,
    pdfVersion: '1.7',
    lang: article.language,
    displayTitle: true,
    // Note: no default font, so pdfkit does not load Helvetica for a document that never uses it.
    font: null as unknown as string,
    info: {
      Title: properties.title,
      Author: properties.authors,
      ...(properties.subject === undefined ? {} : { Subject: properties.subject }),
      Keywords: properties.keywords.join(', '),
      Creator: 'Broadsheet',
      Producer: 'Broadsheet (PDFKit)',
      CreationDate: created,
      ModDate: modified,
    },
  });
  for (const [name, font] of loadedFaces()) {
    // Note: pdfkit takes an already parsed fontkit font as a source (its types only list files and bytes).
    doc.registerFont(name, font as unknown as Uint8Array);
  }
  return doc;
}

/** The parts of pdfkit's embedded font this module adjusts; pdfkit's types do not describe them. */
interface EmbeddedFontInternals {
  unicode?: number[][];
}

/**
 * Lists each right-to-left ligature's characters (lam-alef: U+0644 U+0627) in visual order in the
 * font's ToUnicode map. Note: the glyphs of a right-to-left run are drawn in visual order, and text
 * extractors (poppler, pdf.js) reverse the whole run to get logical order back, including the
 * characters inside a ligature; mapped in logical order, "السلام" would come out as "السالم".
 */
export function mapLigaturesInVisualOrder(doc: PDFKit.PDFDocument): void {
  const families = (doc as unknown as { _fontFamilies?: Record<string, EmbeddedFontInternals> })._fontFamilies ?? {};
  for (const font of new Set(Object.values(families))) {
    const unicode = font.unicode ?? [];
    unicode.forEach((codePoints, glyph) => {
      if (codePoints.length < 2 || !isRightToLeftScript(String.fromCodePoint(...codePoints))) return;
      // Note: a copy, because the array belongs to fontkit's glyph, which every document shares.
      unicode[glyph] = [...codePoints].reverse();
    });
  }
}

/** Ends the document and resolves with all of its bytes. */
export function finish(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  mapLigaturesInVisualOrder(doc);
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve(concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
