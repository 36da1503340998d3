import { type Article, type ArticleExporter, buildOutline } from '@broadsheet/core';
import { createDocument, finish } from './document.js';
import { drawPages } from './draw.js';
import { buildFooter } from './footer.js';
import { widthOf } from './fonts.js';
import { createGlyphFilter } from './glyphs.js';
import { type Frame, paginate, prepareBlock } from './layout.js';
import { briefingBlocks } from './handlers.js';
import { hyphenatorFor } from './hyphenate.js';
import { margins, pageSizes } from './styles.js';

/** What a briefing needs besides the article. */
export interface PdfOptions {
  /** Paper size (the site config's `page.size`); A4 when absent. */
  pageSize?: 'A4' | 'Letter';
  /** ISO 8601 date stamped as the file's dates when the article has no `datePublished`. */
  fallbackDate: string;
  /** Receives what the reader should know, such as characters no bundled font can draw. */
  warn: (message: string) => void;
  /** The language of the words the briefing adds (the config's `labels.language`); the article's when absent. */
  labelsLanguage?: string;
}

/** Renders an article as a tagged PDF briefing; the same article and options give the same bytes. */
export function renderBriefing(article: Article, options: PdfOptions): Promise<Uint8Array> {
  const size = pageSizes[options.pageSize ?? 'A4'];
  const frame: Frame = {
    left: margins.left,
    right: size.width - margins.right,
    top: margins.top,
    bottom: size.height - margins.bottom,
  };
  const outline = buildOutline(article, options.labelsLanguage ? { language: options.labelsLanguage } : {});
  const glyphs = createGlyphFilter();
  const blocks = briefingBlocks(outline, glyphs.clean);
  const headline = glyphs.clean(article.headline);
  glyphs.report(options.warn);

  const doc = createDocument(article, outline, { ...size, fallbackDate: options.fallbackDate });
  const rtl = article.direction === 'rtl';
  const names = new Set(outline.names.flatMap((name) => name.split(/\s+/)));
  const hyphenate = hyphenatorFor(article.language, names);
  const pages = paginate(
    blocks.map((block) => prepareBlock(block, frame, rtl, widthOf, hyphenate)),
    frame,
  );
  drawPages(doc, pages, frame, buildFooter(headline, frame, rtl, widthOf, outline));
  return finish(doc);
}

/** The `pdf` format: one briefing per article, sized by the site config. */
export const pdfExporter: ArticleExporter = {
  scope: 'article',
  format: 'pdf',
  extension: 'pdf',
  mediaType: 'application/pdf',
  render(article, context) {
    return renderBriefing(article, {
      pageSize: context.config.page.size,
      fallbackDate: context.fallbackDate,
      warn: (message) => context.warn(message),
      ...(context.config.labels.language ? { labelsLanguage: context.config.labels.language } : {}),
    });
  },
};
