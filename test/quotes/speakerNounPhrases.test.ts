/**
 * What is no speaker and what is no quotation: a capitalised word modifying a title ("Union leader X"), a month next to a
 * number, a relative clause without "that" after a quotation, a count after "selon"/"according to", the name of a list
 * or a party in quotation marks; and who a pronoun after the head of a named organisation is. Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { lookupWords } from '../../src/quotes/speakerLookup.js';
import { quotationsIn, readSpeakers } from './speakersOf.js';

describe('a speaker phrase is a noun phrase for a person', () => {
  it('en: "Union leader X, standing outside…: \\"…\\"" is X, not "Union"', async () => {
    const q = await readSpeakers('en', 'The council met on Monday to discuss the harbour budget.\n\nUnion leader Maria Solberg, standing outside the town hall: "They promised us ten jobs and delivered two."\n\nThe vote is due next week.');
    expect(q('They promised us ten jobs').name).toBe('Maria Solberg');
  });

  it('en: a month next to a number and a clause "not the 90 days they had asked for" name no one', async () => {
    const q = await readSpeakers('en', 'The council met on Monday.\n\nHalvorsen confirmed the works would begin on March 3 and said the city would pay contractors "within 60 days", not the 90 days they had asked for.\n\nThe vote is due next week.');
    expect(q('within 60 days').name).toBe('Halvorsen');
    expect(q.all.map((m) => m.speakerRef?.name ?? '')).not.toContain('March');
  });

  it('en: "Minister X opened … the estimate his department raised. \\"…,\\" he told" is X', async () => {
    const all = await quotationsIn({
      'live.txt': 'The Morning Post\nLIVE: Harbour budget debated\nFriday 6 March 2026\n\n17:20\nHealth Minister Tomas Berg opened the session by defending the estimate his department raised yesterday. "We changed the schedule because costs rose, not because we lied," he told the committee.\nShare this post: Facebook | X | Copy link\n',
    });
    expect(all.find((m) => m.quote.startsWith('We changed'))?.speakerRef?.name).toBe('Tomas Berg');
  });

  it('fr: « a-t-il affirmé » after "le président de Horizons Marins Transports ne cache pas…" is that head, not a name cut from the body', async () => {
    const q = await readSpeakers('fr', 'Le chalutier a sombré mardi soir.\n\nLe maire du port, Yves Kerbrat, la voix brisée : « Tout le monde ici connaissait un marin. »\n\nDevant le siège, le président de Horizons Marins Transports ne cache pas sa tristesse. « Ces marins étaient notre famille », a-t-il affirmé.');
    expect(q('Ces marins étaient').name).toBe('le président de Horizons Marins Transports');
  });
});

describe('counts and names of lists are no speakers nor quotations', () => {
  it('fr: « selon le premier comptage » and « la liste « Vauclair demain » »', async () => {
    const q = await readSpeakers('fr', 'Le scrutin a eu lieu dimanche.\n\nListe « Ensemble pour Vauclair » conduite par M. Paul Ferrat : 2 114 voix.\n\nHuit bulletins déclarés nuls lors du premier comptage ont été attribués à la liste « Vauclair demain ».\n\nHuit voix : c\'est l\'écart entre les deux listes, selon le premier comptage.');
    expect(q.has('Ensemble pour Vauclair')).toBe(false);
    expect(q.has('Vauclair demain')).toBe(false);
    expect(q.all.map((m) => m.speakerPhrase ?? '')).not.toContain('le premier comptage');
  });

  it('en: "according to the first count" and the "Forward Together" list', async () => {
    const q = await readSpeakers('en', 'Voting took place on Sunday.\n\nThe "Forward Together" list won 2,114 votes.\n\nEight votes separated the two lists, according to the first count.');
    expect(q.has('Forward Together')).toBe(false);
    expect(q.all.map((m) => m.speakerPhrase ?? '')).not.toContain('the first count');
  });

  it('a count as the subject of a reporting verb: "Final figures confirm that…", « Les derniers chiffres confirment que… »', async () => {
    const en = await readSpeakers('en', 'The line reopened on Monday.\n\nFinal figures confirm that nine wagons derailed and five people were slightly injured.\n\nThe figures from the ministry confirm that three bridges were damaged.');
    expect(en.all.map((m) => m.speakerPhrase ?? '')).not.toContain('Final figures');
    expect(en.all.map((m) => m.speakerPhrase ?? '')).toContain('The figures from the ministry');
    const fr = await readSpeakers('fr', 'La ligne a rouvert lundi.\n\nLes derniers chiffres confirment que neuf wagons ont déraillé et que cinq personnes ont été légèrement blessées.');
    expect(fr.all.map((m) => m.speakerPhrase ?? '')).not.toContain('Les derniers chiffres');
  });
});

describe('a typed role matches a possessive in a speaker\'s name', () => {
  it('"prosecutor" is a word of "the prosecutor\'s office"', () => {
    expect(lookupWords("Spokeswoman for the Vauclair prosecutor's office")).toContain('prosecutor');
  });
});
