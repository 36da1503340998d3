import { formatDay } from '@broadsheet/core';

/**
 * A model date (a calendar date, or a date-time with its offset) as a reader sees it:
 * "4 March 2016" or "4 March 2016, 14:30 UTC+03:00".
 */
export function displayDateTime(iso: string): string {
  const time = /T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  if (!time) return formatDay(iso);
  const offset = time[2] === 'Z' || time[2] === '+00:00' ? 'UTC' : `UTC${time[2]}`;
  return `${formatDay(iso)}, ${time[1]} ${offset}`;
}

/**
 * A model date as W3CDTF in UTC without fractions ("2016-03-04T00:00:00Z"), the
 * form Word itself writes into docProps/core.xml; a calendar date is its midnight UTC.
 */
export function toW3cdtf(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`"${iso}" is not an ISO 8601 date`);
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
