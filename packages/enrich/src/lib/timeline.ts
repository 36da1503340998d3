import type { ParsedArticle, TimelineEntry } from '@broadsheet/core';
import { splitSentences } from '@broadsheet/core';
import { createRequire } from 'node:module';
import type * as chrono from 'chrono-node';
import { clauseBounds, describeEvent } from './event.js';
import {
  type Direction,
  type Reading,
  type Reference,
  readExpressions,
  readsWeekdays,
  tenseAround,
  yearPrepositions,
} from './expressions.js';

// Note: importing all of chrono-node loads every locale (about 150 ms); each
// language's parser is loaded the first time an article in it needs one.
const LOCALES = new Set(['en', 'fr', 'de', 'es', 'pt', 'nl', 'it', 'ja', 'ru', 'sv', 'uk', 'zh']);
const parsers = new Map<string, chrono.Chrono>();
const require = createRequire(import.meta.url);

/** The casual date parser for `language`, English when chrono has none for it. */
function parserFor(language: string): chrono.Chrono {
  const primary = language.split('-')[0] ?? 'en';
  const locale = LOCALES.has(primary) ? primary : 'en';
  let parser = parsers.get(locale);
  if (!parser) {
    parser = (require(`chrono-node/${locale}`) as { casual: chrono.Chrono }).casual;
    parsers.set(locale, parser);
  }
  return parser;
}
// Note: chrono needs some reference; without a publication date nothing that
// depends on it is kept, so any fixed instant will do.
const NO_REFERENCE: Reference = {
  instant: new Date(Date.UTC(2000, 0, 1, 12)),
  timezone: 0,
  year: 2000,
  month: 1,
  day: 1,
};
const RELATIVE =
  /^(?:(?:on |in |from |since |until |by )?(?:last|next|this|past|coming) (?:week|weekend|month|year|season)|yesterday|today|tonight|tomorrow|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:days?|weeks?|months?|years?) ago|hier|aujourd'hui|demain)$/i;
const YEAR =
  /\b(?:in|since|until|till|by|from|to|during|before|after|of|as|early|late|mid|spring|summer|autumn|fall|winter|printemps|été|automne|hiver|en|depuis|année|season) ((?:1[5-9]|20)\d\d)(?![\d,.]\d|s\b|%)/giu;
const BARE_YEAR =
  /(?<![\d.,/:-]|\p{Sc}\s?)\b((?:19|20)\d\d)\b(?=[.,;:!?)]|\s(?:auch|aussi|también|anche|também|ook|also|too)\b|$)(?![.,]\d)/gu;
