import type { FaceName } from './fonts.js';

/** How one kind of text is set. */
export interface TextStyle {
  /** Faces to try in order: the first that has every character of the text sets it. */
  faces: readonly FaceName[];
  size: number;
  /** Distance between baselines, in points. */
  leading: number;
  color: string;
  spaceBefore: number;
  spaceAfter: number;
  /** Draws a thin rule above the block (section headings). */
  ruleAbove?: boolean;
  /** Space before the text on its starting side, in points. */
  indent?: number;
  /** Draws a bar beside the indented text (quotations). */
  bar?: boolean;
}

/** Page sizes in points and the margins around the text. */
export const pageSizes = {
  A4: { width: 595.28, height: 841.89 },
  Letter: { width: 612, height: 792 },
} as const;

/** Margins in points; the footer sits inside the bottom margin. */
export const margins = { top: 60, bottom: 72, left: 72, right: 72 } as const;

const serifBody: readonly FaceName[] = ['serif', 'sans'];
const sansBold: readonly FaceName[] = ['sans-bold', 'sans'];
const ink = '#1a1a1a';
const muted = '#555555';
const accent = '#8b1a1a';

/** Every style a briefing uses. */
export const styles = {
  kicker: { faces: sansBold, size: 10, leading: 14, color: accent, spaceBefore: 0, spaceAfter: 4 },
  headline: { faces: sansBold, size: 22, leading: 27, color: ink, spaceBefore: 0, spaceAfter: 8 },
  standfirst: { faces: serifBody, size: 12, leading: 17, color: ink, spaceBefore: 0, spaceAfter: 8 },
  byline: { faces: sansBold, size: 10, leading: 14, color: ink, spaceBefore: 0, spaceAfter: 2 },
  meta: { faces: serifBody, size: 9, leading: 13, color: muted, spaceBefore: 0, spaceAfter: 2 },
  heading: {
    faces: sansBold,
    size: 13,
    leading: 17,
    color: accent,
    spaceBefore: 20,
    spaceAfter: 6,
    ruleAbove: true,
  },
  subheading: { faces: sansBold, size: 9.5, leading: 13, color: muted, spaceBefore: 6, spaceAfter: 2 },
  textHeading: { faces: sansBold, size: 11, leading: 15, color: ink, spaceBefore: 8, spaceAfter: 4 },
  body: { faces: serifBody, size: 10.5, leading: 15, color: ink, spaceBefore: 0, spaceAfter: 7 },
  item: { faces: serifBody, size: 10.5, leading: 15, color: ink, spaceBefore: 0, spaceAfter: 4 },
  label: { faces: sansBold, size: 9, leading: 15, color: accent, spaceBefore: 0, spaceAfter: 0 },
  quote: {
    faces: serifBody,
    size: 10.5,
    leading: 15,
    color: ink,
    spaceBefore: 2,
    spaceAfter: 1,
    indent: 14,
    bar: true,
  },
  speaker: {
    faces: serifBody,
    size: 9,
    leading: 13,
    color: muted,
    spaceBefore: 0,
    spaceAfter: 8,
    indent: 14,
    bar: true,
  },
  note: { faces: serifBody, size: 8.5, leading: 12, color: muted, spaceBefore: 0, spaceAfter: 2 },
  footer: { faces: serifBody, size: 8, leading: 10, color: muted, spaceBefore: 0, spaceAfter: 0 },
} satisfies Record<string, TextStyle>;

/** Width of the hanging column that holds a list item's bullet or date. */
export const labelColumns = { bullet: 14, number: 22, date: 122 } as const;
