import { type Article, type EntityType, formatDay, type TimelineEntry } from '@broadsheet/core';
import { type Block, heading, type Label, list, paragraph } from './blocks.js';
import { labelColumns, styles } from './styles.js';

/** Makes a string safe to set: see `GlyphFilter.clean`. */
export type Clean = (text: string) => string;

type Section = (article: Article, clean: Clean) => Block[];

/** Every block of the briefing, in reading order; a section without content is left out. */
export function briefingBlocks(article: Article, clean: Clean): Block[] {
  const sections: Section[] = [masthead, keyPoints, whoAndWhere, timeline, quotes, fullText, sourceNotes];
  return sections.flatMap((section) => section(article, clean)).filter((block) => block.text !== '');
}

/** Kicker, headline, standfirst, byline, then where, when, how long and where from. */
export function masthead(article: Article, clean: Clean): Block[] {
  const blocks: Block[] = [];
  if (article.kicker) blocks.push(paragraph(clean(article.kicker), styles.kicker));
  blocks.push({ ...heading('H1', clean(article.headline), styles.headline), keepWithNext: false });
  if (article.description) blocks.push(paragraph(clean(article.description), styles.standfirst));
  if (article.authors.length > 0) {
    blocks.push(paragraph(`By ${clean(joinNames(article.authors.map((author) => author.name)))}`, styles.byline));
  }
  const place = article.dateline
    ? [article.dateline.place, article.dateline.agency && `(${article.dateline.agency})`].filter(Boolean).join(' ')
    : undefined;
  const date = article.datePublished ? formatDay(article.datePublished) : 'Date not stated';
  const when = [place, date, `${article.readingMinutes} min read`].filter(Boolean).join(' · ');
  blocks.push(paragraph(clean(when), styles.meta));
  blocks.push(paragraph(clean(`Source: ${article.url ?? article.source.file}`), styles.meta));
  return blocks;
}

/** "Key points": the bottom line up front, as bullets. */
export function keyPoints(article: Article, clean: Clean): Block[] {
  if (article.keyPoints.length === 0) return [];
  const items = article.keyPoints.map((point) => ({ label: bullet(), text: clean(point) }));
  return [heading('H2', 'Key points', styles.heading), ...list('key-points', items, styles.item)];
}

const entityGroups: readonly (readonly [EntityType, string])[] = [
  ['person', 'People'],
  ['organization', 'Organisations'],
  ['place', 'Places'],
];

/** "Who and where": people, organisations and places, each with the roles the text gives them. */
export function whoAndWhere(article: Article, clean: Clean): Block[] {
  if (article.entities.length === 0) return [];
  const blocks = [heading('H2', 'Who and where', styles.heading)];
  for (const [type, title] of entityGroups) {
    const entities = article.entities.filter((entity) => entity.type === type);
    if (entities.length === 0) continue;
    blocks.push(heading('H3', title, styles.subheading));
    if (type !== 'person' && entities.every((entity) => entity.roles.length === 0)) {
      // Note: bare names read faster as one line than as a column of bullets.
      blocks.push(paragraph(clean(entities.map((entity) => entity.name).join(', ')), styles.item));
      continue;
    }
    const items = entities.map((entity) => ({
      label: bullet(),
      text: clean([entity.name, ...(entity.roles.length > 0 ? [entity.roles.join(', ')] : [])].join(' — ')),
    }));
    blocks.push(...list(`entities/${type}`, items, styles.item));
  }
  return blocks;
}

/** "Timeline": each entry's date (or the words that give it) beside what happened. */
export function timeline(article: Article, clean: Clean): Block[] {
  if (article.timeline.length === 0) return [];
  const items = article.timeline.map((entry) => ({
    label: { text: clean(when(entry)), style: styles.label, width: labelColumns.date },
    text: clean(entry.event),
  }));
  return [heading('H2', 'Timeline', styles.heading), ...list('timeline', items, styles.item)];
}

function when(entry: TimelineEntry): string {
  if (!entry.date) return entry.text;
  const day = formatDay(entry.date);
  const time = entry.time ? `, ${entry.time}` : '';
  return entry.certainty === 'approximate' ? `about ${day}${time}` : `${day}${time}`;
}

/** "Quotes": each quotation in quotation marks, then who said it. */
export function quotes(article: Article, clean: Clean): Block[] {
  if (article.quotes.length === 0) return [];
  const blocks = [heading('H2', 'Quotes', styles.heading)];
  article.quotes.forEach((quote, index) => {
    const group = [{ id: `quote/${index}`, type: 'BlockQuote' } as const];
    const words = paragraph(`“${clean(quote.text)}”`, styles.quote, group);
    if (!quote.speaker) {
      blocks.push({ ...words, style: { ...styles.quote, spaceAfter: styles.speaker.spaceAfter } });
      return;
    }
    blocks.push({ ...words, keepWithNext: true }, paragraph(`— ${clean(quote.speaker)}`, styles.speaker, group));
  });
  return blocks;
}

/** "Full text": every paragraph of the body. */
export function fullText(article: Article, clean: Clean): Block[] {
  return [
    heading('H2', 'Full text', styles.heading),
    ...article.paragraphs.map((text) => paragraph(clean(text), styles.body)),
  ];
}

/** "Source": where the text came from, what was removed from it, and what made this file. */
export function sourceNotes(article: Article, clean: Clean): Block[] {
  const lines = [
    `File: ${article.source.file}`,
    article.url && `URL: ${article.url}`,
    `Content id: ${article.id}`,
    article.removed.length > 0 && `Removed boilerplate: ${article.removed.map((line) => `“${line}”`).join(', ')}`,
    'Generated by Broadsheet',
  ];
  return [
    heading('H2', 'Source', styles.heading),
    ...lines.filter((line) => typeof line === 'string').map((line) => paragraph(clean(line), styles.note)),
  ];
}

function bullet(): Label {
  return { text: '•', style: styles.item, width: labelColumns.bullet };
}

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
