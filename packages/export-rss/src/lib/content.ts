import type { Article } from '@broadsheet/core';
import { escapeHtml, type TextCleaner } from './text.js';

/** The plain-text summary: the key points, else the description, else the first paragraph. */
export function summaryText(article: Article, clean: TextCleaner): string {
  const summary =
    article.keyPoints.length > 0 ? article.keyPoints.join(' ') : (article.description ?? article.paragraphs[0] ?? '');
  return clean(summary);
}

/**
 * The whole body as HTML for `content:encoded`: one `<p>` per paragraph, every
 * character of the text escaped, in a `<div>` that carries the language and direction.
 */
export function articleHtml(article: Article, clean: TextCleaner): string {
  const direction = article.direction === 'rtl' ? ' dir="rtl"' : '';
  const paragraphs = article.paragraphs.map((paragraph) => paragraphHtml(clean(paragraph)));
  return `<div lang="${escapeHtml(clean(article.language))}"${direction}>\n${paragraphs.join('\n')}\n</div>`;
}

function paragraphHtml(text: string): string {
  return `<p>${escapeHtml(text).replace(/\r\n?|\n/g, '<br>')}</p>`;
}
