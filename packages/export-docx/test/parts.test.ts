/**
 * The package's parts: shared parts compiled once and deflated once give the bytes
 * docx's own Packer gives, and the zip writer writes what fflate's zipSync writes.
 */
import { Document, ExternalHyperlink, type FileChild, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { normalisePackage } from '../src/lib/package.js';
import { compileParts } from '../src/lib/parts.js';
import { documentNumbering, documentStyles } from '../src/lib/styles.js';
import type { Layout } from '../src/lib/text.js';
import { packPart, zipPacked } from '../src/lib/zip.js';

const coreXml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties/>';
const english: Layout = { rtl: false, language: 'en', labelsLanguage: 'en', textWidth: 9026 };
const arabic: Layout = { rtl: true, language: 'ar', labelsLanguage: 'ar', textWidth: 9026 };

function frameDocument(layout: Layout, children: FileChild[], numberedList = false): Document {
  const numbering = documentNumbering();
  return new Document({
    styles: documentStyles(layout),
    numbering: numberedList
      ? {
          config: [...numbering.config, { reference: 'steps', levels: [{ level: 0, format: 'decimal', text: '%1.' }] }],
        }
      : numbering,
    sections: [{ children }],
  });
}

/** What docx's public Packer writes for the document, normalised the same way. */
async function packedByDocx(document: Document): Promise<Uint8Array> {
  return normalisePackage(new Map(Object.entries(unzipSync(await Packer.toBuffer(document)))), coreXml);
}

const bodies: Array<[string, Layout, () => FileChild[], boolean]> = [
  ['a plain English body', english, () => [new Paragraph({ style: 'Title', text: 'Kerry and Lavrov' })], false],
  [
    'a body with bullets and a hyperlink',
    english,
    () => [
      new Paragraph({ style: 'ListBullet', text: 'First point' }),
      new Paragraph({
        children: [new ExternalHyperlink({ link: 'https://example.com/a?b&c', children: [new TextRun('source')] })],
      }),
    ],
    false,
  ],
  ['a right-to-left body', arabic, () => [new Paragraph({ bidirectional: true, text: 'السلام عليكم' })], false],
  [
    'a body whose own numbered list comes before the styles’ list',
    english,
    () => [
      new Paragraph({ numbering: { reference: 'steps', level: 0, instance: 3 }, text: 'Step one' }),
      new Paragraph({ style: 'ListBullet', text: 'A bullet' }),
    ],
    true,
  ],
];

describe('the parts of a package', () => {
  test.each(bodies)('for %s are the bytes Packer gives for the whole document', async (_name, layout, body, list) => {
    const key = JSON.stringify([layout, list]);
    const empty = () => frameDocument(layout, [], list);
    // Twice: the first call compiles the shared parts, the second takes them from the cache.
    for (let round = 0; round < 2; round++) {
      const ours = normalisePackage(await compileParts(() => frameDocument(layout, body(), list), key, empty), coreXml);
      const whole = await packedByDocx(frameDocument(layout, body(), list));
      expect(Buffer.from(ours).equals(Buffer.from(whole))).toBe(true);
    }
  });

  test('for a body with an image, which adds a part, hold the image and its content type', async () => {
    // Note: docx numbers drawings from a counter of its own, so two packages never match byte for byte.
    const image = () => [
      new Paragraph({
        children: [new ImageRun({ type: 'png', data: onePixelPng, transformation: { width: 10, height: 10 } })],
      }),
    ];
    const empty = () => frameDocument(english, []);
    await compileParts(() => frameDocument(english, []), 'image', empty);
    const parts = unzipSync(
      normalisePackage(await compileParts(() => frameDocument(english, image()), 'image', empty), coreXml),
    );
    const whole = unzipSync(await packedByDocx(frameDocument(english, image())));
    expect(Object.keys(parts).sort()).toEqual(Object.keys(whole).sort());
    expect(Object.keys(parts).some((name) => /^word\/media\/.+\.png$/.test(name))).toBe(true);
    expect(new TextDecoder().decode(parts['[Content_Types].xml'])).toContain('Extension="png"');
  });
});

describe('the zip writer', () => {
  const entries = fc.uniqueArray(
    fc.tuple(fc.stringMatching(/^[a-z_[\]]{1,12}(\/[a-z.]{1,12}){0,2}$/), fc.uint8Array({ maxLength: 3000 })),
    { selector: ([name]) => name, maxLength: 12 },
  );

  test("writes what fflate's zipSync writes at level 6, stamped 1980-01-01 00:00", () => {
    fc.assert(
      fc.property(entries, (files) => {
        const mtime = new Date(1980, 0, 1, 0, 0, 0);
        const expected = zipSync(Object.fromEntries(files.map(([name, data]) => [name, [data, { level: 6, mtime }]])));
        const ours = zipPacked(files.map(([name, data]) => [name, packPart(data)]));
        expect(Buffer.from(ours).equals(Buffer.from(expected))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  test('gives a zip that unzips to the parts, text compressed', () => {
    const xml = strToU8('<w:document>'.concat('<w:p/>'.repeat(500), '</w:document>'));
    const zip = zipPacked([['word/document.xml', packPart(xml)]]);
    expect(zip.length).toBeLessThan(xml.length / 10);
    expect(unzipSync(zip)['word/document.xml']).toEqual(xml);
  });
});

// A 1x1 transparent PNG.
const onePixelPng = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='),
  (char) => char.charCodeAt(0),
);
