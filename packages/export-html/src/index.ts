export { renderPage, pageUrl } from './lib/page.js';
export { renderIndex, selectIndexEntries } from './lib/index-page.js';
export { htmlExporter, indexExporter } from './lib/exporters.js';

export type { PageOptions } from './lib/page.js';
export type { IndexOptions } from './lib/index-page.js';
