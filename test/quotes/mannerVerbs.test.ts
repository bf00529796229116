/**
 * Verbs of manner used as reporting verbs after a quotation ("sourit-elle", "plaisante le maire",
 * "she laughed"): the quotation is the subject's. Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { quotationsIn, speakersOf } from './speakersOf.js';

describe('manner verbs report speech', () => {
  it('fr: « … », sourit-elle', async () => {
    const who = await speakersOf('fr', "La navigatrice Claire Aubertin est rentrée au port jeudi. « J'ai surtout envie d'un bain chaud et d'une vraie nuit », sourit-elle.");
    expect(who("J'ai surtout envie")).toBe('Claire Aubertin');
  });
  it('fr: « … », plaisante le chef Paul Ravel', async () => {
    const who = await speakersOf('fr', "Le restaurant a rouvert mardi. « Nous avons changé la carte, pas les prix », plaisante le chef Paul Ravel.");
    expect(who('Nous avons changé la carte')).toBe('Paul Ravel');
  });
  it('fr: « … », rit-il / s\'amuse-t-il', async () => {
    const who = await speakersOf('fr', "Le boulanger Marc Dufour a ouvert une deuxième boutique. « Je ne dors plus que quatre heures par nuit », rit-il. « Mes enfants disent que je vis au fournil », s'amuse-t-il.");
    expect(who('Je ne dors plus')).toBe('Marc Dufour');
    expect(who('Mes enfants disent')).toBe('Marc Dufour');
  });
  it('en: "…," he smiled / he laughed', async () => {
    const who = await speakersOf('en', 'Mr Luc Aubertin came home on Thursday. "I mostly want a hot bath and a proper night," he smiled. The skipper Paul Ravel was with her. "We changed the boat, not the crew," he laughed.');
    expect(who('I mostly want a hot bath')).toBe('Luc Aubertin');
    expect(who('We changed the boat')).toBe('Paul Ravel');
  });
  it('en: "Asked whether …, she smiled." reports no words', async () => {
    const members = await quotationsIn({ 'a.md': '---\noutlet: Exemple\nlang: en\npublished: 2024-03-04\n---\nMs. Ana Varga met the board on Monday. Asked whether the two firms had discussed a merger of their shipping arms, she smiled.\n' });
    expect(members.filter((m) => m.quote.includes('merger'))).toEqual([]);
  });
});

describe('a reflexive verb of memory introduces a quotation', () => {
  it('« Un ancien voisin se souvient : « … "…" … » » is the neighbour\'s, the inner words his report', async () => {
    const who = await speakersOf(
      'fr',
      "L'ingénieur Paul Arnaud a été arrêté vendredi.\n\nUn ancien voisin de la caserne se souvient : « Un jour, il m'a dit : \"Je garde des secrets que personne ne connaît.\" Sur le moment, j'ai trouvé ça drôle. »",
    );
    expect(who("Sur le moment, j'ai trouvé ça drôle")).toMatch(/voisin/iu);
  });
});
