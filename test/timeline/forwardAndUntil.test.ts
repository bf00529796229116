import { describe, expect, it } from 'vitest';
import { readDates } from '../../src/timeline/readDates.js';

// Sentences written for these tests (wire style, fr and en). 2026-05-11 is a Monday; 2026-05-13 a Wednesday.
const dates = (text: string, lang: 'fr' | 'en', published: string | null) => readDates(text, lang, published).map((d) => [d.text, d.date]);

describe('a weekday opening a sentence of intention', () => {
  it('is the coming one after "je veux", "nous allons", "we want to"', () => {
    expect(dates('Jeudi, au Palais des sports, je veux entendre le public chanter.', 'fr', '2026-05-11')).toEqual([['Jeudi', '2026-05-14']]);
    expect(dates('Vendredi, à Tours, nous allons présenter le budget.', 'fr', '2026-05-11')).toEqual([['Vendredi', '2026-05-15']]);
    expect(dates('On Friday, in Leeds, we want to show what this squad can do.', 'en', '2026-05-11')).toEqual([['Friday', '2026-05-15']]);
  });

  it('stays the last one when the verb is past', () => {
    expect(dates('Jeudi, au Palais des sports, le public a chanté.', 'fr', '2026-05-13')).toEqual([['Jeudi', '2026-05-07']]);
  });
});

describe('a month after a forward-looking phrase', () => {
  it('is the next such month when it has already passed this year', () => {
    expect(dates('Le contrat prévoit des livraisons de blé pendant cinq ans, à partir de mars.', 'fr', '2026-10-20')).toEqual([['à partir de mars', '2027-03']]);
    expect(dates('The plant will supply the grid for a decade, starting in February, under the agreement.', 'en', '2026-09-02')).toEqual([
      ['in February', '2027-02'],
    ]);
    expect(dates("Les cours reprennent, à compter de janvier, dans l'aile rénovée.", 'fr', '2026-06-15')).toEqual([['à compter de janvier', '2027-01']]);
  });

  it('stays in the past when the clause says so', () => {
    expect(dates('Les prix avaient augmenté à partir de mars.', 'fr', '2026-10-20')).toEqual([['à partir de mars', '2026-03']]);
  });
});

describe('"jusqu\'à", "until" after a past verb', () => {
  it('dates a past day', () => {
    expect(dates("La présidente a patienté jusqu'à samedi soir pour trancher.", 'fr', '2026-05-13')).toEqual([['samedi soir', '2026-05-09']]);
    expect(dates('The mayor had waited until Saturday night to decide.', 'en', '2026-05-13')).toEqual([['Saturday night', '2026-05-09']]);
  });

  it('still looks ahead in a clause without a past verb', () => {
    expect(dates("La route reste fermée jusqu'à samedi.", 'fr', '2026-05-13')).toEqual([['samedi', '2026-05-16']]);
    expect(dates('The road will stay closed until Saturday.', 'en', '2026-05-13')).toEqual([['Saturday', '2026-05-16']]);
  });
});

describe('a weekday in a clause of condition', () => {
  it('is the coming one when the condition is in the present', () => {
    expect(dates('Le syndicat lèvera le préavis, si le vote de vendredi confirme l’accord.', 'fr', '2026-05-13')).toEqual([['vendredi', '2026-05-15']]);
    expect(dates('The union will lift the strike notice if the ballot on Friday backs the deal.', 'en', '2026-05-13')).toEqual([['Friday', '2026-05-15']]);
  });

  it('stays the last one when the condition is past', () => {
    expect(dates('Le syndicat aurait levé le préavis si le vote de vendredi avait confirmé l’accord.', 'fr', '2026-05-13')).toEqual([['vendredi', '2026-05-08']]);
  });
});

describe('an English modal of possibility', () => {
  it('looks ahead: "could be", "might"', () => {
    expect(dates('The custody of the driver was extended, and he could be charged on Friday, police said.', 'en', '2026-05-13')).toEqual([['Friday', '2026-05-15']]);
    expect(dates('Ministers said the vote might slip to Friday.', 'en', '2026-05-13')).toEqual([['Friday', '2026-05-15']]);
  });
});

describe('"before", "after" as prepositions', () => {
  it('open no clause of their own', () => {
    expect(dates('The driver was held overnight and could be taken before a magistrate on Friday, police said.', 'en', '2026-05-13')).toEqual([
      ['Friday', '2026-05-15'],
    ]);
  });

  it('still open a clause with its own verb', () => {
    expect(dates('The union will strike again after talks collapsed on Monday.', 'en', '2026-05-13')).toEqual([['Monday', '2026-05-11']]);
  });
});

describe('a weekday a few words after a word that opens a start ("dès", "à compter de", "starting")', () => {
  // 2026-05-13 is a Wednesday.
  it('is the coming one when the clause does not look back', () => {
    expect(dates("L'interdiction s'applique dès la réunion du conseil de vendredi à la mairie.", 'fr', '2026-05-13')).toEqual([['vendredi', '2026-05-15']]);
    expect(dates('Le nouveau tarif vaut à compter du premier train de samedi.', 'fr', '2026-05-13')).toEqual([['samedi', '2026-05-16']]);
    expect(dates('The curfew applies starting with the first service on Friday.', 'en', '2026-05-13')).toEqual([['Friday', '2026-05-15']]);
  });

  it('stays the last one when the clause is past, and after "depuis"', () => {
    expect(dates('Les secours étaient intervenus dès la nuit de lundi.', 'fr', '2026-05-13')).toEqual([['lundi', '2026-05-11']]);
    expect(dates("La route est coupée depuis l'orage de lundi.", 'fr', '2026-05-13')).toEqual([['lundi', '2026-05-11']]);
  });
});
