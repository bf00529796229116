/**
 * A lower-case role noun after an article ("ajoute le marin", "the sailor added") is the person the article
 * introduced with a trade of that kind ("X, patron pêcheur", "Y, a fisherman"), never a name made of the noun.
 */
import { describe, expect, it } from 'vitest';
import { speakersOf } from './speakersOf.js';

describe('a seafarer\'s role refers back to the person introduced with a trade of the sea', () => {
  it('fr: « ajoute le marin » after « raconte X, patron pêcheur »', async () => {
    const who = await speakersOf(
      'fr',
      [
        "« La mer était mauvaise depuis trois jours, personne n'est sorti du port », raconte Erwan Kerhervé, patron pêcheur à Loctudy.",
        "« Une semaine comme ça, c'est un mois de gasoil », ajoute le marin, qui attend une aide de la région.",
      ].join('\n\n'),
    );
    expect(who("Une semaine comme ça, c'est un mois de gasoil")).toBe('Erwan Kerhervé');
  });

  it('en: "the sailor added" after "said X, a fisherman"', async () => {
    const who = await speakersOf(
      'en',
      [
        '"The sea has been rough for three days and nobody left the harbour," said Owen Pascoe, a fisherman from Newlyn.',
        '"A week like this costs us a month of fuel," the sailor added.',
      ].join('\n\n'),
    );
    expect(who('A week like this costs us a month of fuel')).toBe('Owen Pascoe');
  });
});
