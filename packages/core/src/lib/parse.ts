import { createHash } from 'node:crypto';
import { stripTrailingBoilerplate } from './boilerplate.js';
import { type BodyBlock, type BodyLine, dropPrefix, joinLines, plainLine } from './body.js';
import { decodeText } from './decode.js';
import { InputError, ValidationError } from './errors.js';
import { type FrontMatter, FrontMatterError, splitFrontMatter } from './front-matter.js';
import { detectLanguage, directionOf } from './language.js';
import { parseByline, parseDateLine, splitDateline, splitKicker } from './masthead.js';
import { markdownTooComplex, readMarkdown } from './markdown.js';
import type { Article, Author, Block, ParsedArticle, Source } from './model.js';
import { structurePlainText } from './plain-text.js';
import { findQuotes } from './quotes.js';
import { cleanLine, collapseSpaces, countWords, normaliseText } from './text.js';
import { checkArticle } from './validate.js';

/** How to read one input. */
export interface ParseOptions {
  /** The file as the user named it: used in error messages; its base name goes into `source.file`. */
  file: string;
  /** `markdown` reads CommonMark with GFM: marks dropped, links, headings, lists and quotes kept. Default: from the file's extension. */
  format?: 'text' | 'markdown';
  /** Receives things worth telling the user that do not stop the article (an unused front-matter field). */
  warn?: (message: string) => void;
}

const WORDS_PER_MINUTE = 230;
// Note: the schema's limit (article.schema.json, /properties/headline/maxLength).
const MAX_HEADLINE = 1000;
// Note: more than this share of control or replacement characters is not text someone wrote.
const BINARY_SHARE = 0.02;

/**
 * Parses a plain-text or Markdown article into the model: decoding, front
 * matter, headline and kicker, byline, date line, dateline, paragraphs,
 * trailing boilerplate, quotations. Throws an InputError naming the file and
 * the reason when the bytes cannot be an article.
 */
export function parseArticle(bytes: Uint8Array, options: ParseOptions): ParsedArticle {
  const { file } = options;
  const format = options.format ?? (/\.(?:md|markdown)$/i.test(file) ? 'markdown' : 'text');
  if (bytes.length === 0) throw new InputError(file, 'the file is empty');
  const decoded = decodeText(bytes);
  refuseBinary(decoded.text, file);
  if (decoded.legacyLines.length > 0) {
    options.warn?.(
      `${decoded.legacyLines.length} line(s) were not UTF-8 and were read as Windows-1252 (first: line ${decoded.legacyLines[0]})`,
    );
  }
  const text = normaliseText(decoded.text);
  if (text.trim() === '') throw new InputError(file, 'the file holds only white space');

  let split: ReturnType<typeof splitFrontMatter>;
  try {
    split = splitFrontMatter(text);
  } catch (error) {
    if (error instanceof FrontMatterError) throw new InputError(file, error.message, lineOption(error.line, error));
    if (error instanceof RangeError)
      throw new InputError(file, 'front matter is nested too deeply to read', { cause: error });
    throw error;
  }
  for (const warning of split.warnings) options.warn?.(warning);

  const tooComplex = format === 'markdown' ? markdownTooComplex(split.body) : undefined;
  if (tooComplex !== undefined) options.warn?.(`read as plain text, not Markdown: ${tooComplex}`);
  const source = { file, format: tooComplex === undefined ? format : ('text' as const), encoding: decoded.encoding };
  if (format === 'markdown' && tooComplex === undefined) {
    const blocks = readMarkdownBody(split.body, split.fields.url, file);
    const { kept, removed } = stripBoilerplateBlocks(blocks);
    return buildArticle(kept, removed, split.fields, source);
  }
  const { kept, removed } = stripTrailingBoilerplate(
    collapseSpaces(split.body)
      .split('\n')
      .map((line) => line.trim()),
  );
  const blocks = toBlocks(kept).map(
    (lines): BodyBlock => ({ lines: lines.map(plainLine), block: { kind: 'paragraph' } }),
  );
  return buildArticle(blocks, removed, split.fields, source, structurePlainText);
}

