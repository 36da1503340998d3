import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { type ParsedArticle, parseArticle, splitSentences } from '@broadsheet/core';

const fixtures = new URL('../../../tests/fixtures/labelled/', import.meta.url);

function parseFixture(name: string): ParsedArticle {
  return parseArticle(readFileSync(new URL(name, fixtures)), { file: name });
}

function parse(text: string): ParsedArticle {
  return parseArticle(Buffer.from(text, 'utf8'), { file: 'story.txt' });
}

describe('a German wire story', () => {
  const article = parseFixture('de-bahn-streik.txt');

  test('reads the "Von" byline, the dateline and its date', () => {
    expect(article).toMatchObject({
      language: 'de',
      authors: [{ name: 'Katrin Müller' }],
      datePublished: '2025-03-06',
      dateline: { place: 'BERLIN', date: '6. März 2025', text: 'BERLIN, 6. März 2025 –' },
    });
  });

  test('removes the "Weitere Artikel" block and keeps the story', () => {
    expect(article.removed).toEqual([
      'Weitere Artikel',
      'Streik bei der Lufthansa: Was Reisende wissen müssen',
      'Deutschlandticket wird teurer',
    ]);
    expect(article.paragraphs).toHaveLength(3);
    expect(article.paragraphs[0]).toMatch(/^Die Deutsche Bahn streicht/);
  });

  test('does not split sentences at ordinals', () => {
    expect(splitSentences(article.paragraphs[0] as string, 'de').map((s) => s.text)).toEqual([
      'Die Deutsche Bahn streicht wegen des Streiks der Lokführergewerkschaft GDL ab Donnerstag rund 80 Prozent der Fernzüge.',
      'Der Ausstand soll bis zum 14. März dauern, teilte die Gewerkschaft am Mittwoch mit.',
    ]);
    expect(
      splitSentences('Der 1. FC Köln verlor am 3. Spieltag. Der Trainer bleibt.', 'de').map((s) => s.text),
    ).toEqual(['Der 1. FC Köln verlor am 3. Spieltag.', 'Der Trainer bleibt.']);
  });
});

describe('a French wire story', () => {
  const article = parseFixture('fr-sncf-greve.txt');

  test('reads the "Par" byline with two authors, the dateline, its agency and date', () => {
    expect(article).toMatchObject({
      language: 'fr',
      authors: [{ name: 'Jean Dupont' }, { name: 'Marie Lefèvre' }],
      datePublished: '2025-03-12',
      dateline: { place: 'PARIS', date: '12 mars 2025', agency: 'AFP', text: 'PARIS, 12 mars 2025 (AFP) -' },
    });
    expect(article.paragraphs[0]).toMatch(/^La SNCF prévoit/);
  });

  test('removes the share lines and the "Lire aussi" block', () => {
    expect(article.removed).toEqual([
      'Partager sur Facebook',
      'Partager sur X',
      'Lire aussi',
      'Les prix des billets de train en hausse de 3 %',
    ]);
    expect(article.paragraphs.at(-1)).toBe('M. Tabarot recevra les organisations syndicales lundi à Paris.');
  });
});

describe('a Spanish wire story', () => {
  const article = parseFixture('es-valencia-plan.txt');

  test('reads the "Por" byline, the dateline, its agency and date', () => {
    expect(article).toMatchObject({
      language: 'es',
      authors: [{ name: 'Lucía Martínez' }],
      datePublished: '2025-04-03',
      dateline: {
        place: 'VALENCIA',
        date: '3 de abril de 2025',
        agency: 'EFE',
        text: 'VALENCIA, 3 de abril de 2025 (EFE).-',
      },
    });
    expect(article.paragraphs[0]).toMatch(/^El Ayuntamiento de Valencia aprobó/);
  });

  test('removes "Compartir en Facebook" and the "Noticias relacionadas" block', () => {
    expect(article.removed).toEqual([
      'Compartir en Facebook',
      'Compartir en X',
      'Noticias relacionadas',
      'La Generalitat pide más fondos tras la dana',
    ]);
  });

  test('does not split after "Sra."', () => {
    expect(splitSentences(article.paragraphs[1] as string, 'es')).toHaveLength(2);
  });
});

