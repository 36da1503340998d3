/** A sentence of a paragraph: `paragraph.slice(start, end) === text`. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

// Note: words that end in a full stop without ending the sentence. Kept short
// and lower-case; single capitals (initials: "John F. Kennedy") are handled apart.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'maj',
  'cmdr',
  'adm',
  'gov',
  'sen',
  'rep',
  'rev',
  'hon',
  'pres',
  'st',
  'jr',
  'sr',
  'co',
  'corp',
  'inc',
  'ltd',
  'no',
  'vs',
  'etc',
  'approx',
  'dept',
  'est',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
  'u.s',
  'u.k',
  'u.n',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
]);

const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);

/**
 * Splits a paragraph into sentences at `.`, `!`, `?` (and `؟`, `。`) followed by
 * space, keeping closing quotes with their sentence and not splitting after
 * abbreviations, initials or decimal numbers. Linear in the text's length.
 */
export function splitSentences(paragraph: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = skipSpace(paragraph, 0);
  let i = start;
  while (i < paragraph.length) {
    const ch = paragraph[i] as string;
    if (ch === '.' || ch === '!' || ch === '?' || ch === '؟' || ch === '。' || ch === '…') {
      let end = i + 1;
      while (end < paragraph.length && (paragraph[end] === '.' || paragraph[end] === '!' || paragraph[end] === '?'))
        end++;
      while (end < paragraph.length && CLOSERS.has(paragraph[end] as string)) end++;
      const next = paragraph[end];
      const atBreak = next === undefined || next === ' ' || ch === '。';
      if (atBreak && !(ch === '.' && isAbbreviation(paragraph, start, i)) && startsSentence(paragraph, end)) {
        push(sentences, paragraph, start, end);
        start = skipSpace(paragraph, end);
        i = start;
        continue;
      }
      i = end;
      continue;
    }
    i++;
  }
  if (start < paragraph.length) push(sentences, paragraph, start, paragraph.length);
  return sentences;
}

function push(sentences: Sentence[], paragraph: string, start: number, end: number): void {
  let last = end;
  while (last > start && paragraph[last - 1] === ' ') last--;
  if (last > start) sentences.push({ text: paragraph.slice(start, last), start, end: last });
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] === ' ') i++;
  return i;
}

/** The word before the full stop at `dot` is an abbreviation or an initial. */
function isAbbreviation(text: string, sentenceStart: number, dot: number): boolean {
  let begin = dot;
  while (begin > sentenceStart && !/[\s("“‘'(]/.test(text[begin - 1] as string)) begin--;
  const word = text.slice(begin, dot);
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** What follows `end` can open a sentence: a capital, digit, quote or bracket, or nothing. */
function startsSentence(text: string, end: number): boolean {
  const next = text.slice(skipSpace(text, end), skipSpace(text, end) + 2);
  if (next === '') return true;
  return /^[\p{Lu}\p{Lo}\p{N}"“‘'([«¿¡]/u.test(next) || !/^\p{Ll}/u.test(next);
}
