import { validateArticle } from '@broadsheet/core';
import { describe, expect, test } from 'vitest';
import { enrichArticle } from '../src/index.js';
import { parsedArticle } from './helpers.js';

function timelineOf(paragraphs: string[], datePublished?: string, language = 'en') {
  const parsed = parsedArticle(paragraphs, datePublished === undefined ? { language } : { datePublished, language });
  return validateArticle(enrichArticle(parsed)).timeline;
}

describe('without a publication date', () => {
  test('a month and day are kept without a year or a date', () => {
    const [entry] = timelineOf(['The talks came to a standstill on February 3.']);
    expect(entry).toMatchObject({
      text: 'February 3',
      month: 2,
      day: 3,
      certainty: 'unresolved',
      event: 'The talks came to a standstill',
    });
    expect(entry?.year).toBeUndefined();
    expect(entry?.date).toBeUndefined();
  });

  test('a weekday is kept as written and left unresolved', () => {
    expect(timelineOf(['Kerry and Lavrov on Friday called for talks.'])).toEqual([
      {
        text: 'on Friday',
        sentence: 'Kerry and Lavrov on Friday called for talks.',
        event: 'Kerry and Lavrov called for talks',
        paragraph: 0,
        certainty: 'unresolved',
      },
    ]);
  });

  test('a full written date is certain', () => {
    const [entry] = timelineOf(['The probe launched on June 3, 2025.']);
    expect(entry).toMatchObject({ month: 6, day: 3, year: 2025, date: '2025-06-03', certainty: 'certain' });
  });

  test('midnight gives the time 00:00', () => {
    const [entry] = timelineOf(['The ceasefire came into force at midnight of February 26.']);
    expect(entry).toMatchObject({ text: 'midnight of February 26', month: 2, day: 26, time: '00:00' });
  });

  test('a year standing alone is read, a count of minutes is not', () => {
    const entries = timelineOf([
      'The talks have dragged on since 2001.',
      'He scored in the 88th minute, ten minutes after the break.',
    ]);
    expect(entries.map((entry) => [entry.text, entry.year])).toEqual([['2001', 2001]]);
  });
});

describe('with a publication date', () => {
  test('a weekday in the past tense resolves to the one before publication, approximately', () => {
    const [entry] = timelineOf(['The council voted on Tuesday night.'], '2025-04-10');
    expect(entry).toMatchObject({ date: '2025-04-08', year: 2025, month: 4, day: 8, certainty: 'approximate' });
  });

  test('a weekday in the future tense resolves to the one after publication', () => {
    const [entry] = timelineOf(['Buses will be diverted from Monday.'], '2025-04-10');
    expect(entry).toMatchObject({ date: '2025-04-14', certainty: 'approximate' });
  });

  test('"last week" resolves seven days back, approximately', () => {
    const [entry] = timelineOf(['The trial ended last week.'], '2025-04-10');
    expect(entry).toMatchObject({ text: 'last week', date: '2025-04-03', certainty: 'approximate' });
  });

  test('"next month" gives a month and year but no day', () => {
    const [entry] = timelineOf(['The road closes next month.'], '2025-04-10');
    expect(entry).toMatchObject({ month: 5, year: 2025, certainty: 'approximate' });
    expect(entry?.date).toBeUndefined();
  });

  test('a month and day near the publication date take its year with certainty', () => {
    const [entry] = timelineOf(['The talks resume on March 9.'], '2016-03-05T10:00:00+03:00');
    expect(entry).toMatchObject({ date: '2016-03-09', certainty: 'certain' });
  });

  test('a December date in a January article belongs to the year before, approximately', () => {
    const [entry] = timelineOf(['The deal was signed on December 20.'], '2017-01-05');
    expect(entry).toMatchObject({ date: '2016-12-20', certainty: 'approximate' });
  });
});

test('entries are sorted by date, then by month and day without a year, then the rest in reading order', () => {
  const paragraphs = [
    'On Friday they met. Talks resume on March 9. They stalled on February 3. It echoed the 1960s. It began in 2011.',
  ];
  expect(timelineOf(paragraphs, '2016-03-05').map((entry) => entry.text)).toEqual([
    '2011',
    'February 3',
    'On Friday',
    'March 9',
    'the 1960s',
  ]);
  expect(timelineOf(paragraphs).map((entry) => entry.text)).toEqual([
    '2011',
    'February 3',
    'March 9',
    'On Friday',
    'the 1960s',
  ]);
});

test('a French article is read with the French date rules', () => {
  const entries = timelineOf(
    ['Le conseil a voté lundi soir la fermeture à partir du 1er juillet.'],
    undefined,
    'fr',
  ).map((entry) => [entry.text, entry.month, entry.day]);
  expect(entries).toEqual([
    ['1er juillet', 7, 1],
    ['lundi soir', undefined, undefined],
  ]);
});
