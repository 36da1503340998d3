import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { InputError, type ParsedArticle, parseArticle } from '@broadsheet/core';

const seedPath = new URL('../../../seeds/000_d3ebd397d2656eba.txt', import.meta.url);

function parse(text: string | Uint8Array, file = 'story.txt'): ParsedArticle {
  return parseArticle(typeof text === 'string' ? Buffer.from(text, 'utf8') : text, { file });
}

function failure(text: string | Uint8Array, file = 'story.txt'): string {
  try {
    parse(text, file);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return `${(error as InputError).file}: ${(error as Error).message}`;
  }
  throw new Error('expected the parse to fail');
}

describe('the seed article', () => {
  const seed = parseArticle(readFileSync(seedPath), { file: 'seeds/000_d3ebd397d2656eba.txt' });

  test('splits the section label "Syria" off the headline as the kicker', () => {
    expect(seed.kicker).toBe('Syria');
    expect(seed.headline).toBe('Kerry and Lavrov Discuss peace talks between Assad and Opposition');
  });

  test('has nine body paragraphs and no "Related Posts", which is recorded as removed', () => {
    expect(seed.paragraphs).toHaveLength(9);
    expect(seed.paragraphs.join('\n')).not.toContain('Related Posts');
    expect(seed.removed).toEqual(['Related Posts']);
  });

  test('finds the ministry quotation with its speaker and keeps scare quotes apart', () => {
    expect(seed.quotes).toEqual([
      {
        text: 'The sides called for a quick resumption of talks between the Syrian government and the entire spectrum of opposition under the UN aegis in Geneva, where the Syrians must decide on the future of their country',
        speaker: 'the Russian foreign ministry',
        paragraph: 1,
      },
    ]);
    expect(seed.scareQuotes).toEqual([
      { text: 'Plan B', paragraph: 2 },
      { text: 'cessation of hostilities', paragraph: 2 },
    ]);
  });

  test('invents no publication date', () => {
    expect(seed.datePublished).toBeUndefined();
    expect(seed.dateModified).toBeUndefined();
  });

  test('collapses the runs of spaces in the text', () => {
    expect(seed.paragraphs[2]).toContain('Secretary of State John Kerry has also called for “Plan B”');
  });

  test('derives language, direction, word count, reading time, id and source', () => {
    expect(seed).toMatchObject({
      language: 'en',
      direction: 'ltr',
      wordCount: 309,
      readingMinutes: 2,
      id: 'sha256:68d185ff54f04940f43386ae0b98d0a3',
      source: { file: '000_d3ebd397d2656eba.txt', format: 'text', encoding: 'utf-8' },
    });
  });
});