function buildArticle(
  blocks: BodyBlock[],
  removed: string[],
  fields: FrontMatter,
  source: { file: string; format: 'text' | 'markdown'; encoding: Source['encoding'] },
  structure: (blocks: BodyBlock[]) => BodyBlock[] = (found) => found,
): ParsedArticle {
  const first = blocks.shift();
  if (first === undefined) throw new InputError(source.file, 'the file has no text once boilerplate is removed');

  let headlineLine: string;
  if (fields.title !== undefined) {
    headlineLine = fields.title;
    if (sameText((first.lines[0] as BodyLine).text, fields.title)) first.lines.shift();
  } else {
    headlineLine = (first.lines.shift() as BodyLine).text;
  }
  if (first.lines.length > 0) blocks.unshift(first);
  const { kicker, headline } =
    fields.kicker !== undefined ? { kicker: fields.kicker, headline: headlineLine } : splitKicker(headlineLine);

  if (headline.length > MAX_HEADLINE)
    throw new InputError(
      source.file,
      `the headline is ${headline.length} characters long, over the ${MAX_HEADLINE} an article may have (is the first line a whole paragraph?)`,
    );
  const masthead = readMasthead(blocks);
  const body = structure(blocks)
    .map(({ lines, block }) => ({ line: joinLines(lines), block }))
    .filter(({ line }) => line.text !== '');
  const leading = body[0];
  const opening = leading?.block.kind === 'paragraph' ? splitDateline(leading.line.text) : undefined;
  if (leading !== undefined && opening !== undefined)
    leading.line = dropPrefix(leading.line, leading.line.text.length - opening.text.length);
  const dateline = opening?.dateline;
  if (body.length === 0) throw new InputError(source.file, 'has a headline but no body text');
  const paragraphs = body.map(({ line }) => line.text);
  const blockList = body.map(
    ({ line, block }): Block => (line.links.length > 0 ? { ...block, links: line.links } : block),
  );
  const structured = blockList.some((block) => block.kind !== 'paragraph' || block.links !== undefined);

  const { quotes, scareQuotes } = findQuotes(paragraphs);
  const language = fields.language ?? detectLanguage(`${headline}\n${paragraphs.join('\n')}`);
  const wordCount = paragraphs.reduce((sum, paragraph) => sum + countWords(paragraph), 0);
  const authors: Author[] = fields.authors ?? masthead.authors ?? [];
  const datePublished = fields.date ?? masthead.date ?? opening?.published;

  const article: ParsedArticle = {
    id: contentId(kicker, headline, paragraphs),
    headline,
    ...(kicker === undefined ? {} : { kicker }),
    ...(fields.description === undefined ? {} : { description: fields.description }),
    authors,
    ...(datePublished === undefined ? {} : { datePublished }),
    ...(fields.modified === undefined ? {} : { dateModified: fields.modified }),
    ...(dateline === undefined ? {} : { dateline }),
    ...(fields.url === undefined ? {} : { url: fields.url }),
    ...(fields.image === undefined ? {} : { image: fields.image }),
    tags: fields.tags ?? [],
    language,
    direction: directionOf(language),
    paragraphs,
    ...(structured ? { blocks: blockList } : {}),
    quotes,
    scareQuotes,
    removed,
    wordCount,
    readingMinutes: Math.max(1, Math.ceil(wordCount / WORDS_PER_MINUTE)),
    source: { file: baseName(source.file), format: source.format, encoding: source.encoding },
  };
  return article;
}

/** Reads a Markdown body into blocks; a pathological nesting becomes an InputError. */
function readMarkdownBody(body: string, base: string | undefined, file: string): BodyBlock[] {
  try {
    return readMarkdown(body, base === undefined ? {} : { base });
  } catch (error) {
    if (error instanceof RangeError)
      throw new InputError(file, 'the Markdown is nested too deeply to read', { cause: error });
    throw error;
  }
}

