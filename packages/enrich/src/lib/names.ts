import { splitSentences } from '@broadsheet/core';
import { ALIASES, CONNECTORS, LOWER_PLACE_LEADS, NAME_ADJECTIVES, NOT_NAMES, ORGANIZATION_LEADS } from './gazetteer.js';
import { cuesFor } from './languages.js';
import { isCountry, isDemonym, isLexiconPlace } from './lexicon.js';

/** One word of a paragraph: `paragraph.slice(start, end) === text`. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** The word opens a sentence (after any opening quote). */
  sentenceStart: boolean;
  /** The word was followed by "'s" (not part of `text`). */
  possessive: boolean;
}

/** A run of capitalised words, with the connectors between them ("Bank of England"). */
export interface NameRun {
  paragraph: number;
  tokens: Token[];
}

// Note: a word may hold apostrophes and hyphens ("O'Neill", "al-Assad");
// dotted abbreviations ("U.S.") are one word with their last dot.
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*|&/gu;
const OPENERS = /["“‘'(«\s]/u;
const ARABIC_PARTICLE = /^(?:al|el|ul|ad|as|ash|at|an|ar|bin|ibn|abu|abd)-\p{Lu}/u;

/** Splits a paragraph into words, marking sentence openings and possessives. */
export function tokenize(paragraph: string, language = 'en'): Token[] {
  const starts = new Set(splitSentences(paragraph, language).map((sentence) => sentence.start));
  const tokens: Token[] = [];
  for (const match of paragraph.matchAll(WORD)) {
    // Note: "Asia-Pacific Economic Cooperation", "Inter-American Development Bank": a
    // hyphenated word of capitalised parts followed by a capitalised word opens a longer name.
    const opensName =
      match[0].split('-').every((part) => /^\p{Lu}/u.test(part)) &&
      /^ \p{Lu}/u.test(paragraph.slice(match.index + match[0].length, match.index + match[0].length + 2));
    const parts = opensName ? [{ text: match[0], start: match.index }] : splitHyphenated(match[0], match.index);
    for (const part of parts) {
      let text = part.text;
      let possessive = false;
      if (/['’]s$/u.test(text) && text.length > 2) {
        text = text.slice(0, -2);
        possessive = true;
      }
      const before = skipOpeners(paragraph, part.start);
      const sentenceStart =
        starts.has(part.start) ||
        starts.has(before) ||
        before === 0 ||
        /[!?:]/.test(paragraph[before - 1] ?? '') ||
        (paragraph[before - 1] === '.' &&
          !/(?:^|[\s(])(?:\p{Lu}|\p{Lu}\.\p{Lu}|St|Sta|Ste|Dr|Mt)\.$/u.test(
            paragraph.slice(Math.max(0, before - 5), before),
          ));
      tokens.push({ text, start: part.start, end: part.start + text.length, sentenceStart, possessive });
    }
  }
  return tokens;
}

/**
 * Where the opening quotes and spaces before `end` begin.
 * Note: walking back keeps tokenizing linear; slicing the text before every word was quadratic.
 */
function skipOpeners(paragraph: string, end: number): number {
  let at = end;
  while (at > 0 && OPENERS.test(paragraph[at - 1] as string)) at--;
  return at;
}

/** "UN-mediated" => "UN"; "Russian-US" => "Russian", "US"; "Baden-Württemberg" stays whole. */
function splitHyphenated(word: string, start: number): { text: string; start: number }[] {
  if (!word.includes('-') || ARABIC_PARTICLE.test(word)) return [{ text: word, start }];
  const parts = word.split('-');
  // Note: "Île-de-France", "Saint-Germain-en-Laye", "Frankfurt-am-Main": a place name joined by small words stays whole.
  if (parts.some((part) => CONNECTORS.has(part) || /^(?:sur|sous|lès|am|im|an|en|aux|sobre)$/u.test(part)))
    return [{ text: word, start }];
  // Note: only a part that names a country or nationality splits off ("UN-mediated",
  // "Russian-US"); "Ji-hoon" and "Baden-Württemberg" stay whole.
  const known = (part: string) =>
    /^\p{Lu}{2,}$/u.test(part) || ALIASES.has(part) || isDemonym(part) || isLexiconPlace(part) || isCountry(part);
  if (!parts.some(known)) return [{ text: word, start }];
  const pieces: { text: string; start: number }[] = [];
  let offset = start;
  for (const part of parts) {
    if (/^\p{Lu}/u.test(part)) pieces.push({ text: part, start: offset });
    offset += part.length + 1;
  }
  return pieces.length > 0 ? pieces : [{ text: word, start }];
}

/** A word that can be part of a name: capitalised, an acronym, or "al-Assad". */
export function isCapitalised(token: Token): boolean {
  return /^[\p{Lu}\p{Lt}]/u.test(token.text) || ARABIC_PARTICLE.test(token.text) || /^\p{N}*\p{Lu}/u.test(token.text);
}

/** Finds every run of capitalised words in a paragraph. */
export function findNameRuns(paragraph: string, index: number, language = 'en'): NameRun[] {
  const tokens = tokenize(paragraph, language);
  const notNames = cuesFor(language).notNames;
  const never = (token: Token) => NOT_NAMES.has(token.text) || notNames.has(token.text);
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    const opensPlace = LOWER_PLACE_LEADS.has(token.text) && nextCapitalised(paragraph, tokens, i, never) !== undefined;
    if (!opensPlace && (!isCapitalised(token) || never(token) || /^\p{N}/u.test(token.text))) {
      i++;
      continue;
    }
    const run = [token];
    let j = i;
    while (!(tokens[j] as Token).possessive) {
      const next = nextCapitalised(paragraph, tokens, j, never) ?? nextAdjective(paragraph, tokens, j, run);
      if (next === undefined) break;
      for (let k = j + 1; k <= next; k++) run.push(tokens[k] as Token);
      j = next;
    }
    runs.push({ paragraph: index, tokens: run });
    i = j + 1;
  }
  return runs;
}

/** The index of the capitalised word that continues a name after `at`, skipping connectors. */
function nextCapitalised(
  paragraph: string,
  tokens: readonly Token[],
  at: number,
  never: (token: Token) => boolean,
): number | undefined {
  let k = at + 1;
  while (k < tokens.length) {
    const previous = tokens[k - 1] as Token;
    const token = tokens[k] as Token;
    if (!joins(paragraph, previous, token)) return undefined;
    if (isCapitalised(token) && !/^\p{N}/u.test(token.text) && !token.sentenceStart) {
      return k > at + 1 && never(token) ? undefined : k;
    }
    if (!CONNECTORS.has(token.text) || k - at > 3) return undefined;
    // Note: German articles join a name only after "von", "van" or "zu" ("von der Leyen"), not in "empfängt Bayern den FC Augsburg".
    if (/^(?:der|den|des|dem)$/u.test(token.text) && !/^(?:von|van|vom|zu|in)$/iu.test(previous.text)) return undefined;
    k++;
  }
  return undefined;
}

/** "Assemblée nationale", "Nouveau Front populaire": a lower-case adjective continues an institution's name. */
function nextAdjective(
  paragraph: string,
  tokens: readonly Token[],
  at: number,
  run: readonly Token[],
): number | undefined {
  const next = tokens[at + 1];
  if (next === undefined || !NAME_ADJECTIVES.has(next.text) || !joins(paragraph, tokens[at] as Token, next))
    return undefined;
  return run.some((token) => ORGANIZATION_LEADS.has(token.text)) ? at + 1 : undefined;
}

/** Only a single space (or a plural possessive's apostrophe and a space) lies between two words of a name. */
function joins(paragraph: string, previous: Token, token: Token): boolean {
  if (previous.possessive) return false;
  const gap = paragraph.slice(previous.end, token.start);
  // Note: "J. Peter Burgess", "FC St. Pauli": an initial or "St." joins the next word across its full stop.
  if (gap === '. ' && /^(?:\p{Lu}|St|Sta|Ste|Mt)$/u.test(previous.text)) return true;
  return gap === ' ' || (/s$/.test(previous.text) && /^['’] $/u.test(gap));
}
