/**
 * The seed article as the command reads it, for tests that need a real model:
 * parsed, enriched and validated from seeds/, so that the fixtures follow the
 * parser instead of being copied from it by hand.
 */
import { readFileSync } from 'node:fs';
import { type Article, parseArticle, validateArticle } from '@broadsheet/core';
import { enrichArticle } from '@broadsheet/enrich';

const seedFile = new URL('../../seeds/000_d3ebd397d2656eba.txt', import.meta.url);

/** The seed, exactly as `broadsheet --format json seeds/000_d3ebd397d2656eba.txt` models it. */
export const seedArticle: Article = validateArticle(
  enrichArticle(parseArticle(readFileSync(seedFile), { file: 'seeds/000_d3ebd397d2656eba.txt' })),
);

/** The seed's body as the parser gives it (runs of spaces collapsed, "Related Posts" removed). */
export const seedParagraphs: readonly string[] = seedArticle.paragraphs;
