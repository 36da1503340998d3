/**
 * fast-check arbitraries for the property tests: hostile Unicode (controls,
 * lone surrogates, bidi overrides, markup, CDATA and script ends) and random
 * articles that satisfy the article schema, built from those strings.
 */
import {
  type Article,
  type CollectionEntry,
  type ExportContext,
  type SiteConfig,
  resolveConfig,
  validateArticle,
} from '@broadsheet/core';
import fc from 'fast-check';

/** Pieces that have broken exporters elsewhere: markup, escapes, controls, bidi, surrogates. */
export const HOSTILE_PIECES = [
  '<',
  '>',
  '&',
  '"',
  "'",
  ']]>',
  '<![CDATA[',
  '</script>',
  '<!--',
  '-->',
  '&amp;',
  '&#0;',
  '\\',
  '\u0000',
  '\u0007',
  '\u000B',
  '\u001B',
  '\u007F',
  '\u0085',
  '\u00A0',
  '\u200B',
  '\u200E',
  '\u200F',
  '\u202A',
  '\u202E',
  '\u2066',
  '\u2069',
  '\u2028',
  '\u2029',
  '\uFEFF',
  '\uFFFD',
  '\uFFFE',
  '\uD800',
  '\uDFFF',
  '\uD83D\uDE00',
  '\u0301',
  'ﬁ',
  'ß',
  'سلام',
  'שלום',
  '北京',
  'Москва',
  '\t',
  '\n',
  '\r',
  ' ',
  '%',
  '$',
  '{',
  '}',
] as const;

/** One unit of hostile text: a hostile piece, any UTF-16 code unit, or a plain word. */
const unit = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 4, arbitrary: fc.constantFrom('the', 'Anna', 'Geneva', 'said', 'talks', '.', ',', 'Mr.', 'U.S.', '2016') },
);

/** Any string made of hostile units. */
export const hostileString = (maxLength = 40) => fc.string({ unit, maxLength });

// Note: exactly what article.schema.json's "text" and "line" definitions forbid.
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;
const NOT_LINE = /[\u0000-\u001F\u007F\u2028\u2029\uFFFE\uFFFF]/g;

/** A schema "text": hostile, but without the characters the schema forbids, never empty. */
export const text = (maxLength = 60) => hostileString(maxLength).map((value) => orX(value.replace(NOT_TEXT, '')));

/** A schema "line", at most `maxLength` UTF-16 units. */
export const line = (maxLength = 40) =>
  hostileString(maxLength).map((value) => orX(value.replace(NOT_LINE, '').slice(0, maxLength)));

/** The schema wants at least one character that is not white space: give "x" where there is none. */
function orX(value: string): string {
  return /\S/.test(value) ? value : `${value}x`.slice(-Math.max(1, value.length));
}

const httpUrl = fc.webUrl({ validSchemes: ['http', 'https'] }).filter((url) => !/[^\x21-\x7e]/.test(url));

const isoDate = fc.oneof(
  fc
    .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
  fc
    .tuple(
      fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
      fc.constantFrom('Z', '+03:00', '-05:30', '+14:00', '-12:00'),
    )
    .map(([date, offset]) => `${date.toISOString().slice(0, 19)}${offset}`),
);

const hex32 = fc.stringMatching(/^[0-9a-f]{32}$/);

