import { type Article, type Entity, type EntityType, type Mention, validateArticle } from '@broadsheet/core';
import { seedParagraphs } from '../../../tests/support/articles.js';

/** Every place `text` occurs in the paragraphs, as the model's mentions. */
function mentionsOf(paragraphs: readonly string[], text: string): Mention[] {
  return paragraphs.flatMap((paragraph, index) =>
    [...paragraph.matchAll(new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((match) => ({
      paragraph: index,
      start: match.index,
      end: match.index + text.length,
      text,
    })),
  );
}

function entity(paragraphs: readonly string[], type: EntityType, name: string, roles: string[], alias = name): Entity {
  const mentions = mentionsOf(paragraphs, alias);
  return { type, name, roles, count: mentions.length, mentions };
}

function wordCount(paragraphs: readonly string[]): number {
  return paragraphs.join(' ').split(/\s+/u).filter(Boolean).length;
}

/** The seed article (Kerry and Lavrov on Syria), briefing fields filled in by hand. */
export const seedArticle: Article = validateArticle({
  id: 'sha256:d3ebd397d2656eba0123456789abcdef',
  headline: 'Kerry and Lavrov Discuss peace talks between Assad and Opposition',
  kicker: 'Syria',
  authors: [{ name: 'Staff Writer' }],
  datePublished: '2016-03-04',
  url: 'https://example.com/news/kerry-lavrov-syria?ref=feed&lang=en',
  tags: ['Syria', 'diplomacy'],
  language: 'en',
  direction: 'ltr',
  paragraphs: seedParagraphs,
  quotes: [
    {
      text: 'The sides called for a quick resumption of talks between the Syrian government and the entire spectrum of opposition under the UN aegis in Geneva, where the Syrians must decide on the future of their country,',
      speaker: 'the Russian foreign ministry',
      paragraph: 1,
    },
  ],
  scareQuotes: [
    { text: 'Plan B', paragraph: 2 },
    { text: 'cessation of hostilities', paragraph: 2 },
  ],
  removed: ['Related Posts'],
  wordCount: wordCount(seedParagraphs),
  readingMinutes: 2,
  source: { file: '000_d3ebd397d2656eba.txt', format: 'text', encoding: 'utf-8' },
  keyPoints: [
    'Russian Foreign Minister Sergei Lavrov and the US Secretary of State John Kerry on Friday called for resuming quickly the intra-Syrian peace talks in Geneva.',
    'Lavrov and Kerry reaffirmed the course of close military interaction between Moscow and Washington in order to support the Syrian ceasefire regime, which has been approved by the Russian and the US presidents.',
    'Currently the UN-mediated intra-Syrian peace talks are scheduled to resume on March 9.',
  ],
  entities: [
    entity(seedParagraphs, 'person', 'Sergei Lavrov', ['Russian Foreign Minister'], 'Lavrov'),
    entity(seedParagraphs, 'person', 'John Kerry', ['US Secretary of State'], 'Kerry'),
    entity(seedParagraphs, 'person', 'Bashar al-Assad', ['President'], 'Bashar al-Assad'),
    entity(seedParagraphs, 'organization', 'Senate Foreign Relations Committee', []),
    entity(seedParagraphs, 'organization', 'International Syria Support Group', []),
    entity(seedParagraphs, 'place', 'Geneva', []),
    entity(seedParagraphs, 'place', 'Syria', []),
  ],
  timeline: [
    {
      text: 'February 3',
      sentence: seedParagraphs[8],
      event: 'Talks came to a standstill',
      paragraph: 8,
      month: 2,
      day: 3,
      year: 2016,
      date: '2016-02-03',
      certainty: 'approximate',
    },
    {
      text: 'at midnight of February 26',
      sentence: seedParagraphs[5],
      event: 'The Russian-US ceasefire came into force',
      paragraph: 5,
      month: 2,
      day: 26,
      year: 2016,
      time: '00:00',
      date: '2016-02-26',
      certainty: 'certain',
    },
    {
      text: 'on Friday',
      sentence: seedParagraphs[0],
      event: 'Lavrov and Kerry called for resuming the peace talks',
      paragraph: 0,
      certainty: 'unresolved',
    },
  ],
  keywords: ['Syria', 'peace talks', 'ceasefire', 'Geneva', 'Lavrov', 'Kerry'],
});

const cyrillicParagraphs = [
  'Министр иностранных дел России Сергей Лавров провёл в пятницу телефонный разговор с госсекретарём США Джоном Керри.',
  '«Стороны призвали к скорейшему возобновлению переговоров в Женеве», — говорится в заявлении МИД России.',
  'Переговоры должны возобновиться 9 марта; цена вопроса — 100 €.',
];

/** A Russian article: Cyrillic, guillemets, a dash and a euro sign. */
export const cyrillicArticle: Article = validateArticle({
  id: 'sha256:0123456789abcdef0123456789abcdef',
  headline: 'Лавров и Керри обсудили мирные переговоры по Сирии',
  authors: [{ name: 'Анна Петрова' }, { name: 'Иван Смирнов' }],
  datePublished: '2016-03-04T18:30:00+03:00',
  tags: [],
  language: 'ru',
  direction: 'ltr',
  paragraphs: cyrillicParagraphs,
  quotes: [
    { text: 'Стороны призвали к скорейшему возобновлению переговоров в Женеве', speaker: 'МИД России', paragraph: 1 },
  ],
  scareQuotes: [],
  removed: [],
  wordCount: wordCount(cyrillicParagraphs),
  readingMinutes: 1,
  source: { file: 'lavrov-ru.txt', format: 'text', encoding: 'utf-8' },
  keyPoints: [cyrillicParagraphs[0]],
  entities: [entity(cyrillicParagraphs, 'person', 'Сергей Лавров', ['Министр иностранных дел России'])],
  timeline: [],
  keywords: ['Сирия', 'переговоры'],
});

const arabicParagraphs = [
  'دعا وزير الخارجية الروسي سيرغي لافروف ووزير الخارجية الأمريكي جون كيري يوم الجمعة إلى استئناف محادثات السلام في جنيف.',
  'وقالت وزارة الخارجية الروسية في بيان إن الطرفين دعوا إلى استئناف سريع للمحادثات.',
  'ومن المقرر أن تستأنف المحادثات في التاسع من مارس.',
];

/** An Arabic article, right to left. */
export const arabicArticle: Article = validateArticle({
  id: 'sha256:fedcba9876543210fedcba9876543210',
  headline: 'لافروف وكيري يبحثان محادثات السلام السورية',
  authors: [{ name: 'مراسل الشؤون الدولية' }],
  tags: [],
  language: 'ar',
  direction: 'rtl',
  paragraphs: arabicParagraphs,
  quotes: [{ text: 'الطرفين دعوا إلى استئناف سريع للمحادثات', speaker: 'وزارة الخارجية الروسية', paragraph: 1 }],
  scareQuotes: [],
  removed: [],
  wordCount: wordCount(arabicParagraphs),
  readingMinutes: 1,
  source: { file: 'lavrov-ar.txt', format: 'text', encoding: 'utf-8' },
  keyPoints: [arabicParagraphs[0]],
  entities: [entity(arabicParagraphs, 'person', 'سيرغي لافروف', ['وزير الخارجية الروسي'])],
  timeline: [
    {
      text: 'في التاسع من مارس',
      sentence: arabicParagraphs[2],
      event: 'استئناف المحادثات',
      paragraph: 2,
      certainty: 'unresolved',
    },
  ],
  keywords: ['سوريا'],
});

const longHeadline = `${'Ministers meet again in Geneva as the ceasefire holds and aid convoys reach besieged towns, '.repeat(3)}while peace talks resume`;

/** An article whose headline is 300 characters long, and that names no author and no date. */
export const longHeadlineArticle: Article = validateArticle({
  id: 'sha256:00000000000000000000000000000300',
  headline: longHeadline,
  authors: [],
  tags: [],
  language: 'en',
  direction: 'ltr',
  paragraphs: [
    'A short body under a very long headline.',
    'A second paragraph, to be sure the body follows the title.',
  ],
  quotes: [],
  scareQuotes: [],
  removed: [],
  wordCount: 19,
  readingMinutes: 1,
  source: { file: 'long-headline.txt', format: 'text', encoding: 'utf-8' },
  keyPoints: [],
  entities: [],
  timeline: [],
  keywords: [],
});

const germanParagraphs = [
  'Die Deutsche Bahn streicht wegen des Streiks der Lokführergewerkschaft GDL ab Donnerstag rund 80 Prozent der Fernzüge.',
  'Bahn-Vorstand Martin Seiler nannte den Streik „völlig unverhältnismäßig“. Den Notfahrplan veröffentlicht die Bahn auf ihrer Website.',
  'Die Verhandlungen mit der Bahn waren am 2. März in Frankfurt gescheitert.',
];

/** A German article with a link in its text, a quote, a timeline and a list of names. */
export const germanArticle: Article = validateArticle({
  id: 'sha256:de0000000000000000000000000000de',
  headline: 'Bahn streicht wegen des Streiks die meisten Fernzüge',
  authors: [{ name: 'Katrin Müller' }, { name: 'Jonas Weber' }],
  datePublished: '2025-03-06T09:00:00+01:00',
  tags: [],
  language: 'de',
  direction: 'ltr',
  paragraphs: germanParagraphs,
  blocks: [
    { kind: 'paragraph' },
    {
      kind: 'paragraph',
      links: [
        {
          start: (germanParagraphs[1] ?? '').indexOf('Notfahrplan'),
          end: (germanParagraphs[1] ?? '').indexOf('Notfahrplan') + 'Notfahrplan'.length,
          url: 'https://bahn.example.de/notfahrplan',
        },
      ],
    },
    { kind: 'paragraph' },
  ],
  quotes: [{ text: 'völlig unverhältnismäßig', speaker: 'Martin Seiler', paragraph: 1 }],
  scareQuotes: [],
  removed: [],
  wordCount: wordCount(germanParagraphs),
  readingMinutes: 1,
  source: { file: 'de-bahn-streik.txt', format: 'text', encoding: 'utf-8' },
  keyPoints: [germanParagraphs[0], germanParagraphs[2]],
  entities: [entity(germanParagraphs, 'person', 'Martin Seiler', ['Bahn-Vorstand'])],
  timeline: [
    {
      text: 'am 2. März',
      date: '2025-03-02',
      sentence: germanParagraphs[2],
      event: 'Die Verhandlungen mit der Bahn scheiterten',
      paragraph: 2,
      certainty: 'certain',
    },
  ],
  keywords: ['Bahn', 'Streik'],
});
