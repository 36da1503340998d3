import { isCalendarDate } from './dates.js';

// Note: month names of the languages whose wire copy Broadsheet reads
// (English, German, French, Spanish, Italian, Portuguese, Dutch), lower case,
// with the abbreviations datelines use ("Sept.", "févr.", "abr."). One table,
// so that the dateline reader and the sentence splitter agree.
const NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'janeiro', 'januari'],
  [
    'february',
    'feb',
    'februar',
    'feber',
    'février',
    'fevrier',
    'févr',
    'fevr',
    'febrero',
    'febbraio',
    'fevereiro',
    'fev',
    'februari',
  ],
  ['march', 'mar', 'märz', 'mär', 'mars', 'marzo', 'março', 'marco', 'maart', 'mrt'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'mei'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'set', 'settembre', 'setembro'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dicembre', 'dezembro'],
];

const NUMBERS = new Map<string, number>(NAMES.flatMap((names, index) => names.map((name) => [name, index + 1])));

/**
 * A regular-expression alternation matching any month name or abbreviation in
 * lower case, capitalised or in capitals ("märz", "März", "MÄRZ"), with an optional dot.
 * Note: not a case-insensitive flag, because `\p{Lu}` matches lower case under `iu`.
 */
export const MONTH_PATTERN = `(?:${[...NUMBERS.keys()]
  .flatMap((name) => [name, name.toUpperCase(), (name[0] as string).toUpperCase() + name.slice(1)])
  .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  .join('|')})\\.?`;

/** The month's number (1–12) for a month name or abbreviation in any of the languages, or undefined. */
export function monthNumber(word: string): number | undefined {
  return NUMBERS.get(word.toLowerCase().replace(/\.$/, ''));
}

/** YYYY-MM-DD when year, month and day make a real calendar day. */
export function isoDay(year: number, month: number, day: number): string | undefined {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : undefined;
}
