// Measures milliseconds per seed-sized briefing: this package (embedded DejaVu) against the same
// briefing's blocks set by pdfkit's own layout in the standard (not embedded) Helvetica and Times,
// tagged and footed alike. Run after a build:
//   npx tsc -p packages/export-pdf/tsconfig.build.json && node packages/export-pdf/scripts/measure.mjs
import PDFDocument from 'pdfkit';
import { renderBriefing } from '../dist/index.js';
import { createGlyphFilter } from '../dist/lib/glyphs.js';
import { briefingBlocks } from '../dist/lib/sections.js';

const paragraph =
  'Russian Foreign Minister Sergei Lavrov and the US Secretary of State John Kerry on Friday called for resuming quickly the intra-Syrian peace talks in Geneva, the Russian foreign ministry said in a statement.';
const paragraphs = Array.from({ length: 9 }, (_, index) => `${index + 1}. ${paragraph}`);
const article = {
  id: 'sha256:0123456789abcdef0123456789abcdef',
  kicker: 'Syria',
  headline: 'Kerry and Lavrov Discuss peace talks between Assad and Opposition',
  authors: [{ name: 'Jane Doe' }],
  datePublished: '2016-03-04',
  tags: [],
  language: 'en',
  direction: 'ltr',
  paragraphs,
  quotes: [{ text: 'The sides called for a quick resumption of talks', speaker: 'the ministry', paragraph: 1 }],
  scareQuotes: [],
  removed: ['Related Posts'],
  wordCount: 300,
  readingMinutes: 2,
  source: { file: 'seed.txt', format: 'text', encoding: 'utf-8' },
  keyPoints: paragraphs.slice(0, 3),
  entities: [],
  timeline: [],
  keywords: ['Syria'],
};

function helvetica() {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ tagged: true, bufferPages: true, info: { CreationDate: new Date(0) } });
    const chunks = [];
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    const root = doc.struct('Document');
    doc.addStructure(root);
    for (const block of briefingBlocks(article, createGlyphFilter().clean)) {
      const bold = block.style.faces[0] === 'sans-bold';
      doc.font(bold ? 'Helvetica-Bold' : 'Times-Roman').fontSize(block.style.size);
      const structType = block.tag === 'LBody' ? 'P' : block.tag;
      doc.text(block.text, { structParent: root, structType, paragraphGap: block.style.spaceAfter });
    }
    const { count } = doc.bufferedPageRange();
    for (let page = 0; page < count; page++) {
      doc.switchToPage(page);
      doc.markContent('Artifact', { type: 'Pagination' });
      doc
        .font('Times-Roman')
        .fontSize(8)
        .text(`Page ${page + 1} of ${count}`, 72, 800, { lineBreak: false });
      doc.endMarkedContent();
    }
    doc.end();
  });
}

const embedded = () => renderBriefing(article, { fallbackDate: '1970-01-01T00:00:00Z', warn: () => {} });

/** Median milliseconds per document over `batches` interleaved batches, so that load on the machine hits both alike. */
async function compare(renders, batches, perBatch) {
  const samples = renders.map(() => []);
  for (const render of renders) for (let i = 0; i < 20; i++) await render();
  for (let batch = 0; batch < batches; batch++) {
    for (const [index, render] of renders.entries()) {
      const start = performance.now();
      for (let i = 0; i < perBatch; i++) await render();
      samples[index].push((performance.now() - start) / perBatch);
    }
  }
  return samples.map((times) => times.sort((a, b) => a - b)[Math.floor(times.length / 2)]);
}

const first = performance.now();
await embedded();
console.log(`first embedded briefing (reads and parses the fonts): ${(performance.now() - first).toFixed(1)} ms`);
const [standard, ours] = await compare([helvetica, embedded], Number(process.argv[2] ?? 25), 20);
console.log(`standard fonts, pdfkit layout:    ${standard.toFixed(2)} ms per document (median of batches)`);
console.log(`embedded DejaVu briefing:         ${ours.toFixed(2)} ms per document (${(ours / standard).toFixed(2)}x)`);
