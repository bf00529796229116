/**
 * A kind of business after the speech verb (« a affirmé l'armateur », "the shipowner said") is the company the article
 * named with it, or shown as that role: never the person who spoke last.
 */
import { describe, expect, it } from 'vitest';
import { readSpeakers } from './speakersOf.js';

describe('a company noun after the verb is the company, not the last speaker', () => {
  it('fr: « a affirmé l\'armateur » is « l\'armateur grec X » named before', async () => {
    const r = await readSpeakers('fr', [
      "Le vraquier a été immobilisé à Lorient mardi. Il appartient à l'armateur grec Doris Navigation.",
      "« Les contrôles ont été effectués dans les règles », a déclaré Gaël Le Floch, capitaine du port.",
      "« Le navire était parfaitement en règle », a affirmé l'armateur.",
    ].join('\n\n'));
    expect(r('Les contrôles ont été effectués').name).toBe('Gaël Le Floch');
    expect(r('Le navire était parfaitement en règle').name).toBe('Doris Navigation');
  });

  it('en: "the shipowner said" is the "Greek shipowner X" named before', async () => {
    const r = await readSpeakers('en', [
      'The bulk carrier was detained in Antwerp on Tuesday. It is owned by Greek shipowner Doris Navigation.',
      '"All inspections were carried out properly," said Pieter Claes, the harbour master.',
      '"The vessel was fully compliant," the shipowner said.',
    ].join('\n\n'));
    expect(r('The vessel was fully compliant').name).toBe('Doris Navigation');
  });

  it('fr: with no company named, « l\'armateur » stays unnamed rather than the last speaker', async () => {
    const r = await readSpeakers('fr', [
      "« Les contrôles ont été effectués dans les règles », a déclaré Gaël Le Floch, capitaine du port.",
      "« Le navire était parfaitement en règle », a affirmé l'armateur.",
    ].join('\n\n'));
    const q = r('Le navire était parfaitement en règle');
    expect(q.name ?? '').not.toMatch(/Floch/u);
    expect(q.phrase).toMatch(/armateur/u);
  });
});
