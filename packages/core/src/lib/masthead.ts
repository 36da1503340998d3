import type { Author, Dateline } from './model.js';
import { isoDay, MONTH_PATTERN, monthNumber } from './months.js';

// Note: labels that head a headline in news copy ("BREAKING: ...", "Analysis: ...").
const SECTION_WORDS = new Set([
  'analysis',
  'breaking',
  'breaking news',
  'update',
  'updated',
  'exclusive',
  'opinion',
  'comment',
  'editorial',
  'live',
  'explainer',
  'factbox',
  'fact check',
  'factcheck',
  'interview',
  'review',
  'video',
  'photos',
  'watch',
  'sport',
  'sports',
  'business',
  'world',
  'politics',
  'tech',
  'technology',
  'science',
  'health',
  'culture',
  'feature',
  'special report',
  'insight',
  'column',
  'obituary',
  'podcast',
]);

/**
 * Splits a short section label off a headline: "Syria:Kerry and Lavrov ..." gives
 * the kicker "Syria". A colon only makes a kicker when the label is short and
 * clearly a label (no space after the colon, all capitals, or a known section
 * word), so "Kerry: talks will resume" keeps its colon.
 */
export function splitKicker(headline: string): { kicker?: string; headline: string } {
  const match = /^([^:]{1,40}):(\s*)(.*)$/u.exec(headline);
  if (!match) return { headline };
  const [, rawLabel, space, rest] = match as unknown as [string, string, string, string];
  const label = rawLabel.trim();
  const words = label.split(/\s+/);
  if (words.length > 3 || rest.trim().split(/\s+/).length < 3) return { headline };
  if (!/^\p{Lu}/u.test(label) || !/\p{L}$/u.test(label) || /^\p{N}/u.test(rest)) return { headline };
  const isCaps = /\p{Lu}{2}/u.test(label) && label === label.toUpperCase();
  const isLabel = space === '' || isCaps || SECTION_WORDS.has(label.toLowerCase());
  if (!isLabel || !/^[\p{Lu}\p{N}"“‘'«]/u.test(rest)) return { headline };
  return { kicker: label, headline: rest.trim() };
}

// Note: the word that opens a byline in each language, with the words that
// join two authors and that put a place or employer after a name
// ("By Anna Petrova in Geneva", "Por Ana López en Madrid", "Door Jan de Vries en Piet Jansen").
const BYLINE_OPENERS: readonly { opener: RegExp; join: string; place: string }[] = [
  { opener: /^(?:by|written by)\s+/iu, join: 'and', place: 'in|for' },
  { opener: /^von\s+/iu, join: 'und', place: 'in|aus|für' },
  { opener: /^par\s+/iu, join: 'et', place: 'à|a|en|pour' },
  { opener: /^(?:por|escrito por|texto de)\s+/iu, join: 'y|e', place: 'en|desde|em|de|para|no|na' },
  { opener: /^(?:di|a cura di)\s+/iu, join: 'e|ed', place: 'a|da|per|in' },
  { opener: /^door\s+/iu, join: 'en', place: 'in|uit|voor' },
];
// Note: the small words inside names ("Ursula von der Leyen", "Jan de Vries", "Luiz Inácio Lula da Silva").
const NAME_PARTICLES = new Set(
  "von van der den de du des la le da di do dos das del della y ter ten zu af al el bin ibn 't".split(' '),
);

/**
 * Reads "By Anna Petrova and Omar Haddad" (or "Von …", "Par …", "Por …", "Di …",
 * "Door …") as authors; undefined when the line is not a byline.
 */
export function parseByline(line: string): Author[] | undefined {
  if (line.length > 160) return undefined;
  const trimmed = line.trim();
  const form = BYLINE_OPENERS.find((candidate) => candidate.opener.test(trimmed));
  if (form === undefined) return undefined;
  const body = trimmed.replace(form.opener, '').replace(/\s*\([^()]*\)\s*$/u, '');
  const names = body
    .split(new RegExp(`\\s*(?:,|;|\\b(?:${form.join})\\b|&|\\|)\\s*`, 'u'))
    .map((part) => part.replace(new RegExp(`\\s+(?:${form.place})\\s+.*$`, 'u'), '').trim())
    .filter(isPersonName);
  if (names.length === 0) return undefined;
  return names.map((name) => ({ name }));
}

/** Two to five words, each capitalised, an initial or a particle ("de", "von der"). */
function isPersonName(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length > 5 || !/^\p{Lu}/u.test(text)) return false;
  return words.every((word) => /^\p{Lu}/u.test(word) || NAME_PARTICLES.has(word.toLowerCase()));
}

// Note: a date as wire copy writes it, in any of the languages: "March 9, 2025",
// "6. März 2025", "12 mars 2025", "3 de abril de 2025", "1er juillet", "9 Mar".
const DAY_FIRST = `(?<day>\\d{1,2})(?:\\.|º|°|er|st|nd|rd|th)? (?:de )?(?<month>${MONTH_PATTERN})(?:,? (?:de |del )?(?<year>\\d{4}))?`;
const MONTH_FIRST = `(?<month2>${MONTH_PATTERN}) (?<day2>\\d{1,2})(?:st|nd|rd|th)?(?:, (?<year2>\\d{4}))?`;
const WRITTEN_DATE = new RegExp(`^(?:${DAY_FIRST}|${MONTH_FIRST})$`, 'u');

const DATELINE = new RegExp(
  `^(?<place>\\p{Lu}[\\p{Lu}\\p{M}'’. -]{1,40}?(?:, \\p{Lu}[\\p{L}.' -]{1,30}?)?)` +
    `(?:,? (?<date>(?:${MONTH_PATTERN}) \\d{1,2}(?:, \\d{4})?|\\d{1,2}(?:\\.|º|°|er)? (?:de )?(?:${MONTH_PATTERN})(?:,? (?:de |del )?\\d{4})?))?` +
    `(?: ?\\((?<agency>[^()]{1,40})\\))? ?\\.?(?:[—–]|--?) ?`,
  'u',
);
// Note: German and Italian agencies write the place in ordinary case ("Berlin (dpa) -");
// the agency in brackets is what makes it a dateline then.
const DATELINE_WITH_AGENCY =
  /^(?<place>\p{Lu}[\p{L}\p{M}'’.-]+(?: \p{Lu}[\p{L}\p{M}'’.-]+){0,2}) ?\((?<agency>[^()]{1,20})\) ?\.?(?:[—–]|--?) ?/u;

