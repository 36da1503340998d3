import { formatNumber, type Labels, shortenToFit } from '@broadsheet/core';
import type { Footer } from './draw.js';
import { type Frame, type Measurer, setText } from './layout.js';
import { styles } from './styles.js';

/** What the footer says, in the briefing's language. */
export interface FooterWords {
  labels: Labels;
  language: string;
}

/** The running footer: "Page X of Y" at the end, the headline cut to fit at the start from page 2. */
export function buildFooter(
  headline: string,
  frame: Frame,
  rtl: boolean,
  measure: Measurer,
  words: FooterWords,
): Footer {
  const width = frame.right - frame.left;
  const label = (page: number, pages: number): string =>
    words.labels.page(formatNumber(page, words.language), formatNumber(pages, words.language));
  const pageLabel = (page: number, pages: number) => setText(label(page, pages), styles.footer, width, rtl, measure);
  const widest = setText(label(9999, 9999), styles.footer, width, rtl, measure);
  const headlineRoom = measure(widest.face, styles.footer.size, widest.text) + 18;
  const room = width - headlineRoom;
  const fitted = setText(headline, styles.footer, Number.POSITIVE_INFINITY, rtl, measure);
  const shortened = shortenToFit(headline, (text) => measure(fitted.face, styles.footer.size, text) <= room);
  return {
    headline: setText(shortened, styles.footer, Number.POSITIVE_INFINITY, rtl, measure),
    headlineRoom,
    pageLabel,
    top: frame.bottom + 34,
  };
}
