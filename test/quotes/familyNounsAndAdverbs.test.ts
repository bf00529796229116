/**
 * Kinship, "In his words" and adverbs before the verb. A family noun before a name gives the person's gender ("Son
 * mari, Paul, …" is a man, so "raconte-t-elle" is the woman the sentences are about); "In her words, …: \"…\"" gives
 * the words of the person the sentence before was about; a first name a family noun sets apart ("said his wife,
 * Inès") is the one person of the corpus of that first name; "later", « ensuite » before the verb are no part of the
 * speaker. Short texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { quotationsIn, speakersOf } from './speakersOf.js';

describe('a family noun gives the gender of the person named after it', () => {
  it('fr: « Son mari, Paul, 41 ans, … », then « raconte-t-elle »: the woman named before, not her husband', async () => {
    const who = await speakersOf(
      'fr',
      [
        "Sur le parking de l'usine, Sonia Marchetti attend depuis l'aube. Son mari, Paul, 41 ans, est l'un des ouvriers blessés. « J'ai appris la nouvelle par la radio », raconte-t-elle.",
        'Une cellule psychologique a été ouverte à la mairie.',
        '« Je veux seulement le voir », ajoute-t-elle.',
      ].join('\n\n'),
    );
    expect(who("J'ai appris la nouvelle par la radio")).toBe('Sonia Marchetti');
    expect(who('Je veux seulement le voir')).toBe('Sonia Marchetti');
  });

  it('en: "Her husband, Tom, 52, …", then "she said": the woman, not her husband', async () => {
    const who = await speakersOf(
      'en',
      'Outside the hospital, Grace Whitfield had been waiting since dawn. Her husband, Tom, 52, is among the injured. "Nobody has told us anything," she said.',
    );
    expect(who('Nobody has told us anything')).toBe('Grace Whitfield');
  });
});

describe('"In his words" opens the words of the person the sentence before was about', () => {
  it('en: "X … spoke to reporters in Spanish. In his words, translated by the Post: \\"…\\""', async () => {
    const who = await speakersOf(
      'en',
      'Tomás Ibarra, the head of the port authority, spoke to reporters in Spanish. In his words, translated by the Post: "The ship will not leave until it is safe." He gave no date.',
    );
    expect(who('The ship will not leave until it is safe.')).toBe('Tomás Ibarra');
  });

  it('fr: « Selon ses mots, … : « … » »', async () => {
    const who = await speakersOf(
      'fr',
      "Martine Lagarde, directrice du port, s'est adressée à la presse en anglais. Selon ses mots, traduits par la rédaction : « Le navire ne partira pas tant qu'il n'est pas sûr. »",
    );
    expect(who("Le navire ne partira pas tant qu'il n'est pas sûr.")).toBe('Martine Lagarde');
  });
});

describe('a first name a family noun sets apart is the one person of the corpus of that first name', () => {
  it('en: "said his wife, Inès" is Inès Durand, named in full by another article', async () => {
    const members = await quotationsIn({
      'a.md': '---\noutlet: Exemple\nlang: en\npublished: 2024-03-04\n---\nInès Durand, whose husband Marc is among the injured, told reporters: "I just want to see him."\n',
      'b.md': '---\noutlet: Autre\nlang: en\npublished: 2024-03-05\n---\nMarc Durand left hospital on Sunday. "He looks tired, but he is smiling," said his wife, Inès.\n',
    });
    const found = members.find((m) => m.quote.includes('He looks tired'));
    expect(found?.speakerRef?.name).toBe('Inès Durand');
  });
});

describe('an adverb before the verb is no part of the speaker', () => {
  it('en: "A company spokeswoman later confirmed that …" is "A company spokeswoman"', async () => {
    const members = await quotationsIn({
      'a.md': '---\noutlet: Exemple\nlang: en\npublished: 2024-03-04\n---\nThe plant was evacuated on Monday. A company spokeswoman later confirmed that two workers had been taken to hospital.\n',
    });
    const found = members.find((m) => m.quote.includes('two workers had been taken to hospital'));
    expect(found?.speakerRef?.name.toLowerCase()).toBe('a company spokeswoman');
  });
});