// Note: Wikinews and some regional papers write "Bremen (Deutschland), 11.10.2014 –":
// the place in ordinary case with its country or region in brackets; the numeric
// date after it is what makes it a dateline then.
const DATELINE_WITH_REGION =
  /^(?<place>\p{Lu}[\p{L}\p{M}'’.-]+(?: \p{Lu}[\p{L}\p{M}'’.-]+){0,2} \([^()]{1,40}\)),? (?<date>(?<day3>\d{1,2})\.(?<month3>\d{1,2})\.(?<year3>\d{4})) ?(?:[—–]|--?) ?/u;

/**
 * Reads a wire dateline at the start of a paragraph ("GENEVA, March 9 (Reuters) —",
 * "BERLIN, 6. März 2025 –", "VALENCIA, 3 de abril de 2025 (EFE).-", "Berlin (dpa) -",
 * "Bremen (Deutschland), 11.10.2014 –") and returns it with the paragraph's text
 * after it, and the day it names when it gives a year. The place must be in
 * capitals unless an agency or a numeric date follows it.
 */
export function splitDateline(paragraph: string): { dateline?: Dateline; text: string; published?: string } {
  const regional = DATELINE_WITH_REGION.exec(paragraph);
  if (regional?.groups) {
    const text = paragraph.slice(regional[0].length).trim();
    const { place, date, day3, month3, year3 } = regional.groups;
    const published = isoDay(Number(year3), Number(month3), Number(day3));
    if (text !== '' && place !== undefined && date !== undefined && published !== undefined)
      return { dateline: { place, date, text: regional[0].trim() }, text, published };
  }
  const match = DATELINE.exec(paragraph) ?? DATELINE_WITH_AGENCY.exec(paragraph);
  const place = match?.groups?.['place'];
  if (!match || place === undefined) return { text: paragraph };
  const city = place.split(',')[0] as string;
  const agency = match.groups?.['agency'];
  if (agency === undefined && (city !== city.toUpperCase() || !/\p{Lu}{2}/u.test(city))) return { text: paragraph };
  const text = paragraph.slice(match[0].length).trim();
  if (text === '') return { text: paragraph };
  const dateline: Dateline = { place: place.trim(), text: match[0].trim() };
  const date = match.groups?.['date'];
  if (date !== undefined) dateline.date = date;
  if (agency !== undefined) dateline.agency = agency.trim();
  const published = date === undefined ? undefined : readWrittenDate(date);
  return published === undefined ? { dateline, text } : { dateline, text, published };
}

