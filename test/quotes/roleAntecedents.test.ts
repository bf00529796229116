/**
 * A pronoun or a bare role in an attribution ("a plaidé l'avocate", "insiste l'élue", "he said")
 * goes back to the person the article named just before, on short wire-style texts written for
 * these tests: never to a place or plant printed like a name, never to someone known by the same
 * title with another complement.
 */
import { describe, expect, it } from 'vitest';
import { speakersOf } from './speakersOf.js';

describe('roles and pronouns refer back to the person named before', () => {
  it('"a souligné l\'ingénieure" after a sentence naming her and then a plant: her, not the plant', async () => {
    const who = await speakersOf(
      'fr',
      "Le chantier a repris mardi. Mme Claire Dumoulin a présenté le rapport sur l'usine Ortalis de Saint-Brévin. « Les pompes ont tenu », a souligné l'ingénieure.",
    );
    expect(who('Les pompes ont tenu')).toBe('Claire Dumoulin');
  });
});
