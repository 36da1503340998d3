import { tagsOf } from './lexicon.js';

// Note: function words of English and French (the languages the labelled set
// holds); other languages get frequency alone.
const STOPWORDS = new Set(
  (
    'a about above after again against all almost also although am among an and another any are around as at away back be because been before being below between both but by can cannot could did do does doing done down during each either else enough even ever every few first for from further had has have having he her here hers him his how however i if in into is it its itself just last least less like made make many may me might more most much must my near need neither never new next no nor not now of off often on once one only or other our out over own per perhaps quite rather really said same say says see seen several shall she should since so some still such than that the their them then there these they this those though through thus to too toward towards under until up upon us very via was we were what when where whether which while who whom whose why will with within without would yet you your ' +
    'told asked added nobody somebody everybody anybody something nothing everything anything thing things tell look stop want going lot lots according including later earlier today yesterday tomorrow week weeks month months year years day days time times two three four five six seven eight nine ten percent cent per ' +
    'le la les un une des du de et en au aux ce cet cette ces est sont été être avait avoir a il elle ils elles nous vous on qui que quoi dont où par pour sur dans avec sans sous entre plus moins ne pas se sa son ses leur leurs lui y à après avant depuis selon chaque très tout tous toute toutes devant derrière contre vers chez lors environ dont'
  ).split(/\s+/),
);
const NOT_NOUN = new Set([
  'PastTense',
  'Gerund',
  'PresentTense',
  'Infinitive',
  'Adverb',
  'Preposition',
  'Conjunction',
  'Determiner',
  'Modal',
  'Copula',
  'Pronoun',
  'Participle',
  'Comparative',
  'Superlative',
  'Adjective',
  'Cardinal',
  'Ordinal',
  'TextValue',
  'QuestionWord',
  'PhrasalVerb',
  'Verb',
]);
const NOUN = new Set(['Singular', 'Plural', 'Uncountable', 'Noun', 'Actor']);

/** The lower-case words of `text` that carry meaning (no function words, no numbers). */
export function contentWords(text: string): string[] {
  const words: string[] = [];
  for (const match of text.toLowerCase().matchAll(/[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu)) {
    const word = match[0].replace(/['’]s$/u, '');
    if (word.length > 2 && !STOPWORDS.has(word)) words.push(stem(word));
  }
  return words;
}

/** A crude plural fold so "reef" and "reefs" count as one word. */
export function stem(word: string): string {
  if (word.length > 4 && /[^s]s$/.test(word) && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** A function word that never makes a keyword. */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word.toLowerCase());
}

/** The word can be a noun: the lexicon says so, or does not know it. */
export function mayBeNoun(word: string): boolean {
  const tags = tagsOf(word);
  if (tags.length === 0 && /(?:ed|ly)$/.test(word)) return false;
  if (tags.length === 0) return true;
  if (tags.some((tag) => NOUN.has(tag))) return true;
  if (word.endsWith('s') && tagsOf(word.slice(0, -1)).some((tag) => NOUN.has(tag))) return true;
  return !tags.some((tag) => NOT_NOUN.has(tag));
}
