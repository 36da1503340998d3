/**
 * The one place dates are read and written. A model date (a calendar date
 * "2016-03-04", or a date-time with its offset "2016-03-04T10:00:00+03:00") is
 * parsed once into a `ModelDate`, then written as each format wants it.
 */

/** A model date, parsed: the calendar date and wall-clock time as written, and the instant they name. */
export interface ModelDate {
  year: number;
  /** 1 to 12. */
  month: number;
  /** 1 to 31. */
  day: number;
  /** The time of day as written; absent for a calendar date. */
  time?: {
    hour: number;
    minute: number;
    second: number;
    millisecond: number;
    /** The offset as written, upper-case: "Z" or "+03:00". */
    offset: string;
    /** The offset in minutes east of UTC. */
    offsetMinutes: number;
  };
  /** Milliseconds since the epoch; a calendar date is its midnight UTC. */
  instant: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}:\d{2}))?$/;

/**
 * Reads an ISO 8601 calendar date or date-time with offset, checking that the day
 * exists (no 31 April) and the time is a time. Anything else gives `undefined`.
 */
export function readDate(iso: string | undefined): ModelDate | undefined {
  const match = iso === undefined ? null : ISO_DATE.exec(iso);
  if (!match) return undefined;
  const [year, month, day] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
  const calendar = utcMidnight(year, month, day);
  if (calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) return undefined;
  if (match[4] === undefined) return { year, month, day, instant: calendar.getTime() };
  const [hour, minute, second] = [match[4], match[5], match[6]].map(Number) as [number, number, number];
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  const offset = (match[8] ?? 'Z').toUpperCase();
  const offsetMinutes = offset === 'Z' ? 0 : zoneMinutes(offset);
  if (Math.abs(offsetMinutes) >= 24 * 60) return undefined;
  const millisecond = Number((match[7] ?? '').padEnd(3, '0').slice(0, 3));
  const wallClock = calendar.getTime() + ((hour * 60 + minute) * 60 + second) * 1000 + millisecond;
  return {
    year,
    month,
    day,
    time: { hour, minute, second, millisecond, offset, offsetMinutes },
    instant: wallClock - offsetMinutes * 60_000,
  };
}

/**
 * Like `readDate`, for a value the model already guarantees.
 * @param what names the value in the RangeError thrown when it is not a date.
 */
export function parseDate(iso: string, what = 'date'): ModelDate {
  const date = readDate(iso);
  if (!date) throw new RangeError(`${what} "${iso}" is not an ISO 8601 date`);
  return date;
}

/** Whether `text` is a calendar date that exists, written YYYY-MM-DD. */
export function isCalendarDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && readDate(text) !== undefined;
}

/** The date as a JavaScript Date (for libraries that take one, such as a PDF's info dictionary). */
export function toJsDate(date: ModelDate): Date {
  return new Date(date.instant);
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * RFC 822 (as RSS wants it) with a four-digit year and a numeric zone, keeping the
 * wall-clock time and offset as written: "Fri, 04 Mar 2016 10:00:00 +0300". A calendar date is midnight UTC.
 */
export function toRfc822(date: ModelDate): string {
  const weekday = WEEKDAYS[utcMidnight(date.year, date.month, date.day).getUTCDay()];
  const time = date.time ?? { hour: 0, minute: 0, second: 0, offset: 'Z' };
  const zone = time.offset === 'Z' ? '+0000' : time.offset.replace(':', '');
  return `${weekday}, ${pad(date.day)} ${MONTHS[date.month - 1]} ${String(date.year).padStart(4, '0')} ${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)} ${zone}`;
}

/**
 * W3C date-time in UTC without fractions ("2016-03-04T07:00:00Z"), the form Word writes
 * into its document properties and Atom accepts; a calendar date is its midnight UTC.
 */
export function toW3cUtc(date: ModelDate): string {
  return new Date(date.instant).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * ISO 8601 as schema.org (and JSON Feed) expect it: a calendar date stays a date, a date-time
 * keeps its wall-clock time and offset, with an upper-case "T" and "Z".
 */
export function toIsoString(date: ModelDate): string {
  const day = `${String(date.year).padStart(4, '0')}-${pad(date.month)}-${pad(date.day)}`;
  const { time } = date;
  if (!time) return day;
  const fraction = time.millisecond > 0 ? `.${String(time.millisecond).padStart(3, '0')}` : '';
  return `${day}T${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}${fraction}${time.offset}`;
}

/**
 * The date as a reader of `language` writes it ("4 March 2016", "4. März 2016"): the
 * calendar date as written, never shifted to another time zone.
 * @param withTime adds the wall-clock time and its offset ("4 March 2016, 14:30 UTC+03:00").
 */
export function formatDate(date: ModelDate, language: string, withTime = false): string {
  const day = dayFormat(displayLocale(language)).format(utcMidnight(date.year, date.month, date.day));
  if (!withTime || !date.time) return day;
  return `${day}, ${formatTime(date.time.hour, date.time.minute, language)} ${utcOffset(date.time.offset)}`;
}

/** A day of a month with no year ("14 October", "14. Oktober"), when the text gives no year. */
export function formatMonthDay(month: number, day: number, language: string): string {
  // Note: 2000 is a leap year, so 29 February is a day; the year is not shown.
  return monthDayFormat(displayLocale(language)).format(utcMidnight(2000, month, day));
}

/** A time of day, "14:30", with the digits of `language`. */
export function formatTime(hour: number, minute: number, language: string): string {
  const digits = numberFormat(language, 2);
  return `${digits.format(hour)}:${digits.format(minute)}`;
}

/** A whole number with the digits and grouping of `language` ("1,234", "1.234", "١٢"). */
export function formatNumber(value: number, language: string): string {
  return numberFormat(language, 1).format(value);
}

/**
 * The locale dates and numbers are shown in. Note: plain "en" reads dates the British
 * way ("4 March 2016"), as Broadsheet always has; a region ("en-US") picks its own.
 */
export function displayLocale(language: string): string {
  const tag = language.toLowerCase() === 'en' ? 'en-GB' : language;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en-GB';
  } catch {
    return 'en-GB';
  }
}

/**
 * "4 March 2016" from a model date string, in English unless `language` says otherwise.
 * Anything that is not a model date comes back as it is.
 */
export function formatDay(isoDate: string, language = 'en'): string {
  const date = readDate(isoDate);
  return date ? formatDate(date, language) : isoDate;
}

const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let format = formats.get(key) as T | undefined;
  if (!format) {
    format = make();
    formats.set(key, format);
  }
  return format;
}

function dayFormat(locale: string): Intl.DateTimeFormat {
  return cached(
    `day:${locale}`,
    () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  );
}

function monthDayFormat(locale: string): Intl.DateTimeFormat {
  return cached(
    `month-day:${locale}`,
    () => new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: 'UTC' }),
  );
}

function numberFormat(language: string, minimumIntegerDigits: number): Intl.NumberFormat {
  const locale = displayLocale(language);
  return cached(
    `number:${minimumIntegerDigits}:${locale}`,
    () => new Intl.NumberFormat(locale, { minimumIntegerDigits, useGrouping: minimumIntegerDigits === 1 }),
  );
}

function utcOffset(offset: string): string {
  return offset === 'Z' || offset === '+00:00' ? 'UTC' : `UTC${offset}`;
}

// Note: setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 1900-1999.
function utcMidnight(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

function zoneMinutes(zone: string): number {
  const sign = zone.startsWith('-') ? -1 : 1;
  return sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
