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

describe('weekdays in a clause that looks ahead', () => {
  // 2024-10-08 was a Tuesday.
  const tue = '2024-10-08';

  it('resolves a French weekday after a future or prospective marker to the next such day', () => {
    expect(dates('Le pont doit rouvrir vendredi aux véhicules légers.', 'fr', tue)).toEqual([['vendredi', '2024-10-11']]);
    expect(dates('Une réunion se tiendra jeudi à la sous-préfecture.', 'fr', tue)).toEqual([['jeudi', '2024-10-10']]);
    expect(dates('Les experts rendront leur rapport jeudi.', 'fr', tue)).toEqual([['jeudi', '2024-10-10']]);
    expect(dates('Le trafic devrait rester perturbé jusqu\'à dimanche.', 'fr', tue)).toEqual([['dimanche', '2024-10-13']]);
    expect(dates('Les transporteurs appellent à une manifestation samedi devant la mairie.', 'fr', tue)).toEqual([['samedi', '2024-10-12']]);
  });

  it('resolves an English weekday after a future or prospective marker to the next such day', () => {
    expect(dates('The bridge is expected to reopen to cars on Friday, the ministry said.', 'en', tue)).toEqual([['Friday', '2024-10-11']]);
    expect(dates('Engineers will present their findings on Thursday.', 'en', tue)).toEqual([['Thursday', '2024-10-10']]);
    expect(dates("They'll meet the mayors on Wednesday morning.", 'en', tue)).toEqual([['Wednesday morning', '2024-10-09']]);
    expect(dates('The vote is scheduled for Monday.', 'en', tue)).toEqual([['Monday', '2024-10-14']]);
  });

  it('keeps past clauses and reporting verbs on the most recent day', () => {
    expect(dates('Le pont a été fermé vendredi après la découverte de fissures.', 'fr', tue)).toEqual([['vendredi', '2024-10-04']]);
    expect(dates('The bridge was closed on Friday after cracks were found.', 'en', tue)).toEqual([['Friday', '2024-10-04']]);
    // The weekday dates the speaking, not what will happen.
    expect(dates('The minister said on Monday he will visit the site.', 'en', tue)).toEqual([['Monday', '2024-10-07']]);
    expect(dates('La ministre a annoncé lundi qu\'elle se rendra sur place.', 'fr', tue)).toEqual([['lundi', '2024-10-07']]);
  });

  it('decides each weekday by its own clause when a sentence holds both tenses', () => {
    expect(dates('Le pont, qui a été fermé lundi soir, doit rouvrir vendredi.', 'fr', tue)).toEqual([
      ['lundi soir', '2024-10-07'],
      ['vendredi', '2024-10-11'],
    ]);
    expect(dates('Hauliers, who protested on Sunday against the detours, plan to block the roads on Saturday.', 'en', tue)).toEqual([
      ['Sunday', '2024-10-06'],
      ['Saturday', '2024-10-12'],
    ]);
    expect(dates('The bridge will be inspected after it was damaged on Sunday.', 'en', tue)).toEqual([['Sunday', '2024-10-06']]);
  });

  it('reads a weekday that opens its clause by the verb that follows', () => {
    expect(dates('Jeudi, les experts présenteront leur rapport aux élus.', 'fr', tue)).toEqual([['Jeudi', '2024-10-10']]);
    expect(dates('On Thursday, engineers will present their findings.', 'en', tue)).toEqual([['Thursday', '2024-10-10']]);
    expect(dates('Dimanche, les manifestants ont bloqué le pont.', 'fr', tue)).toEqual([['Dimanche', '2024-10-06']]);
  });

  it('takes the day of publication itself for a future weekday naming it, and still obeys "next" and "last"', () => {
    expect(dates('Le ministre doit se rendre mardi sur le pont.', 'fr', tue)).toEqual([['mardi', '2024-10-08']]);
    expect(dates('The minister will visit the bridge on Tuesday.', 'en', tue)).toEqual([['Tuesday', '2024-10-08']]);
    expect(dates('Talks will resume next Tuesday.', 'en', tue)).toEqual([['next Tuesday', '2024-10-15']]);
    expect(dates('Le pont sera comparé à celui inspecté mardi dernier.', 'fr', tue)).toEqual([['mardi dernier', '2024-10-01']]);
  });
});
