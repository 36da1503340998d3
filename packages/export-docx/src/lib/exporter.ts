import type { ArticleExporter } from '@broadsheet/core';
import { renderDocument } from './render-document.js';

/** The `docx` format: the article as a Word document an editor keeps working on. */
export const docxExporter: ArticleExporter = {
  scope: 'article',
  format: 'docx',
  extension: 'docx',
  mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  render: (article, context) =>
    renderDocument(article, {
      fallbackDate: context.fallbackDate,
      pageSize: context.config.page.size,
      ...(context.config.labels.language ? { labelsLanguage: context.config.labels.language } : {}),
    }),
};
