import type { Entity, ParsedArticle } from '@broadsheet/core';
import { cuesFor, isEnglish } from './languages.js';
import { isFunctionWord } from './lexicon.js';
import { isStopword, mayBeNoun, stem } from './words.js';

interface Term {
  text: string;
  score: number;
  first: number;
}

const MAX_KEYWORDS = 8;
const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*|[^\s\p{L}\p{M}]+/gu;

/** Up to 8 terms for the article: its most named entities and most repeated nouns and noun pairs. */
export function pickKeywords(
  article: Pick<ParsedArticle, 'paragraphs' | 'headline'> & Partial<Pick<ParsedArticle, 'language'>>,
  entities: readonly Entity[],
): string[] {
  const language = article.language ?? 'en';
  const isKeywordWord = keywordTest(language);
  const terms = new Map<string, Term>();
  const headline = article.headline.toLowerCase();
  let position = 0;
  const add = (key: string, text: string, score: number) => {
    const term = terms.get(key);
    if (term) term.score += score;
    else terms.set(key, { text, score, first: position });
  };

  for (const paragraph of article.paragraphs) {
    let previous: string | undefined;
    for (const match of paragraph.matchAll(WORD)) {
      position++;
      const word = match[0];
      if (!isKeywordWord(word, paragraph, match.index)) {
        previous = undefined;
        continue;
      }
      const key = stem(word);
      add(key, word, headline.includes(key) ? 2 : 1);
      if (previous !== undefined) add(`${stem(previous)} ${key}`, `${previous} ${word}`, 1.5);
      previous = word;
    }
  }
  for (const entity of entities) {
    const bonus = headline.includes(entity.name.toLowerCase()) ? 2 : 0;
    add(`entity:${entity.name.toLowerCase()}`, entity.name, entity.count * 1.5 + bonus);
  }
  return choose([...terms.values()].filter((term) => term.score >= 2 || term.text.includes(' ')));
}

/**
 * Which words may be keywords: in English a lower-case word that may be a noun
 * and is not a function word; in German a capitalised word inside a sentence
 * (German nouns are capitalised); elsewhere a lower-case word that is not a
 * function word of the language.
 */
function keywordTest(language: string): (word: string, paragraph: string, index: number) => boolean {
  if (isEnglish(language))
    return (word) => /^\p{Ll}/u.test(word) && word.length > 3 && !isStopword(word) && mayBeNoun(word);
  const notNames = cuesFor(language).notNames;
  if (language.split('-')[0] === 'de') {
    return (word, paragraph, index) =>
      /^\p{Lu}\p{Ll}{3,}$/u.test(word) &&
      !notNames.has(word) &&
      !isFunctionWord(word, language) &&
      !/[.!?:"„“«]\s*$|^\s*$/u.test(paragraph.slice(Math.max(0, index - 3), index));
  }
  return (word) => /^\p{Ll}/u.test(word) && word.length > 3 && !isFunctionWord(word, language) && !isStopword(word);
}

/** The best terms, without one that repeats another ("talks" once "peace talks" is in). */
function choose(terms: Term[]): string[] {
  terms.sort((a, b) => b.score - a.score || a.first - b.first);
  const chosen: string[] = [];
  for (const term of terms) {
    if (chosen.length >= MAX_KEYWORDS) break;
    if (term.text.includes(' ') && term.score < 3) continue;
    const lower = term.text.toLowerCase();
    const overlaps = chosen.some((picked) => {
      const other = picked.toLowerCase();
      return other.includes(stem(lower)) || lower.includes(stem(other));
    });
    if (!overlaps) chosen.push(term.text);
  }
  return chosen;
}
