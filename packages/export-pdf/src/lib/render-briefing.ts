import type { Article, ArticleExporter } from '@broadsheet/core';
import { createDocument, finish } from './document.js';
import { drawPages } from './draw.js';
import { buildFooter } from './footer.js';
import { widthOf } from './fonts.js';
import { createGlyphFilter } from './glyphs.js';
import { type Frame, paginate, prepareBlock } from './layout.js';
import { briefingBlocks } from './sections.js';
import { margins, pageSizes } from './styles.js';

/** What a briefing needs besides the article. */
export interface PdfOptions {
  /** Paper size (the site config's `page.size`); A4 when absent. */
  pageSize?: 'A4' | 'Letter';
  /** ISO 8601 date stamped as the file's dates when the article has no `datePublished`. */
  fallbackDate: string;
  /** Receives what the reader should know, such as characters no bundled font can draw. */
  warn: (message: string) => void;
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
  const glyphs = createGlyphFilter();
  const blocks = briefingBlocks(article, glyphs.clean);
  const headline = glyphs.clean(article.headline);
  glyphs.report(options.warn);

  const doc = createDocument(article, { ...size, fallbackDate: options.fallbackDate });
  const rtl = article.direction === 'rtl';
  const pages = paginate(
    blocks.map((block) => prepareBlock(block, frame, rtl, widthOf)),
    frame,
  );
  drawPages(doc, pages, frame, buildFooter(headline, frame, rtl, widthOf));
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
    });
  },
};
