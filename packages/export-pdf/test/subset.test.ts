/** The font subset pdfkit embeds: the same bytes as fontkit's own subset, for any set of glyphs. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { create, type Font } from 'fontkit';
import { describe, expect, test } from 'vitest';
import { readSubsetFace, TrueTypeSubset } from '../src/lib/subset.js';

const require = createRequire(import.meta.url);

interface FontkitSubset {
  glyphs: number[];
  includeGlyph(id: number): number;
  encode(): Uint8Array;
}

describe.each(['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSerif.ttf'])('a subset of %s', (name) => {
  const file = readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${name}`));
  const face = readSubsetFace(file);
  // Note: a font of its own, so that the glyphs fontkit caches here reach no other test.
  const font = create(file) as Font;
  const glyphIds = fc.array(fc.integer({ min: 0, max: font.numGlyphs - 1 }), { maxLength: 150 });

  test("is byte for byte the subset fontkit's TTFSubset encodes, composite glyphs included", () => {
    fc.assert(
      fc.property(glyphIds, (ids) => {
        const ours = new TrueTypeSubset(face);
        // Note: fontkit's includeGlyph takes a glyph id too, though its types list only glyphs.
        const fontkits = font.createSubset() as unknown as FontkitSubset;
        for (const id of ids) expect(ours.includeGlyph(id)).toBe(fontkits.includeGlyph(id));
        expect(Buffer.from(ours.encode()).equals(Buffer.from(fontkits.encode()))).toBe(true);
        expect(ours.glyphs).toEqual(fontkits.glyphs);
      }),
      { numRuns: 40 },
    );
  });

  test('can be read back by fontkit with the outlines and advances of the glyphs it holds', () => {
    const letters = font.layout('Ключ, Kerry & Lavrov — “façade” …');
    const subset = new TrueTypeSubset(face);
    const ids = letters.glyphs.map((glyph) => subset.includeGlyph(glyph.id));
    const embedded = create(Buffer.from(subset.encode())) as Font;
    expect(embedded.numGlyphs).toBe(subset.glyphs.length);
    letters.glyphs.forEach((glyph, i) => {
      const copy = embedded.getGlyph(ids[i] as number);
      expect(copy.advanceWidth).toBe(glyph.advanceWidth);
      expect(copy.path.toSVG()).toBe(glyph.path.toSVG());
    });
  });
});
