/**
 * An offline JSON-LD check: the `jsonld` processor expands a document against a
 * schema.org context built from the vocabulary `@vocabulary/schema` ships, and
 * every property and type it yields is looked up in that same vocabulary.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import jsonld from 'jsonld';
import type { JsonLdArray } from 'jsonld/jsonld-spec.js';

const schema = 'http://schema.org/';
const rdfType = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const rdfProperty = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#Property';
const rdfsClass = 'http://www.w3.org/2000/01/rdf-schema#Class';
const subClassOf = 'http://www.w3.org/2000/01/rdf-schema#subClassOf';

/** What the checks need to know about schema.org. */
export interface Vocabulary {
  properties: Set<string>;
  classes: Set<string>;
  domains: Map<string, string[]>;
  ranges: Map<string, string[]>;
  parents: Map<string, string[]>;
  superseded: Set<string>;
}

/** schema.org as `@vocabulary/schema` ships it (schemaorg-current-http, as N-Quads). */
export const vocabulary: Vocabulary = readVocabulary();

/** The context served for https://schema.org: `@vocab` plus `@id` coercion of every property whose only range is URL. */
export const schemaOrgContext = {
  '@context': {
    '@vocab': schema,
    schema,
    ...Object.fromEntries(
      [...vocabulary.properties]
        .filter((property) => vocabulary.ranges.get(property)?.every((range) => range === `${schema}URL`))
        .map((property) => {
          const name = property.slice(schema.length);
          return [name, { '@id': `schema:${name}`, '@type': '@id' }];
        }),
    ),
  },
};

/** Serves the bundled context for schema.org and refuses every other URL: the tests never touch the network. */
export async function documentLoader(
  url: string,
): Promise<{ contextUrl: undefined; documentUrl: string; document: object }> {
  if (/^https?:\/\/schema\.org\/?$/u.test(url))
    return { contextUrl: undefined, documentUrl: url, document: schemaOrgContext };
  throw new Error(`the tests load nothing from the network (asked for ${url})`);
}

/** Expands `document` with the bundled context, in safe mode: anything the processor would silently drop is an error. */
export async function expand(document: object): Promise<JsonLdArray> {
  const options = { documentLoader, safe: true } as jsonld.Options.Expand;
  return jsonld.expand(document as jsonld.JsonLdDocument, options);
}

/**
 * Lists what an expanded document says that schema.org does not define: unknown
 * or superseded properties and types, properties used on a type outside their
 * domain, typed values outside a property's range. Empty when all is well.
 */
export function schemaProblems(expanded: unknown): string[] {
  const problems: string[] = [];
  visit(expanded, problems);
  return [...new Set(problems)];
}

function visit(value: unknown, problems: string[]): void {
  if (Array.isArray(value)) {
    for (const item of value) visit(item, problems);
    return;
  }
  if (!isNodeObject(value)) return;
  const nodeTypes = (value['@type'] as string[] | undefined) ?? [];
  for (const type of nodeTypes) checkType(type, problems);
  for (const [key, child] of Object.entries(value)) {
    if (key === '@list' || key === '@set' || key === '@graph') visit(child, problems);
    if (key.startsWith('@')) continue;
    checkProperty(key, nodeTypes, problems);
    for (const item of child as unknown[]) checkRange(key, item, problems);
    visit(child, problems);
  }
}

/** An object that is not a value object: its `@type` names classes, not datatypes. */
function isNodeObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !('@value' in value);
}

function checkType(type: string, problems: string[]): void {
  if (!vocabulary.classes.has(type)) problems.push(`${type} is not a schema.org type`);
  else if (vocabulary.superseded.has(type)) problems.push(`${type} is superseded`);
}

function checkProperty(property: string, nodeTypes: readonly string[], problems: string[]): void {
  if (!vocabulary.properties.has(property)) {
    problems.push(`${property} is not a schema.org property`);
    return;
  }
  if (vocabulary.superseded.has(property)) problems.push(`${property} is superseded`);
  const domains = vocabulary.domains.get(property) ?? [];
  for (const type of nodeTypes) {
    if (!domains.some((domain) => ancestors(type).has(domain))) problems.push(`${property} does not apply to ${type}`);
  }
}

function checkRange(property: string, item: unknown, problems: string[]): void {
  if (!isNodeObject(item)) return;
  const itemTypes = (item['@type'] as string[] | undefined) ?? [];
  const ranges = vocabulary.ranges.get(property) ?? [];
  for (const type of itemTypes) {
    if (!ranges.some((range) => ancestors(type).has(range)))
      problems.push(`${type} is not a valid value of ${property}`);
  }
}

/** A type and every type it is a subclass of. */
function ancestors(type: string): Set<string> {
  const seen = new Set<string>();
  const queue = [type];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(vocabulary.parents.get(next) ?? []));
  }
  return seen;
}

function readVocabulary(): Vocabulary {
  const file = createRequire(import.meta.url).resolve('@vocabulary/schema/schema.nq');
  const result: Vocabulary = {
    properties: new Set(),
    classes: new Set(),
    domains: new Map(),
    ranges: new Map(),
    parents: new Map(),
    superseded: new Set(),
  };
  const add = (map: Map<string, string[]>, key: string, item: string) => map.set(key, [...(map.get(key) ?? []), item]);
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^<([^>]+)> <([^>]+)> <([^>]+)> /u.exec(line);
    if (!match) continue;
    const [, subject = '', predicate = '', object = ''] = match;
    if (!subject.startsWith(schema)) continue;
    if (predicate === rdfType && object === rdfProperty) result.properties.add(subject);
    else if (predicate === rdfType && object === rdfsClass) result.classes.add(subject);
    else if (predicate === `${schema}domainIncludes`) add(result.domains, subject, object);
    else if (predicate === `${schema}rangeIncludes`) add(result.ranges, subject, object);
    else if (predicate === subClassOf) add(result.parents, subject, object);
    else if (predicate === `${schema}supersededBy`) result.superseded.add(subject);
  }
  return result;
}
