import { isCalendarDate } from './dates.js';
import type { Author, Dateline } from './model.js';

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

const BYLINE = /^by\s+(.+)$/iu;

/** Reads "By Anna Petrova and Omar Haddad" as two authors; undefined when the line is not a byline. */
export function parseByline(line: string): Author[] | undefined {
  if (line.length > 160) return undefined;
  const body = BYLINE.exec(line.trim())?.[1];
  if (body === undefined) return undefined;
  const names = body
    .split(/\s*(?:,|;|\band\b|&|\|)\s*/u)
    .map((part) => part.replace(/\s+(?:in|for)\s+.*$/u, '').trim())
    .filter((part) => /^\p{Lu}/u.test(part) && part.split(/\s+/).length <= 5);
  if (names.length === 0) return undefined;
  return names.map((name) => ({ name }));
}

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DATELINE = new RegExp(
  `^(?<place>\\p{Lu}[\\p{Lu}\\p{M}'’. -]{1,40}?(?:, \\p{Lu}[\\p{L}.' -]{1,30}?)?)` +
    `(?:,? (?<date>${MONTH} \\d{1,2}(?:, \\d{4})?|\\d{1,2} ${MONTH}(?: \\d{4})?))?` +
    `(?: ?\\((?<agency>[^()]{1,40})\\))? ?(?:[—–]|--?) ?`,
  'u',
);

/**
 * Reads a wire dateline at the start of a paragraph ("GENEVA, March 9 (Reuters) —")
 * and returns it with the paragraph's text after it; the place must be in capitals.
 */
export function splitDateline(paragraph: string): { dateline?: Dateline; text: string } {
  const match = DATELINE.exec(paragraph);
  const place = match?.groups?.['place'];
  if (!match || place === undefined) return { text: paragraph };
  const city = place.split(',')[0] as string;
  if (city !== city.toUpperCase() || !/\p{Lu}{2}/u.test(city)) return { text: paragraph };
  const text = paragraph.slice(match[0].length).trim();
  if (text === '') return { text: paragraph };
  const dateline: Dateline = { place: place.trim(), text: match[0].trim() };
  const date = match.groups?.['date'];
  const agency = match.groups?.['agency'];
  if (date !== undefined) dateline.date = date;
  if (agency !== undefined) dateline.agency = agency.trim();
  return { dateline, text };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DATE_LINE = new RegExp(
  `^(?:(?:published|posted|updated|date)\\s*:?\\s*)?(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?,?\\s+)?` +
    `(?:(?<m1>${MONTH})\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y1>\\d{4})|(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<m2>${MONTH}),?\\s+(?<y2>\\d{4})|(?<iso>\\d{4}-\\d{2}-\\d{2}))\\.?$`,
  'iu',
);

/** Reads a line that holds only a full date ("March 4, 2016", "Published: 4 March 2016") as YYYY-MM-DD. */
export function parseDateLine(line: string): string | undefined {
  if (line.length > 60) return undefined;
  const groups = DATE_LINE.exec(line.trim())?.groups;
  if (!groups) return undefined;
  if (groups['iso']) return isCalendarDate(groups['iso']) ? groups['iso'] : undefined;
  const monthName = (groups['m1'] ?? groups['m2'] ?? '').slice(0, 3).toLowerCase();
  const month = MONTHS.indexOf(monthName) + 1;
  const day = Number(groups['d1'] ?? groups['d2']);
  const iso = `${groups['y1'] ?? groups['y2']}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : undefined;
}
