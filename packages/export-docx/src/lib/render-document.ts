import type { Article } from '@broadsheet/core';
import {
  Document,
  type FileChild,
  Footer,
  type INumberingOptions,
  type IStylesOptions,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import { coreProperties } from './core-properties.js';
import { normalisePackage } from './package.js';
import { compileParts } from './parts.js';
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
  const frame = { styles: documentStyles(layout), numbering: documentNumbering(), page };
  const frameKey = JSON.stringify(frame);
  const parts = await compileParts(
    () =>
      frameDocument(
        frame,
        sections.flatMap((section) => section(article, layout)),
      ),
    frameKey,
    () => frameDocument(frame, []),
  );
  return normalisePackage(parts, coreProperties(article, options.fallbackDate));
}

/** What every document with the same styles, numbering and paper shares. */
interface Frame {
  styles: IStylesOptions;
  numbering: INumberingOptions;
  page: { width: number; height: number };
}

/** A document of one section: `children` on the frame's pages, with the page footer. */
function frameDocument(frame: Frame, children: FileChild[]): Document {
  return new Document({
    styles: frame.styles,
    numbering: frame.numbering,
    sections: [
      {
        properties: {
          page: { size: frame.page, margin: { top: margin, right: margin, bottom: margin, left: margin } },
        },
        footers: { default: pageFooter() },
        children,
      },
    ],
  });
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
