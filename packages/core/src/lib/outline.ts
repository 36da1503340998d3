import { formatDate, formatMonthDay, formatNumber, formatTime, readDate } from './dates.js';
import { type Labels, labelLanguage, labelsFor } from './labels.js';
import type { Article, Block, Dateline, Entity, EntityType, Link, TimelineEntry } from './model.js';

/**
 * The briefing as every document format shows it, built once from the article: the
 * wording (labels, dates, names, quotation marks) lives here, and each format only
 * knows how to draw each node kind, as mdast-util-to-hast draws mdast.
 */
export interface Outline {
  /** The language the added words, dates and numbers are in (BCP 47). */
  language: string;
  /** The article's own language, for the document's language tag and its text. */
  textLanguage: string;
  direction: 'ltr' | 'rtl';
  labels: Labels;
  properties: DocumentProperties;
  /** Proper names of the article (authors, people, organisations, places): formats never hyphenate them. */
  names: string[];
  masthead: MastheadNode;
  /** In reading order; a section without content is left out. */
  sections: SectionNode[];
}

/** What a document says about itself (PDF info, DOCX core properties, HTML meta). */
export interface DocumentProperties {
  title: string;
  /** Every author, joined as a reader writes them ("A, B and C"); empty when none. */
  authors: string;
  /** The summary: the standfirst, else the first key point. */
  subject?: string;
  /** The front-matter description, when there is one. */
  description?: string;
  keywords: string[];
}

/** Kicker, headline, standfirst, byline and one line of details. */
export interface MastheadNode {
  kind: 'masthead';
  kicker?: string;
  headline: string;
  /** The front-matter description: the standfirst in every format. */
  standfirst?: string;
  /** "By A and B". */
  byline?: string;
  /** Place, date (or "Date not stated"), update, reading time: each already worded. */
  details: string[];
}

/** Which section a node is. */
export type SectionId = 'key-points' | 'who-and-where' | 'timeline' | 'quotes' | 'full-text' | 'source';

/** A titled section of the briefing. */
export interface SectionNode {
  kind: 'section';
  id: SectionId;
  title: string;
  children: ContentNode[];
}

/** Anything inside a section. */
export type ContentNode =
  | SubsectionNode
  | ParagraphNode
  | HeadingNode
  | ListNode
  | TimelineNode
  | QuoteNode
  | NamesNode
  | FactsNode;

/** A titled group inside a section (People, Organisations, Places). */
export interface SubsectionNode {
  kind: 'subsection';
  title: string;
  children: ContentNode[];
}

/** A paragraph of running text. */
export interface ParagraphNode {
  kind: 'paragraph';
  text: string;
  links?: Link[];
  /** `note`: small print (the Source section's closing line). */
  role?: 'body' | 'note';
}

/** A heading inside the article's text; `level` 2 is a subhead, down to 6. */
export interface HeadingNode {
  kind: 'heading';
  level: number;
  text: string;
}

/** A bulleted or numbered list. */
export interface ListNode {
  kind: 'list';
  ordered: boolean;
  items: ListItem[];
}

/** One list item. */
export interface ListItem {
  text: string;
  /** A name `text` starts with (an entity's): set apart, never hyphenated. */
  lead?: string;
  links?: Link[];
}

/** The timeline: when, and what happened. */
export interface TimelineNode {
  kind: 'timeline';
  /** Column titles: "When", "What happened". */
  columns: readonly [string, string];
  entries: { when: string; what: string }[];
}

/** A quotation: its paragraphs (in quotation marks when it is a quote of the Quotes section), then who said it. */
export interface QuoteNode {
  kind: 'quote';
  paragraphs: string[];
  /** "— the speaker". */
  attribution?: string;
}

/** A line of bare names, never hyphenated. */
export interface NamesNode {
  kind: 'names';
  names: string[];
  /** The names joined as a reader writes a list of them. */
  text: string;
}

/** Labelled facts (the Source section). */
export interface FactsNode {
  kind: 'facts';
  facts: { label: string; value: string; url?: string }[];
}

/** Any node of the outline. */
export type OutlineNode = MastheadNode | SectionNode | ContentNode;

/** What the outline needs besides the article. */
export interface OutlineOptions {
  /** Forces the language of the added words (the config's `labels.language`); the article's otherwise. */
  language?: string;
}

/** Builds the briefing outline of a validated article. Pure: the same article and options give the same outline. */
export function buildOutline(article: Article, options: OutlineOptions = {}): Outline {
  const language = labelLanguage(options.language ?? article.language);
  const words = new Wording(language);
  const authors = article.authors.map((author) => author.name);
  const subject = article.description ?? article.keyPoints[0];
  return {
    language,
    textLanguage: article.language,
    direction: article.direction,
    labels: words.labels,
    properties: {
      title: article.headline,
      authors: words.joinNames(authors),
      ...(subject === undefined ? {} : { subject }),
      ...(article.description === undefined ? {} : { description: article.description }),
      keywords: article.keywords,
    },
    names: [...new Set([...authors, ...article.entities.map((entity) => entity.name)])],
    masthead: masthead(article, words),
    sections: [keyPoints, whoAndWhere, timeline, quotes, fullText, source]
      .map((section) => section(article, words))
      .filter((section): section is SectionNode => section !== undefined),
  };
}

