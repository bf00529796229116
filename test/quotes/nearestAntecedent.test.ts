/**
 * A pronoun or a role word after a quotation stands for the person named just before it in the
 * same paragraph when that person fits, not for an earlier speaker, and never for a person of the
 * other gender.
 */
import { describe, expect, it } from 'vitest';
import { speakersOf } from './speakersOf.js';

describe('a pronoun after a quotation is the person named just before it', () => {
  it('« a-t-elle confié » after "Sa mère, X" is the mother, not the journalist who spoke before', async () => {
    const who = await speakersOf(
      'fr',
      [
        "La reporter Anne Vasseur a été libérée lundi. « J'ai rêvé de ce jour chaque nuit », a lancé la journaliste en descendant de l'avion.",
        "Sa mère, Hélène Vasseur, 70 ans, était sur le tarmac. La veille, elle avait appris la nouvelle par téléphone. « Je n'y croyais plus », a-t-elle confié.",
      ].join('\n\n'),
    );
    expect(who("Je n'y croyais plus")).toBe('Hélène Vasseur');
  });

  it('« dit-il » is never the woman "la journaliste" named, nor another woman', async () => {
    const who = await speakersOf(
      'fr',
      [
        "La reporter Anne Vasseur a été libérée lundi. « J'ai rêvé de ce jour chaque nuit », a lancé la journaliste en descendant de l'avion.",
        "Son frère Louis, lui, préfère regarder devant. « Aujourd'hui, j'ai retrouvé ma sœur », dit-il.",
      ].join('\n\n'),
    );
    expect(who("J'ai rêvé de ce jour chaque nuit")).toBe('Anne Vasseur');
    expect(who("Aujourd'hui, j'ai retrouvé ma sœur") ?? '').not.toMatch(/Anne|Journaliste/u);
  });

  it('"she added" skips a man named in the paragraph between, back to the woman who spoke', async () => {
    const who = await speakersOf(
      'en',
      [
        '"We failed them, and we will make it right," utility chief executive Julia Marsh told reporters on Tuesday.',
        'Energy Minister Peter Crane, who visited the region on Tuesday, has asked for a full report within a week.',
        '"Every household will be compensated," she added.',
      ].join('\n\n'),
    );
    expect(who('Every household will be compensated')).toBe('Julia Marsh');
  });
});

describe('a role after the speech verb is the person just named', () => {
  it('« raconte l\'opticien », « s\'interroge le commerçant » after a named shopkeeper are him', async () => {
    const who = await speakersOf(
      'fr',
      [
        "Jean Morvan, 54 ans, tient une boutique d'optique depuis vingt ans. Samedi, il a baissé le rideau trop tard. « La vitrine a explosé », raconte l'opticien, encore sous le choc.",
        'Selon lui, les dégâts dépassent 15 000 euros.',
        "« Je suis assuré, mais qui va payer la franchise ? », s'interroge le commerçant.",
      ].join('\n\n'),
    );
    expect(who('La vitrine a explosé')).toBe('Jean Morvan');
    expect(who('qui va payer la franchise')).toBe('Jean Morvan');
  });
});

describe('an occupation printed before a name is no part of it', () => {
  it('"Journalist X Y" opening a sentence is the speaker X Y', async () => {
    const who = await speakersOf(
      'en',
      'Journalist Marie Keller and aid worker Tom Berg landed in the capital on Wednesday. "I dreamed of this sky every night," Keller told reporters.',
    );
    expect(who('I dreamed of this sky every night')).toBe('Marie Keller');
  });
});

describe('a body cited as a source does not end the last speaker\'s turn', () => {
  it('"she added" after "…, according to the newspaper Y" about a man is the woman who spoke before', async () => {
    const who = await speakersOf(
      'en',
      [
        '"We failed them, and we will make it right," utility chief executive Julia Marsh told reporters on Tuesday.',
        'The utility, founded in 1987, serves 640 towns. Its former chief executive, Peter Crane, had warned about the lack of staff in a 2024 report, according to the regional newspaper The Daily Bugle.',
        '"Every household will be compensated," she added.',
      ].join('\n\n'),
    );
    expect(who('Every household will be compensated')).toBe('Julia Marsh');
  });
});

describe('a profession of the arts printed before a name is a title', () => {
  it('"he wrote" after "Lead actor X …, stayed away" is X, not the panellist who spoke before', async () => {
    const who = await speakersOf(
      'en',
      [
        'The panel president told reporters the panel had "judged a book". "The debate was long," the panellist said.',
        'Lead actor Tom Berger, who plays the foreman, stayed away. "I will not come until the miners are heard," he wrote on Saturday.',
      ].join('\n\n'),
    );
    expect(who('I will not come until the miners are heard')).toBe('Tom Berger');
  });

  it('« a-t-elle écrit » after « La romancière X … » is X', async () => {
    const who = await speakersOf(
      'fr',
      [
        "Le président du jury a défendu le choix. « Le débat a été long », a reconnu le juré.",
        "Romancière Anne Brunet n'est pas venue. « Je ne viendrai pas tant que les familles ne seront pas entendues », a-t-elle écrit samedi.",
      ].join('\n\n'),
    );
    expect(who('Je ne viendrai pas')).toBe('Anne Brunet');
  });
});