describe('decoding', () => {
  const text = 'Café prices rise\n\n“Prices rose — again,” said Zoë Brontë, adding €5 to the bill.\n';
  const expected = ['“Prices rose — again,” said Zoë Brontë, adding €5 to the bill.'];

  test('reads UTF-8 without a BOM', () => {
    expect(parse(text)).toMatchObject({
      headline: 'Café prices rise',
      paragraphs: expected,
      source: { encoding: 'utf-8' },
    });
  });

  test('reads UTF-8 with a BOM and drops the BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    expect(parse(bytes)).toMatchObject({
      headline: 'Café prices rise',
      paragraphs: expected,
      source: { encoding: 'utf-8' },
    });
  });

  test('reads UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(parse(le)).toMatchObject({
      headline: 'Café prices rise',
      paragraphs: expected,
      source: { encoding: 'utf-16le' },
    });
    expect(parse(be)).toMatchObject({
      headline: 'Café prices rise',
      paragraphs: expected,
      source: { encoding: 'utf-16be' },
    });
  });

  test('reads Windows-1252 with its curly quotes, accents, em dash and euro sign intact', () => {
    const bytes = iconv.encode(text, 'win1252');
    expect(bytes.includes(0x93)).toBe(true);
    expect(parse(bytes)).toMatchObject({
      headline: 'Café prices rise',
      paragraphs: expected,
      source: { encoding: 'windows-1252' },
    });
  });

  test('reads a UTF-8 file with one pasted Windows-1252 line, line by line', () => {
    const bytes = Buffer.concat([
      Buffer.from('Café prices rise\n\n'),
      iconv.encode('“Prices rose — again,” said Zoë Brontë, adding €5 to the bill.', 'win1252'),
    ]);
    expect(parse(bytes).paragraphs).toEqual(expected);
  });

  test('drops a UTF-8 sequence cut off at the end of the file', () => {
    const bytes = Buffer.from('Headline here\n\nBody text ends in a euro €');
    expect(parse(bytes.subarray(0, bytes.length - 1)).paragraphs).toEqual(['Body text ends in a euro']);
  });

  test('accepts CRLF and CR line ends', () => {
    const lf = parse('Headline\n\nFirst line\nwrapped.\n\nSecond.\n');
    expect(parse('Headline\r\n\r\nFirst line\r\nwrapped.\r\n\r\nSecond.\r\n').paragraphs).toEqual(lf.paragraphs);
    expect(parse('Headline\r\rFirst line\rwrapped.\r\rSecond.\r').paragraphs).toEqual([
      'First line wrapped.',
      'Second.',
    ]);
  });

  test('normalises to NFC', () => {
    expect(parse('Cafe\u0301 opens\n\nThe cafe\u0301 opened.').headline).toBe('Caf\u00e9 opens');
  });

  test('removes control characters XML and Word cannot hold, and bidi overrides', () => {
    expect(parse('Bad\u0001 head\u0008line\n\nBody\u000b with \u202Econtrols\u007f.\uFFFE')).toMatchObject({
      headline: 'Bad headline',
      paragraphs: ['Body with controls.'],
    });
  });
});

describe('headline and kicker', () => {
  test('takes the first non-empty line as the headline', () => {
    expect(parse('\n\n  Storm hits coast  \n\nWinds reached 100 km/h.').headline).toBe('Storm hits coast');
  });

  test('keeps a colon that is part of the headline', () => {
    expect(parse('Kerry: talks will resume next week\n\nBody.')).toMatchObject({
      headline: 'Kerry: talks will resume next week',
    });
    expect(parse('Kerry: talks will resume next week\n\nBody.').kicker).toBeUndefined();
    expect(parse('Meeting set for 10:30 in Geneva\n\nBody.').kicker).toBeUndefined();
  });

  test('splits a capitalised or known section label with a space after the colon', () => {
    expect(parse('BREAKING: Ceasefire holds in the north\n\nBody.')).toMatchObject({
      kicker: 'BREAKING',
      headline: 'Ceasefire holds in the north',
    });
    expect(parse('Analysis: What the deal means for Europe\n\nBody.')).toMatchObject({
      kicker: 'Analysis',
      headline: 'What the deal means for Europe',
    });
  });
});

describe('byline and dateline', () => {
  test('reads a byline into authors and keeps it out of the body', () => {
    const article = parse('Talks resume\n\nBy Anna Petrova and Omar Haddad\n\nThe talks resumed on Monday.');
    expect(article.authors).toEqual([{ name: 'Anna Petrova' }, { name: 'Omar Haddad' }]);
    expect(article.paragraphs).toEqual(['The talks resumed on Monday.']);
  });

  test('front matter authors win over the byline', () => {
    const article = parse('---\nauthor: Jane Roe\n---\nTalks resume\n\nBy Anna Petrova\n\nThe talks resumed.');
    expect(article.authors).toEqual([{ name: 'Jane Roe' }]);
  });

  test('takes a wire dateline off the first paragraph and keeps it in the model', () => {
    const article = parse('Talks resume\n\nGENEVA, March 9 (Reuters) — The talks resumed on Monday.');
    expect(article.dateline).toEqual({
      place: 'GENEVA',
      date: 'March 9',
      agency: 'Reuters',
      text: 'GENEVA, March 9 (Reuters) —',
    });
    expect(article.paragraphs).toEqual(['The talks resumed on Monday.']);
  });

  test('leaves a first paragraph that merely starts with a capitalised word', () => {
    const article = parse('Talks resume\n\nGeneva — a city of talks — hosted them again.');
    expect(article.dateline).toBeUndefined();
    expect(article.paragraphs).toEqual(['Geneva — a city of talks — hosted them again.']);
  });

  test('reads a date line under the headline as the publication date', () => {
    expect(parse('Talks resume\n\nMarch 4, 2016\n\nThe talks resumed.')).toMatchObject({
      datePublished: '2016-03-04',
      paragraphs: ['The talks resumed.'],
    });
  });
});

