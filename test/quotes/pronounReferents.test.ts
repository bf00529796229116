/**
 * Pronouns of a person ("elle", "selon lui") and words like "l'intéressée" refer back to a
 * named person, never to a study or report the article cited, never printed as a name.
 */
import { describe, expect, it } from 'vitest';
import { quotationsIn, speakersOf } from './speakersOf.js';

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
  it("'Elle insiste : « … »' after 'Selon l\'étude' and a sentence naming a woman is the woman", async () => {
    const who = await speakersOf(
      'fr',
      [
        "Selon l'étude, les nappes ont baissé de « près d'un tiers » en dix ans.",
        "Les mesures ont été dirigées par l'hydrologue Camille Fabre. Elle insiste : les communes doivent « réduire les pompages dès cet été ».",
      ].join('\n\n'),
    );
    expect(who('réduire les pompages dès cet été')).toBe('Camille Fabre');
  });
});

describe('a pronoun of a person never resolves to a study (English)', () => {
  it('"she said" after "according to the study" and a sentence naming a woman is the woman', async () => {
    const who = await speakersOf(
      'en',
      [
        'According to the study, groundwater fell by "almost a third" in ten years.',
        'The measurements were led by hydrologist Camille Fabre. Towns must "cut pumping this summer", she said.',
      ].join('\n\n'),
    );
    expect(who('cut pumping this summer')).toBe('Camille Fabre');
  });
});

describe('a singular pronoun never resolves to a plural group', () => {
  it('"Elle insiste" after "selon les auteurs" is the woman named the sentence before', async () => {
    const who = await speakersOf(
      'fr',
      [
        "Les nappes ont baissé d'un tiers, une baisse « sans précédent », selon les auteurs.",
        "Les mesures ont été dirigées par l'hydrologue Camille Fabre. Elle insiste : les communes doivent « réduire les pompages dès cet été ».",
      ].join('\n\n'),
    );
    expect(who('réduire les pompages dès cet été')).toBe('Camille Fabre');
  });
});

describe('"l\'intéressé(e)", "the person concerned" is the person the text is about', () => {
  it('"L\'intéressée, elle, se dit « … »" is the woman named the sentence before, never "Intéressée"', async () => {
    const who = await speakersOf(
      'fr',
      "Le club voudrait confier l'équipe à Laure Mercadier, l'adjointe de l'entraîneur sortant. L'intéressée, elle, se dit « prête, mais pas avant l'été ».",
    );
    expect(who("prête, mais pas avant l'été")).toBe('Laure Mercadier');
  });

  it('"the person concerned said" is the man named the sentence before', async () => {
    const who = await speakersOf(
      'en',
      'The club wants to hand the team to Paul Hendry, the outgoing coach\'s assistant. The person concerned said he was "ready, but not before the summer".',
    );
    expect(who('ready, but not before the summer')).toBe('Paul Hendry');
  });
});

describe('a pronoun after "Pour X," in its own sentence', () => {
  it('"Pour Paul Hendry, …, il juge que « … »" is Paul Hendry, not a speaker of an earlier paragraph', async () => {
    const who = await speakersOf(
      'fr',
      [
        "Marc Tessier, le directeur sportif, affirme que l'effectif est « au complet ».",
        "Le mercato s'ouvre lundi. Les supporters attendent des recrues.",
        "Pour Paul Hendry, l'entraîneur adjoint, le constat est simple : il juge que l'équipe « manque de vitesse ».",
      ].join('\n\n'),
    );
    expect(who('manque de vitesse')).toBe('Paul Hendry');
  });
});

describe('a plural of a surname is no speaker', () => {
  it('"la rivalité entre les deux Ferrand aurait coûté « … »" is not said by "Ferrand"', async () => {
    const who = await speakersOf(
      'fr',
      "Le politologue Luc Aubier, chercheur à l'université de Pau, a étudié le scrutin. À l'en croire, la rivalité entre les deux Ferrand aurait coûté « plusieurs centaines de voix » au camp sortant.",
    );
    expect(who('plusieurs centaines de voix')).not.toBe('Ferrand');
  });
});

describe('an English gendered pronoun never resolves to a body known by a name of several words', () => {
  it('"she added" after "The Blue Anchor said it had…" is the woman who spoke before', async () => {
    const who = await speakersOf(
      'en',
      [
        '"The water came up to the windows," said Maria Lenz, 41, a baker in the lower town.',
        'The Blue Anchor said it had set up four kitchens in the town.',
        '"We have nothing left but our lives," she added.',
      ].join('\n\n'),
    );
    expect(who('We have nothing left but our lives')).toBe('Maria Lenz');
  });
});

describe('a person named after a subject pronoun, in its reported clause, is no antecedent of it', () => {
  async function reported(lang: 'fr' | 'en', body: string, words: string) {
    const members = await quotationsIn({ 'article.md': `---\noutlet: Exemple\nlang: ${lang}\npublished: 2024-03-04\n---\n${body}\n` });
    const found = members.find((m) => m.quote.includes(words));
    if (!found) throw new Error(`no quotation holds "${words}"`);
    return found.speakerRef?.name ?? null;
  }

  it('en: "She recalled that her predecessor, Tom Ridley, had…" is not Tom Ridley', async () => {
    const name = await reported('en', 'The harbour board met on Monday.\n\nThe mayor defended the plan. She recalled that her predecessor, Tom Ridley, had already asked for stricter rules in 2019.', 'stricter rules');
    expect(name).not.toBe('Tom Ridley');
  });
});
