import { validateArticle } from '@broadsheet/core';
import { describe, expect, test } from 'vitest';
import { enrichArticle } from '../src/index.js';
import { parsedArticle } from './helpers.js';

function entitiesOf(...paragraphs: string[]) {
  return validateArticle(enrichArticle(parsedArticle(paragraphs))).entities;
}

function named(paragraphs: string[], type: string) {
  return entitiesOf(...paragraphs)
    .filter((entity) => entity.type === type)
    .map((entity) => entity.name)
    .sort();
}

describe('people', () => {
  test('a title before a name becomes a role, not part of the name', () => {
    const [lavrov] = entitiesOf('Russian Foreign Minister Sergei Lavrov spoke on the phone.');
    expect(lavrov).toMatchObject({ type: 'person', name: 'Sergei Lavrov', roles: ['Foreign Minister'] });
  });

  test('a multi-word title with "of" is stripped whole', () => {
    const [kerry] = entitiesOf('Secretary of State John Kerry arrived late.');
    expect(kerry).toMatchObject({ type: 'person', name: 'John Kerry', roles: ['Secretary of State'] });
  });

  test('a name with an Arabic particle keeps it', () => {
    const [assad] = entitiesOf('The rebels want to overthrow President Bashar al-Assad.');
    expect(assad).toMatchObject({ type: 'person', name: 'Bashar al-Assad', roles: ['President'] });
  });

  test('a surname alone is another mention of the full name already seen', () => {
    const people = entitiesOf(
      'Foreign Minister Sergei Lavrov met reporters.',
      'Lavrov said little. The pressure on Assad grew.',
      'President Bashar al-Assad’s army advanced.',
    ).filter((entity) => entity.type === 'person');
    expect(people.map((person) => [person.name, person.count])).toEqual([
      ['Sergei Lavrov', 2],
      ['Bashar al-Assad', 2],
    ]);
  });

  test('a lower-case job before a name is its role', () => {
    const [okafor] = entitiesOf('The goal came from substitute Daniel Okafor in the 88th minute.');
    expect(okafor).toMatchObject({ type: 'person', name: 'Daniel Okafor', roles: ['substitute'] });
  });

  test('a person named before "of" and an organisation are two entities', () => {
    const paragraphs = ['Megan Ross of the Pew Charitable Trusts was cautious.'];
    expect(named(paragraphs, 'person')).toEqual(['Megan Ross']);
    expect(named(paragraphs, 'organization')).toEqual(['Pew Charitable Trusts']);
  });
});

describe('places', () => {
  test('"the US", "U.S." and "the United States" are one place', () => {
    const places = entitiesOf(
      'The US and Russia agreed.',
      'The U.S. military is ready.',
      'The United States sent an envoy.',
    ).filter((e) => e.type === 'place');
    const us = places.find((place) => place.name === 'United States');
    expect(us?.mentions.map((mention) => mention.text)).toEqual(['US', 'U.S.', 'United States']);
  });

  test('nationality adjectives are not places', () => {
    expect(named(['Russian and Syrian officials met American diplomats.'], 'place')).toEqual([]);
  });

  test('"US" used as an adjective still names the United States, and "Russian" in "Russian-US" does not', () => {
    expect(named(['They praised the Russian-US agreement.'], 'place')).toEqual(['United States']);
  });

  test('Washington is a place of its own, not the United States', () => {
    expect(named(['Talks between Moscow and Washington resumed.'], 'place')).toEqual(['Moscow', 'Washington']);
  });

  test('a street or a bay is a place by its last word', () => {
    expect(named(['Cars will leave Harbour Road and boats will leave Galway Bay.'], 'place')).toEqual([
      'Galway Bay',
      'Harbour Road',
    ]);
  });
});

describe('organisations', () => {
  test('an organisation is found by its telltale word and "the UN" by its alias', () => {
    const paragraphs = [
      'He spoke to the Senate Foreign Relations Committee about the UN and the International Syria Support Group.',
    ];
    expect(named(paragraphs, 'organization')).toEqual([
      'International Syria Support Group',
      'Senate Foreign Relations Committee',
      'United Nations',
    ]);
  });

  test('a ministry written in lower case after a nationality is an organisation', () => {
    expect(named(['“We agree,” the Russian foreign ministry said in a statement.'], 'organization')).toEqual([
      'Russian foreign ministry',
    ]);
  });

  test('the short form of a company is a mention of its full name', () => {
    const [kessler] = entitiesOf('Nordbank will buy Kessler Finanz.', 'Kessler shareholders will receive cash.');
    expect(kessler).toMatchObject({ name: 'Kessler Finanz', count: 2 });
  });
});

describe('mentions', () => {
  test('every mention points at its text in its paragraph, and count equals the mentions', () => {
    const paragraphs = [
      'Secretary of State John Kerry met Sergei Lavrov in Geneva.',
      'Kerry and Lavrov spoke of the U.S. and the UN.',
    ];
    for (const entity of entitiesOf(...paragraphs)) {
      expect(entity.count).toBe(entity.mentions.length);
      for (const mention of entity.mentions)
        expect(paragraphs[mention.paragraph]?.slice(mention.start, mention.end)).toBe(mention.text);
    }
  });

  test('words opening a sentence are not names', () => {
    expect(
      entitiesOf('Meanwhile the talks stalled. Currently nobody knows why. Asked about it, they shrugged.'),
    ).toEqual([]);
  });
});

test('a group of a draw ("Group C") is not an entity', () => {
  const names = entitiesOf('In Group C of the cup, Lazio beat Porto 2-1 on Thursday night.').map((e) => e.name);
  expect(names.some((name) => /Group/.test(name))).toBe(false);
});