const DECADE = /\b(?:the )?((?:1[5-9]|20)\d0)s\b/g;
const FUTURE =
  /\b(?:will|would|shall|'ll|due to|is to|are to|scheduled|planned|plans|expects?|next|upcoming|va|vont|doivent|commenceront)\b/i;
const DAY_MS = 86_400_000;

/** Finds every date or time expression in the body, resolved against `datePublished` when there is one. */
export function buildTimeline(
  article: Pick<ParsedArticle, 'paragraphs' | 'datePublished' | 'language'>,
): TimelineEntry[] {
  const reference = referenceOf(article.datePublished);
  const parser = parserFor(article.language);
  const entries: (TimelineEntry & { order: number })[] = [];
  article.paragraphs.forEach((paragraph, index) => {
    for (const sentence of splitSentences(paragraph, article.language)) {
      for (const reading of readSentence(sentence.text, parser, reference, article.language)) {
        const event = describeEvent(sentence.text, reading.index, reading.text);
        entries.push({ ...toEntry(reading, sentence.text, event, index), order: entries.length });
      }
    }
  });
  entries.sort(byDate);
  return entries.map(({ order: _order, ...entry }) => entry);
}

function referenceOf(datePublished: string | undefined): Reference | undefined {
  if (datePublished === undefined) return undefined;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(datePublished);
  const instant = new Date(dateOnly ? `${datePublished}T12:00:00Z` : datePublished);
  if (Number.isNaN(instant.getTime())) return undefined;
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(datePublished);
  const timezone = offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0;
  const local = new Date(instant.getTime() + timezone * 60_000);
  return { instant, timezone, year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

// Note: chrono runs dozens of patterns over every sentence it is given; an
// English sentence with none of these words or digits holds nothing it reads,
// so it is skipped. Other languages always go through chrono.
const ENGLISH_DATE_CUE =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|tomorrow|yesterday|noon|midnight|morning|afternoon|evening|night|week|month|year|quarter|decade|century|ago|hour|minute|christmas|easter|new year)/i;

/** Every date expression of one sentence: chrono's readings, then bare years and decades it does not read. */
function readSentence(
  sentence: string,
  parser: chrono.Chrono,
  reference: Reference | undefined,
  language: string,
): Reading[] {
  const ref = reference ?? NO_REFERENCE;
  const english = parser === parsers.get('en');
  if (english && !ENGLISH_DATE_CUE.test(sentence)) return readExpressions(sentence, language, reference, []);
  const results = parser.parse(sentence, { instant: ref.instant, timezone: ref.timezone }, { forwardDate: false });
  const readings: Reading[] = [];
  const times: chrono.ParsedResult[] = [];
  const ownWeekdays = readsWeekdays(language);
  for (const result of results) {
    if (isMisread(result, sentence, english)) continue;
    if (ownWeekdays && result.start.isCertain('weekday') && !result.start.isCertain('day')) continue;
    if (!isDate(result, sentence)) {
      if (result.start.isCertain('hour') && !result.start.isCertain('day') && !result.start.isCertain('weekday'))
        times.push(result);
      continue;
    }
    const reported = /\b(?:said|says|told|announced|reported|confirmed)\s+$/.test(sentence.slice(0, result.index));
    const forward =
      !reported &&
      FUTURE.test(clauseOf(sentence, result.index, result.text.length)) &&
      !/['’]s\b/.test(sentence.slice(result.index + result.text.length, result.index + result.text.length + 2));
    const reread =
      forward && reference !== undefined && result.start.isCertain('weekday') && !result.start.isCertain('day')
        ? (parser.parse(result.text, { instant: ref.instant, timezone: ref.timezone }, { forwardDate: true })[0] ??
          result)
        : result;
    const tense = tenseAround(sentence, result.index, result.text.length, language);
    readings.push(dropLeadingCount(readResult(reread, result, reference, tense)));
  }
  attachTimes(readings, times, sentence);
  readings.push(...readYears(sentence, readings, language));
  readings.push(...readExpressions(sentence, language, reference, readings));
  return joinMonthAndYear(readings, sentence);
}

/** "voted 34 to 11 last Thursday": chrono takes the count into the date; it is not part of it. */
/**
 * "May last year", "im März vergangenen Jahres", "en mayo del año pasado": a month
 * read apart from the year after it is one expression, the month in that year.
 */
function joinMonthAndYear(readings: Reading[], sentence: string): Reading[] {
  const sorted = [...readings].sort((a, b) => a.index - b.index);
  const dropped = new Set<Reading>();
  for (let i = 0; i + 1 < sorted.length; i++) {
    const month = sorted[i] as Reading;
    const year = sorted[i + 1] as Reading;
    if (month.month === undefined || month.day !== undefined || year.year === undefined) continue;
    if (year.month !== undefined || year.day !== undefined) continue;
    const gap = sentence.slice(month.index + month.text.length, year.index);
    if (!/^\s*(?:of|de|del|des|do|da)?\s*$/u.test(gap)) continue;
    month.text = sentence.slice(month.index, year.index + year.text.length);
    month.year = year.year;
    dropped.add(year);
  }
  return readings.filter((reading) => !dropped.has(reading));
}

function dropLeadingCount(reading: Reading): Reading {
  const count = /^\d+\s+(?=(?:last|next|this|past|coming|on|mon|tue|wed|thu|fri|sat|sun)\b)/i.exec(reading.text);
  if (count === null) return reading;
  return { ...reading, text: reading.text.slice(count[0].length), index: reading.index + count[0].length };
}

/**
 * Readings that are not dates at all: a match inside a word ("Mar" of "María"),
 * a fraction ("4 1/2%", "3 1/4 times") and, in English, a month in lower case
 * ("would march on").
 */
function isMisread(result: chrono.ParsedResult, sentence: string, english: boolean): boolean {
  const before = sentence[result.index - 1] ?? '';
  const after = sentence[result.index + result.text.length] ?? '';
  if (/[\p{L}\p{N}]/u.test(before) || /\p{L}/u.test(after)) return true;
  const text = result.text.trim();
  if (/^\d{1,2}\/\d{1,2}$/.test(text)) {
    if (
      /\d\s$/.test(sentence.slice(0, result.index)) ||
      /^\s?(?:%|percent|times|of)/.test(sentence.slice(result.index + result.text.length))
    )
      return true;
  }
  return (
    english && /\b(?:january|february|march|april|june|july|august|september|october|november|december)\b/.test(text)
  );
}

/** chrono also reads "in the day", "now", "sun" or "within six years": only dates, weekdays and plain relative dates are kept. */
function isDate(result: chrono.ParsedResult, sentence: string): boolean {
  const start = result.start;
  const text = result.text.trim();
  const following = sentence.slice(result.index + result.text.length);
  if (/^s\b|^ (?:morning|afternoon|evening|night)s\b/.test(following)) return false;
  if (isRelative(result) || RELATIVE.test(text)) return RELATIVE.test(text);
  if (/^(?:sun|mon|tue|wed|thu|fri|sat|now|right now|just now|maintenant)$/i.test(text)) return false;
  if (start.isCertain('month') || start.isCertain('weekday')) return true;
  return start.isCertain('year') && /\d/.test(text);
}

function isRelative(result: chrono.ParsedResult): boolean {
  return result.tags().has('result/relativeDate') || RELATIVE.test(result.text.trim());
}

function readResult(
  result: chrono.ParsedResult,
  original: chrono.ParsedResult,
  reference: Reference | undefined,
  tense: Direction,
): Reading {
  const start = result.start;
  const reading: Reading = { text: original.text, index: original.index, certainty: 'unresolved' };
  const writtenYear = start.isCertain('year') && !isRelative(original);
  const relative = isRelative(original) || (start.isCertain('weekday') && !start.isCertain('day'));
  if (start.isCertain('hour')) reading.time = clock(start.get('hour') ?? 0, start.get('minute') ?? 0);

  if (relative) {
    if (reference === undefined) return reading;
    const unit = /\b(week|month|year|season)\b/i.exec(original.text)?.[1]?.toLowerCase();
    reading.year = start.get('year') as number;
    if (unit !== 'year' && unit !== 'season') reading.month = start.get('month') as number;
    if (unit !== 'year' && unit !== 'season' && unit !== 'month') {
      reading.day = start.get('day') as number;
      reading.date = isoDate(reading.year, reading.month as number, reading.day);
    }
    reading.certainty = 'approximate';
    return reading;
  }
  if (start.isCertain('month')) reading.month = start.get('month') as number;
  if (start.isCertain('day')) reading.day = start.get('day') as number;
  if (writtenYear) {
    reading.year = start.get('year') as number;
    reading.certainty = 'certain';
  } else if (reference !== undefined && reading.month !== undefined) {
    const { year, certain } = closestYear(reading.month, reading.day ?? 15, reference, tense);
    reading.year = year;
    reading.certainty = certain ? 'certain' : 'approximate';
  }
  if (reading.year !== undefined && reading.month !== undefined && reading.day !== undefined) {
    reading.date = isoDate(reading.year, reading.month, reading.day);
  }
  return reading;
}

/**
 * The year that puts month/day closest to the publication date, on or after it
 * when the clause speaks of the future and on or before it when it speaks of the
 * past ("the year that ended March 31"); certain when that is within four months.
 */
function closestYear(
  month: number,
  day: number,
  reference: Reference,
  tense: Direction,
): { year: number; certain: boolean } {
  const published = Date.UTC(reference.year, reference.month - 1, reference.day);
  let best = { year: reference.year, distance: Number.POSITIVE_INFINITY };
  for (const year of [reference.year - 1, reference.year, reference.year + 1]) {
    const signed = Date.UTC(year, month - 1, day) - published;
    if (tense === 'future' && signed < -DAY_MS) continue;
    if (tense === 'past' && signed > DAY_MS) continue;
    const distance = Math.abs(signed);
    if (distance < best.distance) best = { year, distance };
  }
  return { year: best.year, certain: best.year === reference.year && best.distance <= 122 * DAY_MS };
}

// Note: a clock time as written ("5:30 PM", "17:55", "um 12 Uhr"), not a score ("3:2") or a count ("von 17").
const CLOCK_TIME = /\d{1,2}[:.]\d{2}(?!\d)|\d{1,2}\s*(?:[ap]\.?m\b\.?|uhr\b|h\d{0,2}\b)/iu;

/** "at 01:17 local time on June 3, 2025": chrono reads the time apart; it belongs to the nearest date. */
function attachTimes(readings: Reading[], times: readonly chrono.ParsedResult[], sentence: string): void {
  for (const time of times) {
    const near = readings.find((reading) => {
      const gap =
        reading.index > time.index
          ? sentence.slice(time.index + time.text.length, reading.index)
          : sentence.slice(reading.index + reading.text.length, time.index);
      return gap.length <= 25 && !/[,;.]/.test(gap);
    });
    const at = clock(time.start.get('hour') ?? 0, time.start.get('minute') ?? 0);
    if (near && near.time === undefined) near.time = at;
    // Note: "at 5:30 PM", "17:55 GMT" with no date near: a time of day of its own.
    else if (!near && CLOCK_TIME.test(time.text))
      readings.push({ text: time.text, index: time.index, time: at, certainty: 'unresolved' });
  }
}

/** Years standing alone ("since 2001", "in 2008") and decades ("the 1960s"), which chrono leaves. */
function readYears(sentence: string, taken: readonly Reading[], language: string): Reading[] {
  const found: Reading[] = [];
  const free = (index: number, length: number) =>
    ![...taken, ...found].some((r) => index < r.index + r.text.length && r.index < index + length);
  const prepositions = yearPrepositions(language);
  const pattern =
    prepositions === undefined
      ? YEAR
      : new RegExp(`(?:^|[\\s(])(?:${prepositions})\\s+((?:1[5-9]|20)\\d\\d)(?![\\d,.]\\d|s\\b|%)`, 'giu');
  for (const match of sentence.matchAll(pattern)) {
    const year = match[1] as string;
    const index = match.index + match[0].length - year.length;
    if (free(index, year.length)) found.push({ text: year, index, year: Number(year), certainty: 'certain' });
  }
  // Note: a year standing alone at the end of a clause ("zwischen 2004 und 2016.", "war 2024 auch").
  for (const match of sentence.matchAll(BARE_YEAR)) {
    const year = match[1] as string;
    const index = match.index + match[0].indexOf(year);
    if (free(index, year.length)) found.push({ text: year, index, year: Number(year), certainty: 'certain' });
  }
  for (const match of sentence.matchAll(DECADE)) {
    if (free(match.index, match[0].length)) found.push({ text: match[0], index: match.index, certainty: 'unresolved' });
  }
  return found;
}

function toEntry(reading: Reading, sentence: string, event: string, paragraph: number): TimelineEntry {
  // Note: "September," and "on Monday," in a list of dates: the punctuation is not part of the expression.
  const text = reading.text.trim().replace(/[\s,;:]+$/u, '');
  const entry: TimelineEntry = { text, sentence, event, paragraph, certainty: reading.certainty };
  if (reading.month !== undefined) entry.month = reading.month;
  if (reading.day !== undefined) entry.day = reading.day;
  if (reading.year !== undefined) entry.year = reading.year;
  if (reading.time !== undefined) entry.time = reading.time;
  if (reading.date !== undefined) entry.date = reading.date;
  return entry;
}

/** By year, month and day as far as each is known; entries without a year last, in reading order. */
/**
 * Dated entries first, by date; then entries with a month and day but no year
 * (an article with no publication date), by month and day; then the rest
 * ("on Friday" with nothing to resolve it against), in reading order.
 */
function byDate(a: TimelineEntry & { order: number }, b: TimelineEntry & { order: number }): number {
  const [tierA, keyA] = sortKey(a);
  const [tierB, keyB] = sortKey(b);
  if (tierA !== tierB) return tierA - tierB;
  return keyA < keyB ? -1 : keyA > keyB ? 1 : a.order - b.order;
}

function sortKey(entry: TimelineEntry): [number, string] {
  const monthDay = `${pad(entry.month ?? 0)}-${pad(entry.day ?? 0)}T${entry.time ?? ''}`;
  if (entry.year !== undefined) return [0, `${String(entry.year).padStart(4, '0')}-${monthDay}`];
  if (entry.month !== undefined) return [1, monthDay];
  return [2, ''];
}

function clauseOf(sentence: string, index: number, length: number): string {
  const { start, end } = clauseBounds(sentence, index, index + length);
  return sentence.slice(start, end);
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

function clock(hour: number, minute: number): string {
  return `${pad(hour)}:${pad(minute)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
