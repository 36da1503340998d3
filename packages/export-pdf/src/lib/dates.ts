/**
 * An ISO 8601 date or date-time as a Date; a calendar date is midnight UTC.
 * @param what names the value in the error thrown when it is not a date.
 */
export function parseDate(isoDate: string, what: string): Date {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? `${isoDate}T00:00:00Z` : isoDate);
  if (Number.isNaN(date.getTime())) throw new RangeError(`${what} "${isoDate}" is not an ISO 8601 date`);
  return date;
}
