import { readDate, toIsoString, toRfc822 } from '@broadsheet/core';

/** A date as the feeds write it: a point in time to sort by, and the two ways feeds spell it. */
export interface FeedDate {
  /** Milliseconds since the epoch, for sorting. */
  instant: number;
  /** RFC 822 with a four-digit year and a numeric zone, as RSS wants it: "Fri, 04 Mar 2016 10:00:00 +0300". */
  rfc822: string;
  /** RFC 3339, as Atom and JSON Feed want it: "2016-03-04T10:00:00+03:00"; a calendar date is midnight UTC. */
  rfc3339: string;
}

/**
 * Reads a model date (core's date module) for the feeds: the wall-clock time and
 * offset kept as written, a calendar date as midnight UTC. Anything else is
 * `undefined`: the feed never invents a date.
 */
export function readFeedDate(iso: string | undefined): FeedDate | undefined {
  const date = readDate(iso);
  if (date === undefined) return undefined;
  const written = toIsoString(date);
  return {
    instant: date.instant,
    rfc822: toRfc822(date),
    rfc3339: date.time === undefined ? `${written}T00:00:00Z` : written,
  };
}
