import { monthNumber } from './months.js';

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

// Note: abbreviations of each language that would end a sentence in another
// ("art." is Spanish "artículo", but English "art." ends one).
const LANGUAGE_ABBREVIATIONS: Record<string, ReadonlySet<string>> = {
  de: new Set(
    'bzw usw vgl evtl ggf inkl zzgl exkl ca nr str mio mrd bspw jh abs tel hr frl dipl ing geb gest ehem hrsg bd okt dez mär sog allg insb'.split(
      ' ',
    ),
  ),
  fr: new Set('mme mlle mm me av bd env cf ste pr janv févr avr juil déc réf tél'.split(' ')),
  es: new Set('sr sra srta sres dña dra lic ing núm pág aprox avda art tel ej uds ud vd ene abr ago dic'.split(' ')),
  it: new Set('sig sigg dott avv on ing ecc pag tel giu lug ago set ott dic'.split(' ')),
  pt: new Set('sr sra srs dra av pág nº tel fev abr ago set out dez'.split(' ')),
  nl: new Set('dhr mevr mw drs ir mr bijv ca nr blz resp jl vnl evt enz incl excl mrt okt'.split(' ')),
};
// Note: German writes ordinals as digits and a full stop ("am 6. März", "der 14.
// Spieltag"), so a number and a full stop before a capitalised word end a
// sentence only when that word commonly opens one.
const GERMAN_OPENERS = new Set(
  'der die das den dem des ein eine einen einem er sie es wir ihr ich man dies diese dieser dieses damit dann doch aber und auch als am im in auf bei nach vor seit mit für zum zur so nun noch nur zudem außerdem allerdings trotzdem jetzt heute gestern wie was wer wo warum deshalb daher dabei dort hier insgesamt laut zuvor bereits erst unter über sein seine ihre ihr'.split(
    ' ',
  ),
);

const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);

/**
 * Splits a paragraph into sentences at `.`, `!`, `?` (and `؟`, `。`) followed by
 * space, keeping closing quotes with their sentence and not splitting after
 * abbreviations (those of `language` too: "bzw.", "Sra.", "dhr."), initials,
 * decimal numbers or ordinals ("6. März", "14. Spieltag"). Linear in the text's length.
 */
export function splitSentences(paragraph: string, language?: string): Sentence[] {
  const primary = language?.split('-')[0]?.toLowerCase() ?? '';
  const context: Context = { extra: LANGUAGE_ABBREVIATIONS[primary], german: primary === 'de' };
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
      if (atBreak && !(ch === '.' && isAbbreviation(paragraph, start, i, context)) && startsSentence(paragraph, end)) {
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

interface Context {
  extra: ReadonlySet<string> | undefined;
  german: boolean;
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

/** The word before the full stop at `dot` is an abbreviation, an initial or an ordinal. */
function isAbbreviation(text: string, sentenceStart: number, dot: number, context: Context): boolean {
  let begin = dot;
  while (begin > sentenceStart && !/[\s("“‘'(]/.test(text[begin - 1] as string)) begin--;
  const word = text.slice(begin, dot);
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true;
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower) || context.extra?.has(lower)) return true;
  // Note: "z.B.", "u.a.", "EE.UU.", "d.w.z.": letters with dots inside.
  if (/^(?:\p{L}{1,3}\.)+\p{L}{1,3}$/u.test(word)) return true;
  if (/^\d{1,3}$/.test(word)) {
    const following = /^\s+([\p{L}]+)/u.exec(text.slice(dot + 1, dot + 40))?.[1];
    if (following === undefined) return false;
    if (monthNumber(following) !== undefined && (following.length > 3 || /^\p{Lu}/u.test(following))) return true;
    return context.german && /^\p{Lu}/u.test(following) && !GERMAN_OPENERS.has(following.toLowerCase());
  }
  return false;
}

/** What follows `end` can open a sentence: a capital, digit, quote or bracket, or nothing. */
function startsSentence(text: string, end: number): boolean {
  const next = text.slice(skipSpace(text, end), skipSpace(text, end) + 2);
  if (next === '') return true;
  return /^[\p{Lu}\p{Lo}\p{N}"“‘'([«¿¡]/u.test(next) || !/^\p{Ll}/u.test(next);
}
