import { ExternalHyperlink, Paragraph, type ParagraphChild, TextRun } from 'docx';

/** What every section needs to know to write its paragraphs. */
export interface Layout {
  /** The article is written right to left (Arabic, Hebrew). */
  rtl: boolean;
  /** The BCP 47 language of the article's text. */
  language: string;
  /** The page's text width in twips, for tables. */
  textWidth: number;
}

/** The character styles the document defines (see `styles.ts`). */
export type CharacterStyle = 'Strong' | 'Hyperlink';

/** The paragraph styles the document defines or takes from docx's defaults. */
export type ParagraphStyle =
  | 'Title'
  | 'Subtitle'
  | 'Heading1'
  | 'Heading2'
  | 'Normal'
  | 'Quote'
  | 'ListBullet'
  | 'TableHeading'
  | 'Footer';

/** A piece of a paragraph: plain text, text in a character style, a line break or a link. */
export type Inline = string | { text: string; style: CharacterStyle } | { lineBreak: true } | { link: string };

// Note: Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic and their presentation forms.
const rtlScript = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;

/**
 * One run of text. In a right-to-left article a run holding right-to-left script is
 * marked `w:rtl`, as Word marks what is typed in Arabic or Hebrew; a Latin run
 * (a fixed English label, a URL) stays left to right.
 */
export function textRun(text: string, layout: Layout, style?: CharacterStyle): TextRun {
  const rightToLeft = layout.rtl && rtlScript.test(text);
  return new TextRun({ text, ...(style ? { style } : {}), ...(rightToLeft ? { rightToLeft } : {}) });
}

/** A paragraph in one of the document's styles, marked `w:bidi` in a right-to-left article. */
export function paragraph(style: ParagraphStyle, content: readonly Inline[], layout: Layout): Paragraph {
  return new Paragraph({
    style,
    children: content.map((inline) => inlineChild(inline, layout)),
    ...(layout.rtl ? { bidirectional: true } : {}),
  });
}

function inlineChild(inline: Inline, layout: Layout): ParagraphChild {
  if (typeof inline === 'string') return textRun(inline, layout);
  if ('lineBreak' in inline) return new TextRun({ break: 1 });
  if ('link' in inline)
    return new ExternalHyperlink({ link: inline.link, children: [textRun(inline.link, layout, 'Hyperlink')] });
  return textRun(inline.text, layout, inline.style);
}

/** A Heading 1 paragraph. */
export function heading(text: string, layout: Layout): Paragraph {
  return paragraph('Heading1', [text], layout);
}

/** A Heading 2 paragraph. */
export function subheading(text: string, layout: Layout): Paragraph {
  return paragraph('Heading2', [text], layout);
}

/** A bulleted list item (the List Bullet style carries the numbering). */
export function bullet(content: readonly Inline[], layout: Layout): Paragraph {
  return paragraph('ListBullet', content, layout);
}

/** Joins names as a reader would write them: "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
