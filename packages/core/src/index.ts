export { parseArticle, articleFromJson } from './lib/parse.js';
export { decodeText } from './lib/decode.js';
export { slugify, SlugRegistry } from './lib/slug.js';
export { checkArticle, validateArticle, validateConfig, articleSchema, configSchema } from './lib/validate.js';
export { defaultConfig, resolveConfig } from './lib/config.js';
export { BroadsheetError, ConfigError, InputError, StoreError, UsageError, ValidationError } from './lib/errors.js';
export { articleIdFromPin, readIdentityPins } from './lib/identity.js';
export { splitSentences } from './lib/sentences.js';
export {
  cleanLine,
  cleanText,
  codePointName,
  countGraphemes,
  countWords,
  escapeJsonForHtml,
  escapeXml,
  flattenSpaces,
  shortenGraphemes,
  shortenToFit,
  tidySpaces,
  xmlSafe,
} from './lib/text.js';
export { labelLanguage, labelLanguages, labelsFor } from './lib/labels.js';
export { buildOutline, readMonthDay, Wording } from './lib/outline.js';
export {
  displayLocale,
  formatDate,
  formatDay,
  formatMonthDay,
  formatNumber,
  formatTime,
  isCalendarDate,
  parseDate,
  readDate,
  toIsoString,
  toJsDate,
  toRfc822,
  toW3cUtc,
} from './lib/dates.js';

export type {
  Article,
  Author,
  Block,
  BlockKind,
  Briefing,
  DateCertainty,
  Dateline,
  Entity,
  EntityType,
  Link,
  Mention,
  ParsedArticle,
  Quote,
  ScareQuote,
  Source,
  TimelineEntry,
} from './lib/model.js';
export type { ConfigInput, SiteConfig } from './lib/config.js';
export type { ModelDate } from './lib/dates.js';
export type { Labels } from './lib/labels.js';
export type {
  ContentNode,
  DocumentProperties,
  FactsNode,
  HeadingNode,
  ListItem,
  ListNode,
  MastheadNode,
  NamesNode,
  Outline,
  OutlineNode,
  OutlineOptions,
  ParagraphNode,
  QuoteNode,
  SectionId,
  SectionNode,
  SubsectionNode,
  TimelineNode,
} from './lib/outline.js';
export type { IdentityPins } from './lib/identity.js';
export type { DecodedText, Encoding } from './lib/decode.js';
export type { Sentence } from './lib/sentences.js';
export type { ParseOptions } from './lib/parse.js';
export type {
  ArticleExporter,
  CollectionContext,
  CollectionEntry,
  CollectionExporter,
  ExportContent,
  ExportContext,
  Exporter,
  FeedTag,
  OutputFile,
} from './lib/exporter.js';
