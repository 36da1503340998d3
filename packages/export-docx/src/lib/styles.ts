import { AlignmentType, type INumberingOptions, type IStylesOptions, LevelFormat, LineRuleType } from 'docx';
import type { Layout } from './text.js';

/** The numbering definition the List Bullet style points at. */
export const bulletNumbering = 'broadsheet-bullet';

/** The numbering definition numbered lists use, one instance per list. */
export const numberedNumbering = 'broadsheet-number';

/** Styles whose text is never hyphenated: headlines, headings and names. */
export const unhyphenatedStyles = [
  'Title',
  'Subtitle',
  'Heading1',
  'Heading2',
  'Heading3',
  'Names',
  'NameList',
  'TableHeading',
];

/**
 * The document's styles. Every look lives here, none on runs, so an editor who
 * changes Heading 1 changes every heading. Bold and italic set their complex-script
 * twins (w:bCs, w:iCs) so Arabic and Hebrew text is emphasised too.
 */
export function documentStyles(layout: Layout): IStylesOptions {
  return {
    default: {
      document: {
        run: {
          // Note: a named complex-script font, as Word's own templates name one: without it
          // Arabic and Hebrew fall back to whatever the reader's Word picks per script.
          font: { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: 'Calibri', cs: 'Arial' },
          size: 22,
          sizeComplexScript: 22,
          language: layout.rtl
            ? { value: layout.language, bidirectional: layout.language }
            : { value: layout.language },
        },
        paragraph: { spacing: { after: 160, line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: {
        name: 'Title',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: 48, sizeComplexScript: 48, bold: true, boldComplexScript: true, color: '1F3864' },
        paragraph: { spacing: { after: 120, line: 240, lineRule: LineRuleType.AUTO }, keepNext: true },
      },
      heading1: {
        name: 'Heading 1',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: 30, sizeComplexScript: 30, bold: true, boldComplexScript: true, color: '1F3864' },
        paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true, outlineLevel: 0 },
      },
      heading2: {
        name: 'Heading 2',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: 24, sizeComplexScript: 24, bold: true, boldComplexScript: true, color: '2E74B5' },
        paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, keepLines: true, outlineLevel: 1 },
      },
      heading3: {
        name: 'Heading 3',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: 22, sizeComplexScript: 22, bold: true, boldComplexScript: true, color: '1F3864' },
        paragraph: { spacing: { before: 200, after: 60 }, keepNext: true, keepLines: true, outlineLevel: 2 },
      },
    },
    paragraphStyles: [
      {
        id: 'Standfirst',
        name: 'Standfirst',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: 26, sizeComplexScript: 26, color: '262626' },
        paragraph: { spacing: { after: 160 }, keepNext: true },
      },
      {
        id: 'BodyText',
        name: 'Body Text',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: { alignment: AlignmentType.JUSTIFIED },
      },
      {
        id: 'ListNumber',
        name: 'List Number',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: { spacing: { after: 80 } },
      },
      {
        id: 'Names',
        name: 'Names',
        basedOn: 'ListBullet',
        quickFormat: true,
      },
      {
        id: 'NameList',
        name: 'Name List',
        basedOn: 'Normal',
        quickFormat: true,
      },
      {
        id: 'TableText',
        name: 'Table Text',
        basedOn: 'Normal',
        paragraph: { spacing: { after: 80 } },
      },
      {
        id: 'Subtitle',
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: 24, sizeComplexScript: 24, color: '595959' },
        paragraph: { spacing: { after: 240 } },
      },
      {
        id: 'Quote',
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { italics: true, italicsComplexScript: true, color: '404040' },
        paragraph: { indent: { left: 720, right: 720 }, spacing: { before: 120, after: 200 }, keepLines: true },
      },
      {
        id: 'ListBullet',
        name: 'List Bullet',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: { numbering: { reference: bulletNumbering, level: 0 }, spacing: { after: 80 } },
      },
      {
        id: 'TableHeading',
        name: 'Table Heading',
        basedOn: 'Normal',
        run: { bold: true, boldComplexScript: true },
        paragraph: { spacing: { after: 80 }, keepNext: true },
      },
      {
        id: 'Footer',
        name: 'footer',
        basedOn: 'Normal',
        run: { size: 18, sizeComplexScript: 18, color: '595959' },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } },
      },
    ],
    characterStyles: [
      { id: 'Strong', name: 'Strong', quickFormat: true, run: { bold: true, boldComplexScript: true } },
    ],
  };
}

/** The bullet list definition: a real w:abstractNum, so Word's list tools work on it. */
export function documentNumbering(): INumberingOptions {
  return {
    config: [
      {
        reference: bulletNumbering,
        levels: [
          {
            level: 0,
            format: LevelFormat.BULLET,
            text: '•',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 360, hanging: 360 } } },
          },
        ],
      },
      {
        reference: numberedNumbering,
        levels: [
          {
            level: 0,
            format: LevelFormat.DECIMAL,
            text: '%1.',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 360, hanging: 360 } } },
          },
        ],
      },
    ],
  };
}

// Note: the order CT_PPrBase gives the paragraph properties that follow w:suppressAutoHyphens;
// Word refuses a style whose properties are out of order.
const AFTER_SUPPRESS =
  /<w:(?:kinsoku|wordWrap|overflowPunct|topLinePunct|autoSpaceDE|autoSpaceDN|bidi|adjustRightInd|snapToGrid|spacing|ind|contextualSpacing|mirrorIndents|suppressOverlap|jc|textDirection|textAlignment|textboxTightWrap|outlineLvl|divId|cnfStyle|rPr|sectPr|pPrChange)\b/;

/**
 * Turns hyphenation off in the styles of headlines, headings and names (w:suppressAutoHyphens),
 * which docx cannot write itself.
 */
export function suppressHyphenation(stylesXml: string, styleIds: readonly string[]): string {
  return stylesXml.replace(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>[\s\S]*?<\/w:style>/g, (style, id: string) => {
    if (!styleIds.includes(id)) return style;
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>|<w:pPr\/>/.exec(style);
    if (!pPr) return style.replace(/(<w:rPr>|<\/w:style>)/, '<w:pPr><w:suppressAutoHyphens/></w:pPr>$1');
    const inner = pPr[1] ?? '';
    const at = inner.search(AFTER_SUPPRESS);
    const patched =
      at === -1
        ? `${inner}<w:suppressAutoHyphens/>`
        : `${inner.slice(0, at)}<w:suppressAutoHyphens/>${inner.slice(at)}`;
    return style.replace(pPr[0], `<w:pPr>${patched}</w:pPr>`);
  });
}
