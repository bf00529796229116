/**
 * A role or pronoun after the speech verb refers back only to a person it can describe: of its gender (a neighbour
 * introduced as "sa voisine" is no "retraité"; a "she" skips a man the rest of the corpus calls "M."), of its kind of
 * office ("l'élu" covers "le maire"), and not a holder of the same title for something else ("son directeur, X" of a
 * clinic is not "le directeur de la communication de la région"). Organisations' voices keep one name however long
 * their name or however they are cited ("according to the agency's latest report").
 */
import { describe, expect, it } from 'vitest';
import { quotationsIn, readSpeakers, speakersOf } from './speakersOf.js';

describe('a role after the verb is a person of its gender and kind', () => {
  it('fr: « ajoute le retraité » skips a woman introduced as « Sa voisine, X » and goes back to the man who spoke', async () => {
    const who = await speakersOf(
      'fr',
      [
        '« Le vent a tout arraché en dix minutes », raconte Gaston Perrichon, 81 ans, installé rue du Moulin.',
        'Sa voisine, Huguette Lamarre, a dormi chez son fils.',
        "« Je n'ai même pas pris mes lunettes », ajoute le retraité, hébergé à la salle des fêtes.",
      ].join('\n\n'),
    );
    expect(who("Je n'ai même pas pris mes lunettes")).toBe('Gaston Perrichon');
  });

  it('fr: « ajoute l\'élu » is the mayor named two paragraphs before, not the resident quoted in between', async () => {
    const who = await speakersOf(
      'fr',
      [
        "Le maire, Rémi Castagnou, ne cache pas son agacement : « Trois semaines sans réponse de l'État. »",
        'Au marché, les habitants s\'inquiètent. « Les prix ont doublé », soupire Mireille Fabre, 66 ans.',
        "« Il nous faut un plan pour l'hiver », ajoute l'élu.",
      ].join('\n\n'),
    );
    expect(who("Il nous faut un plan pour l'hiver")).toBe('Rémi Castagnou');
  });

  it('en: "the lawmaker added" is the senator who spoke before, not the resident quoted in between', async () => {
    const who = await speakersOf(
      'en',
      [
        '"This bridge has waited ten years," Senator Dana Whitcombe said at the town hall.',
        'Residents were less patient. "We drive forty minutes around it," said Greg Alder, 58.',
        '"The money is in next year\'s budget," the lawmaker added.',
      ].join('\n\n'),
    );
    expect(who("The money is in next year's budget")).toBe('Dana Whitcombe');
  });
});

describe('a gendered pronoun uses the gender the rest of the corpus gives', () => {
  it('en: "she added" skips the man named in between, whom another article calls « M. »', async () => {
    const members = await quotationsIn({
      'a.md': [
        '---\noutlet: A\nlang: en\npublished: 2024-03-04\n---',
        '"We will rebuild every school by spring," Education Minister Clara Whitfield told reporters.',
        'Teachers\' representative Howard Brent had called the plan "a fantasy" for rural districts.',
        '"The money is already there," she added.',
      ].join('\n\n'),
      'b.md': [
        '---\noutlet: B\nlang: fr\npublished: 2024-03-04\n---',
        'La ministre Clara Whitfield était attendue à Leeds. « Rien ne va », a déclaré M. Howard Brent.',
      ].join('\n\n'),
    });
    const speaker = members.find((m) => m.quote.includes('The money is already there'))?.speakerRef?.name;
    expect(speaker).toBe('Clara Whitfield');
  });
});

describe('a role with a complement is not a holder of the same title for something else', () => {
  it('fr: « le directeur de la communication de la région » is not « son directeur, X » of a clinic named after', async () => {
    const who = await speakersOf(
      'fr',
      [
        'Selon la préfecture, 80 écoles sont fermées. « Nous avons tout coupé en vingt minutes », explique le directeur de la communication de la région.',
        'À la clinique Sainte-Anne, les opérations sont reportées. « Les blocs tournent au ralenti », a indiqué son directeur, Paul Verdier.',
      ].join('\n\n'),
    );
    expect(who('Nous avons tout coupé en vingt minutes')).not.toBe('Paul Verdier');
    expect(who('Les blocs tournent au ralenti')).toBe('Paul Verdier');
  });

  it('en: "the director of the county archive" is not "its director, X" of a museum', async () => {
    const who = await speakersOf(
      'en',
      [
        'Power was cut at noon. "We moved every box upstairs in an hour," said the director of the county archive.',
        'At the Harbour Museum, visits are suspended. "The paintings are safe," said its director, Alan Pryor.',
      ].join('\n\n'),
    );
    expect(who('We moved every box upstairs in an hour')).not.toBe('Alan Pryor');
    expect(who('The paintings are safe')).toBe('Alan Pryor');
  });
});

describe("an organisation's voice", () => {
  it('en: "a spokesperson for public water utility Eaux de Marvel said" keeps its source, a long name counting as one word', async () => {
    const q = await readSpeakers('en', '"Pumps will be back by noon," a spokesperson for public water utility Eaux de Marvel said.');
    expect(q('Pumps will be back by noon').phrase).toBe('a spokesperson for public water utility Eaux de Marvel');
  });

  it('en: "according to the agency" and "according to the agency\'s latest report" are one speaker', async () => {
    const members = await quotationsIn({
      'a.md': "---\noutlet: A\nlang: en\npublished: 2024-03-04\n---\nThe lake was 30% full on Monday, according to the agency.\n\nIt fell to 28% on Tuesday, according to the agency's latest report.\n",
    });
    const names = new Set(members.filter((m) => /lake was|fell to/u.test(m.quote)).map((m) => m.speakerRef?.name));
    expect([...names]).toEqual(['Agency']);
  });
});
