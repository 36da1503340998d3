import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';
import * as generated from '../generated/validators.js';
import { ConfigError, ValidationError } from './errors.js';
import type { Article } from './model.js';
import type { ConfigInput } from './config.js';

const require = createRequire(import.meta.url);

/** The article model's JSON Schema (draft 2020-12), as shipped in `article.schema.json`. */
export const articleSchema: Record<string, unknown> = require('../../article.schema.json');

/** The `--config` file's JSON Schema, as shipped in `config.schema.json`. */
export const configSchema: Record<string, unknown> = require('../../config.schema.json');

/** A validator as ajv's standalone code exports it. */
interface ValidateFunction {
  (value: unknown): boolean;
  errors?: ErrorObject[] | null;
}

// Note: compiled from the schema files at build time (scripts/generate-validators.mjs),
// so starting the command costs no schema compilation.
const validators = generated as unknown as { validateArticle: ValidateFunction; validateConfig: ValidateFunction };

/**
 * Lists every way `value` fails the article schema, and the rules the schema
 * cannot say (one block per paragraph, links inside their paragraph), as
 * "/json/pointer: message"; empty when it is valid.
 */
export function checkArticle(value: unknown): string[] {
  const validate = validators.validateArticle;
  if (!validate(value)) return describe(validate.errors);
  return checkBlocks(value as Article);
}

/** Returns `value` typed as an article, or throws a ValidationError listing every problem. */
export function validateArticle(value: unknown): Article {
  const problems = checkArticle(value);
  if (problems.length > 0) throw new ValidationError(problems);
  return value as Article;
}

/** Returns `value` typed as a config file's content, or throws a ConfigError naming each bad field. */
export function validateConfig(value: unknown, file: string): ConfigInput {
  const validate = validators.validateConfig;
  if (!validate(value)) throw new ConfigError(file, describe(validate.errors));
  return value as ConfigInput;
}

/** The structure rules that join `blocks` to `paragraphs`; run on a value that already has the schema's shape. */
function checkBlocks(article: Article): string[] {
  const { blocks, paragraphs } = article;
  if (blocks === undefined) return [];
  if (blocks.length !== paragraphs.length)
    return [
      `/blocks: has ${blocks.length} entries but paragraphs has ${paragraphs.length}; there must be exactly one block per paragraph`,
    ];
  const problems: string[] = [];
  blocks.forEach((block, index) => {
    const at = `/blocks/${index}`;
    if (block.kind === 'heading' && block.level === undefined) problems.push(`${at}: a heading needs a level (2 to 6)`);
    if (block.kind !== 'heading' && block.level !== undefined) problems.push(`${at}/level: only a heading has a level`);
    if (block.kind === 'item' && (block.list === undefined || block.ordered === undefined))
      problems.push(`${at}: an item needs "list" and "ordered"`);
    if (block.kind !== 'item' && block.list !== undefined) problems.push(`${at}/list: only an item belongs to a list`);
    if (block.kind !== 'item' && block.ordered !== undefined) problems.push(`${at}/ordered: only an item is ordered`);
    const previous = blocks[index - 1];
    if (
      block.kind === 'item' &&
      previous?.kind === 'item' &&
      previous.list === block.list &&
      previous.ordered !== block.ordered
    )
      problems.push(`${at}/ordered: differs from the item before it in the same list`);
    const length = (paragraphs[index] as string).length;
    let after = 0;
    (block.links ?? []).forEach((link, position) => {
      const where = `${at}/links/${position}`;
      if (link.end <= link.start) problems.push(`${where}: end (${link.end}) must be after start (${link.start})`);
      else if (link.end > length)
        problems.push(`${where}/end: ${link.end} is past the end of paragraph ${index} (${length} characters)`);
      else if (link.start < after) problems.push(`${where}: overlaps the link before it or is out of order`);
      else after = link.end;
    });
  });
  return problems;
}

function describe(errors: readonly ErrorObject[] | null | undefined): string[] {
  const lines = (errors ?? []).map((error) => {
    const pointer = error.instancePath === '' ? '/' : error.instancePath;
    const detail =
      error.keyword === 'additionalProperties'
        ? `has unknown property "${String(error.params['additionalProperty'])}"`
        : error.keyword === 'enum'
          ? `must be one of ${(error.params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`
          : (error.message ?? error.keyword);
    return `${pointer}: ${detail}`;
  });
  return [...new Set(lines)];
}
