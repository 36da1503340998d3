/** The JSON Feed 1.1 schema this package ships, compiled with ajv, strictly. */
import { createRequire } from 'node:module';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const require = createRequire(import.meta.url);
const schema = require('../json-feed.schema.json') as Record<string, unknown>;
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

/** Every problem the JSON Feed 1.1 schema finds, as "/pointer: message". */
export function jsonFeedProblems(text: string): string[] {
  return validate(JSON.parse(text)) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath}: ${e.message}`);
}
