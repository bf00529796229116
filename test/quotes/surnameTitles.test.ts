/**
 * A surname that is also a title ("Capitaine", "Maréchal"): French prints titles in lower case inside a sentence, so a
 * capitalised title word right after a first name is the surname, and the person is named in full. English prints
 * titles capitalised ("Health Minister Jane Roe"), so no such reading there.
 */
import { describe, expect, it } from 'vitest';
import { speakersOf } from './speakersOf.js';

describe('a capitalised title word after a first name is a surname (French)', () => {
  it('"le directeur de la régie, Paul Capitaine, …" then "a-t-il déclaré" is Paul Capitaine, not the spokesman of the paragraph before', async () => {
    const who = await speakersOf(
      'fr',
      [
        "« Il ne faut pas boire cette eau, même bouillie », a déclaré un porte-parole de l'agence régionale. Les habitants doivent attendre, a-t-il ajouté.",
        "Mardi soir, le directeur de la régie des eaux, Paul Capitaine, a présenté ses excuses dans une vidéo. « Nous regrettons profondément cette pollution », a-t-il déclaré.",
        "Le dirigeant a assuré que la régie rembourserait toutes les bouteilles achetées par les habitants.",
      ].join('\n\n'),
    );
    expect(who('Nous regrettons profondément cette pollution')).toBe('Paul Capitaine');
    expect(who('rembourserait toutes les bouteilles')).toBe('Paul Capitaine');
  });

  it('a title in lower case before a name stays a title: "le capitaine Marc Roux" is Marc Roux', async () => {
    const who = await speakersOf('fr', "« Nous avons évacué tout le monde », a déclaré le capitaine Marc Roux.");
    expect(who('Nous avons évacué tout le monde')).toBe('Marc Roux');
  });
});

describe('English titles are capitalised: a title after a capitalised word stays a title', () => {
  it('"Health Minister Jane Roe said" is Jane Roe', async () => {
    const who = await speakersOf('en', '"We will review every contract," Health Minister Jane Roe said on Tuesday.');
    expect(who('We will review every contract')).toBe('Jane Roe');
  });
});
