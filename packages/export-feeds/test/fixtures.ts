/** Literal articles and settings for the feed tests; every article passes `validateArticle`. */
import { type Article, type CollectionEntry, type SiteConfig, resolveConfig, validateArticle } from '@broadsheet/core';

/** The settings of a site that publishes its briefings under a folder. */
export const siteConfig: SiteConfig = resolveConfig({
  site: { title: 'Broadsheet Briefings', url: 'https://news.example.com/briefings/', language: 'en' },
  feed: { image: 'https://news.example.com/logo.png' },
});

const base: Article = {
  id: 'sha256:00000000000000000000000000000000',
  headline: 'A headline',
  authors: [],
  tags: [],
  language: 'en',
  direction: 'ltr',
  paragraphs: ['A paragraph.'],
  quotes: [],
  scareQuotes: [],
  removed: [],
  wordCount: 2,
  readingMinutes: 1,
  source: { file: 'article.txt', format: 'text', encoding: 'utf-8' },
  keyPoints: [],
  entities: [],
  timeline: [],
  keywords: [],
};

/** A valid article: the fields given over a minimal one. */
export function article(fields: Partial<Article>): Article {
  return validateArticle({ ...base, ...fields });
}

/** The numbered article `n`: its own id, headline and slug, dated `date` when given. */
export function numbered(n: number, date?: string): CollectionEntry {
  const hex = n.toString(16).padStart(32, '0');
  const fields = { id: `sha256:${hex}`, headline: `Article number ${n}` };
  return {
    article: article(date === undefined ? fields : { ...fields, datePublished: date }),
    slug: `article-${n}`,
    files: [],
  };
}

/** The seed article, as the parser and enrichment make it, with its PDF briefing. */
export const seedEntry: CollectionEntry = {
  slug: 'kerry-and-lavrov-discuss-peace-talks-between-assad-and-opposition',
  files: [
    {
      format: 'pdf',
      name: 'kerry-and-lavrov-discuss-peace-talks-between-assad-and-opposition.pdf',
      mediaType: 'application/pdf',
      bytes: 48213,
    },
  ],
  article: article({
    id: 'sha256:d3ebd397d2656eba5c0e1f3a9b7d2c41',
    kicker: 'Syria',
    headline: 'Kerry and Lavrov Discuss peace talks between Assad and Opposition',
    authors: [{ name: 'Staff Reporter' }],
    datePublished: '2016-03-04T10:00:00+03:00',
    tags: ['Syria', 'Diplomacy'],
    paragraphs: [
      'Russian Foreign Minister Sergei Lavrov and the US Secretary of State John Kerry on Friday called for resuming quickly the intra-Syrian peace talks in Geneva.',
      '“The sides called for a quick resumption of talks between the Syrian government and the entire spectrum of opposition under the UN aegis in Geneva, where the Syrians must decide on the future of their country,” the Russian foreign ministry said in a statement.',
      'Currently the UN-mediated intra-Syrian peace talks are scheduled to resume on March 9.',
    ],
    removed: ['Related Posts'],
    wordCount: 80,
    keyPoints: [
      'Russian Foreign Minister Sergei Lavrov and the US Secretary of State John Kerry on Friday called for resuming quickly the intra-Syrian peace talks in Geneva.',
      'Currently the UN-mediated intra-Syrian peace talks are scheduled to resume on March 9.',
    ],
  }),
};

/** A Russian article, a day older than the seed. */
export const cyrillicEntry: CollectionEntry = {
  slug: 'lavrov-i-kerri',
  files: [],
  article: article({
    id: 'sha256:1a2b3c4d5e6f708192a3b4c5d6e7f801',
    headline: 'Лавров и Керри обсудили мирные переговоры',
    authors: [{ name: 'Анна Петрова' }],
    datePublished: '2016-03-03T18:30:00+03:00',
    tags: ['Сирия'],
    language: 'ru',
    paragraphs: [
      'Министр иностранных дел России Сергей Лавров и госсекретарь США Джон Керри призвали возобновить переговоры.',
    ],
    wordCount: 14,
  }),
};

/** An Arabic article, right to left, dated by calendar day only. */
export const arabicEntry: CollectionEntry = {
  slug: 'lafrof-wa-kiri',
  files: [],
  article: article({
    id: 'sha256:9f8e7d6c5b4a39281706f5e4d3c2b1a0',
    headline: 'لافروف وكيري يبحثان محادثات السلام',
    authors: [{ name: 'سارة أحمد' }],
    datePublished: '2016-03-02',
    tags: ['سوريا'],
    language: 'ar',
    direction: 'rtl',
    paragraphs: [
      'دعا وزير الخارجية الروسي سيرغي لافروف ووزير الخارجية الأمريكي جون كيري إلى استئناف محادثات السلام في جنيف.',
    ],
    wordCount: 16,
  }),
};

/**
 * An article with structure (a heading, two lists, a block quote, links), two
 * authors, a picture, a standfirst and a correction date.
 */
export const richEntry: CollectionEntry = {
  slug: 'ceasefire-holds',
  files: [{ format: 'pdf', name: 'ceasefire-holds.pdf', mediaType: 'application/pdf', bytes: 1234 }],
  article: article({
    id: 'sha256:abcdefabcdefabcdefabcdefabcdef01',
    headline: 'Ceasefire <holds> & talks resume',
    description: 'The truce held for a second week.',
    authors: [{ name: 'Anna Petrova', url: 'https://news.example.com/people/anna' }, { name: 'John Smith' }],
    datePublished: '2016-03-05T09:30:00+01:00',
    dateModified: '2016-03-06T12:00:00+01:00',
    image: 'https://news.example.com/img/truce.jpg',
    tags: ['Syria', 'Ceasefire'],
    paragraphs: [
      'The truce held, officials said in a report.',
      'What was agreed',
      'Aid convoys may pass.',
      'Prisoners are exchanged.',
      'First, the talks.',
      'Then, the vote.',
      'We will not go back.',
      'See the full text.',
    ],
    keyPoints: ['The truce held.', 'Aid convoys may pass.'],
    blocks: [
      { kind: 'paragraph', links: [{ start: 36, end: 42, url: 'reports/truce.html' }] },
      { kind: 'heading', level: 2 },
      { kind: 'item', list: 0, ordered: false },
      { kind: 'item', list: 0, ordered: false },
      { kind: 'item', list: 1, ordered: true },
      { kind: 'item', list: 1, ordered: true },
      { kind: 'quote' },
      { kind: 'paragraph', links: [{ start: 4, end: 17, url: 'javascript:alert(1)' }] },
    ],
  }),
};