/** The wording rules, once: how names are joined, dates read, quotations marked. */
export class Wording {
  readonly language: string;
  readonly labels: Labels;
  readonly #list: Intl.ListFormat;

  constructor(language: string) {
    this.language = language;
    this.labels = labelsFor(language);
    this.#list = listFormat(language);
  }

  /** "A", "A and B", "A, B and C", in the language's own way. */
  joinNames(names: readonly string[]): string {
    return this.#list.format(names);
  }

  /** A whole number in the language's digits. */
  number(value: number): string {
    return formatNumber(value, this.language);
  }

  /** A model date as a reader writes it; anything else as it is. */
  date(iso: string, withTime = false): string {
    const date = readDate(iso);
    return date ? formatDate(date, this.language, withTime) : iso;
  }

  /** The words in the language's quotation marks. */
  quoted(text: string): string {
    const [open, close] = this.labels.quoteMarks;
    return `${open}${text}${close}`;
  }

  /**
   * How a timeline entry's time reads: its date (and time), "about" it when approximate;
   * a month and day with no year as just that; otherwise the words of the text.
   */
  when(entry: TimelineEntry): string {
    let when: string;
    if (entry.date) when = this.date(entry.date);
    else if (entry.month !== undefined && entry.day !== undefined && entry.year === undefined)
      when = formatMonthDay(entry.month, entry.day, this.language);
    else return entry.text;
    if (entry.time) {
      const [hour, minute] = entry.time.split(':').map(Number);
      when = `${when}, ${formatTime(hour ?? 0, minute ?? 0, this.language)}`;
    }
    return entry.certainty === 'approximate' ? this.labels.about(when) : when;
  }

  /**
   * The dateline's date as written in the text ("Oct 14" reads "14 October"), never with a
   * year the text does not give; as written when it is not a month and a day.
   */
  datelineDate(text: string): string {
    const day = readMonthDay(text);
    return day ? formatMonthDay(day.month, day.day, this.language) : text;
  }
}

const listFormats = new Map<string, Intl.ListFormat>();

/** One list format per language for the process: building one costs more than using it. */
function listFormat(language: string): Intl.ListFormat {
  let format = listFormats.get(language);
  if (!format) {
    format = new Intl.ListFormat(listLocale(language), { type: 'conjunction', style: 'long' });
    listFormats.set(language, format);
  }
  return format;
}

function listLocale(language: string): string {
  const tag = language.toLowerCase() === 'en' ? 'en-GB' : language;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en-GB';
  } catch {
    return 'en-GB';
  }
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** "Oct 14", "Oct. 14", "Sept 9", "October 14", "14 October" as a month and day; anything else is `undefined`. */
export function readMonthDay(text: string): { month: number; day: number } | undefined {
  const match = /^(?:([A-Za-z]{3,9})\.?\s+(\d{1,2})|(\d{1,2})\s+([A-Za-z]{3,9})\.?)$/.exec(text.trim());
  if (!match) return undefined;
  const name = (match[1] ?? match[4] ?? '').toLowerCase();
  const month = MONTHS.findIndex((full) => full.startsWith(name)) + 1;
  const day = Number(match[2] ?? match[3]);
  if (month === 0 || day < 1 || day > (DAYS_IN_MONTH[month - 1] ?? 0)) return undefined;
  return { month, day };
}

function masthead(article: Article, words: Wording): MastheadNode {
  const { labels } = words;
  const names = article.authors.map((author) => author.name);
  const date = article.datePublished
    ? words.date(article.datePublished, true)
    : article.dateline?.date
      ? words.datelineDate(article.dateline.date)
      : labels.dateNotStated;
  const updated =
    article.dateModified && article.dateModified !== article.datePublished
      ? labels.updated(words.date(article.dateModified))
      : undefined;
  const details = [
    article.dateline ? place(article.dateline) : undefined,
    date,
    updated,
    labels.readingTime(words.number(article.readingMinutes), article.readingMinutes),
  ].filter((detail): detail is string => detail !== undefined);
  return {
    kind: 'masthead',
    ...(article.kicker ? { kicker: article.kicker } : {}),
    headline: article.headline,
    ...(article.description ? { standfirst: article.description } : {}),
    ...(names.length > 0 ? { byline: labels.by(words.joinNames(names), names.length) } : {}),
    details,
  };
}

function place(dateline: Dateline): string {
  return dateline.agency ? `${dateline.place} (${dateline.agency})` : dateline.place;
}

