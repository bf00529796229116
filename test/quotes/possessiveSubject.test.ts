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

  it('"Sa publication de mardi, rédigée en majuscules, « … » (« … »)" gives the post and its translation to the person spoken of before (French)', async () => {
    const who = await speakersOf(
      'fr',
      [
        "Écartée de la présidence du club, Nadia Rocher ne désarme pas. « Je reviendrai », a-t-elle déclaré lundi.",
        "Sa publication de mardi sur les réseaux sociaux, rédigée en anglais, « WE ARE NOT DONE » (« nous n'en avons pas fini »), a été partagée des milliers de fois.",
      ].join('\n\n'),
    );
    expect(who('WE ARE NOT DONE')).toBe('Nadia Rocher');
    expect(who("nous n'en avons pas fini")).toBe('Nadia Rocher');
  });

  it('"His post on Tuesday, written in capitals, \"…\"" is the man spoken of before (English)', async () => {
    const who = await speakersOf(
      'en',
      [
        'Ousted chairman Victor Lane said on Monday he would fight the decision. "I will be back," Lane said.',
        'His post on Tuesday, written entirely in capitals, "THE FIGHT STARTS NOW" was shared thousands of times.',
      ].join('\n\n'),
    );
    expect(who('THE FIGHT STARTS NOW')).toBe('Victor Lane');
  });
});

describe('a possessive and a noun of something said before a colon give the words to the possessor', () => {
  it('"Her answer: \\"…\\"" and "Her opening line, in our translation: \\"…\\"" are the woman named before (English)', async () => {
    const who = await speakersOf(
      'en',
      [
        'The harbour board met on Monday. Chairwoman Ingrid Solheim was asked whether the fee rise would last. Her answer: "Nobody can promise that today."',
        'Solheim then spoke in Norwegian. Her opening line, in our translation: "The harbour must pay for itself."',
      ].join('\n\n'),
    );
    expect(who('Nobody can promise that today')).toBe('Ingrid Solheim');
    expect(who('The harbour must pay for itself')).toBe('Ingrid Solheim');
  });

  it('« Sa réponse : « … » » is the man named before (French)', async () => {
    const who = await speakersOf(
      'fr',
      "Le président du port, Paul Margerie, a été interrogé lundi sur la hausse des tarifs. Sa réponse : « Personne ne peut le promettre aujourd'hui. »",
    );
    expect(who("Personne ne peut le promettre aujourd'hui")).toBe('Paul Margerie');
  });

  it('a possessive and a noun that is nothing said before a colon name no one ("Her car: \\"…\\"")', async () => {
    const who = await speakersOf('en', 'Chairwoman Ingrid Solheim arrived late on Monday. Her car had broken down. The sign on the door: "Closed for the season."');
    expect(who('Closed for the season')).not.toBe('Ingrid Solheim');
  });
});

describe('"Pour X, …" gives a partial quotation to a body named with capitals', () => {
  it('« Pour l\'Union des locataires de Brévans (ULB), la hausse « … » » is the union; « Pour la France, … » and « Pour le gouvernement, … » name no one', async () => {
    const named = await speakersOf('fr', "Les loyers augmentent de 4 % au 1er janvier. Pour l'Union des locataires de Brévans (ULB), la hausse « tombe au pire moment pour les familles ».");
    expect(named('tombe au pire moment')).toBe('ULB');
    const place = await speakersOf('fr', "Les loyers augmentent de 4 % au 1er janvier. Pour la France, la hausse « tombe au pire moment pour les familles ».");
    expect(place('tombe au pire moment')).toBeNull();
    const body = await speakersOf('fr', "Les loyers augmentent de 4 % au 1er janvier. Pour le gouvernement, la hausse « tombe au pire moment pour les familles ».");
    expect(body('tombe au pire moment')).toBeNull();
  });

  it('"For the Brevans Tenants\' Union (BTU), the rise \\"…\\"" is the union (English)', async () => {
    const who = await speakersOf('en', 'Rents rise by 4% on January 1. For the Brevans Tenants\' Union (BTU), the rise "comes at the worst time for families".');
    expect(who('comes at the worst time')).toBe('BTU');
  });
});