/** "6. März 2025" => 2025-03-06; undefined without a year or when it is no real day. */
function readWrittenDate(text: string): string | undefined {
  const groups = WRITTEN_DATE.exec(text.trim())?.groups;
  if (!groups) return undefined;
  const month = monthNumber(groups['month'] ?? groups['month2'] ?? '');
  const year = groups['year'] ?? groups['year2'];
  if (month === undefined || year === undefined) return undefined;
  return isoDay(Number(year), month, Number(groups['day'] ?? groups['day2']));
}

// Note: what may stand before the date on a date line: a label and a weekday.
const DATE_LABEL =
  '(?:published|posted|updated|date|veröffentlicht(?: am)?|aktualisiert(?: am)?|stand|publié(?: le)?|mis à jour(?: le)?|publicado(?: el| em| a)?|actualizado(?: el)?|atualizado(?: em)?|pubblicato(?: il)?|aggiornato(?: il)?|gepubliceerd(?: op)?|bijgewerkt(?: op)?)';
const WEEKDAY =
  '(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag';
const DATE_LINE = new RegExp(
  `^(?:${DATE_LABEL}\\s*:?\\s*)?(?:(?:${WEEKDAY}),?\\s+)?(?:(?:${DAY_FIRST})|(?:${MONTH_FIRST})|(?<iso>\\d{4}-\\d{2}-\\d{2})|(?<day3>\\d{1,2})\\.(?<month3>\\d{1,2})\\.(?<year3>\\d{4}))` +
    `(?:,?\\s+(?:um\\s+|à\\s+|a las\\s+|alle\\s+|às\\s+|om\\s+)?\\d{1,2}[:.h]\\d{2}(?:\\s*uhr)?)?\\.?$`,
  'iu',
);

/**
 * Reads a line that holds only a full date ("March 4, 2016", "Published: 4 March 2016",
 * "Donnerstag, 6. März 2025", "12/03" is not one) as YYYY-MM-DD.
 */
export function parseDateLine(line: string): string | undefined {
  if (line.length > 60) return undefined;
  const groups = DATE_LINE.exec(line.trim())?.groups;
  if (!groups) return undefined;
  if (groups['iso']) return isoDay(...(groups['iso'].split('-').map(Number) as [number, number, number]));
  if (groups['year3']) return isoDay(Number(groups['year3']), Number(groups['month3']), Number(groups['day3']));
  const month = monthNumber(groups['month'] ?? groups['month2'] ?? '');
  const year = groups['year'] ?? groups['year2'];
  if (month === undefined || year === undefined) return undefined;
  return isoDay(Number(year), month, Number(groups['day'] ?? groups['day2']));
}
