/**
 * A subheading that is a short quotation printed between two paragraphs (« … » on a line of its own, no sentence-ending
 * mark) quotes a line of the article: when nobody says it in the body it has no speaker, and it never carries on the
 * speaker of the paragraph before it. Its quotation marks, printed apart from the words in French, are no words.
 */
import { describe, expect, it } from 'vitest';
import { speakersOf } from './speakersOf.js';

describe('a quotation printed as a subheading', () => {
  it('fr: « Les camping-cars sur le front de mer, on n\'en veut plus ici » is not the préfet\'s, who spoke just before', async () => {
    const who = await speakersOf('fr', [
      "Le préfet de la Manche, Hugues Ferrand, a appelé au calme. « Le port doit rester ouvert aux navires en difficulté », a-t-il déclaré.",
      "« Les camping-cars sur le front de mer, on n'en veut plus ici »",
      'Sur la promenade, les riverains sont partagés. « On comprend la mairie, mais les commerces en vivent », explique une boulangère.',
    ].join('\n\n'));
    expect(who('Le port doit rester ouvert')).toBe('Hugues Ferrand');
    expect(who("Les camping-cars sur le front de mer, on n'en veut plus ici")).toBeNull();
  });

  it('en: "No more camper vans on our seafront" is not the prefect\'s either', async () => {
    const who = await speakersOf('en', [
      'The regional prefect, Hugh Ferrand, appealed for calm. "The port must stay open to ships in distress," he said.',
      '"No more camper vans on our seafront"',
      'On the promenade, residents are divided. "We understand the council, but the shops live off them," said a baker.',
    ].join('\n\n'));
    expect(who('The port must stay open')).toBe('Hugh Ferrand');
    expect(who('No more camper vans on our seafront')).toBeNull();
  });
});
