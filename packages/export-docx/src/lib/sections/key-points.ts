import type { Article } from '@broadsheet/core';
import type { FileChild } from 'docx';
import { bullet, heading, type Layout } from '../text.js';

/** "Key points": one bullet per key point, bottom line up front. */
export function keyPoints(article: Article, layout: Layout): FileChild[] {
  if (article.keyPoints.length === 0) return [];
  return [heading('Key points', layout), ...article.keyPoints.map((point) => bullet([point], layout))];
}
