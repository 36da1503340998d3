import type { ParsedArticle } from '@broadsheet/core';
import { splitSentences } from '@broadsheet/core';
import { contentWords } from './words.js';

interface Candidate {
  text: string;
  order: number;
  paragraph: number;
  words: Set<string>;
  score: number;
}

const MIN_WORDS = 6;
const MAX_WORDS = 60;
const NEAR_DUPLICATE = 0.5;
// Note: a key point stands alone, out of its paragraph; one that opens with a
// personal pronoun ("She said ...", "Er sagte ...") leaves the reader asking who.
const PRONOUN_OPENING =
  /^["“«„‘']?\s*(?:he|she|they|it|we|his|her|their|er|sie|es|wir|il|elle|ils|elles|él|ella|ellos|ellas|lui|lei|loro|ele|ela|eles|elas|hij|zij|ze|het)\s/iu;

/** Picks 3 to 5 whole sentences that carry the article, lead first, in reading order. */
export function pickKeyPoints(
  article: Pick<ParsedArticle, 'paragraphs' | 'headline'> & Partial<Pick<ParsedArticle, 'language'>>,
): string[] {
  const candidates = sentencesOf(article.paragraphs, article.language ?? 'en');
  if (candidates.length === 0) return [];
  const frequency = termFrequency(candidates);
  const headline = new Set(contentWords(article.headline));
  for (const candidate of candidates) candidate.score = scoreOf(candidate, frequency, headline);

  const wanted = Math.min(5, Math.max(3, Math.round(candidates.length / 5)));
  const [lead, ...rest] = candidates;
  const chosen: Candidate[] = [lead as Candidate];
  for (const candidate of [...rest].sort((a, b) => b.score - a.score || a.order - b.order)) {
    if (chosen.length >= wanted) break;
    if (chosen.some((picked) => similarity(picked.words, candidate.words) >= NEAR_DUPLICATE)) continue;
    if (chosen.some((picked) => picked.paragraph === candidate.paragraph)) continue;
    if (PRONOUN_OPENING.test(candidate.text)) continue;
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.order - b.order).map((candidate) => candidate.text);
}

/** Whole sentences that can stand alone: not fragments of a quotation, not credits in brackets. */
function sentencesOf(paragraphs: readonly string[], language: string): Candidate[] {
  const found: Candidate[] = [];
  paragraphs.forEach((paragraph, index) => {
    for (const sentence of splitSentences(paragraph, language)) {
      const words = sentence.text.split(/\s+/).length;
      if (words < MIN_WORDS || words > MAX_WORDS) continue;
      if (!/[.!?"”»’']$/u.test(sentence.text) || /^[([]/.test(sentence.text) || !balancedQuotes(sentence.text))
        continue;
      found.push({
        text: sentence.text,
        order: found.length,
        paragraph: index,
        words: new Set(contentWords(sentence.text)),
        score: 0,
      });
    }
  });
  return found;
}

function balancedQuotes(text: string): boolean {
  const open = (text.match(/[“«]/g) ?? []).length;
  const close = (text.match(/[”»]/g) ?? []).length;
  const straight = (text.match(/"/g) ?? []).length;
  return open === close && straight % 2 === 0;
}

function termFrequency(candidates: readonly Candidate[]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const candidate of candidates)
    for (const word of candidate.words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  return frequency;
}

/** Words the article repeats and the headline uses, early position, and a little less for quotations. */
function scoreOf(candidate: Candidate, frequency: ReadonlyMap<string, number>, headline: ReadonlySet<string>): number {
  let weight = 0;
  for (const word of candidate.words) {
    const count = frequency.get(word) ?? 1;
    weight += (count > 1 ? Math.log2(count) : 0) + (headline.has(word) ? 1.5 : 0);
  }
  const length = Math.sqrt(Math.max(candidate.words.size, 1));
  const position = 1 / (1 + candidate.paragraph * 0.15);
  const quoted = /^["“«‘']/u.test(candidate.text) ? 0.5 : 1;
  return (weight / length) * position * quoted;
}

function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 1 : shared / union;
}
