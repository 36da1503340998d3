import { TAG_NAMES, WORDS } from '../generated/lexicon.js';

// Note: compromise's full tagger costs over 20 ms for one article and tags
// "State John" as a place, so only its word list is used: a plain lookup,
// extracted at build time (scripts/generate-lexicon.mjs) so that compromise is
// not loaded at run time. Its lines are sorted, so a word is found by binary
// search, without building a table of 24,000 entries at start-up.
let lines: string[] | undefined;
const seen = new Map<string, readonly string[]>();

/** The word classes of `word` (lower-cased) in compromise's lexicon; empty when it is unknown. */
export function tagsOf(word: string): readonly string[] {
  const key = word.toLowerCase();
  let tags = seen.get(key);
  if (tags === undefined) {
    tags = lookUp(key);
    if (seen.size > 20_000) seen.clear();
    seen.set(key, tags);
  }
  return tags;
}

function lookUp(key: string): readonly string[] {
  lines ??= WORDS.split('\n');
  let low = 0;
  let high = lines.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const line = lines[middle] as string;
    const tab = line.indexOf('\t');
    const word = line.slice(0, tab);
    if (word === key) return [...line.slice(tab + 1)].map((letter) => TAG_NAMES[letter.charCodeAt(0) - 65] as string);
    if (word < key) low = middle + 1;
    else high = middle - 1;
  }
  return [];
}

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place']);
const ORGANIZATION_TAGS = new Set(['Organization', 'SportsTeam']);
const PROPER_TAGS = new Set([
  ...NAME_TAGS,
  ...PLACE_TAGS,
  ...ORGANIZATION_TAGS,
  'LastName',
  'Person',
  'ProperNoun',
  'Demonym',
]);

/** A given name ("Sergei", "Megan"); accents are ignored ("Seán"). */
export function isGivenName(word: string): boolean {
  return hasTag(word, NAME_TAGS) || hasTag(foldAccents(word), NAME_TAGS);
}

/** A country, city or region the lexicon knows ("Geneva", "Bavaria", "New York"). */
export function isKnownPlace(name: string): boolean {
  return hasTag(name, PLACE_TAGS);
}

/** An organisation or team the lexicon knows ("NASA", "Goldman Sachs"). */
export function isKnownOrganization(name: string): boolean {
  return hasTag(name, ORGANIZATION_TAGS);
}

/** A nationality adjective ("Russian", "Syrian"). */
export function isDemonym(word: string): boolean {
  return tagsOf(word).includes('Demonym');
}

/** An ordinary English word (a verb, adverb, plural noun...), not a name. */
export function isCommonWord(word: string): boolean {
  const tags = tagsOf(word);
  return tags.length > 0 && !tags.some((tag) => PROPER_TAGS.has(tag));
}

function hasTag(word: string, wanted: ReadonlySet<string>): boolean {
  return tagsOf(word).some((tag) => wanted.has(tag));
}

/** "Seán" => "Sean". */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}
