import { describe, expect, it } from 'vitest';
import { readDates } from '../../src/timeline/readDates.js';

// Sentences written for these tests (wire style, fr and en). 2026-05-10 is a Sunday, 2026-05-13 a
// Wednesday, 2026-05-14 a Thursday, 2026-03-05 a Thursday, 2026-06-10 and 2026-06-24 Wednesdays.
const dates = (text: string, lang: 'fr' | 'en', published: string | null) => readDates(text, lang, published).map((d) => [d.text, d.date]);

describe('a weekday that is still to come', () => {
  it('after "starting with" (a possessive weekday naming an event) is the coming one', () => {
    expect(dates("The new manager takes over at once, starting with Saturday's derby against Holm United.", 'en', '2026-05-10')).toEqual([
      ["Saturday's", '2026-05-16'],
    ]);
  });

  it('after "hope to", "aims to" is the coming one even when a reporting verb stands before', () => {
    expect(dates('The unions said they hope to close a deal on Friday.', 'en', '2026-05-13')).toEqual([['Friday', '2026-05-15']]);
  });

  it('right after a French present-tense verb is the coming one', () => {
    expect(dates('Le comité des fêtes installe dimanche un marché nocturne sur la place.', 'fr', '2026-05-13')).toEqual([['dimanche', '2026-05-17']]);
    expect(dates('« Nous serons là, quoi qu’il se passe mardi », dit-elle.', 'fr', '2026-05-14')).toEqual([['mardi', '2026-05-19']]);
  });

  it('after a French futur simple in the 1st or 2nd person ("nous tiendrons", "je serai", "vous recevrez") is the coming one', () => {
    expect(dates('Nous tiendrons aussi une conférence de presse jeudi.', 'fr', '2026-05-13')).toEqual([['jeudi', '2026-05-14']]);
    expect(dates('Je serai à la mairie jeudi pour signer.', 'fr', '2026-05-13')).toEqual([['jeudi', '2026-05-14']]);
    expect(dates('Vous recevrez la convocation jeudi.', 'fr', '2026-05-13')).toEqual([['jeudi', '2026-05-14']]);
    // Nouns and present tenses of the same endings say nothing of the future.
    expect(dates('Les vignerons ont manifesté jeudi.', 'fr', '2026-05-13')).toEqual([['jeudi', '2026-05-07']]);
    // "will" and "va" + infinitive look ahead too.
    expect(dates('We will hold a press conference on Thursday.', 'en', '2026-05-13')).toEqual([['Thursday', '2026-05-14']]);
    expect(dates('Le ministre va présenter son plan jeudi.', 'fr', '2026-05-13')).toEqual([['jeudi', '2026-05-14']]);
  });

  it('an adjective before the weekday is no present verb', () => {
    expect(dates('Une fin de soirée chaotique samedi soir.', 'fr', '2026-05-13')).toEqual([['samedi soir', '2026-05-09']]);
  });
});

describe('each date of a sentence with its own tense', () => {
  it('a past participle right before a date keeps it in the past, whatever the next clause says', () => {
    expect(dates("L'enquête, ouverte mardi, doit se conclure vendredi.", 'fr', '2026-05-13')).toEqual([
      ['mardi', '2026-05-12'],
      ['vendredi', '2026-05-15'],
    ]);
    expect(dates('The contract, awarded on March 3, will run for five years.', 'en', '2026-03-05')).toEqual([['March 3', '2026-03-03']]);
  });

  it('a present tense that schedules ("holds", "se tient") puts a bare month ahead', () => {
    expect(dates('Veldoria holds a referendum in April.', 'en', '2026-10-14')).toEqual([['in April', '2027-04']]);
    expect(dates('Le congrès du parti se tient en avril.', 'fr', '2026-10-14')).toEqual([['en avril', '2027-04']]);
  });
});

describe('weekdays that are no particular day', () => {
  it('after an indefinite article, "chaque"/"every" or "that" are not dates', () => {
    expect(dates('Il a été arrêté un mardi soir, comme chaque vendredi.', 'fr', '2026-05-13')).toEqual([]);
    expect(dates('It happened on a Tuesday, like every Friday since.', 'en', '2026-05-13')).toEqual([]);
    // "that Sunday" points back to a day the story told, not to one counted from publication.
    expect(dates('"I still think of that Sunday," he said.', 'en', '2026-05-13')).toEqual([]);
  });
});

describe('counts back, starts and weeks', () => {
  it('reads "il y a trois ans", "two years ago" as a year and "dès 1998", "from 1998" as that year', () => {
    expect(dates('La mine a fermé il y a trois ans, elle produisait dès 1998.', 'fr', '2026-06-10')).toEqual([
      ['il y a trois ans', '2023'],
      ['dès 1998', '1998'],
    ]);
    expect(dates('The mine closed two years ago, having produced from 1998.', 'en', '2026-06-10')).toEqual([
      ['two years ago', '2024'],
      ['from 1998', '1998'],
    ]);
    expect(dates('Prices rose six months ago.', 'en', '2026-06-10')).toEqual([['six months ago', '2025-12']]);
  });

  it('reads "next week", "la semaine prochaine" as their month only when the week lies in one month', () => {
    expect(dates('A hearing follows next week.', 'en', '2026-06-10')).toEqual([['next week', '2026-06']]);
    expect(dates("L'audience aura lieu la semaine prochaine.", 'fr', '2026-06-10')).toEqual([['la semaine prochaine', '2026-06']]);
    // 29 June to 5 July: no month holds the whole week, and no day is invented.
    expect(dates('A hearing follows next week.', 'en', '2026-06-24')).toEqual([]);
    expect(dates("L'audience aura lieu la semaine prochaine.", 'fr', '2026-06-24')).toEqual([]);
    expect(dates('Over the next week, prices rose.', 'en', '2026-06-10')).toEqual([]);
  });

  it('leaves a sports season undated: "la saison dernière" straddles two years', () => {
    expect(dates("Le club avait fini cinquième la saison dernière.", 'fr', '2026-11-10')).toEqual([]);
    expect(dates('The club finished fifth last season.', 'en', '2026-11-10')).toEqual([]);
  });
});
