import { readFileSync } from 'node:fs';
import { type Article, parseArticle } from '@broadsheet/core';
import { describe, expect, test } from 'vitest';
import { enrichArticle } from '../src/index.js';

const fixtures = new URL('../../../tests/fixtures/labelled/', import.meta.url);

function enrich(name: string): Article {
  return enrichArticle(parseArticle(readFileSync(new URL(name, fixtures)), { file: name }));
}

const people = (article: Article) =>
  article.entities
    .filter((entity) => entity.type === 'person')
    .map((entity) => entity.name)
    .sort();

describe('a German wire story', () => {
  const article = enrich('de-bahn-streik.txt');

  test('names the people, without label words or roles glued to them', () => {
    expect(people(article)).toEqual(['Claus Weselsky', 'Martin Seiler']);
    expect(article.entities.find((entity) => entity.name === 'Martin Seiler')?.roles).toEqual(['Bahn-Vorstand']);
    expect(article.entities.find((entity) => entity.name === 'Deutsche Bahn')?.type).toBe('organization');
  });

  test('keeps function words out of the keywords', () => {
    expect(article.keywords).not.toContain('ihre');
    expect(article.keywords.every((keyword) => /^\p{Lu}/u.test(keyword))).toBe(true);
  });

  test('picks key points that are whole sentences, none opening at an ordinal', () => {
    expect(article.keyPoints.some((point) => /^März/u.test(point))).toBe(false);
    expect(article.keyPoints).toContain('Die Verhandlungen mit der Bahn waren am 2. März in Frankfurt gescheitert.');
  });

  test('dates the strike days against the dateline', () => {
    const dates = article.timeline.map((entry) => [entry.text, entry.date]);
    expect(dates).toEqual([
      ['am 2. März', '2025-03-02'],
      ['am Mittwoch', '2025-03-05'],
      ['ab Donnerstag', '2025-03-06'],
      ['Ab Donnerstag', '2025-03-06'],
      ['14. März', '2025-03-14'],
    ]);
  });
});

describe('a French wire story', () => {
  const article = enrich('fr-sncf-greve.txt');

  test('names Philippe Tabarot once and keeps Île-de-France whole', () => {
    expect(people(article)).toEqual(['Philippe Tabarot']);
    expect(article.entities.find((entity) => entity.name === 'Île-de-France')?.type).toBe('place');
  });

  test('puts a weekday in a sentence about the future after the publication day', () => {
    expect(article.timeline.find((entry) => entry.text === 'lundi')?.date).toBe('2025-03-17');
    expect(article.timeline.find((entry) => entry.text === 'mercredi')?.date).toBe('2025-03-12');
  });
});

describe('a Spanish wire story', () => {
  const article = enrich('es-valencia-plan.txt');

  test('names the mayor and the institutions written in sentence case', () => {
    expect(people(article)).toEqual(['María José Catalá']);
    const organizations = article.entities.filter((entity) => entity.type === 'organization').map((e) => e.name);
    expect(organizations).toContain('Ayuntamiento de Valencia');
  });

  test('reads no month inside a name and dates the works', () => {
    expect(article.timeline.map((entry) => [entry.text, entry.date])).toEqual([
      ['este jueves', '2025-04-03'],
      ['1 de septiembre', '2025-09-01'],
    ]);
  });
});

test('English fractions, vote counts and lower-case month words are not dates', () => {
  const text =
    '---\ndate: 2025-02-17\n---\nDividend up\n\nThe company raised its dividend by 4 1/2% on Monday. Shareholders voted 34 to 11 last Thursday. Prices would march on, it said.';
  const article = enrichArticle(parseArticle(Buffer.from(text), { file: 'story.txt' }));
  expect(article.timeline.map((entry) => [entry.text, entry.date])).toEqual([
    ['last Thursday', '2025-02-13'],
    ['on Monday', '2025-02-17'],
  ]);
});
