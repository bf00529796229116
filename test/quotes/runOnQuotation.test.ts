/**
 * A quotation opened in one paragraph and left open (the newspaper convention for a statement over several paragraphs),
 * reopened in the next and closed there with its attribution (« … », a-t-il conclu. / "…," he concluded.), is the words
 * of the person the sentence before it names, even by a set phrase for their title ("la cheffe du gouvernement", "the head
 * of government").
 */
import { describe, expect, it } from 'vitest';
import { speakersOf } from './speakersOf.js';

describe('a quotation run on over two paragraphs', () => {
  it('fr: « la cheffe du gouvernement sortante » is the Première ministre named in the lead; both paragraphs are hers', async () => {
    const who = await speakersOf('fr', [
      "La Première ministre Odile Marchetti a remis jeudi sa démission au président de la République, au lendemain d'un vote de défiance au Parlement.",
      'Les députés avaient rejeté son projet de réforme des retraites par 190 voix contre 160.',
      "Devant la résidence officielle, la cheffe du gouvernement sortante a lu une brève déclaration. « J'ai défendu cette réforme jusqu'au bout. Je pars sans regret, mais inquiète pour nos comptes sociaux.",
      '« Mon successeur devra trancher les mêmes questions, qu\'il le veuille ou non », a-t-elle conclu.',
    ].join('\n\n'));
    expect(who("J'ai défendu cette réforme jusqu'au bout")).toBe('Odile Marchetti');
    expect(who('Mon successeur devra trancher les mêmes questions')).toBe('Odile Marchetti');
  });

  it('en: "the head of government", after an opening phrase of place, is the prime minister; the reopened paragraph is his', async () => {
    const who = await speakersOf('en', [
      'Prime Minister Alistair Fenwick resigned on Thursday, a day after losing a confidence vote in parliament.',
      'Lawmakers had rejected his pension reform by 190 votes to 160.',
      'Outside his official residence, the head of government read a short statement. "I have given this country four years of my life. I leave without bitterness.',
      '"The next government will inherit the same deficit, and it will have to face it," he concluded.',
    ].join('\n\n'));
    expect(who('I have given this country four years of my life')).toBe('Alistair Fenwick');
    expect(who('The next government will inherit the same deficit')).toBe('Alistair Fenwick');
  });
});
