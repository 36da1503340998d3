/** Property tests: any valid article, however hostile its text, gives JSON that reads back as the same model. */
import { checkArticle } from '@broadsheet/core';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { article, contextFor } from '../../../tests/hostile/arbitraries.js';
import { defaultConfig } from '@broadsheet/core';
import { jsonExporter } from '../src/index.js';

describe('the json exporter on random articles', () => {
  test('always writes JSON that parses back to the same article and passes the schema', () => {
    fc.assert(
      fc.property(article, (value) => {
        const json = jsonExporter.render(value, contextFor('x', defaultConfig)) as string;
        const back = JSON.parse(json);
        expect(back).toEqual(value);
        expect(checkArticle(back)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});
