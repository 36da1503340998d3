import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font, type Glyph, type GlyphRun } from 'fontkit';
import { type SubsetFace, TrueTypeSubset, readSubsetFace } from './subset.js';

/** The bundled DejaVu faces a briefing is set in. */
export type FaceName = 'sans' | 'sans-bold' | 'serif';

const files: Readonly<Record<FaceName, string>> = {
  sans: 'DejaVuSans.ttf',
  'sans-bold': 'DejaVuSans-Bold.ttf',
  serif: 'DejaVuSerif.ttf',
};

/** The face with the widest coverage: a character it lacks is a character no bundled font has. */
export const widestFace: FaceName = 'sans';

let faces: ReadonlyMap<FaceName, Font> | undefined;

/**
 * The parsed fonts, read from `dejavu-fonts-ttf` on first use and kept for the life of the process.
 * Note: parsing a TTF and shaping words cost more than setting a briefing, so every document shares
 * these objects and their shaped words; pdfkit accepts a parsed fontkit font as a font source and
 * still builds its own subset of glyphs per document.
 */
export function loadedFaces(): ReadonlyMap<FaceName, Font> {
  if (!faces) {
    const require = createRequire(import.meta.url);
    const entries = (Object.keys(files) as FaceName[]).map((name) => {
      const file = readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${files[name]}`));
      const parsed = create(file);
      if (!('layout' in parsed)) throw new Error(`${files[name]} is a font collection, not a single font`);
      return [name, withSharedLayouts(parsed, readSubsetFace(file))] as const;
    });
    faces = new Map(entries);
  }
  return faces;
}

/** A glyph run rebuilt from a cached one: pdfkit scales the positions it gets in place. */
class CopiedRun {
  readonly glyphs: Glyph[];
  readonly positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[];

  constructor(run: GlyphRun) {
    this.glyphs = run.glyphs;
    this.positions = run.positions.map(({ xAdvance, yAdvance, xOffset, yOffset }) => ({
      xAdvance,
      yAdvance,
      xOffset,
      yOffset,
    }));
  }

  get advanceWidth(): number {
    return this.positions.reduce((sum, position) => sum + position.xAdvance, 0);
  }
}

/** The most shaped words kept per face; the cache starts over when it is full. */
const maxSharedRuns = 4_000;

/**
 * `font` with a `layout` that remembers each string it shaped with default features, for all documents,
 * and a `createSubset` that copies glyph outlines as they are (see TrueTypeSubset).
 * Shaping a string gives the same glyphs every time, so the cache changes no output.
 */
function withSharedLayouts(font: Font, subsetFace: SubsetFace): Font {
  // Note: fontkit caches a glyph with the code points of its first request, and its own
  // subset creates the parts of a composite glyph (Cyrillic "М" is built on Latin "M")
  // with none, which in the shared cache would empty that letter from the next
  // document's ToUnicode map. TrueTypeSubset reads the font file, never fontkit's glyphs.
  const createSubset = (): TrueTypeSubset => new TrueTypeSubset(subsetFace);
  const runs = new Map<string, GlyphRun>();
  const layout = (text: string, ...options: unknown[]): GlyphRun | CopiedRun => {
    if (options.some((option) => option !== undefined)) return font.layout(text, ...(options as []));
    let run = runs.get(text);
    if (!run) {
      if (runs.size >= maxSharedRuns) runs.clear();
      run = font.layout(text);
      runs.set(text, run);
    }
    return new CopiedRun(run);
  };
  return Object.create(font, { layout: { value: layout }, createSubset: { value: createSubset } }) as Font;
}

/** The parsed font behind `name`. */
export function face(name: FaceName): Font {
  const font = loadedFaces().get(name);
  if (!font) throw new Error(`unknown face ${name}`);
  return font;
}

const coverage = new Map<FaceName, Map<number, boolean>>();

/** Whether the face can draw the code point (every DejaVu face has printable ASCII). */
export function hasGlyph(name: FaceName, codePoint: number): boolean {
  if (codePoint >= 0x20 && codePoint < 0x7f) return true;
  let known = coverage.get(name);
  if (!known) {
    known = new Map();
    coverage.set(name, known);
  }
  let has = known.get(codePoint);
  if (has === undefined) {
    has = face(name).hasGlyphForCodePoint(codePoint);
    known.set(codePoint, has);
  }
  return has;
}

const advances = new Map<FaceName, Map<string, number>>();

/**
 * Width of `text` at `size` points, as pdfkit will set it: each space-separated word shaped on its own.
 * Widths are kept for all documents, per face, up to `maxSharedRuns` strings.
 */
export function widthOf(name: FaceName, size: number, text: string): number {
  let known = advances.get(name);
  if (!known) {
    known = new Map();
    advances.set(name, known);
  }
  let advance = known.get(text);
  if (advance === undefined) {
    const font = face(name);
    const units = text.split(/(?<= )/).reduce((sum, word) => sum + font.layout(word).advanceWidth, 0);
    advance = (units * 1000) / font.unitsPerEm;
    if (known.size >= maxSharedRuns) known.clear();
    known.set(text, advance);
  }
  return (advance * size) / 1000;
}

/** The first face of `chain` that can draw every character of `text`; the last one when none can. */
export function faceFor(text: string, chain: readonly FaceName[]): FaceName {
  const fallback = chain[chain.length - 1] ?? widestFace;
  return chain.find((name) => coversText(name, text)) ?? fallback;
}

function coversText(name: FaceName, text: string): boolean {
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (codePoint > 0x20 && !hasGlyph(name, codePoint)) return false;
  }
  return true;
}

/** Ascent minus descent of a face, as a fraction of the font size. */
export function naturalHeight(name: FaceName): number {
  const font = face(name);
  return (font.ascent - font.descent) / font.unitsPerEm;
}
