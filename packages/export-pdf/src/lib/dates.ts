const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * "2016-03-04" or "2016-03-04T10:00:00+03:00" as "4 March 2016": the calendar date as written,
 * never shifted to another time zone.
 */
export function formatDay(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  const month = months[Number(match?.[2]) - 1];
  if (!match || !month) return isoDate;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/**
 * An ISO 8601 date or date-time as a Date; a calendar date is midnight UTC.
 * @param what names the value in the error thrown when it is not a date.
 */
export function parseDate(isoDate: string, what: string): Date {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? `${isoDate}T00:00:00Z` : isoDate);
  if (Number.isNaN(date.getTime())) throw new RangeError(`${what} "${isoDate}" is not an ISO 8601 date`);
  return date;
}