describe('bylines and datelines in other languages', () => {
  test('reads Italian, Portuguese and Dutch bylines', () => {
    expect(parse('Titolo\n\nDi Giulia Bianchi e Marco Rossi\n\nIl testo.').authors).toEqual([
      { name: 'Giulia Bianchi' },
      { name: 'Marco Rossi' },
    ]);
    expect(parse('Título\n\nPor João da Silva\n\nO texto.').authors).toEqual([{ name: 'João da Silva' }]);
    expect(parse('Kop\n\nDoor Jan de Vries en Piet Jansen\n\nDe tekst.').authors).toEqual([
      { name: 'Jan de Vries' },
      { name: 'Piet Jansen' },
    ]);
  });

  test('does not take a sentence that opens with an opener word for a byline', () => {
    expect(parse('Titolo\n\nDi Maio ha detto che il governo resta.\n\nIl testo.').authors).toEqual([]);
    expect(parse('Titre\n\nPar ailleurs, le gouvernement hésite.\n\nLe texte.').authors).toEqual([]);
  });

  test('reads a dateline with the place in ordinary case when an agency follows it', () => {
    expect(parse('Titel\n\nBerlin (dpa) - Die Regierung hat beschlossen.').dateline).toEqual({
      place: 'Berlin',
      agency: 'dpa',
      text: 'Berlin (dpa) -',
    });
  });

  test('reads a dateline with the region in brackets and a numeric date, as Wikinews writes it', () => {
    const article = parse('Titel\n\nBremen (Deutschland), 11.10.2014 – Die Partei lud am 2. Oktober ein.');
    expect(article).toMatchObject({
      datePublished: '2014-10-11',
      dateline: { place: 'Bremen (Deutschland)', date: '11.10.2014', text: 'Bremen (Deutschland), 11.10.2014 –' },
    });
    expect(article.paragraphs[0]).toBe('Die Partei lud am 2. Oktober ein.');
    // no numeric date, or no real day: an ordinary sentence
    expect(parse('Titel\n\nBremen (Deutschland) hat gewählt.').dateline).toBeUndefined();
    expect(parse('Titel\n\nBremen (Deutschland), 41.10.2014 – Text.').dateline).toBeUndefined();
  });

  test('reads Italian, Portuguese and Dutch datelines with their dates', () => {
    expect(parse('Titolo\n\nROMA, 5 aprile 2025 (ANSA) - Il governo ha approvato.')).toMatchObject({
      datePublished: '2025-04-05',
      dateline: { place: 'ROMA', agency: 'ANSA' },
    });
    expect(parse('Título\n\nLISBOA, 3 de abril de 2025 (Lusa) - O Governo aprovou.').datePublished).toBe('2025-04-03');
    expect(parse('Kop\n\nAMSTERDAM, 6 maart 2025 (ANP) - Het kabinet heeft besloten.').datePublished).toBe(
      '2025-03-06',
    );
  });

  test('reads date lines in other languages as the publication date', () => {
    expect(parse('Titel\n\nDonnerstag, 6. März 2025\n\nDer Text.').datePublished).toBe('2025-03-06');
    expect(parse('Titre\n\nPublié le 12 mars 2025 à 14h30\n\nLe texte.').datePublished).toBe('2025-03-12');
    expect(parse('Título\n\n3 de abril de 2025\n\nEl texto.').datePublished).toBe('2025-04-03');
    expect(parse('Titel\n\n06.03.2025\n\nDer Text.').datePublished).toBe('2025-03-06');
  });
});

test('splits Dutch, Italian and Portuguese sentences after their own abbreviations only where they end', () => {
  expect(splitSentences('Volgens dhr. Jansen is het klaar. Dat is nieuw.', 'nl')).toHaveLength(2);
  expect(splitSentences('Il dott. Rossi ha parlato. Poi è partito.', 'it')).toHaveLength(2);
  expect(splitSentences('A Sra. Costa falou. Depois saiu.', 'pt')).toHaveLength(2);
  expect(splitSentences('They sold the art. Then they left.', 'en')).toHaveLength(2);
});

test('recognises Dutch', () => {
  expect(
    parse(
      'Kabinet besluit\n\nHet kabinet heeft besloten dat de regeling niet wordt verlengd. Ook de Tweede Kamer is het daar mee eens.',
    ).language,
  ).toBe('nl');
});
