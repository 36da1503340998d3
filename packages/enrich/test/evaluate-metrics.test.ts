import { expect, test } from 'vitest';
import { evaluateCorpus } from '../src/evaluate.js';

const mention = { paragraph: 0, start: 0, end: 4, text: 'Kerr' };

test('precision and recall count matches by type and name, ignoring case', () => {
  const report = evaluateCorpus([
    {
      name: 'one',
      article: {
        entities: [
          { type: 'person', name: 'john kerry', roles: [], count: 1, mentions: [mention] },
          { type: 'person', name: 'Plan B', roles: [], count: 1, mentions: [mention] },
          { type: 'place', name: 'Sergei Lavrov', roles: [], count: 1, mentions: [mention] },
        ],
        timeline: [],
      },
      expected: {
        entities: [
          { type: 'person', name: 'John Kerry' },
          { type: 'person', name: 'Sergei Lavrov' },
        ],
        timeline: [],
      },
    },
  ]);
  expect(report.entities.person).toEqual({
    truePositives: 1,
    falsePositives: 1,
    falseNegatives: 1,
    precision: 0.5,
    recall: 0.5,
    f1: 0.5,
  });
  expect(report.entities.place).toMatchObject({ falsePositives: 1, precision: 0, recall: 1 });
  expect(report.cases[0]).toEqual({
    name: 'one',
    missed: ['person: sergei lavrov'],
    spurious: ['person: plan b', 'place: sergei lavrov'],
  });
});

test('a timeline entry matches on month and day, and on the date only when the label gives one', () => {
  const entry = { sentence: 'S.', event: 'e', paragraph: 0, certainty: 'certain' as const };
  const report = evaluateCorpus([
    {
      name: 'dates',
      article: {
        entities: [],
        timeline: [
          { ...entry, text: 'March 9', month: 3, day: 9, year: 2016, date: '2016-03-09' },
          { ...entry, text: 'February 3', month: 2, day: 3, year: 2015, date: '2015-02-03' },
          { ...entry, text: 'on Friday', certainty: 'unresolved' },
        ],
      },
      expected: {
        entities: [],
        timeline: [
          { text: 'March 9', month: 3, day: 9 },
          { text: 'February 3', month: 2, day: 3, date: '2016-02-03' },
          { text: 'Friday' },
        ],
      },
    },
  ]);
  expect(report.timeline).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 1 });
});
