/**
 * The speaker is the head of the phrase after the verb, not a name inside its complement: "un militant du clan X" is a
 * member of X's camp, never X.
 */
import { describe, expect, it } from 'vitest';
import { speakersOf } from './speakersOf.js';

describe('a name in the complement of the speaker noun is not the speaker', () => {
  it('fr: « confie un bénévole de la liste Fournier » is an unnamed volunteer, not Gisèle Fournier named before', async () => {
    const who = await speakersOf(
      'fr',
      [
        '« Nous irons jusqu\'au bout », a déclaré Gisèle Fournier, tête de liste, devant la mairie.',
        '« On a collé des affiches toute la nuit, rue par rue », confie un bénévole de la liste Fournier, qui tient à rester discret.',
      ].join('\n\n'),
    );
    expect(who("Nous irons jusqu'au bout")).toBe('Gisèle Fournier');
    expect(who('On a collé des affiches toute la nuit')).not.toBe('Gisèle Fournier');
  });

  it('fr: « raconte une militante du clan Aubry » is not Hugo Aubry', async () => {
    const who = await speakersOf(
      'fr',
      [
        "Hugo Aubry a déposé un recours lundi : « Le scrutin doit être annulé », a-t-il affirmé.",
        '« Personne ne nous a prévenus du recomptage », raconte une militante du clan Aubry.',
      ].join('\n\n'),
    );
    expect(who('Personne ne nous a prévenus du recomptage')).not.toBe('Hugo Aubry');
  });
});
