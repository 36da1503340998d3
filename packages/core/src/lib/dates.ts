const MONTHS = [
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
 * "2016-03-04" or "2016-03-04T10:00:00+03:00" as "4 March 2016": the calendar
 * date as written, never shifted to another time zone. Anything else comes back as it is.
 */
export function formatDay(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  const month = MONTHS[Number(match?.[2]) - 1];
  if (!match || !month) return isoDate;
  return `${Number(match[3])} ${month} ${match[1]}`;
}
