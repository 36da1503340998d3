import fc from 'fast-check';
import { expect, test } from 'vitest';
import { testSeed } from './support/seed.js';

test('every fast-check property draws from the one test seed', () => {
  expect(fc.readConfigureGlobal().seed).toBe(testSeed);
});

test('a failing property names the seed that replays it', () => {
  const failing = () => fc.assert(fc.property(fc.integer(), (n) => n < 1000));
  expect(failing).toThrow(`seed: ${testSeed},`);
});
