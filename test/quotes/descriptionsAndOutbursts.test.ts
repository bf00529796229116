/**
 * Descriptions are no names: a common noun with an apposition or an age ("le technicien, exclu à
 * la 80e minute", "le technicien de 52 ans") is the person it describes, and a label before a name
 * ("Match-winner Keane") is no part of the name. Verbs of an angry outburst report speech ("a pesté
 * l'entraîneur", "the coach fumed"). Short texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { speakersOf } from './speakersOf.js';

describe('a common noun with an apposition or an age describes the person named before', () => {
  it('fr: "Le technicien, exclu à la 80e minute, avait déclaré : « … »"', async () => {
    const who = await speakersOf(
      'fr',
      [
        "La commission a suspendu mardi l'entraîneur du FC Maronne, Paul Dervaux, pour trois matches.",
        "Le technicien, exclu à la 80e minute, avait déclaré en conférence de presse : « Nous avons été volés. »",
      ].join('\n\n'),
    );
    expect(who('Nous avons été volés.')).toBe('Paul Dervaux');
  });

  it('en: "Match-winner Keane, 23, was more modest. \\"…,\\" he said."', async () => {
    const who = await speakersOf(
      'en',
      [
        'Tom Keane scored the only goal in the 90th minute.',
        'Match-winner Keane, 23, was more modest. "It was a team effort," he said.',
      ].join('\n\n'),
    );
    expect(who('It was a team effort')).toBe('Tom Keane');
  });
});

describe('verbs of an angry outburst report speech', () => {
  it('fr: "« … », a pesté l\'entraîneur"', async () => {
    const who = await speakersOf(
      'fr',
      [
        "« Ce n'est pas du sport », a lancé Paul Dervaux, l'entraîneur du FC Maronne.",
        "« L'arbitre n'a rien voulu voir », a pesté l'entraîneur.",
      ].join('\n\n'),
    );
    expect(who("L'arbitre n'a rien voulu voir")).toBe('Paul Dervaux');
  });

  it('fr: "« … », fulmine Paul Dervaux"', async () => {
    const who = await speakersOf('fr', "« L'arbitre n'a rien voulu voir », fulmine Paul Dervaux, l'entraîneur du FC Maronne.");
    expect(who("L'arbitre n'a rien voulu voir")).toBe('Paul Dervaux');
  });

  it('en: "\\"…,\\" Keane fumed"', async () => {
    const who = await speakersOf('en', ['Rovers manager Tom Keane was furious after the defeat.', '"The referee saw nothing," Keane fumed.'].join('\n\n'));
    expect(who('The referee saw nothing')).toBe('Tom Keane');
  });
});

describe('a verbless "Réaction de X" line before a colon: X speaks, wherever the words were said', () => {
  it('fr: "Réaction de X au micro de Radio Y : « … »"', async () => {
    const who = await speakersOf('fr', "Réaction de Julie Maresco au micro de Radio Valmont : « Je n'ai pensé qu'à frapper fort. »");
    expect(who("Je n'ai pensé qu'à frapper fort.")).toBe('Julie Maresco');
  });

  it('en: "Reaction from X on Radio Y: \\"…\\""', async () => {
    const who = await speakersOf('en', 'Reaction from Julie Maresco on Radio Valmont: "I only thought about hitting it hard."');
    expect(who('I only thought about hitting it hard.')).toBe('Julie Maresco');
  });
});

describe('a quotation followed by "That was the verdict of X" is X\'s', () => {
  it('en: "\\"WE WERE CHEATED!\\" That was the angry verdict of Rovers manager Tom Keane after…"', async () => {
    const who = await speakersOf('en', '"WE WERE CHEATED!" That was the angry verdict of Rovers manager Tom Keane after his side lost the cup semi-final on Saturday.');
    expect(who('WE WERE CHEATED!')).toBe('Tom Keane');
  });

  it('fr: "« … » Tel a été le verdict de l\'entraîneur Paul Dervaux après…"', async () => {
    const who = await speakersOf('fr', "« On nous a trahis ! » Tel a été le verdict de l'entraîneur du FC Maronne, Paul Dervaux, après la défaite de samedi.");
    expect(who('On nous a trahis !')).toBe('Paul Dervaux');
  });
});

describe('a verb of quoting gives the words to the source it names', () => {
  it('fr: "la fédération cite le rapport de l\'arbitre X : « … »"', async () => {
    const who = await speakersOf('fr', "Dans son communiqué, la fédération cite le rapport de l'arbitre Lucas Ferrando : « Le ballon a touché la main du défenseur. »");
    expect(who('Le ballon a touché la main du défenseur.')).toBe('Lucas Ferrando');
  });

});
