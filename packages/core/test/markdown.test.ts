/**
 * Markdown read by a CommonMark + GFM parser: a literal input, the literal
 * model it gives.
 */
import { describe, expect, test } from 'vitest';
import { type ParsedArticle, parseArticle } from '@broadsheet/core';

function parse(text: string, warnings: string[] = []): ParsedArticle {
  return parseArticle(Buffer.from(text, 'utf8'), { file: 'story.md', warn: (message) => warnings.push(message) });
}

const body = (text: string) => {
  const { paragraphs, blocks } = parse(`# Heat pumps get cheaper\n\n${text}`);
  return blocks === undefined ? { paragraphs } : { paragraphs, blocks };
};

describe('marks', () => {
  test('drops emphasis, strong, strike and inline code marks and keeps their text', () => {
    expect(body('Prices *fell* _sharply_, **said** __the__ ~~agency~~ ~IEA~ in `2026`.')).toEqual({
      paragraphs: ['Prices fell sharply, said the agency IEA in 2026.'],
    });
  });

  test('keeps an image as its alt text, inside the sentence', () => {
    expect(body('Heat pumps ![a heat pump on a wall](pump.png) and insulation. ![](chart.png) End.')).toEqual({
      paragraphs: ['Heat pumps a heat pump on a wall and insulation. End.'],
    });
  });

  test('drops raw HTML tags, keeps the text of an HTML block, and drops its scripts and comments', () => {
    expect(
      body(
        'The <b>minister</b> spoke.\n\n<div class="box">Boxed <i>text</i><!-- note --></div>\n\n<script>alert(1)</script>',
      ),
    ).toEqual({ paragraphs: ['The minister spoke.', 'Boxed text'] });
  });

  test('joins soft line breaks with a space and collapses runs of spaces', () => {
    expect(body('One   line\nand  the next,\nwith a hard  \nbreak.')).toEqual({
      paragraphs: ['One line and the next, with a hard break.'],
    });
  });

  test('gives an article without structure or links no blocks, as before', () => {
    expect(parse('# Talks resume\n\nThe talks resumed.\n\nThey went well.').blocks).toBeUndefined();
  });
});

describe('links', () => {
  test('keep their text in the paragraph and their target in the block, by offsets', () => {
    const { paragraphs, blocks } = parse(
      '# Heat pumps\n\nSays [the agency](https://example.org/agency "IEA"), see https://example.org/report.\n',
    );
    expect(paragraphs).toEqual(['Says the agency, see https://example.org/report.']);
    expect(blocks).toEqual([
      {
        kind: 'paragraph',
        links: [
          { start: 5, end: 15, url: 'https://example.org/agency' },
          { start: 21, end: 47, url: 'https://example.org/report' },
        ],
      },
    ]);
    expect(paragraphs[0]?.slice(5, 15)).toBe('the agency');
  });

  test('resolve references and relative targets against the front matter url, and drop unsafe or unresolvable ones', () => {
    const article = parse(
      [
        '---',
        'url: https://news.example.org/2026/pumps',
        '---',
        '# Heat pumps',
        '',
        'See [the data][data], [the method](/method), [a script](javascript:alert(1)) and [mail](mailto:desk@example.org).',
        '',
        '[data]: https://example.org/data.csv',
      ].join('\n'),
    );
    expect(article.paragraphs).toEqual(['See the data, the method, a script and mail.']);
    expect(article.blocks).toEqual([
      {
        kind: 'paragraph',
        links: [
          { start: 4, end: 12, url: 'https://example.org/data.csv' },
          { start: 14, end: 24, url: 'https://news.example.org/method' },
          { start: 39, end: 43, url: 'mailto:desk@example.org' },
        ],
      },
    ]);
    expect(body('A [relative](/method) link without a url.')).toEqual({
      paragraphs: ['A relative link without a url.'],
    });
  });

  test('follow the text when a dateline is taken off the first paragraph', () => {
    const article = parse('# Talks\n\nGENEVA, March 9 (Reuters) — The [UN](https://un.example.org/) said so.');
    expect(article.dateline).toEqual({
      place: 'GENEVA',
      date: 'March 9',
      agency: 'Reuters',
      text: 'GENEVA, March 9 (Reuters) —',
    });
    expect(article.paragraphs).toEqual(['The UN said so.']);
    expect(article.blocks).toEqual([
      { kind: 'paragraph', links: [{ start: 4, end: 6, url: 'https://un.example.org/' }] },
    ]);
  });
});