describe('paragraphs', () => {
  test('joins hard-wrapped lines and splits at blank lines', () => {
    expect(parse('H\n\nOne line\nwrapped here.\n\nA well-\nknown case.').paragraphs).toEqual([
      'One line wrapped here.',
      'A well-known case.',
    ]);
  });

  test('gives one paragraph per line when the file has no blank lines', () => {
    expect(parse('Headline\nFirst paragraph.\nSecond paragraph.').paragraphs).toEqual([
      'First paragraph.',
      'Second paragraph.',
    ]);
  });
});

describe('trailing boilerplate', () => {
  test('removes share lines and lone network names at the end only', () => {
    const article = parse(
      'Headline\n\nShare this on Facebook if you like, said nobody.\n\nShare this:\nTwitter\nFacebook\n\nLike this:\nLike Loading...',
    );
    expect(article.paragraphs).toEqual(['Share this on Facebook if you like, said nobody.']);
    expect(article.removed).toEqual(['Share this:', 'Twitter', 'Facebook', 'Like this:', 'Like Loading...']);
  });

  test('removes a "Related Posts" heading together with the headlines listed under it', () => {
    const article = parse('Headline\n\nThe story.\n\nRelated Posts\n\nAnother story about talks\nA third story');
    expect(article.paragraphs).toEqual(['The story.']);
    expect(article.removed).toEqual(['Related Posts', 'Another story about talks', 'A third story']);
  });

  test('keeps "Read more" inside the text', () => {
    expect(parse('Headline\n\nRead more about it in the report.\n\nThe end.').paragraphs).toEqual([
      'Read more about it in the report.',
      'The end.',
    ]);
  });
});

describe('quotes', () => {
  test('finds the speaker after the quotation, before it, and with "according to"', () => {
    const article = parse(
      'H\n\n"We will not give up on the talks," said Sergei Lavrov.\n\nKerry told reporters: “The ceasefire is holding across most of the country.”\n\n“It is a fragile truce at best,” according to the UN envoy.',
    );
    expect(article.quotes).toEqual([
      { text: 'We will not give up on the talks', speaker: 'Sergei Lavrov', paragraph: 0 },
      { text: 'The ceasefire is holding across most of the country.', speaker: 'Kerry', paragraph: 1 },
      { text: 'It is a fragile truce at best', speaker: 'the UN envoy', paragraph: 2 },
    ]);
  });

  test('finds a speaker named after a role in lower case, after the quotation', () => {
    const article = parse(
      'H\n\n"We are growing fast," chief executive Fiona MacLeod said.\n\n“Demand is strong,” said finance director Omar Haddad.\n\n“Talks resume,” the foreign ministry said.',
    );
    expect(article.quotes).toEqual([
      { text: 'We are growing fast', speaker: 'Fiona MacLeod', paragraph: 0 },
      { text: 'Demand is strong', speaker: 'Omar Haddad', paragraph: 1 },
      { text: 'Talks resume', speaker: 'the foreign ministry', paragraph: 2 },
    ]);
  });

  test('keeps a long quotation without a named speaker, with no speaker', () => {
    expect(parse('H\n\n“This will be a long and difficult road for all of us,” he said.').quotes).toEqual([
      { text: 'This will be a long and difficult road for all of us', paragraph: 0 },
    ]);
  });
});

