import { describe, expect, it } from 'vitest';
import { readDates } from '../../src/timeline/readDates.js';

const dates = (text: string, lang: 'fr' | 'en', published: string | null) => readDates(text, lang, published).map((d) => [d.text, d.date]);

describe('reading dates', () => {
  it('resolves a French weekday to the most recent one on or before publication', () => {
    // 2023-09-14 was a Thursday.
    expect(dates('Les deux hommes se sont rencontrés mercredi.', 'fr', '2023-09-14')).toEqual([['mercredi', '2023-09-13']]);
    expect(dates('a annoncé jeudi l’agence', 'fr', '2023-09-14T03:59')).toEqual([['jeudi', '2023-09-14']]);
    expect(dates('Parti dimanche soir de la capitale', 'fr', '2023-09-13')).toEqual([['dimanche soir', '2023-09-10']]);
  });

  it('reads "prochain" and "dernier", "hier" and "demain"', () => {
    expect(dates('Il reviendra lundi prochain.', 'fr', '2024-03-09')).toEqual([['lundi prochain', '2024-03-11']]);
    expect(dates('Il était là samedi dernier et hier.', 'fr', '2024-03-09')).toEqual([['samedi dernier', '2024-03-02'], ['hier', '2024-03-08']]);
    expect(dates('La réunion aura lieu demain.', 'fr', '2024-02-28')).toEqual([['demain', '2024-02-29']]);
  });

  it('resolves English relative days', () => {
    expect(dates('The quake struck on Thursday night, officials said yesterday.', 'en', '2024-03-08')).toEqual([
      ['Thursday night', '2024-03-07'],
      ['yesterday', '2024-03-07'],
    ]);
    expect(dates('They meet next Monday, after last Friday\'s talks.', 'en', '2024-03-08')).toEqual([
      ['next Monday', '2024-03-11'],
      ["last Friday's", '2024-03-01'],
    ]);
  });

  it('reads explicit dates in French and English, with and without a year', () => {
    expect(dates('Kim a affirmé mercredi 13 septembre que', 'fr', '2023-09-13')).toEqual([['mercredi 13 septembre', '2023-09-13']]);
    expect(dates('signé « Kim Jong Un 2023. 9. 13 »', 'fr', '2023-09-14')).toEqual([['2023. 9. 13', '2023-09-13']]);
    expect(dates('On September 13, 2023, and on 2 March', 'en', '2024-03-08')).toEqual([['September 13, 2023', '2023-09-13'], ['2 March', '2024-03-02']]);
    expect(dates('le 1er janvier 2024', 'fr', null)).toEqual([['le 1er janvier 2024', '2024-01-01']]);
  });

  it('reads bare months and years as partial dates, the year taken from publication', () => {
    expect(dates('En juillet, le ministre est venu; un lancement est promis en octobre, comme en 2019.', 'fr', '2023-09-14')).toEqual([
      ['En juillet', '2023-07'],
      ['en octobre', '2023-10'],
      ['en 2019', '2019'],
    ]);
    expect(dates('The talks stalled in December.', 'en', '2024-01-10')).toEqual([['in December', '2023-12']]);
  });

  it('does not take "may" the verb for May the month, nor guess without a publication day', () => {
    expect(dates('It may rain, they said in May.', 'en', '2024-06-01')).toEqual([['in May', '2024-05']]);
    expect(dates('Les deux hommes se sont vus mercredi.', 'fr', '2023-09')).toEqual([]);
    expect(dates('Les deux hommes se sont vus mercredi.', 'fr', null)).toEqual([]);
  });
});
