import type { CollectionEntry } from '@broadsheet/core';
import type { FeedOptions } from './options.js';
import { readFeedDate } from './dates.js';
import type { TextCleaner } from './text.js';

/** Tells `options.warn` what `feed` ("the RSS feed") left out of `where`: characters XML cannot hold, a date it cannot read. */
export function reportProblems(
  options: FeedOptions,
  feed: string,
  where: string,
  clean: TextCleaner,
  entry?: CollectionEntry,
): void {
  if (clean.removed.length > 0) {
    options.warn?.(`${where}: ${feed} leaves out characters XML cannot hold: ${clean.removed.join(', ')}`);
  }
  const date = entry?.article.datePublished;
  if (date !== undefined && readFeedDate(date) === undefined) {
    options.warn?.(`${where}: datePublished "${date}" is not an ISO 8601 date; ${feed} lists it as undated`);
  }
}
