export { convert } from './lib/convert.js';
export { parseArticle as parse, validateArticle as validate } from '@broadsheet/core';
export { enrichArticle as enrich } from '@broadsheet/enrich';
export { main } from './lib/cli.js';
export { runExport, fallbackDateFrom } from './lib/run.js';
export { exportArticle } from './lib/export-article.js';
export { FORMATS, parseFormats } from './lib/formats.js';

export type { CommandIo } from './lib/cli.js';
export type { Conversion, ConvertedFile, ConvertOptions } from './lib/convert.js';
export type { Article, ConfigInput, ParsedArticle, ParseOptions, SiteConfig } from '@broadsheet/core';
export type { ArticleEvent, RunEnvironment, RunReport, WrittenFile } from './lib/run.js';
export type { ArticleResult, ArticleTask } from './lib/export-article.js';
export type { CommandOptions } from './lib/args.js';
export type { Format } from './lib/formats.js';
