/**
 * A TrueType face read once for subsetting: its tables as byte ranges, and each
 * glyph's outline bytes, components and horizontal metrics, read on first use and kept.
 */
export interface SubsetFace {
  /** The bytes of a table of the font file. */
  table(tag: string): Uint8Array;
  /** Glyph `id`'s outline bytes (as stored in `glyf`), the glyphs it is built from, and its metrics. */
  glyph(id: number): GlyphRecord;
  /** Whether `loca` holds 32-bit offsets (`head.indexToLocFormat` 1). */
  readonly longOffsets: boolean;
}

interface GlyphRecord {
  bytes: Uint8Array;
  /** For a composite glyph: where each component's glyph id sits in `bytes`, and that id. */
  components: { at: number; id: number }[];
  advance: number;
  bearing: number;
}

// Composite glyph flags (OpenType `glyf`).
const ARGS_ARE_WORDS = 0x0001;
const HAS_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const HAS_X_AND_Y_SCALE = 0x0040;
const HAS_TWO_BY_TWO = 0x0080;

/** Reads the table directory of a TrueType font file. */
export function readSubsetFace(file: Uint8Array): SubsetFace {
  // Note: a copy, so that the file is never a view of a pooled Buffer that another write could reach.
  const bytes = new Uint8Array(file);
  const view = viewOf(bytes);
  const tables = new Map<string, Uint8Array>();
  for (let i = 0; i < view.getUint16(4); i++) {
    const entry = 12 + 16 * i;
    const tag = String.fromCharCode(...bytes.subarray(entry, entry + 4));
    const offset = view.getUint32(entry + 8);
    tables.set(tag, bytes.subarray(offset, offset + view.getUint32(entry + 12)));
  }
  const table = (tag: string): Uint8Array => {
    const found = tables.get(tag);
    if (!found) throw new Error(`the font has no ${tag} table`);
    return found;
  };
  const longOffsets = viewOf(table('head')).getInt16(50) === 1;
  const loca = viewOf(table('loca'));
  const hmtx = viewOf(table('hmtx'));
  const glyf = table('glyf');
  const metricsCount = viewOf(table('hhea')).getUint16(34);
  const offset = (id: number) => (longOffsets ? loca.getUint32(id * 4) : loca.getUint16(id * 2) * 2);

  const records = new Map<number, GlyphRecord>();
  const glyph = (id: number): GlyphRecord => {
    let record = records.get(id);
    if (record) return record;
    const glyphBytes = glyf.subarray(offset(id), offset(id + 1));
    const components: GlyphRecord['components'] = [];
    if (glyphBytes.length >= 10 && viewOf(glyphBytes).getInt16(0) < 0) {
      const outline = viewOf(glyphBytes);
      let at = 10;
      let flags: number;
      do {
        flags = outline.getUint16(at);
        components.push({ at: at + 2, id: outline.getUint16(at + 2) });
        const scale = flags & HAS_SCALE ? 2 : flags & HAS_X_AND_Y_SCALE ? 4 : flags & HAS_TWO_BY_TWO ? 8 : 0;
        at += 4 + (flags & ARGS_ARE_WORDS ? 4 : 2) + scale;
      } while (flags & MORE_COMPONENTS);
    }
    // Note: as fontkit reads hmtx: glyphs past the last full metric share its advance.
    const full = id < metricsCount;
    const advance = metricsCount === 0 ? 0 : hmtx.getUint16((full ? id : metricsCount - 1) * 4);
    const bearingAt = full ? id * 4 + 2 : metricsCount * 4 + (id - metricsCount) * 2;
    const bearing = bearingAt + 2 <= hmtx.byteLength ? hmtx.getInt16(bearingAt) : 0;
    record = { bytes: glyphBytes, components, advance, bearing };
    records.set(id, record);
    return record;
  };
  return { table, glyph, longOffsets };
}

/**
 * The glyphs one document uses, embedded as a TrueType subset: the same interface
 * and the same bytes as fontkit's `TTFSubset`, which pdfkit calls.
 * Note: fontkit decodes every glyph's outline and re-encodes every table through
 * its structure library for every document, which cost about 3 ms per font and
 * document; this copies the outline bytes and the unchanged tables as they are.
 * The tables kept are the ones fontkit keeps (the ones the PDF format requires),
 * in its order, with its directory (tag "true", checksums left at zero).
 */
