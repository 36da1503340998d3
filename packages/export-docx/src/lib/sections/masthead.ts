import { type Article, formatDate, parseDate } from '@broadsheet/core';
import type { FileChild } from 'docx';
import { type Layout, joinNames, paragraph } from '../text.js';

/** The headline in the Title style, then one Subtitle line: kicker · byline · dateline · date · reading time. */
export function masthead(article: Article, layout: Layout): FileChild[] {
  const details = [
    article.kicker,
    article.authors.length > 0 ? `By ${joinNames(article.authors.map((author) => author.name))}` : undefined,
    article.dateline ? datelineLabel(article.dateline) : undefined,
    article.datePublished ? formatDate(parseDate(article.datePublished), 'en', true) : 'Date not stated',
    `${article.readingMinutes} min read`,
  ].filter((detail): detail is string => detail !== undefined);
  return [paragraph('Title', [article.headline], layout), paragraph('Subtitle', [details.join(' · ')], layout)];
}

function datelineLabel(dateline: NonNullable<Article['dateline']>): string {
  return dateline.agency ? `${dateline.place} (${dateline.agency})` : dateline.place;
}