/** A random article that passes `validateArticle`. */
export const article: fc.Arbitrary<Article> = fc
  .record(
    {
      id: hex32.map((hex) => `sha256:${hex}`),
      headline: line(200),
      kicker: line(30),
      description: text(120),
      authors: fc.array(fc.record({ name: line(60), url: httpUrl }, { requiredKeys: ['name'] }), { maxLength: 4 }),
      datePublished: isoDate,
      dateModified: isoDate,
      dateline: fc.record(
        { place: line(20), date: line(20), agency: line(20), text: line(40) },
        { requiredKeys: ['place', 'text'] },
      ),
      url: httpUrl,
      image: httpUrl,
      tags: fc.array(line(30), { maxLength: 5 }),
      language: fc.constantFrom('en', 'ar', 'ru', 'he', 'zh', 'pt-BR', 'fa', 'und'),
      direction: fc.constantFrom('ltr' as const, 'rtl' as const),
      paragraphs: fc.array(text(300), { minLength: 1, maxLength: 6 }),
      removed: fc.array(line(30), { maxLength: 3 }),
      source: fc.record({
        file: line(40),
        format: fc.constantFrom('text' as const, 'markdown' as const, 'json' as const),
        encoding: fc.constantFrom('utf-8' as const, 'utf-16le' as const, 'utf-16be' as const, 'windows-1252' as const),
      }),
      keyPoints: fc.array(text(120), { maxLength: 5 }),
      keywords: fc.array(line(30), { maxLength: 8 }),
      wordCount: fc.nat(100_000),
      readingMinutes: fc.integer({ min: 1, max: 500 }),
    },
    {
      requiredKeys: [
        'id',
        'headline',
        'authors',
        'tags',
        'language',
        'direction',
        'paragraphs',
        'removed',
        'source',
        'keyPoints',
        'keywords',
        'wordCount',
        'readingMinutes',
      ],
    },
  )
  .chain((base) => {
    const paragraph = fc.nat(base.paragraphs.length - 1);
    return fc
      .record({
        quotes: fc.array(
          fc.record({ text: text(80), speaker: line(30), paragraph }, { requiredKeys: ['text', 'paragraph'] }),
          {
            maxLength: 4,
          },
        ),
        scareQuotes: fc.array(fc.record({ text: line(20), paragraph }), { maxLength: 3 }),
        entities: fc.array(entity(base.paragraphs), { maxLength: 5 }),
        timeline: fc.array(timelineEntry(paragraph), { maxLength: 4 }),
      })
      .map((rest) => validateArticle({ ...base, ...rest, entities: rest.entities.filter((e) => e !== undefined) }));
  });

/** An entity whose mentions are real spans of the paragraphs; undefined when the span is not a valid line. */
function entity(paragraphs: readonly string[]) {
  return fc
    .record({
      type: fc.constantFrom('person' as const, 'place' as const, 'organization' as const),
      name: line(60),
      roles: fc.array(line(20), { maxLength: 2 }),
      spans: fc.array(fc.tuple(fc.nat(paragraphs.length - 1), fc.nat(300), fc.integer({ min: 1, max: 20 })), {
        minLength: 1,
        maxLength: 3,
      }),
    })
    .map(({ spans, ...rest }) => {
      const mentions = spans.flatMap(([index, from, length]) => {
        const paragraph = paragraphs[index] as string;
        const start = from % paragraph.length;
        const end = Math.min(paragraph.length, start + length);
        const spanText = paragraph.slice(start, end);
        return !/\S/.test(spanText) || spanText.replace(NOT_LINE, '') !== spanText
          ? []
          : [{ paragraph: index, start, end, text: spanText }];
      });
      return mentions.length === 0 ? undefined : { ...rest, count: mentions.length, mentions };
    });
}

function timelineEntry(paragraph: fc.Arbitrary<number>) {
  return fc.record(
    {
      text: line(30),
      sentence: text(80),
      event: text(40),
      paragraph,
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      year: fc.integer({ min: 1, max: 9999 }),
      time: fc
        .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
        .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
      date: fc
        .date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true })
        .map((date) => date.toISOString().slice(0, 10)),
      certainty: fc.constantFrom('certain' as const, 'approximate' as const, 'unresolved' as const),
    },
    { requiredKeys: ['text', 'sentence', 'event', 'paragraph', 'certainty'] },
  );
}

/** Site settings with hostile titles and descriptions, valid against the config schema. */
export const siteConfig: fc.Arbitrary<SiteConfig> = fc
  .record({ title: line(60), description: line(100), url: httpUrl })
  .map(({ title, description, url }) => resolveConfig({ site: { title, description, url } }));

/** The context an exporter gets, warnings collected into `warnings`. */
export function contextFor(slug: string, config: SiteConfig, warnings: string[] = []): ExportContext {
  return { slug, config, fallbackDate: '1980-01-01T00:00:00.000Z', warn: (message) => warnings.push(message) };
}

/** A feed entry for `article`, as the pipeline hands it over. */
export function entryFor(value: Article, index: number): CollectionEntry {
  return {
    article: value,
    slug: `article-${index}`,
    files: [{ format: 'pdf', name: `article-${index}.pdf`, mediaType: 'application/pdf', bytes: 1234 }],
  };
}
