/**
 * The structure a plain-text article shows by its layout: subheads and list
 * items. A literal input, the literal model it gives.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '@broadsheet/core';

const body = (text: string) => {
  const { paragraphs, blocks } = parseArticle(Buffer.from(`Heat pumps get cheaper\n\n${text}`, 'utf8'), {
    file: 'story.txt',
  });
  return blocks === undefined ? { paragraphs } : { paragraphs, blocks };
};

describe('subheads', () => {
  test('a short line without final punctuation between paragraphs is a subhead', () => {
    expect(body('Prices fell this year.\n\nWhat changes for tenants\n\nLandlords must fit one.')).toEqual({
      paragraphs: ['Prices fell this year.', 'What changes for tenants', 'Landlords must fit one.'],
      blocks: [{ kind: 'paragraph' }, { kind: 'heading', level: 2 }, { kind: 'paragraph' }],
    });
  });

  test('a subhead is found in a file without blank lines too', () => {
    const text = 'Heat pumps get cheaper\nPrices fell this year.\nWhat changes\nLandlords must fit one.';
    expect(parseArticle(Buffer.from(text), { file: 'story.txt' }).blocks).toEqual([
      { kind: 'paragraph' },
      { kind: 'heading', level: 2 },
      { kind: 'paragraph' },
    ]);
  });

  test.each([
    ['it ends like a sentence', 'Prices fell.\n\nThey fell again.\n\nAnd again.'],
    ['it ends with a colon', 'Prices fell.\n\nThe reasons:\n\nGas got dearer.'],
    ['it is the first paragraph', 'A short opening\n\nPrices fell this year.'],
    ['it is the last paragraph', 'Prices fell this year.\n\nReuters'],
    ['it opens in lower case', 'Prices fell this year.\n\nand then some\n\nLandlords must fit one.'],
    ['it opens with a quotation mark', 'Prices fell this year.\n\n“Not now”\n\nLandlords must fit one.'],
    ['short lines come in a run', 'Prices fell.\n\nAnna Petrova\nLondon\n\nLandlords must fit one.'],
    ['it is long', `Prices fell.\n\n${'Word '.repeat(11).trim()}\n\nLandlords must fit one.`],
  ])('a line is not a subhead when %s', (_, text) => {
    expect(body(text).blocks).toBeUndefined();
  });
});

describe('list items', () => {
  test('lines opening with "- ", "• " or "1. " are items, one paragraph each, and not one merged paragraph', () => {
    expect(
      body(
        'Options include:\n- Air-source pumps\n- Ground-source\npumps, which cost more\n- Loft insulation\n\n• Grants\n• Loans\n\n1. Survey\n2. Install',
      ),
    ).toEqual({
      paragraphs: [
        'Options include:',
        'Air-source pumps',
        'Ground-source pumps, which cost more',
        'Loft insulation',
        'Grants',
        'Loans',
        'Survey',
        'Install',
      ],
      blocks: [
        { kind: 'paragraph' },
        { kind: 'item', list: 0, ordered: false },
        { kind: 'item', list: 0, ordered: false },
        { kind: 'item', list: 0, ordered: false },
        { kind: 'item', list: 0, ordered: false },
        { kind: 'item', list: 0, ordered: false },
        { kind: 'item', list: 1, ordered: true },
        { kind: 'item', list: 1, ordered: true },
      ],
    });
  });

  test('a wrapped line that happens to open with "- " inside a paragraph stays in the paragraph', () => {
    expect(body('Prices rose by a third\n- more than expected - this year.\n\nAnother paragraph.')).toEqual({
      paragraphs: ['Prices rose by a third - more than expected - this year.', 'Another paragraph.'],
    });
  });

  test('a single marked line is not a list and keeps its mark', () => {
    expect(body('Prices fell.\n\n1. FC Köln won on Saturday.\n\nLandlords must fit one.')).toEqual({
      paragraphs: ['Prices fell.', '1. FC Köln won on Saturday.', 'Landlords must fit one.'],
    });
  });

  test('a dash that opens dialogue is not an item', () => {
    expect(body('— Where are you going?\n\n— Home.').blocks).toBeUndefined();
  });
});
