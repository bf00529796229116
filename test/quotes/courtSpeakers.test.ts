/**
 * Court speakers: a judicial title printed before a name ("Chief Justice", "Justice", « la juge ») is
 * no part of the name, a negated speech verb inside someone's words reports nothing, and a
 * participle after a role noun is no part of the speaker. Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { quotationsIn, speakersOf } from './speakersOf.js';

describe('a judicial title before a name is stripped', () => {
  it('"Chief Justice X said" and "Justice X said" name X', async () => {
    const speaker = await speakersOf(
      'en',
      [
        'The tribunal struck down the tax on Monday.',
        '',
        '"Parliament overstepped its powers," Chief Justice Marta Kellner said as she read the decision.',
        '',
        '"No tax without a clear law," Justice Oscar Lindqvist added.',
      ].join('\n'),
    );
    expect(speaker('Parliament overstepped its powers')).toBe('Marta Kellner');
    expect(speaker('No tax without a clear law')).toBe('Oscar Lindqvist');
  });

  it('« a déclaré la juge X » names X', async () => {
    const speaker = await speakersOf(
      'fr',
      ['Le tribunal a annulé la taxe lundi.', '', '« Le Parlement a excédé ses pouvoirs », a déclaré la juge Marta Kellner.'].join('\n'),
    );
    expect(speaker('Le Parlement a excédé ses pouvoirs')).toBe('Marta Kellner');
  });
});

describe('a negated verb of speech reports nothing', () => {
  it('« Le tribunal ne dit pas que … » and « n\'a pas dit que … » are no quotation, nor is "ne" part of a name', async () => {
    const members = await quotationsIn({
      'article.md': [
        '---', 'outlet: Exemple', 'lang: fr', 'published: 2024-03-04', '---',
        'Le tribunal ne dit pas que la commune doit fermer toutes ses écoles rurales.',
        '',
        "Le ministère n'a pas dit que les crédits seraient coupés dès la rentrée.",
      ].join('\n'),
    });
    expect(members.map((m) => m.speakerRef?.name ?? null)).toEqual([]);
  });

  it('"did not say that" and "never said that" are no quotation', async () => {
    const members = await quotationsIn({
      'article.md': [
        '---', 'outlet: Example', 'lang: en', 'published: 2024-03-04', '---',
        'The tribunal did not say that the town must close all of its rural schools.',
        '',
        'The ministry never said that the funds would be cut at the start of term.',
      ].join('\n'),
    });
    expect(members.map((m) => m.speakerRef?.name ?? null)).toEqual([]);
  });
});

describe("reported speech inside an interviewee's answer is the interviewee's", () => {
  it('a transcript answer saying "the court says that …" gives no second speaker', async () => {
    const members = await quotationsIn({
      'article.md': [
        '---', 'outlet: Exemple', 'lang: fr', 'published: 2024-03-04', '---',
        'Radio Exemple : Le jugement est-il sévère ?',
        '',
        "Paul Lenoir : Pas vraiment. Le tribunal n'interdit rien, il dit que chaque commune doit justifier ses dépenses.",
      ].join('\n'),
    });
    expect(members.map((m) => m.speakerRef?.name ?? null)).toEqual(['Paul Lenoir']);
  });
});

describe('a participle after a role noun is no part of the speaker', () => {
  it('« lance une retraitée venue avec sa petite-fille » is « une retraitée »', async () => {
    const speaker = await speakersOf('fr', '« Nous reviendrons demain », lance une retraitée venue avec sa petite-fille.');
    expect(speaker('Nous reviendrons demain')).toBe('une retraitée');
  });

  it('"said a pensioner accompanied by her grandson" is "a pensioner"', async () => {
    const speaker = await speakersOf('en', '"We will be back tomorrow," said a pensioner accompanied by her grandson.');
    expect(speaker('We will be back tomorrow')).toBe('a pensioner');
  });
});
