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

/** Lists every way `value` fails the article schema, as "/json/pointer: message"; empty when it is valid. */
export function checkArticle(value: unknown): string[] {
  const validate = validators.validateArticle;
  return validate(value) ? [] : describe(validate.errors);
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