describe('structure', () => {
  test('takes a first # heading as the headline and later headings as subheads with their level', () => {
    const article = parse(
      '# Heat pumps get cheaper\n\nPrices fell.\n\n## What changes\n\nA lot.\n\n### For tenants\n\nLess.\n\n# Outlook\n\nGood.',
    );
    expect(article.headline).toBe('Heat pumps get cheaper');
    expect(article.paragraphs).toEqual([
      'Prices fell.',
      'What changes',
      'A lot.',
      'For tenants',
      'Less.',
      'Outlook',
      'Good.',
    ]);
    expect(article.blocks).toEqual([
      { kind: 'paragraph' },
      { kind: 'heading', level: 2 },
      { kind: 'paragraph' },
      { kind: 'heading', level: 3 },
      { kind: 'paragraph' },
      { kind: 'heading', level: 2 },
      { kind: 'paragraph' },
    ]);
  });

  test('gives each list item its own paragraph, numbering the lists in reading order', () => {
    expect(
      body('Options:\n\n- Air-source\n- Ground-source\n- Loft *insulation*\n\nSteps:\n\n1. Survey\n2. Install\n'),
    ).toEqual({
      paragraphs: ['Options:', 'Air-source', 'Ground-source', 'Loft insulation', 'Steps:', 'Survey', 'Install'],
      blocks: [
        { kind: 'paragraph' },
        { kind: 'item', list: 0, ordered: false },
        { kind: 'item', list: 0, ordered: false },
        { kind: 'item', list: 0, ordered: false },
        { kind: 'paragraph' },
        { kind: 'item', list: 1, ordered: true },
        { kind: 'item', list: 1, ordered: true },
      ],
    });
  });

  test('keeps an item of several paragraphs as one item and a nested list as a list of its own after it', () => {
    expect(body('- Air-source\n\n  Cheapest to fit.\n- Ground-source\n  1. Borehole\n  2. Trench\n')).toEqual({
      paragraphs: ['Air-source Cheapest to fit.', 'Ground-source', 'Borehole', 'Trench'],
      blocks: [
        { kind: 'item', list: 0, ordered: false },
        { kind: 'item', list: 0, ordered: false },
        { kind: 'item', list: 1, ordered: true },
        { kind: 'item', list: 1, ordered: true },
      ],
    });
  });

  test('makes every paragraph of a block quote a quote block', () => {
    expect(
      body('He said:\n\n> The market has turned,\n> for good.\n>\n> Prices **will** fall.\n\nThen he left.'),
    ).toEqual({
      paragraphs: ['He said:', 'The market has turned, for good.', 'Prices will fall.', 'Then he left.'],
      blocks: [{ kind: 'paragraph' }, { kind: 'quote' }, { kind: 'quote' }, { kind: 'paragraph' }],
    });
  });

  test('reads a table row by row, cells apart', () => {
    expect(body('| Type | Cost |\n| --- | --- |\n| Air | £7,000 |')).toEqual({
      paragraphs: ['Type | Cost', 'Air | £7,000'],
    });
  });

  test('keeps quotations found by their paragraph index among headings and items', () => {
    const article = parse('# Pumps\n\n## Reaction\n\n- “Prices will fall further this year,” said the minister.\n');
    expect(article.paragraphs).toEqual(['Reaction', '“Prices will fall further this year,” said the minister.']);
    expect(article.quotes).toEqual([
      { text: 'Prices will fall further this year', speaker: 'the minister', paragraph: 1 },
    ]);
  });
});

describe('front matter and masthead', () => {
  test('still read front matter, and do not repeat a # heading that repeats the title', () => {
    const article = parse(
      '---\ntitle: Ceasefire holds\ndate: 2016-03-04\ntags: [Syria]\n---\n# Ceasefire *holds*\n\nBy Anna Petrova\n\nThe ceasefire held.',
    );
    expect(article).toMatchObject({
      headline: 'Ceasefire holds',
      datePublished: '2016-03-04',
      tags: ['Syria'],
      authors: [{ name: 'Anna Petrova' }],
      paragraphs: ['The ceasefire held.'],
      source: { file: 'story.md', format: 'markdown', encoding: 'utf-8' },
    });
  });

  test('reads a kicker off a # heading', () => {
    expect(parse('# Syria:Kerry and Lavrov discuss talks\n\nThey talked.')).toMatchObject({
      kicker: 'Syria',
      headline: 'Kerry and Lavrov discuss talks',
    });
  });
});

describe('input the parser would take too long on', () => {
  test.each([
    ['quotes nested 40 deep', `${'> '.repeat(40)}Deep.`, 'it nests quotes or lists more than 8 levels deep'],
    ['lists nested 40 deep', `${'- '.repeat(40)}Deep.`, 'it nests quotes or lists more than 8 levels deep'],
    ['a run of 40 stars', `${'*'.repeat(40)}x`, 'it has a run of more than 32 emphasis or link marks'],
    ['brackets nested 20 deep', `${'[ '.repeat(20)}x`, 'it nests brackets more than 16 deep'],
  ])('%s is read as plain text, with a warning saying why', (_, text, reason) => {
    const warnings: string[] = [];
    const article = parse(`Headline\n\n${text}\n`, warnings);
    expect(warnings).toEqual([`read as plain text, not Markdown: ${reason}`]);
    expect(article.paragraphs).toEqual([text]);
    expect(article.source.format).toBe('text');
  });

  test('quotes nested 8 deep are still Markdown', () => {
    const warnings: string[] = [];
    expect(parse(`Headline\n\n${'> '.repeat(8)}Deep.\n`, warnings)).toMatchObject({
      paragraphs: ['Deep.'],
      blocks: [{ kind: 'quote' }],
    });
    expect(warnings).toEqual([]);
  });
});