export class TrueTypeSubset {
  readonly glyphs: number[] = [];
  private readonly mapping = new Map<number, number>();

  constructor(private readonly face: SubsetFace) {
    this.includeGlyph(0);
  }

  /** The glyph's id in the subset, adding it when it is new. */
  includeGlyph(glyph: number | { id: number }): number {
    const id = typeof glyph === 'number' ? glyph : glyph.id;
    let mapped = this.mapping.get(id);
    if (mapped === undefined) {
      mapped = this.glyphs.length;
      this.glyphs.push(id);
      this.mapping.set(id, mapped);
    }
    return mapped;
  }

  /** The subset as a TrueType font file. */
  encode(): Uint8Array {
    const { face } = this;
    const outlines: Uint8Array[] = [];
    const offsets: number[] = [];
    let size = 0;
    // Note: a composite glyph adds its components as it goes, so the list grows while it is read.
    for (let i = 0; i < this.glyphs.length; i++) {
      const record = face.glyph(this.glyphs[i] as number);
      let outline = record.bytes;
      if (record.components.length > 0) {
        outline = outline.slice();
        const view = viewOf(outline);
        for (const component of record.components) view.setUint16(component.at, this.includeGlyph(component.id));
      }
      outlines.push(outline);
      offsets.push(size);
      size += outline.length;
    }
    offsets.push(size);
    const count = this.glyphs.length;

    const hhea = face.table('hhea').slice();
    viewOf(hhea).setUint16(34, count);
    const maxp = face.table('maxp').slice();
    viewOf(maxp).setUint16(4, count);
    const loca = new Uint8Array(offsets.length * (face.longOffsets ? 4 : 2));
    const locaView = viewOf(loca);
    offsets.forEach((offset, i) => {
      if (face.longOffsets) locaView.setUint32(i * 4, offset);
      else locaView.setUint16(i * 2, offset >>> 1);
    });
    const hmtx = new Uint8Array(count * 4);
    const hmtxView = viewOf(hmtx);
    this.glyphs.forEach((id, i) => {
      const { advance, bearing } = face.glyph(id);
      hmtxView.setUint16(i * 4, advance);
      hmtxView.setInt16(i * 4 + 2, bearing);
    });
    const glyf = new Uint8Array(size);
    outlines.reduce((at, outline) => {
      glyf.set(outline, at);
      return at + outline.length;
    }, 0);

    const tables: [string, Uint8Array][] = [
      ['head', face.table('head')],
      ['hhea', hhea],
      ['loca', loca],
      ['maxp', maxp],
      ['cvt ', face.table('cvt ')],
      ['prep', face.table('prep')],
      ['glyf', glyf],
      ['hmtx', hmtx],
      ['fpgm', face.table('fpgm')],
    ];
    return writeFontFile(tables);
  }
}

/** A TrueType file of `tables`, in the given order, as fontkit writes one. */
function writeFontFile(tables: readonly [string, Uint8Array][]): Uint8Array {
  const directorySize = 12 + 16 * tables.length;
  const file = new Uint8Array(tables.reduce((sum, [, table]) => sum + table.length, directorySize));
  const view = viewOf(file);
  file.set([0x74, 0x72, 0x75, 0x65]); // "true"
  const exponent = Math.floor(Math.log2(tables.length));
  const searchRange = 2 ** exponent * 16;
  view.setUint16(4, tables.length);
  view.setUint16(6, searchRange);
  view.setUint16(8, exponent);
  view.setUint16(10, tables.length * 16 - searchRange);
  let offset = directorySize;
  tables.forEach(([tag, table], i) => {
    const entry = 12 + 16 * i;
    for (let k = 0; k < 4; k++) file[entry + k] = tag.charCodeAt(k);
    view.setUint32(entry + 8, offset);
    view.setUint32(entry + 12, table.length);
    file.set(table, offset);
    offset += table.length;
  });
  return file;
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
