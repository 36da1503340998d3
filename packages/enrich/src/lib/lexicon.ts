import { CITY_NAMES, COUNTRY_NAMES, FUNCTION_WORDS, GIVEN_NAMES } from '../generated/gazetteer.js';
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

// Note: the generated lists are turned into sets the first time they are asked about.
let givenNames: Set<string> | undefined;
let countryNames: Set<string> | undefined;
let cityNames: Set<string> | undefined;
const functionWords = new Map<string, Set<string>>();

/** A given name ("Sergei", "Megan", "Katrin", "Giulia"); accents are ignored ("Seán"). */
export function isGivenName(word: string): boolean {
  givenNames ??= new Set(GIVEN_NAMES.split('\n'));
  return givenNames.has(word) || hasTag(word, NAME_TAGS) || hasTag(foldAccents(word), NAME_TAGS);
}

/** A country, city or region the lexicon or the gazetteer knows ("Geneva", "Bavaria", "Oostenrijk", "Pozzuoli"). */
export function isKnownPlace(name: string): boolean {
  return hasTag(name, PLACE_TAGS) || isCountry(name) || isCity(name);
}

/** A place compromise's lexicon knows (not the larger gazetteer): safe for splitting words. */
export function isLexiconPlace(name: string): boolean {
  return hasTag(name, PLACE_TAGS);
}

/** A country's name in English, German, French, Spanish, Italian, Portuguese or Dutch ("Spanien", "Estados Unidos"). */
export function isCountry(name: string): boolean {
  countryNames ??= new Set(COUNTRY_NAMES.split('\n'));
  return countryNames.has(name);
}

/** A city of 15,000 people or more, by its GeoNames name, or a common exonym ("München", "Milano"). */
export function isCity(name: string): boolean {
  cityNames ??= new Set([...CITY_NAMES.split('\n'), ...EXONYMS]);
  return cityNames.has(name);
}

/** A function word of `language` ("ihre", "cette", "nuestro"); English has its own list in words.ts. */
export function isFunctionWord(word: string, language: string): boolean {
  const primary = language.split('-')[0]?.toLowerCase() ?? '';
  let set = functionWords.get(primary);
  if (set === undefined) {
    set = new Set((FUNCTION_WORDS[primary] ?? '').split(' '));
    functionWords.set(primary, set);
  }
  return set.has(word.toLowerCase());
}

// Note: GeoNames names the large cities in English; these are how the other
// languages write the ones news names most.
const EXONYMS = (
  'München Köln Nürnberg Wien Zürich Genf Brüssel Bruxelles Brussel Prag Warschau Moskau Rom Mailand Neapel Venedig Florenz Lissabon Athen Kopenhagen ' +
  'Londres Londra Londen Anvers Bâle Genève Vienne Varsovie Moscou Rome Milan Naples Venise Florence Lisbonne Athènes Copenhague Munich Cologne Mayence Séville Barcelone Bruges Gand ' +
  'Nueva York Nueva Delhi Milán Nápoles Venecia Florencia Lisboa Atenas Varsovia Moscú Roma Turín Ginebra Bruselas Berlín Múnich Colonia Viena Praga Estocolmo Ámsterdam Pekín ' +
  'Milano Napoli Torino Firenze Venezia Genova Parigi Berlino Monaco di Baviera Mosca Varsavia Bruxelles Atene Lisbona Siviglia Nuova York Pechino ' +
  'Nova Iorque Nova York Paris Berlim Roma Madri Moscou Bruxelas Genebra Atenas Varsóvia Pequim Sevilha Londres Milão Nápoles Florença Veneza ' +
  'Den Haag Parijs Berlijn Keulen Brussel Antwerpen Gent Luik Londen Rome Moskou Warschau Lissabon Athene Kopenhagen Sevilla Praag Wenen Napels Milaan Venetië Florence'
).match(/[^ ]+(?: (?:York|Delhi|di Baviera|Iorque|Haag))?/gu) as string[];

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
