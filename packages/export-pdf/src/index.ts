export { pdfExporter, renderBriefing } from './lib/render-briefing.js';

export type { PdfOptions } from './lib/render-briefing.js';
