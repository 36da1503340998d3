/** A publication date as the feed uses it: a point in time to sort by, and how to write it. */
export interface FeedDate {
  /** Milliseconds since the epoch, for sorting. */
  instant: number;
  /** RFC 822 with a four-digit year and a numeric zone: "Fri, 04 Mar 2016 10:00:00 +0300". */
  rfc822: string;
  /** RFC 3339, as Atom and JSON Feed want it: "2016-03-04T10:00:00+03:00"; a calendar date is midnight UTC. */
  rfc3339: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}:\d{2}))?$/;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Reads an ISO 8601 date or date-time with offset. The wall-clock time and the
 * offset are kept as written; a calendar date is midnight UTC. Anything else is
 * `undefined`: the feed never invents a date.
 */
export function readFeedDate(iso: string | undefined): FeedDate | undefined {
  const match = iso === undefined ? null : ISO_DATE.exec(iso);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? '0')) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const calendar = utcDate(year, month, day);
  if (calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) return undefined;
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  const zone = match[8] ?? 'Z';
  const offsetMinutes = zone.toUpperCase() === 'Z' ? 0 : zoneMinutes(zone);
  const milliseconds = Number((match[7] ?? '').padEnd(3, '0').slice(0, 3));
  const wallClock = calendar.getTime() + ((hour * 60 + minute) * 60 + second) * 1000 + milliseconds;
  const fraction = match[7] === undefined ? '' : `.${match[7]}`;
  const zoneText = zone.toUpperCase() === 'Z' ? 'Z' : zone;
  return {
    instant: wallClock - offsetMinutes * 60_000,
    rfc3339: `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${fraction}${zoneText}`,
    rfc822: `${WEEKDAYS[calendar.getUTCDay()]}, ${pad(day)} ${MONTHS[month - 1]} ${String(year).padStart(4, '0')} ${pad(hour)}:${pad(minute)}:${pad(second)} ${rfc822Zone(zone)}`,
  };
}

// Note: setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 1900-1999.
function utcDate(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

function zoneMinutes(zone: string): number {
  const sign = zone.startsWith('-') ? -1 : 1;
  return sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
}

function rfc822Zone(zone: string): string {
  return zone.toUpperCase() === 'Z' ? '+0000' : zone.replace(':', '');
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
