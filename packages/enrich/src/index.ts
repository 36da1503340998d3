export { enrichArticle } from './lib/enrich.js';
