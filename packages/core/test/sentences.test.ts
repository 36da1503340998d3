import { expect, test } from 'vitest';
import { splitSentences } from '@broadsheet/core';

test('splits sentences at full stops but not after abbreviations, initials or inside numbers', () => {
  const text =
    'The U.S. envoy met Mr. Smith at 3.5 p.m. on Friday. John F. Kennedy was mentioned. “Will it hold?” she asked. Yes.';
  expect(splitSentences(text).map((sentence) => sentence.text)).toEqual([
    'The U.S. envoy met Mr. Smith at 3.5 p.m. on Friday.',
    'John F. Kennedy was mentioned.',
    '“Will it hold?” she asked.',
    'Yes.',
  ]);
});

test('gives offsets that slice the paragraph back into each sentence', () => {
  const text = 'One.  Two! Three?';
  for (const sentence of splitSentences(text)) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
});
