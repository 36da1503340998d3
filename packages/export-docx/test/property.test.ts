/** Property tests: any valid article gives a Word package whose every XML part is well-formed. */
import { writeFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultConfig } from '@broadsheet/core';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, test } from 'vitest';
import { article, contextFor } from '../../../tests/hostile/arbitraries.js';
import { checkDocx } from '../../../tests/hostile/checks.mjs';
import { xmlProblem } from '../../../tests/hostile/xml.js';
import { docxExporter } from '../src/index.js';

const folder = mkdtempSync(path.join(tmpdir(), 'broadsheet-docx-property-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const render = async (value: Parameters<typeof docxExporter.render>[0]) =>
  (await docxExporter.render(value, contextFor('a-slug', defaultConfig))) as Uint8Array;

describe('the Word exporter on random articles', () => {
  test('every XML part of the package is well-formed', async () => {
    await fc.assert(
      fc.asyncProperty(article, async (value) => {
        const parts = unzipSync(await render(value));
        expect(parts['word/document.xml']).toBeDefined();
        for (const [name, bytes] of Object.entries(parts))
          if (/\.(?:xml|rels)$/.test(name)) expect(xmlProblem(strFromU8(bytes)), name).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  test('unzip and xmllint accept a sample of the packages', async () => {
    let written = 0;
    await fc.assert(
      fc.asyncProperty(article, async (value) => {
        const file = path.join(folder, `document-${written++}.docx`);
        writeFileSync(file, await render(value));
        expect(checkDocx(file)).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});
