/**
 * Property tests: whatever the bytes, the parser either gives an article that
 * passes the schema or throws an InputError naming the file; nothing else.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { HOSTILE_PIECES, hostileString } from '../../../tests/hostile/arbitraries.js';
import { InputError, type ParsedArticle, checkArticle, parseArticle } from '../src/index.js';

/** The parser's output with empty briefing fields, so the whole schema applies. */
function asArticle(parsed: ParsedArticle) {
  return { ...parsed, keyPoints: [], entities: [], timeline: [], keywords: [] };
}

/** Parses and checks the invariant; returns what happened, for statistics. */
function parseChecked(bytes: Uint8Array, file: string): 'article' | 'refused' {
  try {
    const parsed = parseArticle(bytes, { file, warn: () => {} });
    expect(checkArticle(asArticle(parsed))).toEqual([]);
    return 'article';
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    expect(error.file).toBe(file);
    expect(error.message).not.toContain('\n');
    return 'refused';
  }
}

const SEED = [
  '---',
  'title: Kerry and Lavrov',
  'author: [Anna Petrova, {name: Omar Haddad, url: "https://example.org/omar"}]',
  'date: 2016-03-04T10:00:00+03:00',
  'tags: [syria, talks]',
  '---',
  'Syria:Kerry and Lavrov discuss talks',
  '',
  'By Anna Petrova and Omar Haddad',
  'March 4, 2016',
  '',
  'GENEVA, March 9 (Reuters) — The foreign ministers met on Monday.',
  '',
  '"We will talk again," said the Russian foreign ministry. The "Plan B" was not discussed.',
  '',
  'Related Posts',
  'Share this:',
].join('\n');

/** The seed article with hostile pieces spliced in, lines cut and fields broken. */
const mutatedSeed = fc
  .array(fc.tuple(fc.nat(SEED.length), fc.nat(8), hostileString(12)), { minLength: 1, maxLength: 6 })
  .map((edits) => {
    let text = SEED;
    for (const [at, remove, insert] of edits) text = text.slice(0, at) + insert + text.slice(at + remove);
    return text;
  });

const encodings = fc.constantFrom('utf8', 'utf16le', 'utf16be', 'latin1', 'utf8-bom') as fc.Arbitrary<string>;

function encode(text: string, encoding: string): Uint8Array {
  if (encoding === 'utf8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
  if (encoding === 'utf16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  if (encoding === 'utf16be') return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
  return Buffer.from(text, encoding as BufferEncoding);
}

describe('parseArticle on hostile input', () => {
  test('random bytes give an article that passes the schema, or an InputError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom('a.txt', 'b.md'), (bytes, file) => {
        parseChecked(bytes, file);
      }),
      { numRuns: 1000 },
    );
  });

  test('random hostile text in any encoding gives an article that passes the schema, or an InputError', () => {
    fc.assert(
      fc.property(hostileString(300), encodings, fc.constantFrom('a.txt', 'b.md'), (text, encoding, file) => {
        parseChecked(encode(text, encoding), file);
      }),
      { numRuns: 1000 },
    );
  });

  test('a mutated real article gives a valid model or an InputError, and often still a model', () => {
    const outcomes = { article: 0, refused: 0 };
    fc.assert(
      fc.property(mutatedSeed, encodings, (text, encoding) => {
        outcomes[parseChecked(encode(text, encoding), 'seed.txt')]++;
      }),
      { numRuns: 800 },
    );
    // Note: proves the mutations leave real articles to check, not only refusals.
    expect(outcomes.article).toBeGreaterThan((outcomes.article + outcomes.refused) / 5);
  });

  test('the hostile pieces include lone surrogates and bidi overrides', () => {
    expect(HOSTILE_PIECES).toContain('\uD800');
    expect(HOSTILE_PIECES).toContain('\u202E');
  });
});

describe('cases the properties found', () => {
  const parse = (text: string) => parseArticle(Buffer.from(text), { file: 'found.txt' });

  test('a front-matter URL with characters RFC 3986 forbids is percent-encoded, so the model passes the schema', () => {
    const parsed = parse('---\nurl: "https://example.org/a?b=<c>&d=]]>#x#y"\n---\nHead\n\nBody.');
    expect(parsed.url).toBe('https://example.org/a?b=%3Cc%3E&d=%5D%5D%3E#x%23y');
    expect(checkArticle(asArticle(parsed))).toEqual([]);
  });

  test('an author URL that only a browser would accept is refused with the author named', () => {
    expect(() => parse('---\nauthor: [{name: Omar, url: "https:{//example.org/omar"}]\n---\nHead\n\nBody.')).toThrow(
      'front matter author "Omar" has a url that is not an http(s) address',
    );
  });

  test('a tag longer than the schema allows is refused, not passed on to fail validation', () => {
    expect(() => parse(`---\ntags: [${'x'.repeat(101)}]\n---\nHead\n\nBody.`)).toThrow(
      /front matter "tags" has an entry over 100 characters/,
    );
  });

  test('a headline longer than the schema allows is refused with its length', () => {
    expect(() => parse(`${'word '.repeat(300)}\n\nBody.`)).toThrow(/^the headline is 1499 characters long/);
  });
});
