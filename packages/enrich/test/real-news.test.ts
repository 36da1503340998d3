// Patterns met in real published news (the Wikinews sets), one test each.
import { parseArticle, validateArticle } from '@broadsheet/core';
import { describe, expect, test } from 'vitest';
import { enrichArticle } from '../src/index.js';
import { parsedArticle } from './helpers.js';

function names(paragraphs: string[], language = 'en'): string[] {
  return validateArticle(enrichArticle(parsedArticle(paragraphs, { language })))
    .entities.map((entity) => `${entity.type}: ${entity.name}`)
    .sort();
}

function timelineOf(text: string) {
  return enrichArticle(parseArticle(Buffer.from(text, 'utf8'), { file: 'story.txt' })).timeline;
}

describe('names on real copy', () => {
  test('a short form in brackets after a name is that name, and makes it an organisation', () => {
    expect(
      names([
        'Alfred Gusenbauer was reelected as leader of the Austrian Social Democrat Party (SPOE) in Vienna.',
        'The SPOE gave him 88.93% of the vote.',
      ]),
    ).toEqual(['organization: Austrian Social Democrat Party', 'person: Alfred Gusenbauer', 'place: Vienna']);
  });

  test('"President of Brazil" names a country, not a person; a trailing "Mr" is not part of a name', () => {
    const found = names([
      'Lula, the President of Brazil, met the President of the Republic of Korea Mr. Roh Moo-hyun.',
    ]);
    expect(found).toContain('place: Brazil');
    expect(found.filter((name) => name.startsWith('person: of') || name.endsWith(' Mr'))).toEqual([]);
  });

  test('a country of two words before a title is a place, the name after it a person; a hyphenated opening stays in the name', () => {
    const found = names([
      'United States President George W. Bush made his first official state visit to Canada.',
      'He will attend the Asia-Pacific Economic Cooperation summit.',
    ]);
    expect(found).toContain('place: United States');
    expect(found).toContain('person: George W. Bush');
    expect(found.filter((name) => /: (?:Asia|Pacific Economic Cooperation)$/.test(name))).toEqual([]);
  });

  test('a source named with ordinary words after "according to" is an organisation, a named person stays a person', () => {
    const found = names([
      'The film has made $186.5 million, according to Box Office Mojo.',
      'The deal is off, according to Alan Lacy.',
    ]);
    expect(found).toContain('organization: Box Office Mojo');
    expect(found).toContain('person: Alan Lacy');
  });

  test('a company is named without its legal form, "& Co" kept', () => {
    const found = names(['Discount retailer Kmart Corp. said it will buy Sears.', 'Rothschild & Co advised Sears.']);
    expect(found).toContain('organization: Kmart');
    expect(found).toContain('organization: Rothschild & Co');
  });

  test('time zones and a heading in capitals name nothing', () => {
    expect(names(['THE RESULTS', 'The video was shown at 17:55 GMT on BBC One.'])).not.toContain('organization: GMT');
    expect(names(['THE RESULTS', 'Sales rose.'])).toEqual([]);
  });

  test('German: no place guessed for common nouns after "im", "nach", "in der"', () => {
    const found = names(
      [
        'Die Hauptversammlung zog sich im Vorfeld hin, nach Auffassung der Aktionäre blieb der Fall in der Kritik.',
        'Nun könnte Petr Nečas im Amt bleiben.',
      ],
      'de',
    );
    expect(found.filter((name) => name.startsWith('place:'))).toEqual([]);
  });

  test('German: an inflected adjective opening a name is put back in the nominative; a role joined by "von" is dropped', () => {
    const found = names(
      [
        'Analysten sagen einen Sieg der Sozialliberalen Union (USL) voraus.',
        'Volker Friedrichsen war früher Chef von Windkraft Nord AG (WKN).',
      ],
      'de',
    );
    expect(found).toContain('organization: Sozialliberale Union');
    expect(found).toContain('organization: Windkraft Nord AG');
    expect(found.filter((name) => /USL|WKN|Chef/.test(name))).toEqual([]);
  });
});

describe('dates on real copy', () => {
  test('"May last year" is one expression, the month in the year before', () => {
    const timeline = timelineOf('---\ndate: 2025-04-10\n---\nT\n\nThe plant opened in May last year.');
    expect(timeline.map((entry) => [entry.text, entry.year, entry.month])).toEqual([['May last year', 2024, 5]]);
  });

  test('entries in a list of months carry no trailing comma', () => {
    const timeline = timelineOf('---\ndate: 2025-04-10\n---\nT\n\nSales rose in September, October and November.');
    expect(timeline.map((entry) => entry.text)).toEqual(['September', 'October', 'November']);
  });

  test('"on the 29th" is a day of the publication month, or of the month before when it is still to come', () => {
    const timeline = timelineOf(
      '---\ndate: 2004-11-30\n---\nT\n\nIndymedia reported a demonstration on the 29th. The march on the 3rd drew thousands.',
    );
    expect(timeline.map((entry) => [entry.text, entry.date])).toEqual([
      ['the 3rd', '2004-11-03'],
      ['the 29th', '2004-11-29'],
    ]);
    expect(timelineOf('---\ndate: 2004-11-10\n---\nT\n\nThe vote was held on the 29th.')[0]?.date).toBe('2004-10-29');
  });

  test('a clock time with no date near is an entry of its own; a score is not', () => {
    const timeline = timelineOf(
      '---\ndate: 2004-11-16\n---\nT\n\nThe presidents met at 5:30 PM at the palace. United won 3:2 after extra time.',
    );
    expect(timeline.map((entry) => [entry.text, entry.time])).toEqual([['at 5:30 PM', '17:30']]);
  });

  test('a Wikinews dateline gives the publication day and is no place or date of the story', () => {
    const article = enrichArticle(
      parseArticle(
        Buffer.from(
          'Wahl in Rumänien\n\nBukarest (Rumänien), 09.12.2012 – Heute hat in Rumänien die Parlamentswahl begonnen. Etwa 18 Millionen Bürger sind aufgefordert, ihre Stimme abzugeben, und die Wahlbeteiligung dürfte bei etwa 40 Prozent liegen.',
        ),
        { file: 'story.txt' },
      ),
    );
    expect(article.datePublished).toBe('2012-12-09');
    expect(article.timeline.map((entry) => [entry.text, entry.date])).toEqual([['Heute', '2012-12-09']]);
    expect(article.entities.map((entity) => entity.name)).toEqual(['Rumänien']);
  });
});
