/**
 * Reads a labelled set under tests/fixtures with the real parser: self-written
 * (development: labelled/, held-out: held-out/) or real Wikinews copy
 * (development: wikinews/, held-out: wikinews-held-out/).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ParsedArticle, parseArticle } from '@broadsheet/core';
import type { Expectation } from '../src/evaluate.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures');

export interface LabelledArticle {
  name: string;
  parsed: ParsedArticle;
  expected: Expectation;
}

export type LabelledSet = 'labelled' | 'held-out' | 'wikinews' | 'wikinews-held-out';

export function readLabelled(set: LabelledSet = 'labelled'): LabelledArticle[] {
  const labelledDir = join(fixtures, set);
  return readdirSync(labelledDir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.txt'.length);
      const parsed = parseArticle(readFileSync(join(labelledDir, file)), { file });
      const expected = JSON.parse(readFileSync(join(labelledDir, `${name}.expected.json`), 'utf8')) as Expectation;
      return { name, parsed, expected };
    });
}
