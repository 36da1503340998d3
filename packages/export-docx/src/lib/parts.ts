import { type Document, Packer } from 'docx';
import { unzipSync } from 'fflate';
import { normaliseRelationships } from './package.js';
import { type Part, packed } from './zip.js';

type PartCompiler = { compile(file: Document): Map<string, string | Uint8Array> };

/**
 * The parts that depend only on the document's options (its styles, numbering
 * definitions, page and footer), never on its body, and the `File` getters docx
 * compiles them from. Word writes them the same for every article.
 */
const sharedParts: Readonly<Record<string, readonly string[]>> = {
  Styles: ['word/styles.xml'],
  Theme: ['word/theme/theme1.xml'],
  Settings: ['word/settings.xml'],
  FontTable: ['word/fontTable.xml', 'word/_rels/fontTable.xml.rels'],
  ContentTypes: ['[Content_Types].xml'],
  AppProperties: ['docProps/app.xml'],
  CustomProperties: ['docProps/custom.xml'],
  CoreProperties: ['docProps/core.xml'],
  FileRelationships: ['_rels/.rels'],
};

/** The shared parts of one set of options, and the lists of the empty document. */
interface Template {
  parts: Map<string, Part>;
  /** Every list of the empty document, with its number. */
  lists: readonly ListInstance[];
  /** The lists its styles created as they were formatted (List Bullet's). */
  styleLists: readonly ListInstance[];
}

/** A concrete numbering instance, as docx's Numbering lists them. */
interface ListInstance {
  reference: string;
  instance: number;
  restartedListId?: string;
  numId: number;
}

type NumberingInternals = {
  ConcreteNumbering: ListInstance[];
  createConcreteNumberingInstance(
    reference: string,
    instance: number,
    definition: undefined,
    restartedListId: string | undefined,
  ): void;
};

/** Compiled shared parts by options; a handful of languages and paper sizes, so a small cache. */
const templates = new Map<string, Template>();
const maxTemplates = 64;

/**
 * The package's parts: the document's own parts compiled from `newDocument()`, and the
 * shared ones compiled once per `optionsKey` from `emptyDocument()` (the same
 * options, no body) and deflated once.
 * Note: docx compiles every part for every document, and styles, theme, settings
 * and the rest cost more than the body does. Here docx compiles the document
 * with a trivial stand-in for each shared component, and the parts those give are
 * replaced by the cached ones. A document the cached parts would not fit is
 * compiled whole: one whose package holds other parts (an image, comments), or
 * whose lists take the numbers the styles' lists have in the empty document.
 * @param patch rewrites what docx cannot write itself, in the shared parts and in a document compiled whole.
 */
export async function compileParts(
  newDocument: () => Document,
  optionsKey: string,
  emptyDocument: () => Document,
  patch: (parts: Map<string, Part>) => void = () => {},
): Promise<Map<string, Part>> {
  // Note: the compiler behind Packer is internal to docx 9.15, hence the check and the fallback.
  const compiler = (Packer as unknown as { compiler?: PartCompiler }).compiler;
  if (typeof compiler?.compile !== 'function') {
    const whole = new Map<string, Part>(Object.entries(unzipSync(await Packer.toBuffer(newDocument()))));
    patch(whole);
    return whole;
  }
  let template = templates.get(optionsKey);
  if (!template) {
    const empty = emptyDocument();
    const before = new Set(numbering(empty).ConcreteNumbering.map((list) => list.numId));
    const parts = new Map<string, Part>(compiler.compile(empty));
    patch(parts);
    normaliseRelationships(parts);
    for (const name of Object.values(sharedParts).flat()) {
      const part = parts.get(name);
      if (part !== undefined) parts.set(name, packed(part));
    }
    const lists = numbering(empty).ConcreteNumbering;
    template = { parts, lists, styleLists: lists.filter((list) => !before.has(list.numId)) };
    if (templates.size >= maxTemplates) templates.clear();
    templates.set(optionsKey, template);
  }
  const document = newDocument();
  const own = compiler.compile(withSharedStandIns(document, template.styleLists));
  const fits =
    own.size === template.parts.size &&
    [...own.keys()].every((name) => template.parts.has(name)) &&
    sameNumbers(template.lists, numbering(document).ConcreteNumbering);
  // Note: a new document, as compiling one adds its lists to it.
  if (!fits) {
    const whole = new Map<string, Part>(compiler.compile(newDocument()));
    patch(whole);
    return whole;
  }
  const parts = new Map<string, Part>(own);
  for (const name of Object.values(sharedParts).flat()) parts.set(name, template.parts.get(name) as Part);
  return parts;
}

/**
 * A view of `document` whose shared components compile to nothing worth keeping.
 * Note: formatting the styles creates the lists they number with (List Bullet's),
 * after the body's; the styles' stand-in creates the same lists, in the same order.
 */
function withSharedStandIns(document: Document, styleLists: readonly ListInstance[]): Document {
  const standIn = { prepForXml: () => ({ 'w:standIn': {} }) };
  const styles = {
    prepForXml: () => {
      for (const list of styleLists)
        numbering(document).createConcreteNumberingInstance(
          list.reference,
          list.instance,
          undefined,
          list.restartedListId,
        );
      return standIn.prepForXml();
    },
  };
  const fontTable = { View: standIn, Relationships: standIn, files: [] };
  const standIns: Record<string, unknown> = { Styles: styles, FontTable: fontTable };
  const properties = Object.fromEntries(
    Object.keys(sharedParts).map((getter) => [getter, { value: standIns[getter] ?? standIn }]),
  );
  return Object.create(document, properties) as Document;
}

/** Whether every list of the empty document has the same number in `lists`, as the cached styles refer to it by number. */
function sameNumbers(expected: readonly ListInstance[], lists: readonly ListInstance[]): boolean {
  return expected.every((list) =>
    lists.some(
      (other) =>
        other.reference === list.reference &&
        other.instance === list.instance &&
        other.restartedListId === list.restartedListId &&
        other.numId === list.numId,
    ),
  );
}

function numbering(document: Document): NumberingInternals {
  return document.Numbering as unknown as NumberingInternals;
}
