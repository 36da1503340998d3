/**
 * Literal articles for the tests, each passed through the schema so they are known to be valid.
 */
import { type Article, validateArticle } from '@broadsheet/core';
import { seedParagraphs } from '../../../tests/support/articles.js';

/** The smallest valid article around `paragraphs`; `overrides` replace any field. */
export function article(paragraphs: readonly string[], overrides: Partial<Article> = {}): Article {
  const words = paragraphs.join(' ').split(/\s+/).length;
  return validateArticle({
    id: 'sha256:0123456789abcdef0123456789abcdef',
    headline: 'A headline',
    authors: [],
    tags: [],
    language: 'en',
    direction: 'ltr',
    paragraphs: [...paragraphs],
    quotes: [],
    scareQuotes: [],
    removed: [],
    wordCount: words,
    readingMinutes: Math.max(1, Math.round(words / 230)),
    source: { file: 'article.txt', format: 'text', encoding: 'utf-8' },
    keyPoints: [],
    entities: [],
    timeline: [],
    keywords: [],
    ...overrides,
  });
}

function mention(paragraph: number, text: string): { paragraph: number; start: number; end: number; text: string } {
  const start = (seedParagraphs[paragraph] ?? '').indexOf(text);
  return { paragraph, start, end: start + text.length, text };
}

/** The seed article (Kerry and Lavrov on Syria) with its briefing fields filled in by hand. */
export const seedArticle: Article = article(seedParagraphs, {
  id: 'sha256:d3ebd397d2656eba0000000000000000',
  kicker: 'Syria',
  headline: 'Kerry and Lavrov Discuss peace talks between Assad and Opposition',
  authors: [{ name: 'Jane Doe' }, { name: 'Ivan Petrov' }],
  datePublished: '2016-03-04',
  url: 'https://example.com/news/2016/03/04/kerry-and-lavrov-discuss-peace-talks-between-assad-and-opposition',
  removed: ['Related Posts'],
  source: { file: '000_d3ebd397d2656eba.txt', format: 'text', encoding: 'utf-8' },
  keyPoints: [
    'Russian Foreign Minister Sergei Lavrov and the US Secretary of State John Kerry on Friday called for resuming quickly the intra-Syrian peace talks in Geneva.',
    'Lavrov and Kerry reaffirmed the course of close military interaction between Moscow and Washington in order to support the Syrian ceasefire regime.',
    'Currently the UN-mediated intra-Syrian peace talks are scheduled to resume on March 9.',
  ],
  entities: [
    {
      type: 'person',
      name: 'Sergei Lavrov',
      roles: ['Russian Foreign Minister'],
      count: 1,
      mentions: [mention(0, 'Sergei Lavrov')],
    },
    {
      type: 'person',
      name: 'John Kerry',
      roles: ['Secretary of State'],
      count: 2,
      mentions: [mention(0, 'John Kerry'), mention(2, 'John Kerry')],
    },
    {
      type: 'person',
      name: 'Bashar al-Assad',
      roles: ['President'],
      count: 1,
      mentions: [mention(2, 'Bashar al-Assad')],
    },
    {
      type: 'organization',
      name: 'International Syria Support Group',
      roles: [],
      count: 1,
      mentions: [mention(4, 'International Syria Support Group')],
    },
    { type: 'place', name: 'Geneva', roles: [], count: 1, mentions: [mention(0, 'Geneva')] },
    { type: 'place', name: 'Syria', roles: [], count: 1, mentions: [mention(2, 'Syria')] },
  ],
  timeline: [
    {
      text: 'on February 3',
      sentence: seedParagraphs[8] ?? '',
      event: 'Talks came to a standstill after parties failed to see eye-to-eye',
      paragraph: 8,
      month: 2,
      day: 3,
      year: 2016,
      date: '2016-02-03',
      certainty: 'certain',
    },
    {
      text: 'at midnight of February 26',
      sentence: seedParagraphs[5] ?? '',
      event: 'Russian-US ceasefire agreement came into force',
      paragraph: 5,
      month: 2,
      day: 26,
      year: 2016,
      time: '00:00',
      date: '2016-02-26',
      certainty: 'certain',
    },
    {
      text: 'on March 9',
      sentence: seedParagraphs[7] ?? '',
      event: 'UN-mediated intra-Syrian peace talks scheduled to resume',
      paragraph: 7,
      month: 3,
      day: 9,
      year: 2016,
      date: '2016-03-09',
      certainty: 'certain',
    },
    {
      text: 'earlier in the day',
      sentence: seedParagraphs[5] ?? '',
      event: 'Leaders of Russia, Britain, Germany, France and Italy held a phone conference',
      paragraph: 5,
      certainty: 'unresolved',
    },
  ],
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
  keywords: ['Syria', 'Kerry', 'Lavrov', 'Geneva', 'peace talks', 'ceasefire'],
});