/** Trailing boilerplate over blocks: the same rule as for plain text, on the blocks' lines. */
function stripBoilerplateBlocks(blocks: readonly BodyBlock[]): { kept: BodyBlock[]; removed: string[] } {
  const lines: string[] = [];
  for (const block of blocks) lines.push(...block.lines.map((line) => line.text), '');
  const { kept, removed } = stripTrailingBoilerplate(lines);
  let left = kept.length;
  const out: BodyBlock[] = [];
  for (const block of blocks) {
    if (left <= 0) break;
    const taken = block.lines.slice(0, left);
    left -= block.lines.length + 1;
    out.push({ lines: taken, block: block.block });
  }
  return { kept: out, removed };
}

/**
 * Reads an article already in the model's shape from JSON and validates it.
 * Throws an InputError naming the file and every schema problem.
 */
export function articleFromJson(bytes: Uint8Array, options: Pick<ParseOptions, 'file'>): Article {
  const { file } = options;
  if (bytes.length === 0) throw new InputError(file, 'the file is empty');
  let value: unknown;
  try {
    value = JSON.parse(decodeText(bytes).text);
  } catch (error) {
    throw new InputError(file, `is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const problems = checkArticle(value);
  if (problems.length > 0)
    throw new InputError(file, `does not match the article schema: ${problems.join('; ')}`, {
      cause: new ValidationError(problems),
    });
  return value as Article;
}

/** Groups lines into blocks at blank lines; a text with no blank line at all has a block per line. */
function toBlocks(lines: readonly string[]): string[][] {
  const nonEmpty = lines.filter((line) => line !== '');
  const firstText = lines.findIndex((line) => line !== '');
  const lastText = lines.findLastIndex((line) => line !== '');
  const hasBlankBetween = lines.slice(firstText, lastText).includes('');
  if (!hasBlankBetween) return nonEmpty.map((line) => [line]);
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/** Takes byline and date lines from the top of the body, whole blocks or leading lines of a block. */
function readMasthead(blocks: BodyBlock[]): { authors?: Author[]; date?: string } {
  const found: { authors?: Author[]; date?: string } = {};
  for (let checked = 0; checked < 3 && blocks.length > 0; checked++) {
    const block = blocks[0] as BodyBlock;
    const line = (block.lines[0] as BodyLine).text;
    const authors = found.authors === undefined ? parseByline(line) : undefined;
    const date = found.date === undefined && authors === undefined ? parseDateLine(line) : undefined;
    if (authors === undefined && date === undefined) break;
    if (authors !== undefined) found.authors = authors;
    if (date !== undefined) found.date = date;
    block.lines.shift();
    if (block.lines.length === 0) blocks.shift();
  }
  return found;
}

function refuseBinary(text: string, file: string): void {
  const sample = text.slice(0, 65_536);
  const odd = sample.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g)?.length ?? 0;
  if (sample.includes('\u0000') && odd / sample.length > BINARY_SHARE / 4) {
    throw new InputError(file, 'looks like binary data, not text (it holds NUL bytes)');
  }
  if (odd / sample.length > BINARY_SHARE * 5) {
    throw new InputError(
      file,
      `looks like binary data, not text (${odd} control or undecodable characters in the first ${sample.length})`,
    );
  }
}

function contentId(kicker: string | undefined, headline: string, paragraphs: readonly string[]): string {
  const content = [kicker ?? '', headline, ...paragraphs].join('\n');
  return `sha256:${createHash('sha256').update(content).digest('hex').slice(0, 32)}`;
}

function sameText(a: string, b: string): boolean {
  const fold = (s: string) => cleanLine(s.replace(/^#+\s*/, '')).toLowerCase();
  return fold(a) === fold(b);
}

function baseName(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  return cleanLine(name).slice(0, 255) || 'input';
}

function lineOption(line: number | undefined, cause: unknown): { line?: number; cause: unknown } {
  return line === undefined ? { cause } : { line, cause };
}
