import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import type { Author } from './model.js';
import { cleanLine } from './text.js';
import { isCalendarDate } from './dates.js';

/** The front-matter fields Broadsheet reads, cleaned and checked. */
export interface FrontMatter {
  title?: string;
  kicker?: string;
  authors?: Author[];
  date?: string;
  modified?: string;
  url?: string;
  description?: string;
  tags?: string[];
  language?: string;
  image?: string;
  /** Pins the article's slug (its file names); checked to be a plain slug. */
  slug?: string;
  /** Pins the article's identity: the same `id` is the same article, wherever its file is. */
  id?: string;
}

/** What `splitFrontMatter` found: the fields, the text after them, and how many lines they took. */
export interface FrontMatterSplit {
  fields: FrontMatter;
  body: string;
  /** Lines before the body starts, so that errors in the body can name a file line. */
  lineOffset: number;
  warnings: string[];
}

/** A problem in the front matter, with its 1-based line in the file. */
export class FrontMatterError extends Error {
  readonly line: number | undefined;
  constructor(message: string, line?: number) {
    super(message);
    this.line = line;
  }
}

const KNOWN = new Set([
  'title',
  'headline',
  'kicker',
  'section',
  'author',
  'authors',
  'date',
  'published',
  'modified',
  'updated',
  'url',
  'description',
  'summary',
  'tags',
  'keywords',
  'language',
  'lang',
  'image',
  'slug',
  'id',
]);

/**
 * Splits `---` fenced YAML front matter from the text and reads it with the
 * YAML core schema (no custom tags, at most 50 alias expansions).
 * Text without front matter comes back whole, with no fields.
 */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const open = /^---[ \t]*\n/.exec(text);
  if (!open) return { fields: {}, body: text, lineOffset: 0, warnings: [] };
  const close = /^(?:---|\.\.\.)[ \t]*$/m.exec(text.slice(open[0].length));
  if (!close) throw new FrontMatterError('front matter opened with "---" is never closed', 1);
  const yamlText = text.slice(open[0].length, open[0].length + close.index);
  const rest = text.slice(open[0].length + close.index + close[0].length).replace(/^\n/, '');
  const lineOffset = countLines(text.slice(0, text.length - rest.length));
  return { ...readFields(yamlText), body: rest, lineOffset };
}

// Note: the YAML parser loads on the first front matter, not with the package: most
// articles have none, and a run that finds every article unchanged reads none.
const require = createRequire(import.meta.url);
let yaml: typeof Yaml | undefined;

function readFields(yamlText: string): { fields: FrontMatter; warnings: string[] } {
  yaml ??= require('yaml') as typeof Yaml;
  const doc = yaml.parseDocument(yamlText, { schema: 'core', uniqueKeys: true, prettyErrors: true, strict: true });
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0].line;
    const message = (first.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    // Note: YAML counts lines from the first line after the opening "---".
    throw new FrontMatterError(`front matter is not valid YAML: ${message}`, line === undefined ? undefined : line + 1);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    // Note: the yaml package refuses alias bombs ("billion laughs") here.
    throw new FrontMatterError(`front matter refused: ${(error as Error).message.split('\n')[0]}`);
  }
  if (data === null || data === undefined) return { fields: {}, warnings: [] };
  if (typeof data !== 'object' || Array.isArray(data))
    throw new FrontMatterError('front matter must be a mapping of fields', 2);

  const raw = data as Record<string, unknown>;
  const warnings = Object.keys(raw)
    .filter((key) => !KNOWN.has(key))
    .map((key) => `front matter field "${key}" is not used`);
  const fields: FrontMatter = {};
  assign(fields, 'title', text(raw, 'title') ?? text(raw, 'headline'));
  assign(fields, 'kicker', text(raw, 'kicker') ?? text(raw, 'section'));
  assign(fields, 'authors', authors(raw['authors'] ?? raw['author']));
  assign(fields, 'date', date(raw, 'date') ?? date(raw, 'published'));
  assign(fields, 'modified', date(raw, 'modified') ?? date(raw, 'updated'));
  assign(fields, 'url', link(raw, 'url'));
  assign(fields, 'description', text(raw, 'description') ?? text(raw, 'summary'));
  assign(fields, 'tags', list(raw, 'tags') ?? list(raw, 'keywords'));
  assign(fields, 'language', language(raw['language'] ?? raw['lang']));
  assign(fields, 'image', link(raw, 'image'));
  assign(fields, 'slug', slug(raw));
  assign(fields, 'id', text(raw, 'id'));
  if (fields.id !== undefined && fields.id.length > MAX_ID)
    throw new FrontMatterError(`front matter "id" is over ${MAX_ID} characters`);
  return { fields, warnings };
}

function assign<K extends keyof FrontMatter>(fields: FrontMatter, key: K, value: FrontMatter[K] | undefined): void {
  if (value !== undefined) fields[key] = value;
}

