import { describe, expect, it } from 'vitest';
import { type Article, buildOutline, labelLanguages, labelsFor, readMonthDay, validateArticle } from '../src/index.js';

function article(overrides: Partial<Article> = {}): Article {
  return validateArticle({
    id: 'sha256:0123456789abcdef0123456789abcdef',
    headline: 'Talks resume',
    authors: [],
    tags: [],
    language: 'en',
    direction: 'ltr',
    paragraphs: ['Talks resume in Geneva on March 9.'],
    quotes: [],
    scareQuotes: [],
    removed: [],
    wordCount: 7,
    readingMinutes: 1,
    source: { file: 'talks.txt', format: 'text', encoding: 'utf-8' },
    keyPoints: [],
    entities: [],
    timeline: [],
    keywords: [],
    ...overrides,
  });
}

describe('buildOutline', () => {
  it('words the masthead: standfirst from the description, authors joined, dateline and modified dates', () => {
    const outline = buildOutline(
      article({
        kicker: 'Syria',
        description: 'The foreign ministers want talks back on track.',
        authors: [{ name: 'Jane Doe' }, { name: 'Ivan Petrov' }, { name: 'Ana Ruiz' }],
        datePublished: '2016-03-04T10:00:00+03:00',
        dateModified: '2016-03-05',
        dateline: { place: 'GENEVA', agency: 'Reuters', text: 'GENEVA (Reuters) -' },
        readingMinutes: 3,
      }),
    );
    expect(outline.masthead).toEqual({
      kind: 'masthead',
      kicker: 'Syria',
      headline: 'Talks resume',
      standfirst: 'The foreign ministers want talks back on track.',
      byline: 'By Jane Doe, Ivan Petrov and Ana Ruiz',
      details: ['GENEVA (Reuters)', '4 March 2016, 10:00 UTC+03:00', 'Updated 5 March 2016', '3 min read'],
    });
    expect(outline.properties).toEqual({
      title: 'Talks resume',
      authors: 'Jane Doe, Ivan Petrov and Ana Ruiz',
      subject: 'The foreign ministers want talks back on track.',
      description: 'The foreign ministers want talks back on track.',
      keywords: [],
    });
    expect(outline.names).toEqual(['Jane Doe', 'Ivan Petrov', 'Ana Ruiz']);
  });

  it('shows a wire dateline’s date as written, with no year invented, when there is no full date', () => {
    const outline = buildOutline(article({ dateline: { place: 'LONDON', date: 'Oct 14', text: 'LONDON, Oct 14 -' } }));
    expect(outline.masthead.details).toEqual(['LONDON', '14 October', '1 min read']);
    const german = buildOutline(
      article({ language: 'de', dateline: { place: 'BERLIN', date: 'Oct 14', text: 'BERLIN, Oct 14 -' } }),
    );
    expect(german.masthead.details).toEqual(['BERLIN', '14. Oktober', '1 Min. Lesezeit']);
    const odd = buildOutline(
      article({ dateline: { place: 'PARIS', date: 'mid-October', text: 'PARIS, mid-October -' } }),
    );
    expect(odd.masthead.details[1]).toBe('mid-October');
    expect(buildOutline(article()).masthead.details).toEqual(['Date not stated', '1 min read']);
  });

  it('labels, dates and names follow the article’s language, and the config may force one', () => {
    const german = buildOutline(
      article({
        language: 'de',
        authors: [{ name: 'Anna Schmidt' }, { name: 'Jan Weber' }],
        datePublished: '2016-03-04',
        keyPoints: ['Die Gespräche gehen weiter.'],
      }),
    );
    expect(german.masthead.byline).toBe('Von Anna Schmidt und Jan Weber');
    expect(german.masthead.details).toContain('4. März 2016');
    expect(german.sections.map((section) => section.title)).toEqual(['Das Wichtigste', 'Volltext', 'Quelle']);
    expect(german.labels.page('1', '2')).toBe('Seite 1 von 2');
    const forced = buildOutline(article({ language: 'de' }), { language: 'fr' });
    expect(forced.language).toBe('fr');
    expect(forced.textLanguage).toBe('de');
    expect(forced.sections.map((section) => section.title)).toEqual(['Texte intégral', 'Source']);
    const japanese = buildOutline(article({ language: 'ja' }));
    expect(japanese.language).toBe('en');
    expect(japanese.sections[0]?.title).toBe('Full text');
  });

  it('has a label for every message in every catalogued language', () => {
    expect(labelLanguages).toEqual(['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ru', 'ar', 'he']);
    const english = labelsFor('en');
    for (const language of labelLanguages) {
      const labels = labelsFor(language);
      expect(Object.keys(labels)).toEqual(Object.keys(english));
      if (language !== 'en') expect(labels.fullText, language).not.toBe(english.fullText);
      expect(labels.page('3', '4')).toMatch(/3.*4/);
    }
    expect(labelsFor('ru').lengthValue('3', 3, '1', 1)).toBe('3 слова, около 1 мин чтения');
    expect(labelsFor('ar').readingTime('5', 5)).toBe('مدة القراءة 5 دقائق');
  });

  it('words timeline entries once: dates, times, approximations, and month-days without a year', () => {
    const base = { sentence: 's', event: 'e', paragraph: 0 } as const;
    const outline = buildOutline(
      article({
        timeline: [
          { ...base, text: 'on March 9', month: 3, day: 9, year: 2016, date: '2016-03-09', certainty: 'certain' },
          { ...base, text: 'at midnight', date: '2016-02-26', time: '00:00', certainty: 'certain' },
          { ...base, text: 'around March 1', date: '2016-03-01', certainty: 'approximate' },
          { ...base, text: 'on October 14', month: 10, day: 14, certainty: 'unresolved' },
          { ...base, text: 'on Friday', certainty: 'unresolved' },
        ],
      }),
    );
    expect(outline.sections[0]?.children).toEqual([
      {
        kind: 'timeline',
        columns: ['When', 'What happened'],
        entries: [
          { when: '9 March 2016', what: 'e' },
          { when: '26 February 2016, 00:00', what: 'e' },
          { when: 'about 1 March 2016', what: 'e' },
          { when: '14 October', what: 'e' },
          { when: 'on Friday', what: 'e' },
        ],
      },
    ]);
  });

  it('marks quotations in the language’s marks, with who said them', () => {
    const quote = { text: 'Wir reden weiter', speaker: 'der Minister', paragraph: 0 };
    const outline = buildOutline(article({ language: 'de', quotes: [quote, { text: 'Ja', paragraph: 0 }] }));
    expect(outline.sections[0]?.children).toEqual([
      { kind: 'quote', paragraphs: ['„Wir reden weiter“'], attribution: '— der Minister' },
      { kind: 'quote', paragraphs: ['„Ja“'] },
    ]);
  });

  it('lists people with their roles and bare organisations on one line', () => {
    const mention = { paragraph: 0, start: 0, end: 5, text: 'Talks' };
    const entity = { count: 1, mentions: [mention] };
    const outline = buildOutline(
      article({
        entities: [
          { ...entity, type: 'person', name: 'Sergei Lavrov', roles: ['Foreign Minister'] },
          { ...entity, type: 'organization', name: 'UN', roles: [] },
          { ...entity, type: 'organization', name: 'NATO', roles: [] },
        ],
      }),
    );
    expect(outline.sections[0]).toEqual({
      kind: 'section',
      id: 'who-and-where',
      title: 'Who and where',
      children: [
        {
          kind: 'subsection',
          title: 'People',
          children: [
            {
              kind: 'list',
              ordered: false,
              items: [{ text: 'Sergei Lavrov — Foreign Minister', lead: 'Sergei Lavrov' }],
            },
          ],
        },
        {
          kind: 'subsection',
          title: 'Organisations',
          children: [{ kind: 'names', names: ['UN', 'NATO'], text: 'UN, NATO' }],
        },
      ],
    });
  });

  it('builds the full text from blocks: headings, lists and block quotes, plain paragraphs without them', () => {
    const paragraphs = ['Intro.', 'Background', 'One', 'Two', 'Said once.', 'Said twice.', 'Three', 'End.'];
    const outline = buildOutline(
      article({
        paragraphs,
        blocks: [
          { kind: 'paragraph', links: [{ start: 0, end: 5, url: 'https://example.com/' }] },
          { kind: 'heading', level: 2 },
          { kind: 'item', list: 0, ordered: true },
          { kind: 'item', list: 0, ordered: true },
          { kind: 'quote' },
          { kind: 'quote' },
          { kind: 'item', list: 1, ordered: false },
          { kind: 'paragraph' },
        ],
      }),
    );
    expect(outline.sections[0]?.children).toEqual([
      { kind: 'paragraph', text: 'Intro.', links: [{ start: 0, end: 5, url: 'https://example.com/' }] },
      { kind: 'heading', level: 2, text: 'Background' },
      { kind: 'list', ordered: true, items: [{ text: 'One' }, { text: 'Two' }] },
      { kind: 'quote', paragraphs: ['Said once.', 'Said twice.'] },
      { kind: 'list', ordered: false, items: [{ text: 'Three' }] },
      { kind: 'paragraph', text: 'End.' },
    ]);
    const plain = buildOutline(article({ paragraphs: ['A.', 'B.'] }));
    expect(plain.sections[0]?.children).toEqual([
      { kind: 'paragraph', text: 'A.' },
      { kind: 'paragraph', text: 'B.' },
    ]);
  });

  it('ends with the source: file, link, id, length, what was removed', () => {
    const outline = buildOutline(
      article({ url: 'https://example.com/a', removed: ['Related Posts'], wordCount: 1234 }),
    );
    const source = outline.sections.at(-1);
    expect(source?.children).toEqual([
      {
        kind: 'facts',
        facts: [
          { label: 'File', value: 'talks.txt (text, utf-8)' },
          { label: 'URL', value: 'https://example.com/a', url: 'https://example.com/a' },
          { label: 'Content id', value: 'sha256:0123456789abcdef0123456789abcdef' },
          { label: 'Length', value: '1,234 words, about 1 min to read' },
        ],
      },
      {
        kind: 'subsection',
        title: 'Removed from the end of the text',
        children: [{ kind: 'list', ordered: false, items: [{ text: 'Related Posts' }] }],
      },
      { kind: 'paragraph', text: 'Generated by Broadsheet', role: 'note' },
    ]);
  });
});

describe('readMonthDay', () => {
  it('reads wire-style month-days and nothing else', () => {
    expect(readMonthDay('Oct 14')).toEqual({ month: 10, day: 14 });
    expect(readMonthDay('Sept. 9')).toEqual({ month: 9, day: 9 });
    expect(readMonthDay('14 October')).toEqual({ month: 10, day: 14 });
    expect(readMonthDay('Feb 30')).toBeUndefined();
    expect(readMonthDay('Octopus 3')).toBeUndefined();
    expect(readMonthDay('yesterday')).toBeUndefined();
  });
});
