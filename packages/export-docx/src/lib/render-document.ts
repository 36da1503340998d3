import { type Article, buildOutline, type Outline } from '@broadsheet/core';
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
import { documentContent } from './handlers.js';
import { normalisePackage } from './package.js';
import { compileParts } from './parts.js';
import { documentNumbering, documentStyles, suppressHyphenation, unhyphenatedStyles } from './styles.js';
import type { Layout } from './text.js';
import type { Part } from './zip.js';

/** How to render the Word document. */
export interface DocxOptions {
  /** ISO 8601 date stamped as created/modified when the article has no `datePublished`. */
  fallbackDate: string;
  /** Paper size; A4 when not given. */
  pageSize?: 'A4' | 'Letter';
  /** The language of the words the document adds (the config's `labels.language`); the article's when absent. */
  labelsLanguage?: string;
}

/** Page sizes in twips (1/1440 inch), portrait. */
const pageSizes = {
  A4: { width: 11906, height: 16838 },
  Letter: { width: 12240, height: 15840 },
} as const;

const margin = 1440;

/** Renders an article as a styled Word document; the same article and options give the same bytes. */
export async function renderDocument(article: Article, options: DocxOptions): Promise<Uint8Array> {
  const page = pageSizes[options.pageSize ?? 'A4'];
  const outline = buildOutline(article, options.labelsLanguage ? { language: options.labelsLanguage } : {});
  const layout: Layout = {
    rtl: article.direction === 'rtl',
    language: article.language,
    labelsLanguage: outline.language,
    textWidth: page.width - 2 * margin,
  };
  // Note: no title or creator here: docProps/core.xml is replaced whole by coreProperties().
  const frame: Frame = { styles: documentStyles(layout), numbering: documentNumbering(), page, outline, layout };
  const frameKey = JSON.stringify([frame.styles, frame.numbering, page, outline.language, layout.rtl]);
  const parts = await compileParts(
    () => frameDocument(frame, documentContent(outline, layout)),
    frameKey,
    () => frameDocument(frame, []),
    withoutHyphenatedNames,
  );
  return normalisePackage(parts, coreProperties(article, outline, options.fallbackDate));
}

/** What every document with the same styles, numbering, paper and labels shares. */
interface Frame {
  styles: IStylesOptions;
  numbering: INumberingOptions;
  page: { width: number; height: number };
  outline: Outline;
  layout: Layout;
}

/** A document of one section: `children` on the frame's pages, with the page footer. */
function frameDocument(frame: Frame, children: FileChild[]): Document {
  return new Document({
    styles: frame.styles,
    numbering: frame.numbering,
    // Note: Word hyphenates each run in its language (w:lang); headlines, headings and names are exempt by style.
    hyphenation: { autoHyphenation: true },
    sections: [
      {
        properties: {
          page: { size: frame.page, margin: { top: margin, right: margin, bottom: margin, left: margin } },
        },
        footers: { default: pageFooter(frame.outline, frame.layout) },
        children,
      },
    ],
  });
}

/** Turns hyphenation off in the styles of headlines, headings and names, which docx cannot say. */
function withoutHyphenatedNames(parts: Map<string, Part>): void {
  const styles = parts.get('word/styles.xml');
  if (typeof styles === 'string') parts.set('word/styles.xml', suppressHyphenation(styles, unhyphenatedStyles));
  else if (styles instanceof Uint8Array)
    parts.set('word/styles.xml', suppressHyphenation(new TextDecoder().decode(styles), unhyphenatedStyles));
}

/**
 * "Page X of Y" in the labels' language, from the PAGE and NUMPAGES fields, so it stays right
 * as the editor edits. In a right-to-left document the footer is a right-to-left paragraph.
 */
function pageFooter(outline: Outline, layout: Layout): Footer {
  const [before = '', between = '', after = ''] = outline.labels.page('\u0000', '\u0000').split('\u0000');
  const language = layout.rtl
    ? { value: layout.labelsLanguage, bidirectional: layout.labelsLanguage }
    : { value: layout.labelsLanguage };
  const text = new TextRun({
    children: [before, PageNumber.CURRENT, between, PageNumber.TOTAL_PAGES, after].filter((part) => part !== ''),
    language,
    ...(layout.rtl ? { rightToLeft: true } : {}),
  });
  return new Footer({
    children: [new Paragraph({ style: 'Footer', children: [text], ...(layout.rtl ? { bidirectional: true } : {}) })],
  });
}
