import type { Footer } from './draw.js';
import { type Frame, type Measurer, setText } from './layout.js';
import { styles } from './styles.js';

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The running footer: "Page X of Y" at the right, the headline cut to fit at the left from page 2. */
export function buildFooter(headline: string, frame: Frame, rtl: boolean, measure: Measurer): Footer {
  const width = frame.right - frame.left;
  const pageLabel = (page: number, pages: number) =>
    setText(`Page ${page} of ${pages}`, styles.footer, width, rtl, measure);
  const headlineRoom = measure('serif', styles.footer.size, 'Page 9999 of 9999') + 18;
  const room = width - headlineRoom;
  const fitted = setText(headline, styles.footer, Number.POSITIVE_INFINITY, rtl, measure);
  const shortened = shorten(headline, room, (text) => measure(fitted.face, styles.footer.size, text));
  return {
    headline: setText(shortened, styles.footer, Number.POSITIVE_INFINITY, rtl, measure),
    headlineRoom,
    pageLabel,
    top: frame.bottom + 34,
  };
}

/** `text` cut at a grapheme boundary and ended with "…" when it is wider than `room`. */
export function shorten(text: string, room: number, width: (text: string) => number): string {
  const flat = text.replace(/\s+/g, ' ');
  if (width(flat) <= room) return flat;
  const boundaries = [...graphemes.segment(flat)].map(({ index }) => index);
  let low = 0;
  let high = boundaries.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (width(`${flat.slice(0, boundaries[middle] ?? flat.length).trimEnd()}…`) <= room) low = middle;
    else high = middle - 1;
  }
  return `${flat.slice(0, boundaries[low] ?? 0).trimEnd()}…`;
}
