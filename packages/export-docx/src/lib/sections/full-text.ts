import type { Article } from '@broadsheet/core';
import type { FileChild } from 'docx';
import { heading, type Layout, paragraph } from '../text.js';

/** "Full text": every body paragraph, in order, in the Normal style. */
export function fullText(article: Article, layout: Layout): FileChild[] {
  return [heading('Full text', layout), ...article.paragraphs.map((text) => paragraph('Normal', [text], layout))];
}
