/**
 * The hostile inputs: hand-written cases from tests/fixtures/hostile plus cases
 * generated here (big, binary and cut-off ones are not worth committing), and a
 * seeded fuzz batch of mutated articles. Plain ESM, shared with scripts/robustness.mjs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../fixtures/hostile/', import.meta.url));

/** Strings that must stay text in every format. */
export const INJECTIONS = [
  '<script>alert(1)</script>',
  '</script><script>alert(2)</script>',
  ']]>',
  '<![CDATA[x]]>',
  '<!-- c -->',
  '&amp; &lt; &#0; &#x1; &bogus;',
  `"'\`\${x}{{x}}`,
  '\u202Eevil\u202C',
  '\u2066iso\u2069 \u200F',
  '\u0007\u0008\u000B\u000C\u001B',
  '\u0085\u2028\u2029',
  '\uFEFF\uFFFE\uFFFF',
  '\\u003c/script\\u003e',
  '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>&e;',
];

/** A valid article that carries every injection string in its headline, body and front matter. */
export function injectionArticle() {
  const all = INJECTIONS.join(' ');
  return [
    '---',
    `title: ${JSON.stringify(`Injected ${INJECTIONS.slice(0, 4).join(' ')}`)}`,
    `author: ${JSON.stringify(`Eve <b>Evil</b> ]]> \u202E`)}`,
    `description: ${JSON.stringify(all)}`,
    `tags: ${JSON.stringify(INJECTIONS.slice(0, 6))}`,
    '---',
    '',
    `GENEVA, March 9 (Reuters) - ${all}`,
    '',
    `"${INJECTIONS.slice(0, 3).join(' ')} is what I said," said the <b>minister</b>.`,
    '',
    `Last paragraph ${all}.`,
  ].join('\n');
}

function utf16(text, order) {
  const bytes = Buffer.from(text, 'utf16le');
  if (order === 'be') bytes.swap16();
  return Buffer.concat([Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), bytes]);
}

function aliasBomb() {
  const lines = ['---', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (const [name, previous] of [
    ['b', 'a'],
    ['c', 'b'],
    ['d', 'c'],
    ['e', 'd'],
    ['f', 'e'],
    ['g', 'f'],
  ])
    lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
  return `${lines.join('\n')}\n---\nBomb\n\nBody.\n`;
}

/**
 * Cases generated in code, name to bytes. `big: true` adds the inputs of about
 * a megabyte (a line with no spaces, 100,000 quote marks, 50,000 blank lines).
 */
export function generatedCases({ big = false } = {}) {
  const story = 'Talks resume\n\nThe talks resumed on Monday in Geneva, officials said.\n';
  const cases = {
    'empty.txt': Buffer.alloc(0),
    'whitespace.txt': Buffer.from(' \t\n\r\n\u00A0\n'),
    'binary.txt': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256)),
    'binary-no-nul.txt': Buffer.from(Array.from({ length: 4096 }, (_, i) => 1 + ((i * 37) % 31))),
    'png-header.txt': Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]),
    'truncated-utf8.txt': Buffer.concat([
      Buffer.from('Café talks\n\nBody text ends in a cut '),
      Buffer.from([0xe2, 0x82]),
    ]),
    'invalid-utf8.txt': Buffer.concat([
      Buffer.from('Bad bytes\n\nBody '),
      Buffer.from([0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xff]),
    ]),
    'mixed-encodings.txt': Buffer.concat([
      Buffer.from('Mixed encodings é\n\n'),
      Buffer.from([0x93, 0x71, 0x75, 0x6f, 0x74, 0x65, 0x94, 0x0a]),
      Buffer.from('Then UTF-8 again: ü ñ 😀\n'),
    ]),
    'utf16le.txt': utf16(story, 'le'),
    'utf16be.txt': utf16(story, 'be'),
    'utf16-truncated.txt': utf16(story, 'le').subarray(0, 41),
    'utf16-odd-bytes.txt': Buffer.concat([utf16(story, 'be'), Buffer.from([0xd8])]),
    'utf16-lone-surrogate.txt': Buffer.concat([
      utf16('Lone half\n\nBody ', 'le'),
      Buffer.from([0x00, 0xd8, 0x41, 0x00]),
    ]),
    'bom-only.txt': Buffer.from([0xef, 0xbb, 0xbf]),
    'cr-only.txt': Buffer.from('Old Mac story\r\rBody one.\r\rBody two.\r'),
    'injection.txt': Buffer.from(injectionArticle()),
    'injection.md': Buffer.from(`# ${INJECTIONS[0]}\n\n**${INJECTIONS[1]}** [link](javascript:alert(1)) ![img](x)\n`),
    'headline-path.txt': Buffer.from('../../../../tmp/escaped\n\nBody.\n'),
    'headline-absolute.txt': Buffer.from('/etc/passwd\n\nBody.\n'),
    'headline-windows.txt': Buffer.from('C:\\Windows\\System32\\..\\evil\n\nBody.\n'),
    'headline-dots.txt': Buffer.from('..\n\nBody.\n'),
    'headline-reserved.txt': Buffer.from('NUL\n\nBody.\n'),
    'headline-nonlatin.txt': Buffer.from('Пожар в Москве 北京\n\nТекст.\n'),
    'headline-long.txt': Buffer.from(`${'Very long headline '.repeat(80)}\n\nBody.\n`),
    'duplicate-a.txt': Buffer.from('Same headline\n\nFirst.\n'),
    'duplicate-b.txt': Buffer.from('Same headline\n\nSecond.\n'),
    'duplicate-c.txt': Buffer.from('same   HEADLINE!\n\nThird.\n'),
    'front-matter-slug.txt': Buffer.from(
      '---\ntitle: "../../../outside"\nurl: https://example.org/../../x\n---\nBody.\n',
    ),
    'front-matter-unclosed.txt': Buffer.from('---\ntitle: x\nBody without a closing fence.\n'),
    'front-matter-not-yaml.txt': Buffer.from('---\ntitle: [unclosed\n---\nHead\n\nBody.\n'),
    'front-matter-deep.txt': Buffer.from(
      `---\ntitle: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n---\nHead\n\nBody.\n`,
    ),
    'front-matter-deep-map.txt': Buffer.from(
      `---\nx: ${'{a: '.repeat(5000)}1${'}'.repeat(5000)}\n---\nHead\n\nBody.\n`,
    ),
    'front-matter-alias-bomb.txt': Buffer.from(aliasBomb()),
    'front-matter-types.txt': Buffer.from('---\ntitle: [1, 2]\ndate: yesterday\n---\nHead\n\nBody.\n'),
    'front-matter-tags.txt': Buffer.from('---\ntags: !!binary aGVsbG8=\nlanguage: "en; rm -rf"\n---\nHead\n\nBody.\n'),
    'json-not-json.json': Buffer.from('{"headline": '),
    'json-wrong-shape.json': Buffer.from('[1, 2, 3]'),
    'json-deep.json': Buffer.from(`${'['.repeat(100_000)}${']'.repeat(100_000)}`),
    'json-proto.json': Buffer.from('{"__proto__": {"polluted": true}, "headline": "x"}'),
    'headline-only.txt': Buffer.from('Only a headline\n'),
    'controls-only.txt': Buffer.from('\u0001\u0002\u0003\n\n\u0004\u0005'),
  };
  if (big) {
    cases['big-long-line.txt'] = Buffer.from(`Long line\n\n${'x'.repeat(1_000_000)}\n`);
    cases['big-quotes.txt'] = Buffer.from(`Quote marks\n\n${'"'.repeat(100_000)}\n`);
    cases['big-curly-quotes.txt'] = Buffer.from(`Curly quotes\n\n${'\u201Ca '.repeat(50_000)}\n`);
    cases['big-blank-lines.txt'] = Buffer.from(`Blank lines\n\n${'\n'.repeat(50_000)}Body.\n`);
    cases['big-paragraphs.txt'] = Buffer.from(`Many paragraphs\n${'word\n\n'.repeat(50_000)}`);
  }
  return cases;
}