function text(raw: Record<string, unknown>, key: string): string | undefined {
  const value = raw[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' && typeof value !== 'number')
    throw new FrontMatterError(`front matter "${key}" must be text`);
  const line = cleanLine(String(value));
  return line === '' ? undefined : line;
}

function list(raw: Record<string, unknown>, key: string): string[] | undefined {
  const value = raw[key];
  if (value === undefined || value === null) return undefined;
  const items = typeof value === 'string' ? value.split(',') : value;
  if (!Array.isArray(items) || items.some((item) => typeof item !== 'string' && typeof item !== 'number')) {
    throw new FrontMatterError(`front matter "${key}" must be a list of words or a comma-separated line`);
  }
  const cleaned = items.map((item) => cleanLine(String(item))).filter((item) => item !== '');
  const long = cleaned.find((item) => item.length > MAX_TAG);
  if (long !== undefined)
    throw new FrontMatterError(
      `front matter "${key}" has an entry over ${MAX_TAG} characters: "${long.slice(0, 40)}..."`,
    );
  return [...new Set(cleaned)].slice(0, 100);
}

function authors(value: unknown): Author[] | undefined {
  if (value === undefined || value === null) return undefined;
  const items = Array.isArray(value)
    ? value
    : typeof value === 'string'
      ? value.split(/\s*(?:,|;|\band\b|&)\s*/)
      : [value];
  return items
    .map((item): Author => {
      if (typeof item === 'string' || typeof item === 'number') return { name: cleanLine(String(item)) };
      if (item && typeof item === 'object' && typeof (item as { name?: unknown }).name === 'string') {
        const { name, url, sameAs } = item as { name: string; url?: unknown; sameAs?: unknown };
        if (url !== undefined && !isHttpUrl(url))
          throw new FrontMatterError(`front matter author "${name}" has a url that is not an http(s) address`);
        const profiles = sameAs === undefined ? [] : Array.isArray(sameAs) ? sameAs : [sameAs];
        if (profiles.length > MAX_PROFILES || !profiles.every(isHttpUrl))
          throw new FrontMatterError(
            `front matter author "${name}" has a sameAs that is not a list of up to ${MAX_PROFILES} http(s) addresses`,
          );
        return {
          name: cleanLine(name),
          ...(url === undefined ? {} : { url: toUri(url) }),
          ...(profiles.length === 0 ? {} : { sameAs: profiles.map(toUri) }),
        };
      }
      throw new FrontMatterError(
        'front matter "author" must be a name, a list of names, or a list of {name, url, sameAs}',
      );
    })
    .filter((author) => author.name !== '')
    .map((author) => {
      if (author.name.length > MAX_NAME)
        throw new FrontMatterError(
          `front matter author "${author.name.slice(0, 40)}..." is over ${MAX_NAME} characters`,
        );
      return author;
    })
    .slice(0, MAX_AUTHORS);
}

// Note: a slug names files: the shape `slugify` gives, no longer than it gives.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG = 80;
const MAX_ID = 200;

function slug(raw: Record<string, unknown>): string | undefined {
  const value = text(raw, 'slug');
  if (value === undefined) return undefined;
  if (!SLUG.test(value) || value.length > MAX_SLUG || /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/.test(value))
    throw new FrontMatterError(
      `front matter "slug" must be lower-case ASCII letters, digits and single hyphens, at most ${MAX_SLUG} characters, not "${value.slice(0, 60)}"`,
    );
  return value;
}

// Note: the schema's limits (article.schema.json: tags, authors and their names).
const MAX_TAG = 100;
const MAX_NAME = 200;
const MAX_AUTHORS = 100;
const MAX_PROFILES = 20;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** A front-matter date kept as ISO 8601 with its offset; a time without a zone keeps only its day. */
function date(raw: Record<string, unknown>, key: string): string | undefined {
  const value = raw[key];
  if (value === undefined || value === null) return undefined;
  const textValue = String(value).trim();
  const day = ISO_DATE.exec(textValue);
  if (day && isCalendarDate(textValue)) return textValue;
  const moment = ISO_DATE_TIME.exec(textValue);
  if (moment && isCalendarDate(textValue.slice(0, 10))) {
    const [, y, mo, d, h, mi, s, , zone] = moment;
    if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59)
      throw new FrontMatterError(`front matter "${key}" has an impossible time: "${textValue}"`);
    if (zone === undefined) return `${y}-${mo}-${d}`;
    const offset = zone === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
    return `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${offset}`;
  }
  throw new FrontMatterError(
    `front matter "${key}" must be an ISO 8601 date such as 2016-03-04 or 2016-03-04T10:00:00+03:00, not "${textValue.slice(0, 60)}"`,
  );
}

function link(raw: Record<string, unknown>, key: string): string | undefined {
  const value = raw[key];
  if (value === undefined || value === null) return undefined;
  if (!isHttpUrl(value)) throw new FrontMatterError(`front matter "${key}" must be an absolute http(s) URL`);
  return toUri(value);
}

// Note: a browser's URL parser accepts more than RFC 3986 (which the schema's
// "uri" format checks): "{" in a host, "[", "]" or a second "#" after the path.
const URI_HOST = /^[\w\-.~%!$&'()*+,;=:[\]]+$/;
const NOT_URI = /[^\w\-.~!$&'()*+,;=:@/?%]|%(?![0-9A-Fa-f]{2})/g;

function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && URI_HOST.test(url.host);
  } catch {
    return false;
  }
}

/** A URL the parser accepted, normalised and written as RFC 3986 allows: what it would not hold is percent-encoded. */
function toUri(value: string): string {
  const url = new URL(value);
  const tail = `${url.pathname}${url.search}${url.hash}`;
  const head = url.href.slice(0, url.href.length - tail.length);
  const strict = (part: string) => part.replace(NOT_URI, (ch) => encodeURIComponent(ch));
  const hash = url.hash === '' ? '' : `#${strict(url.hash.slice(1))}`;
  return `${head}${strict(url.pathname)}${strict(url.search)}${hash}`;
}

function language(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const tag = String(value).trim();
  if (!/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/.test(tag))
    throw new FrontMatterError(
      `front matter "language" must be a language tag such as en or pt-BR, not "${tag.slice(0, 40)}"`,
    );
  const [primary, ...rest] = tag.replace(/_/g, '-').split('-');
  return [(primary as string).toLowerCase(), ...rest].join('-');
}

function countLines(text: string): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}
