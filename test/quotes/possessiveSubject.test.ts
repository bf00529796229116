/**
 * A sentence whose subject is a named person's thing ("Hale's answer was…", "La réponse de Hale a été…") is about that
 * person: a pronoun speaking next stands for them, not for the outlet or body the article named before. A name after
 * "that" ("reported that Tom Hale, …") is a person's, the clause's subject.
 */
import { describe, expect, it } from 'vitest';
import { speakersOf } from './speakersOf.js';

describe('a possessive subject makes the sentence about its owner', () => {
  it('"Hale\'s answer was … \\"…,\\" he said" is Tom Hale (English)', async () => {
    const who = await speakersOf(
      'en',
      [
        'On Monday, the news site Daily Lantern reported that Tom Hale, the transport minister, owned shares in a bidder.',
        'Hale\'s answer was the usual one. "I broke no rule," he said on Tuesday, before leaving for Brussels.',
      ].join('\n\n'),
    );
    expect(who('I broke no rule')).toBe('Tom Hale');
  });

  it('"La réponse de Hale a été … « … », a-t-il dit" is Tom Hale (French)', async () => {
    const who = await speakersOf(
      'fr',
      [
        "Lundi, le site d'information Lanterne a révélé que le ministre des Transports, Tom Hale, détenait des parts chez un candidat.",
        "La réponse de Hale a été la même qu'à l'accoutumée. « Je n'ai enfreint aucune règle », a-t-il dit mardi avant de partir pour Bruxelles.",
      ].join('\n\n'),
    );
    expect(who("Je n'ai enfreint aucune règle")).toBe('Tom Hale');
  });
});
