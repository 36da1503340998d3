import type { Article } from '@broadsheet/core';
import { strToU8, type Unzipped, unzipSync } from 'fflate';
import { Document, type FileChild, Footer, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { coreProperties } from './core-properties.js';
import { normalisePackage } from './package.js';
import { fullText } from './sections/full-text.js';
import { keyPoints } from './sections/key-points.js';
import { masthead } from './sections/masthead.js';
import { quotes } from './sections/quotes.js';
import { source } from './sections/source.js';
import { timeline } from './sections/timeline.js';
import { whoAndWhere } from './sections/who-and-where.js';
import { documentNumbering, documentStyles } from './styles.js';
import type { Layout } from './text.js';

/** How to render the Word document. */
export interface DocxOptions {
  /** ISO 8601 date stamped as created/modified when the article has no `datePublished`. */
  fallbackDate: string;
  /** Paper size; A4 when not given. */
  pageSize?: 'A4' | 'Letter';
}

/** One section of the document: what it writes for an article, nothing when the article has nothing for it. */
type Section = (article: Article, layout: Layout) => FileChild[];

/** The sections, in the order the PDF briefing shows them. */
const sections: readonly Section[] = [masthead, keyPoints, whoAndWhere, timeline, quotes, fullText, source];

/** Page sizes in twips (1/1440 inch), portrait. */
const pageSizes = {
  A4: { width: 11906, height: 16838 },
  Letter: { width: 12240, height: 15840 },
} as const;

const margin = 1440;

/** Renders an article as a styled Word document; the same article and options give the same bytes. */
export async function renderDocument(article: Article, options: DocxOptions): Promise<Uint8Array> {
  const page = pageSizes[options.pageSize ?? 'A4'];
  const layout: Layout = {
    rtl: article.direction === 'rtl',
    language: article.language,
    textWidth: page.width - 2 * margin,
  };
  // Note: no title or creator here: docProps/core.xml is replaced whole by coreProperties().
  const document = new Document({
    styles: documentStyles(layout),
    numbering: documentNumbering(),
    sections: [
      {
        properties: { page: { size: page, margin: { top: margin, right: margin, bottom: margin, left: margin } } },
        footers: { default: pageFooter() },
        children: sections.flatMap((section) => section(article, layout)),
      },
    ],
  });
  return normalisePackage(await compileParts(document), coreProperties(article, options.fallbackDate));
}

type PartCompiler = { compile(file: Document): Map<string, string | Uint8Array<ArrayBuffer>> };

/**
 * The package's parts, uncompressed.
 * Note: `Packer.toBuffer` deflates every part, which `normalisePackage` would
 * inflate again only to deflate it once more; Packer's compiler (internal to
 * docx 9.15, hence the check) hands the parts over as they are.
 */
async function compileParts(document: Document): Promise<Unzipped> {
  const compiler = (Packer as unknown as { compiler?: PartCompiler }).compiler;
  if (typeof compiler?.compile !== 'function') return unzipSync(await Packer.toBuffer(document));
  const parts: Unzipped = {};
  for (const [path, data] of compiler.compile(document)) parts[path] = typeof data === 'string' ? strToU8(data) : data;
  return parts;
}

/**
 * "Page X of Y" from the PAGE and NUMPAGES fields, so it stays right as the editor edits.
 * Note: left to right even in an Arabic or Hebrew document, as its words are English;
 * in a right-to-left paragraph the numbers and words come out shuffled.
 */
function pageFooter(): Footer {
  const text = new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] });
  return new Footer({ children: [new Paragraph({ style: 'Footer', children: [text] })] });
}
