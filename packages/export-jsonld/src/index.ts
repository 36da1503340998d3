export { toJsonLd } from './lib/to-json-ld.js';
export { renderJsonLd, renderScriptElement } from './lib/render.js';
export { escapeJsonForHtml } from './lib/escape.js';
export { jsonLdExporter, jsonLdHtmlExporter } from './lib/exporters.js';

export type { JsonLdDocument, JsonLdNode, JsonLdOptions, JsonLdReference, JsonLdValue } from './lib/types.js';
