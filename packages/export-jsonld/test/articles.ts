/**
 * Known-valid articles for the tests, written out as the model the exporter
 * receives (the parser is not involved) and checked with `validateArticle`.
 */
import { type Article, type Entity, type EntityType, type Mention, validateArticle } from '@broadsheet/core';
import { seedParagraphs } from '../../../tests/support/articles.js';

/** The hostile headline the browser test pastes into a page. */
export const hostileHeadline = '</script><script>window.__ran=1;alert(1)</script>';

/** The seed article (Kerry and Lavrov) as parser and enrichment would give it: no front matter. */
export const seedArticle: Article = validateArticle({
  id: 'sha256:d3ebd397d2656eba0c6f1e2a9b8c7d41',
  headline: 'Kerry and Lavrov Discuss peace talks between Assad and Opposition',
  kicker: 'Syria',
  authors: [],
  tags: [],
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
  wordCount: 317,
  readingMinutes: 2,
  source: { file: '000_d3ebd397d2656eba.txt', format: 'text', encoding: 'utf-8' },
  keyPoints: [
    'Russian Foreign Minister Sergei Lavrov and the US Secretary of State John Kerry on Friday called for resuming quickly the intra-Syrian peace talks in Geneva.',
    'Lavrov and Kerry reaffirmed the course of close military interaction between Moscow and Washington in order to support the Syrian ceasefire regime, which has been approved by the Russian and the US presidents.',
    'Currently the UN-mediated intra-Syrian peace talks are scheduled to resume on March 9.',
  ],
  entities: [
    entity('person', 'John Kerry', seedParagraphs, ['Secretary of State'], 'John Kerry', 'Kerry'),
    entity('person', 'Sergei Lavrov', seedParagraphs, ['Foreign Minister'], 'Sergei Lavrov', 'Lavrov'),
    entity('place', 'Syria', seedParagraphs, [], 'Syria'),
    entity('place', 'Geneva', seedParagraphs, [], 'Geneva'),
    entity('organization', 'United Nations', seedParagraphs, [], 'UN'),
    entity('person', 'Bashar al-Assad', seedParagraphs, ['President'], 'Bashar al-Assad'),
    entity(
      'organization',
      'Senate Foreign Relations Committee',
      seedParagraphs,
      [],
      'Senate Foreign Relations Committee',
    ),
  ],
  timeline: [
    {
      text: 'at midnight of February 26',
      sentence: seedParagraphs[5],
      event: 'Russian-US ceasefire agreement came into force',
      paragraph: 5,
      month: 2,
      day: 26,
      time: '00:00',
      certainty: 'unresolved',
    },
  ],
  keywords: ['Syria', 'peace talks', 'ceasefire', 'Geneva', 'Kerry', 'Lavrov'],
});

/** The same story with every front matter field filled in. */
export const frontMatterArticle: Article = validateArticle({
  ...seedArticle,
  id: 'sha256:0f1e2d3c4b5a69788796a5b4c3d2e1f0',
  description: 'Russia and the United States want the Syrian peace talks in Geneva to resume quickly.',
  authors: [
    {
      name: 'Jane Doe',
      url: 'https://news.example.org/staff/jane-doe',
      sameAs: ['https://social.example/@janedoe'],
    },
    { name: 'Omar Haddad' },
  ],
  datePublished: '2016-03-04T18:30:00+03:00',
  dateModified: '2016-03-05T09:00:00Z',
  url: 'https://news.example.org/2016/03/04/kerry-lavrov-geneva',
  image: 'https://news.example.org/images/kerry-lavrov.jpg',
  tags: ['Diplomacy', 'syria', 'Middle East'],
  source: { file: 'kerry-lavrov.md', format: 'markdown', encoding: 'utf-8' },
});

/** An article whose headline tries to end the script element and run its own. */
export const hostileArticle: Article = validateArticle({
  ...seedArticle,
  id: 'sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  headline: hostileHeadline,
  kicker: '<!--<script>',
});

const arabicParagraphs = [
  'دعا وزير الخارجية الروسي سيرغي لافروف ونظيره الأمريكي جون كيري يوم الجمعة إلى الاستئناف السريع لمحادثات السلام السورية في جنيف.',
  'وأكد لافروف وكيري مواصلة التعاون العسكري الوثيق بين موسكو وواشنطن لدعم نظام وقف إطلاق النار في سوريا.',
  'ومن المقرر أن تستأنف المحادثات في جنيف يوم التاسع من مارس.',
];

/** A short Arabic article, written right to left. */
export const arabicArticle: Article = validateArticle({
  id: 'sha256:0123456789abcdef0123456789abcdef',
  headline: 'لافروف وكيري يدعوان إلى استئناف محادثات السلام السورية في جنيف',
  kicker: 'سوريا',
  authors: [{ name: 'مراسل الشؤون الدولية' }],
  datePublished: '2016-03-04',
  tags: ['سوريا'],
  language: 'ar',
  direction: 'rtl',
  paragraphs: arabicParagraphs,
  quotes: [],
  scareQuotes: [],
  removed: [],
  wordCount: 52,
  readingMinutes: 1,
  source: { file: 'syria-ar.txt', format: 'text', encoding: 'utf-8' },
  keyPoints: [arabicParagraphs[0], arabicParagraphs[2]],
  entities: [
    entity('place', 'جنيف', arabicParagraphs, [], 'جنيف'),
    entity('person', 'سيرغي لافروف', arabicParagraphs, [], 'سيرغي لافروف', 'لافروف'),
    entity('person', 'جون كيري', arabicParagraphs, [], 'جون كيري', 'وكيري'),
  ],
  timeline: [],
  keywords: ['سوريا', 'جنيف', 'محادثات السلام'],
});

/** An entity with every whole-word mention of `forms` in `paragraphs`; longer forms win, so "John Kerry" is not also counted as "Kerry". */
export function entity(
  type: EntityType,
  name: string,
  paragraphs: readonly string[],
  roles: string[],
  ...forms: string[]
): Entity {
  const mentions: Mention[] = [];
  paragraphs.forEach((paragraph, index) => {
    const taken: [number, number][] = [];
    for (const form of [...forms].sort((a, b) => b.length - a.length)) {
      for (let start = paragraph.indexOf(form); start !== -1; start = paragraph.indexOf(form, start + 1)) {
        const end = start + form.length;
        const wholeWord = !/\p{L}/u.test(paragraph.charAt(start - 1)) && !/\p{L}/u.test(paragraph.charAt(end));
        if (!wholeWord || taken.some(([s, e]) => start < e && end > s)) continue;
        taken.push([start, end]);
        mentions.push({ paragraph: index, start, end, text: form });
      }
    }
  });
  mentions.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  return { type, name, roles, count: mentions.length, mentions };
}
