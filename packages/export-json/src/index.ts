export { jsonExporter, renderJson } from './lib/render.js';