describe('front matter', () => {
  test('reads title, authors, date with its offset, url, description, tags, language and image', () => {
    const article = parse(
      [
        '---',
        'title: Talks resume in Geneva',
        'authors:',
        '  - Anna Petrova',
        '  - name: Omar Haddad',
        '    url: https://example.org/omar',
        'date: 2016-03-04T10:00:00+03:00',
        'url: https://example.org/talks',
        'description: Talks resumed.',
        'tags: [Syria, diplomacy]',
        'language: en-GB',
        'image: https://example.org/talks.jpg',
        '---',
        'Talks resume in Geneva',
        '',
        'The talks resumed.',
      ].join('\n'),
    );
    expect(article).toMatchObject({
      headline: 'Talks resume in Geneva',
      authors: [{ name: 'Anna Petrova' }, { name: 'Omar Haddad', url: 'https://example.org/omar' }],
      datePublished: '2016-03-04T10:00:00+03:00',
      url: 'https://example.org/talks',
      description: 'Talks resumed.',
      tags: ['Syria', 'diplomacy'],
      language: 'en-GB',
      image: 'https://example.org/talks.jpg',
      paragraphs: ['The talks resumed.'],
    });
  });

  test("reads an author's other profiles (sameAs) and refuses one that is not a web address", () => {
    const article = parse(
      [
        '---',
        'authors:',
        '  - name: Omar Haddad',
        '    url: https://example.org/omar',
        '    sameAs: [https://social.example/@omar, https://wiki.example/Omar_Haddad]',
        '---',
        'Talks resume',
        '',
        'The talks resumed.',
      ].join('\n'),
    );
    expect(article.authors).toEqual([
      {
        name: 'Omar Haddad',
        url: 'https://example.org/omar',
        sameAs: ['https://social.example/@omar', 'https://wiki.example/Omar_Haddad'],
      },
    ]);
    expect(failure('---\nauthors:\n  - name: X\n    sameAs: javascript:alert(1)\n---\nH\n\nBody.')).toContain(
      'front matter author "X" has a sameAs that is not a list of up to 20 http(s) addresses',
    );
  });

  test('refuses a YAML alias bomb', () => {
    const bomb = [
      '---',
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'title: *c',
      '---',
      'H',
      '',
      'Body.',
    ].join('\n');
    expect(failure(bomb)).toMatch(/^story\.txt: front matter refused: /);
  });

  test('names the line of a YAML error', () => {
    expect(failure('---\ntitle: [unclosed\n---\nH\n\nBody.')).toMatch(
      /^story\.txt: line \d+: front matter is not valid YAML/,
    );
  });

  test('refuses a date that is not ISO 8601', () => {
    expect(failure('---\ndate: last Tuesday\n---\nH\n\nBody.')).toContain(
      'front matter "date" must be an ISO 8601 date',
    );
  });
});

describe('language', () => {
  test('tells Arabic and Cyrillic text from Latin, with the Arabic right to left', () => {
    expect(parse('محادثات السلام\n\nاستؤنفت محادثات السلام في جنيف يوم الاثنين.')).toMatchObject({
      language: 'ar',
      direction: 'rtl',
    });
    expect(parse('Переговоры возобновились\n\nПереговоры возобновились в Женеве.')).toMatchObject({
      language: 'ru',
      direction: 'ltr',
    });
  });
});

describe('bad input', () => {
  test('refuses an empty file', () => {
    expect(failure('', 'empty.txt')).toBe('empty.txt: the file is empty');
  });

  test('refuses a file of white space', () => {
    expect(failure(' \n\t\n  ', 'blank.txt')).toBe('blank.txt: the file holds only white space');
  });

  test('refuses binary data', () => {
    const bytes = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256));
    expect(failure(bytes, 'image.txt')).toMatch(/^image\.txt: looks like binary data/);
  });

  test('refuses a headline with no body', () => {
    expect(failure('Only a headline\n', 'short.txt')).toBe('short.txt: has a headline but no body text');
  });
});
