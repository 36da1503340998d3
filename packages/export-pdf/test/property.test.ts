/** Property tests: any valid article gives a complete PDF that qpdf accepts. */
import { writeFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultConfig } from '@broadsheet/core';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { article, contextFor } from '../../../tests/hostile/arbitraries.js';
import { checkPdf } from '../../../tests/hostile/checks.mjs';
import { pdfExporter } from '../src/index.js';

const folder = mkdtempSync(path.join(tmpdir(), 'broadsheet-pdf-property-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const render = async (value: Parameters<typeof pdfExporter.render>[0]) =>
  Buffer.from((await pdfExporter.render(value, contextFor('a-slug', defaultConfig))) as Uint8Array);

describe('the PDF exporter on random articles', () => {
  test('always writes bytes that open with %PDF- and end with %%EOF', async () => {
    await fc.assert(
      fc.asyncProperty(article, async (value) => {
        const bytes = await render(value);
        expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(bytes.subarray(-8).toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  test('qpdf --check and pdftotext accept a sample of them', async () => {
    let written = 0;
    await fc.assert(
      fc.asyncProperty(article, async (value) => {
        const file = path.join(folder, `briefing-${written++}.pdf`);
        writeFileSync(file, await render(value));
        expect(checkPdf(file)).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });
});
