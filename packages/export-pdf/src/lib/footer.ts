import { shortenToFit } from '@broadsheet/core';
import type { Footer } from './draw.js';
import { type Frame, type Measurer, setText } from './layout.js';
import { styles } from './styles.js';

/** The running footer: "Page X of Y" at the right, the headline cut to fit at the left from page 2. */
export function buildFooter(headline: string, frame: Frame, rtl: boolean, measure: Measurer): Footer {
  const width = frame.right - frame.left;
  const pageLabel = (page: number, pages: number) =>
    setText(`Page ${page} of ${pages}`, styles.footer, width, rtl, measure);
  const headlineRoom = measure('serif', styles.footer.size, 'Page 9999 of 9999') + 18;
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
