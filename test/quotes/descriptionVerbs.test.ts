/**
 * A verb of description ("décrit", "dépeint", "qualifie de") reports its subject's words: the
 * partial quotation after its object is the subject's, in French as in English ("describes").
 */
import { describe, expect, it } from 'vitest';
import { speakersOf } from './speakersOf.js';

describe('a verb of description reports its subject', () => {
  it('« X, cheffe du service, décrit une équipe « … » » is X', async () => {
    const who = await speakersOf(
      'fr',
      'La chaleur ne faiblit pas à Lorient. La Dre Anne Roux, cheffe du service de pédiatrie, décrit une équipe « à bout de souffle ». Les lits manquent.',
    );
    expect(who('à bout de souffle')).toBe('Anne Roux');
  });

  it('« dépeint » reports its subject too', async () => {
    const who = await speakersOf('fr', 'Le maire, Paul Giraud, dépeint une commune « livrée à elle-même » depuis la crue.');
    expect(who('livrée à elle-même')).toBe('Paul Giraud');
  });
});