/** The hand-written cases in tests/fixtures/hostile, name to bytes. */
export function fixtureCases() {
  return Object.fromEntries(
    readdirSync(FIXTURES)
      .sort()
      .map((name) => [name, readFileSync(`${FIXTURES}${name}`)]),
  );
}

/** A small seeded generator (mulberry32), so a fuzz batch can be replayed from its seed. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  ...INJECTIONS,
  '\n',
  '\n\n',
  '---\n',
  ' ',
  '"',
  '\u201C',
  'Mr. ',
  'By Anna Petrova\n',
  'March 4, 2016\n',
  'Related Posts\n',
  'GENEVA, March 9 (Reuters) - ',
];

/**
 * `count` mutated articles from `seed`: a real article with bytes flipped,
 * cut, duplicated and spliced with hostile pieces. Name to bytes.
 */
export function fuzzBatch(seed, count, base) {
  const next = random(seed);
  const pick = (n) => Math.floor(next() * n);
  const cases = {};
  for (let i = 0; i < count; i++) {
    let bytes = Buffer.from(base);
    const mutations = 1 + pick(8);
    for (let m = 0; m < mutations; m++) {
      const at = pick(bytes.length + 1);
      switch (pick(5)) {
        case 0:
          bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(PIECES[pick(PIECES.length)]), bytes.subarray(at)]);
          break;
        case 1:
          bytes = Buffer.from(bytes);
          if (bytes.length > 0) bytes[Math.min(at, bytes.length - 1)] = pick(256);
          break;
        case 2:
          bytes = bytes.subarray(0, at);
          break;
        case 3:
          bytes = Buffer.concat([
            bytes.subarray(0, at),
            Buffer.from(Array.from({ length: pick(16) }, () => pick(256))),
          ]);
          break;
        default:
          bytes = Buffer.concat([bytes, bytes.subarray(pick(bytes.length + 1))]);
      }
    }
    cases[`fuzz-${seed}-${String(i).padStart(4, '0')}.txt`] = bytes;
  }
  return cases;
}
