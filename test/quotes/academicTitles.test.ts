/**
 * Academic titles of one kind refer to one another: "la juriste", "the jurist" after a person
 * introduced as a law professor is that person, even with someone else named in between.
 * Short wire-style texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { speakersOf } from './speakersOf.js';

describe('"la juriste", "the jurist" refer back to the professor named before', () => {
  it('fr: "estime la juriste" after "Pour Claire Ménard, professeure de droit…" and a man named since', async () => {
    const who = await speakersOf(
      'fr',
      [
        "Pour Claire Ménard, professeure de droit constitutionnel à l'université de Rennes, la décision fera date. Le député Marc Jolivet a déposé un recours.",
        "« Le Conseil a tranché sans ambiguïté », estime la juriste.",
      ].join('\n\n'),
    );
    expect(who('Le Conseil a tranché sans ambiguïté')).toBe('Claire Ménard');
  });

  it('en: "the jurist said" after "Anna Berg, a law professor…" and another person named since', async () => {
    const who = await speakersOf(
      'en',
      [
        'Anna Berg, a law professor at Uppsala University, called the ruling a turning point. Interior minister Lars Holm has appealed.',
        '"The court was unusually clear," the jurist said.',
      ].join('\n\n'),
    );
    expect(who('The court was unusually clear')).toBe('Anna Berg');
  });
});
