import { ExternalHyperlink, Paragraph, type ParagraphChild, TextRun } from 'docx';

/** What every handler needs to know to write its paragraphs. */
export interface Layout {
  /** The article is written right to left (Arabic, Hebrew). */
  rtl: boolean;
  /** The BCP 47 language of the article's text. */
  language: string;
  /** The language of the words the briefing adds (labels), when it is not the article's. */
  labelsLanguage: string;
  /** The page's text width in twips, for tables. */
  textWidth: number;
}

/** The character styles the document defines (see `styles.ts`). */
export type CharacterStyle = 'Strong' | 'Hyperlink';

/** The paragraph styles the document defines or takes from docx's defaults. */
export type ParagraphStyle =
  | 'Title'
  | 'Standfirst'
  | 'Subtitle'
  | 'Heading1'
  | 'Heading2'
  | 'Heading3'
  | 'Normal'
  | 'BodyText'
  | 'Quote'
  | 'ListBullet'
  | 'ListNumber'
  | 'Names'
  | 'NameList'
  | 'TableHeading'
  | 'TableText'
  | 'Footer';

/** A piece of a paragraph: plain text, text in a character style, a line break or a link. */
export type Inline =
  | string
  | { text: string; style: CharacterStyle; labels?: boolean }
  | { lineBreak: true }
  | { link: string; text?: string };

/** How one paragraph differs from its style. */
export interface ParagraphOptions {
  keepNext?: boolean;
  numbering?: { reference: string; instance: number };
  /** Its text is the briefing's own words, in the labels' language. */
  labels?: boolean;
}

// Note: Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic and their presentation forms.
const rtlScript = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;

/**
 * One run of text, with its language so Word hyphenates and checks spelling in the right one.
 * In a right-to-left article a run holding right-to-left script is marked `w:rtl`, as Word marks
 * what is typed in Arabic or Hebrew; a Latin run (a URL) stays left to right.
 */
export function textRun(text: string, layout: Layout, style?: CharacterStyle, labels = false): TextRun {
  const rightToLeft = layout.rtl && rtlScript.test(text);
  const value = labels ? layout.labelsLanguage : layout.language;
  return new TextRun({
    text,
    ...(style ? { style } : {}),
    ...(rightToLeft ? { rightToLeft } : {}),
    language: layout.rtl ? { value, bidirectional: value } : { value },
  });
}

/** A paragraph in one of the document's styles, marked `w:bidi` in a right-to-left article. */
export function paragraph(
  style: ParagraphStyle,
  content: readonly Inline[],
  layout: Layout,
  options: ParagraphOptions = {},
): Paragraph {
  return new Paragraph({
    style,
    children: content.map((inline) => inlineChild(inline, layout, options.labels ?? false)),
    // Note: Word's own template turns widow control on in Normal; docx cannot say it in a style, so each paragraph says it.
    widowControl: true,
    ...(options.keepNext ? { keepNext: true } : {}),
    ...(options.numbering ? { numbering: { ...options.numbering, level: 0 } } : {}),
    ...(layout.rtl ? { bidirectional: true } : {}),
  });
}

function inlineChild(inline: Inline, layout: Layout, labels: boolean): ParagraphChild {
  if (typeof inline === 'string') return textRun(inline, layout, undefined, labels);
  if ('lineBreak' in inline) return new TextRun({ break: 1 });
  if ('link' in inline)
    return new ExternalHyperlink({
      link: inline.link,
      children: [textRun(inline.text ?? inline.link, layout, 'Hyperlink')],
    });
  return textRun(inline.text, layout, inline.style, inline.labels ?? labels);
}
