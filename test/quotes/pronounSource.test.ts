/**
 * "À l'en croire, …", "By her account, …": a set phrase opening the sentence gives the words of
 * the person a pronoun stands for, the source reported just before; never left without a speaker.
 * Short wire-style texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { speakersOf } from './speakersOf.js';

describe('a set phrase with a pronoun gives the words of the source just reported', () => {
  it('fr: "À l\'en croire, … « … »" after "Selon elle, …": the economist, not the minister the sentence before is about', async () => {
    const who = await speakersOf(
      'fr',
      [
        "Pour Hélène Carvalho, économiste à l'université de Nantes, la réforme arrive trop tard. Selon elle, le ministre Bruno Lefaucheux a sous-estimé la hausse des taux.",
        "À l'en croire, le plan coûterait « près de deux milliards » à l'État d'ici à 2030.",
      ].join('\n\n'),
    );
    expect(who('près de deux milliards')).toBe('Hélène Carvalho');
  });

  it('en: "By her account, … \\"…\\"" after her own statement: her', async () => {
    const who = await speakersOf(
      'en',
      [
        'Ruth Oduya, a nurse at Kelso General, said the ward had been short-staffed for months. Her manager, Tom Reeve, declined to comment.',
        'By her account, the night shift was "running on goodwill alone" by March.',
      ].join('\n\n'),
    );
    expect(who('running on goodwill alone')).toBe('Ruth Oduya');
  });
});
