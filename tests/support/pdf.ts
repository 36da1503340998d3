/** Reads a PDF's link annotations with qpdf, as a PDF viewer finds them. */
import { runOk } from './tools.js';

/** A link annotation as qpdf reports it: its address and box (PDF units, origin at the page's foot). */
export interface Annotation {
  page: number;
  uri: string;
  contents: string | undefined;
  rect: [number, number, number, number];
}

/** A value in qpdf's JSON: a reference is a string "N 0 R", a name "/Name", a text string "u:text". */
export type PdfValue = string | number | PdfValue[] | { [key: string]: PdfValue };

/** Every link annotation of `file`, page by page, read from qpdf's JSON of its objects. */
export function linkAnnotations(file: string): Annotation[] {
  const json = JSON.parse(runOk('qpdf', ['--json', '--json-key=pages', '--json-key=qpdf', file])) as {
    pages: { object: string }[];
    qpdf: [unknown, Record<string, { value?: PdfValue }>];
  };
  const objects = json.qpdf[1];
  // Note: a value that is a reference ("12 0 R") stands for the object it names.
  const resolve = (value: PdfValue | undefined): PdfValue | undefined =>
    typeof value === 'string' && / 0 R$/.test(value) ? objects[`obj:${value}`]?.value : value;
  const field = (value: PdfValue | undefined, key: string) =>
    (resolve(value) as Record<string, PdfValue> | undefined)?.[key];
  const text = (value: PdfValue | undefined) => (typeof value === 'string' ? value.replace(/^u:/, '') : undefined);
  return json.pages.flatMap((page, index) =>
    ((resolve(field(page.object, '/Annots')) as PdfValue[] | undefined) ?? [])
      .filter((annotation) => field(annotation, '/Subtype') === '/Link')
      .map((annotation) => ({
        page: index + 1,
        uri: text(field(field(annotation, '/A'), '/URI')) ?? '',
        contents: text(field(annotation, '/Contents')),
        rect: resolve(field(annotation, '/Rect')) as Annotation['rect'],
      })),
  );
}
