/**
 * Pronouns of a person ("elle", "selon lui") and words like "l'intéressée" refer back to a
 * named person, never to a study or report the article cited, never printed as a name.
 */
import { describe, expect, it } from 'vitest';
import { speakersOf } from './speakersOf.js';

describe('a stressed pronoun as the source is the person it stands for', () => {
  it('"Selon lui, …" after a named man is that man, not "Lui"', async () => {
    const who = await speakersOf(
      'fr',
      "Le géologue Antoine Berthier, chercheur au CNRS, nuance : « La falaise recule de deux mètres par an. » Selon lui, le danger tient surtout à « l'érosion des galets ».",
    );
    expect(who("l'érosion des galets")).toBe('Antoine Berthier');
  });

  it('"According to him, …" after a named man is that man', async () => {
    const who = await speakersOf(
      'en',
      'Alan Pryce, a geologist at Bristol University, was cautious: "The cliff is retreating by two metres a year." According to him, the real risk is "the loss of the shingle".',
    );
    expect(who('the loss of the shingle')).toBe('Alan Pryce');
  });
});

describe('a pronoun of a person never resolves to a study', () => {
  it('"Elle insiste : « … »" after "Selon le rapport" and a named woman is the woman', async () => {
    const who = await speakersOf(
      'fr',
      [
        "Selon l'étude, les nappes ont baissé de « près d'un tiers » en dix ans.",
        "L'hydrologue Camille Fabre a dirigé les mesures. Elle insiste : les communes doivent « réduire les pompages dès cet été ».",
      ].join('\n\n'),
    );
    expect(who('réduire les pompages dès cet été')).toBe('Camille Fabre');
  });
});
