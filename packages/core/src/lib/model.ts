/**
 * The article model. `article.schema.json` at the package root describes the
 * same shape; a test keeps the two from drifting apart.
 */

/** A person credited with writing the article. */
export interface Author {
  name: string;
  url?: string;
  /** Other pages that identify the same person (a profile elsewhere): http(s) addresses. */
  sameAs?: string[];
}

/** The wire-style opening of a story: "GENEVA, March 9 (Reuters) —". */
export interface Dateline {
  /** The place, as written ("GENEVA"). */
  place: string;
  /** The date as written ("March 9"), when the dateline has one. */
  date?: string;
  /** The news agency named in brackets ("Reuters"), when there is one. */
  agency?: string;
  /** The whole dateline as it stood before the paragraph's text. */
  text: string;
}

/** A quotation from the body, with who said it when the sentence names them. */
export interface Quote {
  /** The quoted words, without the quotation marks. */
  text: string;
  /** Who said it, as the sentence names them ("the Russian foreign ministry"). */
  speaker?: string;
  /** Index into `paragraphs`. */
  paragraph: number;
}

/** A short phrase in quotation marks that is not a quotation ("Plan B"). */
export interface ScareQuote {
  text: string;
  paragraph: number;
}

/** Where a name occurs: `paragraphs[paragraph].slice(start, end) === text`. */
export interface Mention {
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

/** The kinds of named entity a briefing lists. */
export type EntityType = 'person' | 'place' | 'organization';

/** A person, place or organisation named in the body. */
export interface Entity {
  type: EntityType;
  /** The canonical name ("Sergei Lavrov", "United States"). */
  name: string;
  /** Titles seen before the name ("Foreign Minister"), without repeats. */
  roles: string[];
  /** How many times the body names it; equals `mentions.length`. */
  count: number;
  mentions: Mention[];
}

/** How sure a timeline entry's calendar date is. */
export type DateCertainty = 'certain' | 'approximate' | 'unresolved';

/** A date or time expression from the body and what happened then. */
export interface TimelineEntry {
  /** The expression as written ("at midnight of February 26"). */
  text: string;
  /** The sentence it comes from. */
  sentence: string;
  /** What happened, in a few words. */
  event: string;
  paragraph: number;
  /** Month (1-12) and day (1-31) when the text gives them. */
  month?: number;
  day?: number;
  /** Year when the text gives it or the publication date allows it. */
  year?: number;
  /** Time of day as HH:MM when the text gives it ("midnight" is 00:00). */
  time?: string;
  /** The resolved calendar date, YYYY-MM-DD; absent when it cannot be resolved. */
  date?: string;
  certainty: DateCertainty;
}

/** Where the article came from. */
export interface Source {
  /** The input file's name, without its folder. */
  file: string;
  /** How the file was read. */
  format: 'text' | 'markdown' | 'json';
  /** The character encoding the text was decoded from. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

/** A link inside a paragraph: `paragraphs[i].slice(start, end)` is the link's text. */
export interface Link {
  /** Offset of the link text's first character in the paragraph's plain text (UTF-16 units). */
  start: number;
  /** Offset just after the link text's last character. */
  end: number;
  /** The target as written in the source. */
  url: string;
}

/** What a paragraph is in the article's structure. */
export type BlockKind = 'paragraph' | 'heading' | 'item' | 'quote';

/**
 * The structure of one entry of `paragraphs` (same index). The text itself
 * stays in `paragraphs`, so readers that ignore structure still get all of it.
 */
export interface Block {
  kind: BlockKind;
  /** Heading: 2 (a subhead) to 6; the headline is level 1. */
  level?: number;
  /** Item: which list it belongs to, numbered 0, 1, 2… in reading order; consecutive items with the same number form one list. */
  list?: number;
  /** Item: true when the list is numbered. */
  ordered?: boolean;
  /** Links in the paragraph's text, in order, not overlapping. */
  links?: Link[];
}

/** An article as parsed from text, before the briefing fields are added. */
export interface ParsedArticle {
  /** Stable content id: "sha256:" and the first 32 hex digits of the hash of the normalised headline and body. */
  id: string;
  headline: string;
  /** A short section label that stood before the headline ("Syria"). */
  kicker?: string;
  description?: string;
  authors: Author[];
  /** ISO 8601: a date-time with its offset, or a calendar date. Absent when the text gives none. */
  datePublished?: string;
  dateModified?: string;
  dateline?: Dateline;
  url?: string;
  image?: string;
  tags: string[];
  /** BCP 47 language tag ("en", "ar", "ru"). */
  language: string;
  direction: 'ltr' | 'rtl';
  /** Body paragraphs, plain text, in order: every text unit, headings, list items and quoted paragraphs included. */
  paragraphs: string[];
  /** The structure of each paragraph, one entry per paragraph; absent means every one is a plain paragraph. */
  blocks?: Block[];
  quotes: Quote[];
  scareQuotes: ScareQuote[];
  /** Trailing boilerplate lines removed from the end of the text ("Related Posts"). */
  removed: string[];
  wordCount: number;
  /** Minutes to read the body at 230 words a minute, at least 1. */
  readingMinutes: number;
  source: Source;
}

/** The briefing fields that enrichment adds. */
export interface Briefing {
  /** 3 to 5 sentences from the body, in reading order. */
  keyPoints: string[];
  entities: Entity[];
  /** Sorted by date; then entries with a month and day but no year, by month and day; then the rest, in reading order. */
  timeline: TimelineEntry[];
  /** Up to 8 terms that characterise the article. */
  keywords: string[];
}

/** A complete, validated article: what every exporter receives. */
export interface Article extends ParsedArticle, Briefing {}
