import type { CollectionEntry } from '@broadsheet/core';
import { type FeedChannel, feedChannel } from './channel.js';
import { type FeedDate, readFeedDate } from './dates.js';
import { type FeedEnclosure, type FeedItem, type FeedPerson, feedItem } from './item.js';
import type { FeedOptions } from './options.js';
import { reportProblems } from './report.js';
import { selectFeedEntries } from './select.js';
import { createCleaner } from './text.js';
import { xmlElement, xmlParent } from './xml.js';

const ATOM = 'http://www.w3.org/2005/Atom';
const FIXED_EPOCH = '1980-01-01T00:00:00Z';

/**
 * Renders the Atom 1.0 feed of `entries` (selected and ordered as
 * `selectFeedEntries` does). Pure: the same entries and options give the same text.
 */
export function renderAtom(entries: readonly CollectionEntry[], options: FeedOptions): string {
  const channelCleaner = createCleaner();
  const channel = feedChannel(options.config, 'atom.xml', channelCleaner, options.tag);
  reportProblems(options, 'the Atom feed', 'the feed settings', channelCleaner);
  const items = selectFeedEntries(entries, options.config).map((entry) => {
    const clean = createCleaner();
    const item = feedItem(entry, options.config, clean);
    reportProblems(options, 'the Atom feed', entry.slug, clean, entry);
    return item;
  });
  // Note: Atom requires an updated date everywhere; the run's fallback date (SOURCE_DATE_EPOCH) stands in, never the clock.
  const fallback = readFeedDate(options.fallbackDate) ?? (readFeedDate(FIXED_EPOCH) as FeedDate);
  const updated = (item: FeedItem): FeedDate => item.modified ?? item.published ?? fallback;
  const newest = items
    .map(updated)
    .reduce((a, b) => (b.instant > a.instant ? b : a), items.length > 0 ? updated(items[0] as FeedItem) : fallback);
  const feed = xmlParent(
    'feed',
    [
      ['xmlns', ATOM],
      ['xml:lang', channel.language],
    ],
    [...channelElements(channel, newest.rfc3339), ...items.map((item) => entryElement(item, updated(item).rfc3339))],
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${feed}\n`;
}

function channelElements(channel: FeedChannel, updated: string): string[] {
  return [
    xmlElement('id', [], channel.self),
    xmlElement('title', [['type', 'text']], channel.title),
    xmlElement('subtitle', [['type', 'text']], channel.description),
    xmlElement('link', [
      ['rel', 'alternate'],
      ['type', 'text/html'],
      ['href', channel.home],
    ]),
    xmlElement('link', [
      ['rel', 'self'],
      ['type', 'application/atom+xml'],
      ['href', channel.self],
    ]),
    xmlElement('updated', [], updated),
    // Note: RFC 4287 wants an author on the feed unless every entry has one; the publisher is the honest one.
    personElement('author', channel.publisher),
    xmlElement('generator', [], 'Broadsheet'),
    ...(channel.image === undefined ? [] : [xmlElement('logo', [], channel.image)]),
  ];
}

function entryElement(item: FeedItem, updated: string): string {
  return xmlParent(
    'entry',
    [['xml:lang', item.language]],
    [
      xmlElement('id', [], item.id),
      xmlElement('title', [['type', 'text']], item.title),
      xmlElement('link', [
        ['rel', 'alternate'],
        ['type', 'text/html'],
        ['href', item.link],
      ]),
      ...(item.published === undefined ? [] : [xmlElement('published', [], item.published.rfc3339)]),
      xmlElement('updated', [], updated),
      ...item.authors.map((author) => personElement('author', author)),
      ...item.categories.map((category) => xmlElement('category', [['term', category]])),
      xmlElement('summary', [['type', 'text']], item.summary),
      xmlElement('content', [['type', 'html']], item.content),
      ...[item.briefing, item.image].flatMap((file) => (file === undefined ? [] : [enclosureElement(file)])),
    ],
  );
}

function personElement(name: string, person: FeedPerson): string {
  return xmlParent(
    name,
    [],
    [xmlElement('name', [], person.name), ...(person.url === undefined ? [] : [xmlElement('uri', [], person.url)])],
  );
}

function enclosureElement(file: FeedEnclosure): string {
  return xmlElement('link', [
    ['rel', 'enclosure'],
    ['type', file.type],
    ['length', file.length],
    ['href', file.url],
  ]);
}
