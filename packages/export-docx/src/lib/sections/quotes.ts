import type { Article, Quote } from '@broadsheet/core';
import type { FileChild } from 'docx';
import { heading, type Inline, type Layout, paragraph } from '../text.js';

// Note: guillemets for the languages that quote with them; they are also mirrored
// in right-to-left text, where “ ” would come out facing the wrong way.
const guillemetLanguages = new Set(['ru', 'uk', 'be', 'ar', 'fa', 'ur', 'he']);

/** "Quotes": each quotation in the Quote style, with "— speaker" on its own line when known. */
export function quotes(article: Article, layout: Layout): FileChild[] {
  if (article.quotes.length === 0) return [];
  const [open, close] = quoteMarks(article.language);
  return [
    heading('Quotes', layout),
    ...article.quotes.map((quote) => paragraph('Quote', quoteLine(quote, open, close), layout)),
  ];
}

function quoteLine(quote: Quote, open: string, close: string): Inline[] {
  const words: Inline = `${open}${quote.text}${close}`;
  return quote.speaker ? [words, { lineBreak: true }, `— ${quote.speaker}`] : [words];
}

function quoteMarks(language: string): [string, string] {
  const primary = language.split('-')[0] ?? language;
  return guillemetLanguages.has(primary) ? ['«', '»'] : ['“', '”'];
}
