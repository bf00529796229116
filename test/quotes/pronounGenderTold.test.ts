/**
 * A gendered pronoun after a sentence naming two people, the sentence's subject read as the one whose gender no one told
 * ("X left alongside the deputy leader, Y, who had voted against her bill. \"…,\" she said"), stands for the person the
 * corpus knows to be of the pronoun's gender: told by a title's determiner even before its complement (« La ministre de
 * la Défense, X »), never guessed from a first name.
 */
import { describe, expect, it } from 'vitest';
import { quotationsIn } from './speakersOf.js';

const en = [
  '---', 'outlet: Example', 'lang: en', 'published: 2024-03-04', '---',
  'Parliament rejected the defence bill on Tuesday night by 212 votes to 130.',
  '',
  'Defence Minister Ingrid Solberg left the chamber alongside the Greens\' chief whip, Jonas Brekke, who had just voted against her bill. "We offered a fair compromise. It was not enough," she said. Brekke declined to comment.',
  '',
].join('\n');

const speakerOf = (members: Awaited<ReturnType<typeof quotationsIn>>, words: string) => members.find((m) => m.quote.includes(words))?.speakerRef?.name ?? null;

describe('a "she" after a woman the corpus knows and a person of untold gender', () => {
  it('en + fr: « La ministre de la Défense, Ingrid Solberg » elsewhere makes the "she" hers, not the whip named last', async () => {
    const members = await quotationsIn({
      'en.md': en,
      'fr.md': ['---', 'outlet: Exemple', 'lang: fr', 'published: 2024-03-04', '---', 'La ministre de la Défense, Ingrid Solberg, a dénoncé « une erreur historique ».', ''].join('\n'),
    });
    expect(speakerOf(members, 'We offered a fair compromise')).toBe('Ingrid Solberg');
  });

  it('fr: « a réagi la ministre de la Défense, X » tells she is a woman too', async () => {
    const members = await quotationsIn({
      'en.md': en,
      'fr.md': ['---', 'outlet: Exemple', 'lang: fr', 'published: 2024-03-04', '---', "Le Parlement a rejeté le texte. « C'est une erreur historique », a réagi la ministre de la Défense, Ingrid Solberg.", ''].join('\n'),
    });
    expect(speakerOf(members, 'We offered a fair compromise')).toBe('Ingrid Solberg');
  });
});
