export { convert } from './lib/convert.js';
export { parseArticle as parse, validateArticle as validate } from '@broadsheet/core';
export { enrichArticle as enrich } from '@broadsheet/enrich';
export { main } from './lib/cli.js';
export { runExport, fallbackDateFrom } from './lib/run.js';
export { exportArticle } from './lib/export-article.js';
export { FORMATS, parseFormats } from './lib/formats.js';
export { SiteStore, STORE_FOLDER, STORE_FORMAT, headOf } from './lib/store.js';
export { planInputs, fingerprint } from './lib/plan.js';

export type { CommandIo } from './lib/cli.js';
export type { Conversion, ConvertedFile, ConvertOptions } from './lib/convert.js';
export type { Article, ConfigInput, ParsedArticle, ParseOptions, SiteConfig } from '@broadsheet/core';
export type { ArticleEvent, ArticleStatus, RunEnvironment, RunReport, WrittenFile } from './lib/run.js';
export type { ArticleHead, StoredArticle, StoredCollection, StoredFormat, StoredInput } from './lib/store.js';
export type { Freshness, PlannedInput } from './lib/plan.js';
export type { ArticleIdentity, ArticleResult, ArticleTask } from './lib/export-article.js';
export type { CommandOptions } from './lib/args.js';
export type { Format } from './lib/formats.js';