/** A Russian article with curly quotes, dashes and the euro sign. */
export const cyrillicArticle: Article = article(
  [
    'Министр иностранных дел России Сергей Лавров заявил, что переговоры в Женеве — «единственный путь» к миру.',
    'По его словам, на гуманитарную помощь выделено 120 млн €, а “план Б” пока не обсуждается.',
    'Ёлка, щука, объём и съезд: буквы Ё, Щ, Ъ и Ы должны остаться на своих местах.',
  ],
  {
    headline: 'Лавров: переговоры в Женеве — «единственный путь»',
    language: 'ru',
    authors: [{ name: 'Анна Иванова' }],
    datePublished: '2016-03-05T09:30:00+03:00',
    quotes: [{ text: 'единственный путь', speaker: 'Сергей Лавров', paragraph: 0 }],
    keyPoints: [
      'Министр иностранных дел России Сергей Лавров заявил, что переговоры в Женеве — «единственный путь» к миру.',
    ],
  },
);

/** An Arabic article, set right to left. */
export const arabicArticle: Article = article(
  [
    'اتفق وزيرا الخارجية الروسي والأمريكي على ضرورة استئناف محادثات السلام في جنيف بسرعة.',
    'وقالت وزارة الخارجية الروسية في بيان إن الطرفين دعوا إلى استئناف سريع للمحادثات بين الحكومة السورية والمعارضة.',
    'ومن المقرر أن تستأنف المحادثات في التاسع من مارس تحت رعاية الأمم المتحدة، بعد أن توقفت في الثالث من فبراير.',
  ],
  {
    headline: 'كيري ولافروف يبحثان محادثات السلام في جنيف',
    language: 'ar',
    direction: 'rtl',
    datePublished: '2016-03-04',
    keyPoints: ['اتفق وزيرا الخارجية الروسي والأمريكي على ضرورة استئناف محادثات السلام في جنيف بسرعة.'],
  },
);

/** A Hebrew article, set right to left. */
export const hebrewArticle: Article = article(['שרי החוץ של רוסיה וארצות הברית קראו לחדש את שיחות השלום בז׳נבה.'], {
  headline: 'קרי ולברוב דנים בשיחות השלום',
  language: 'he',
  direction: 'rtl',
});

/** One hundred numbered paragraphs: enough for several pages. */
export const longArticle: Article = article(
  Array.from(
    { length: 100 },
    (_, index) =>
      `Paragraph ${index + 1} of the long article reports that negotiators met again in Geneva and agreed to keep the ceasefire in place while aid convoys reach the besieged towns, according to officials who asked not to be named.`,
  ),
  { headline: 'A long article that runs over several pages', datePublished: '2016-03-10' },
);

/** A headline of 300 characters, and a body word and URL too long for any line. */
export const longHeadlineArticle: Article = article(
  [
    'The document is at https://example.com/archive/2016/03/04/a-very-long-path-that-never-ends/with/many/segments/and/a/query?with=parameters&and=more&still=more and nowhere else.',
    `Chemists call it ${'pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(4)} for short.`,
  ],
  {
    headline: `${'A very long headline about peace talks in Geneva '.repeat(6)}that ends here`.slice(0, 300),
    url: 'https://example.com/archive/2016/03/04/a-very-long-path-that-never-ends/with/many/segments/and/a/query?with=parameters',
  },
);

/** Emoji and Chinese, which no bundled font has (except the one smiley DejaVu draws). */
export const emojiArticle: Article = article(['Delegates celebrated 🚀🎉 and a sign read 和平谈判 (peace talks).'], {
  headline: 'Emoji 🦀 and 中文 in the news',
});