type SectionBuilder = (article: Article, words: Wording) => SectionNode | undefined;

const keyPoints: SectionBuilder = (article, { labels }) => {
  if (article.keyPoints.length === 0) return undefined;
  const items = article.keyPoints.map((text) => ({ text }));
  return { kind: 'section', id: 'key-points', title: labels.keyPoints, children: [list(items)] };
};

const entityGroups: readonly (readonly [EntityType, 'people' | 'organisations' | 'places'])[] = [
  ['person', 'people'],
  ['organization', 'organisations'],
  ['place', 'places'],
];

const whoAndWhere: SectionBuilder = (article, words) => {
  if (article.entities.length === 0) return undefined;
  const children: SubsectionNode[] = [];
  for (const [type, label] of entityGroups) {
    const entities = article.entities.filter((entity) => entity.type === type);
    if (entities.length === 0) continue;
    children.push({ kind: 'subsection', title: words.labels[label], children: [entityContent(type, entities)] });
  }
  return { kind: 'section', id: 'who-and-where', title: words.labels.whoAndWhere, children };
};

function entityContent(type: EntityType, entities: readonly Entity[]): ContentNode {
  if (type !== 'person' && entities.every((entity) => entity.roles.length === 0)) {
    // Note: bare names read faster as one line than as a column of bullets.
    const names = entities.map((entity) => entity.name);
    return { kind: 'names', names, text: names.join(', ') };
  }
  return list(
    entities.map((entity) => ({
      text: entity.roles.length > 0 ? `${entity.name} — ${entity.roles.join(', ')}` : entity.name,
      lead: entity.name,
    })),
  );
}

const timeline: SectionBuilder = (article, words) => {
  if (article.timeline.length === 0) return undefined;
  const entries = article.timeline.map((entry) => ({ when: words.when(entry), what: entry.event }));
  const columns = [words.labels.when, words.labels.whatHappened] as const;
  return {
    kind: 'section',
    id: 'timeline',
    title: words.labels.timeline,
    children: [{ kind: 'timeline', columns, entries }],
  };
};

const quotes: SectionBuilder = (article, words) => {
  if (article.quotes.length === 0) return undefined;
  const children = article.quotes.map(
    (quote): QuoteNode => ({
      kind: 'quote',
      paragraphs: [words.quoted(quote.text)],
      ...(quote.speaker ? { attribution: `— ${quote.speaker}` } : {}),
    }),
  );
  return { kind: 'section', id: 'quotes', title: words.labels.quotes, children };
};

/** Every paragraph of the body, with headings, lists and block quotes from `blocks` when the model has them. */
const fullText: SectionBuilder = (article, { labels }) => {
  const children: ContentNode[] = [];
  article.paragraphs.forEach((text, index) => {
    const block: Block = article.blocks?.[index] ?? { kind: 'paragraph' };
    const links = block.links && block.links.length > 0 ? { links: block.links } : {};
    const last = children[children.length - 1];
    if (block.kind === 'heading') children.push({ kind: 'heading', level: block.level ?? 2, text });
    else if (block.kind === 'item') {
      const item = { text, ...links };
      const previous = index > 0 ? article.blocks?.[index - 1] : undefined;
      if (last?.kind === 'list' && previous?.kind === 'item' && previous.list === block.list) last.items.push(item);
      else children.push(list([item], block.ordered ?? false));
    } else if (block.kind === 'quote') {
      if (last?.kind === 'quote' && article.blocks?.[index - 1]?.kind === 'quote') last.paragraphs.push(text);
      else children.push({ kind: 'quote', paragraphs: [text] });
    } else children.push({ kind: 'paragraph', text, ...links });
  });
  return { kind: 'section', id: 'full-text', title: labels.fullText, children };
};

const source: SectionBuilder = (article, words) => {
  const { labels } = words;
  const facts: FactsNode['facts'] = [
    { label: labels.file, value: `${article.source.file} (${article.source.format}, ${article.source.encoding})` },
    ...(article.url ? [{ label: labels.url, value: article.url, url: article.url }] : []),
    { label: labels.contentId, value: article.id },
    {
      label: labels.length,
      value: labels.lengthValue(
        words.number(article.wordCount),
        article.wordCount,
        words.number(article.readingMinutes),
        article.readingMinutes,
      ),
    },
  ];
  const children: ContentNode[] = [{ kind: 'facts', facts }];
  if (article.removed.length > 0)
    children.push({
      kind: 'subsection',
      title: labels.removed,
      children: [list(article.removed.map((text) => ({ text })))],
    });
  children.push({ kind: 'paragraph', text: labels.generatedBy, role: 'note' });
  return { kind: 'section', id: 'source', title: labels.source, children };
};

function list(items: ListItem[], ordered = false): ListNode {
  return { kind: 'list', ordered, items };
}
