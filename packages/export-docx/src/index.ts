export { docxExporter } from './lib/exporter.js';
export { renderDocument } from './lib/render-document.js';

export type { DocxOptions } from './lib/render-document.js';
