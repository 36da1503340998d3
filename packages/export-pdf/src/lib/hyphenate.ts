import { createRequire } from 'node:module';

/** The offsets inside `word` where it may break with a hyphen, in order; empty when it may not. */
export type Hyphenator = (word: string) => readonly number[];

type Hyphenate = (text: string, options?: { hyphenChar?: string; minWordLength?: number }) => string;

const require = createRequire(import.meta.url);
const SOFT_HYPHEN = '\u00AD';
const MAX_CACHED = 20_000;

/**
 * The `hyphen` package's module for each language it has patterns for (TeX's, through the
 * package); region variants pick their own. Arabic and Hebrew are not hyphenated.
 */
const modules: Readonly<Record<string, string>> = {
  en: 'en-gb',
  'en-us': 'en-us',
  'en-gb': 'en-gb',
  de: 'de',
  'de-ch': 'de-ch-1901',
  fr: 'fr',
  es: 'es',
  it: 'it',
  pt: 'pt',
  nl: 'nl',
  ru: 'ru',
  uk: 'uk',
  pl: 'pl',
  cs: 'cs',
  sk: 'sk',
  sv: 'sv',
  da: 'da',
  nb: 'nb',
  nn: 'nn',
  no: 'no',
  fi: 'fi',
  hu: 'hu',
  ro: 'ro',
  ca: 'ca',
  tr: 'tr',
  el: 'el-monoton',
  hr: 'hr',
  sl: 'sl',
  bg: 'bg',
  lt: 'lt',
  lv: 'lv',
  et: 'et',
};

const hyphenators = new Map<string, Hyphenator | undefined>();

/**
 * The hyphenator for a BCP 47 language, or `undefined` when the pattern package has none.
 * Words are hyphenated once per process and remembered.
 * @param keep words never to hyphenate (proper names).
 */
export function hyphenatorFor(language: string, keep: ReadonlySet<string> = new Set()): Hyphenator | undefined {
  const tag = language.toLowerCase();
  const name = modules[tag] ?? modules[tag.split('-')[0] ?? ''];
  if (!name) return undefined;
  let shared = hyphenators.get(name);
  if (!hyphenators.has(name)) {
    shared = load(name);
    hyphenators.set(name, shared);
  }
  if (!shared || keep.size === 0) return shared;
  const base = shared;
  return (word) => (keep.has(word.replace(/^\P{L}+|\P{L}+$/gu, '')) ? [] : base(word));
}

function load(name: string): Hyphenator | undefined {
  let hyphenate: Hyphenate;
  try {
    hyphenate = (require(`hyphen/${name}`) as { hyphenateSync: Hyphenate }).hyphenateSync;
  } catch {
    return undefined;
  }
  const known = new Map<string, readonly number[]>();
  return (word) => {
    let points = known.get(word);
    if (!points) {
      points = breakPoints(word, hyphenate(word, { hyphenChar: SOFT_HYPHEN, minWordLength: 5 }));
      if (known.size >= MAX_CACHED) known.clear();
      known.set(word, points);
    }
    return points;
  };
}

/**
 * Offsets in `word` where `marked` (the same word with soft hyphens) allows a break, keeping at least
 * two letters before and three after, and never next to a hyphen or digit already in the word.
 */
function breakPoints(word: string, marked: string): readonly number[] {
  const points: number[] = [];
  let offset = 0;
  for (const char of marked) {
    if (char === SOFT_HYPHEN) {
      const before = word.slice(0, offset);
      const after = word.slice(offset);
      if (letters(before) >= 2 && letters(after) >= 3 && /\p{L}$/u.test(before) && /^\p{L}/u.test(after))
        points.push(offset);
      continue;
    }
    offset += char.length;
  }
  return points;
}

function letters(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}
