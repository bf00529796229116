/**
 * A capitalised name ending in an organisation's word ("Vester Capital", "the Polar Research Office") is an
 * organisation's, never a person's: a gendered pronoun skips it for the woman or man who spoke. Saying nothing
 * ("declined to comment") is no statement, and its subject no speaker.
 */
import { describe, expect, it } from 'vitest';
import { quotationsIn, speakersOf } from './speakersOf.js';

describe('a gendered pronoun goes to a person, never to an organisation named with its own name', () => {
  it('"she added" after a paragraph naming only a company and an office is the woman who spoke before', async () => {
    const who = await speakersOf(
      'en',
      [
        'Maria Lund, chief executive of Kestrel Aerospace, said: "The test did not go as planned."',
        'Our engineers have kept all the data. Kestrel Aerospace is working with the Polar Research Office.',
        '"Nobody was injured, and that matters most," she added.',
      ].join('\n\n'),
    );
    expect(who('Nobody was injured, and that matters most')).toBe('Maria Lund');
  });

  it('"she added" after a paragraph about an investment fund is the woman, not the fund', async () => {
    const who = await speakersOf(
      'en',
      [
        '"We will find out what went wrong," said Maria Lund, the company\'s chief executive.',
        'Its largest shareholder, investment fund Vester Capital, has not changed its position.',
        '"Our customers deserve answers," she added.',
      ].join('\n\n'),
    );
    expect(who('Our customers deserve answers')).toBe('Maria Lund');
  });
});

describe('declining to comment is no statement', () => {
  it('"X declined to comment" is not reported speech of X', async () => {
    const members = await quotationsIn({
      'article.md': '---\noutlet: Exemple\nlang: en\npublished: 2024-03-04\n---\nThe shares are not listed; its main backer, the pension fund Arlo Pensions, declined to comment on the loss.\n',
    });
    expect(members.filter((m) => m.speakerRef?.name?.includes('Arlo'))).toEqual([]);
  });
});

describe('an organisation printed by the first word of its name is the organisation', () => {
  it('"Kestrel said" in one article and "Kestrel Aerospace said" in another are one speaker', async () => {
    const members = await quotationsIn({
      'a.md': '---\noutlet: Exemple\nlang: en\npublished: 2024-03-04\n---\nKestrel Aerospace said on Friday its next launch would be delayed "by at least a year" after the failure.\n',
      'b.md': '---\noutlet: Autre\nlang: en\npublished: 2024-03-05\n---\nThe rocket maker has been under pressure all week. Kestrel said "the data will be public" once the inquiry is over.\n',
    });
    const speakerOf = (words: string) => members.find((m) => m.quote.includes(words))?.speakerRef?.name;
    expect(speakerOf('by at least a year')).toBe('Kestrel Aerospace');
    expect(speakerOf('the data will be public')).toBe('Kestrel Aerospace');
  });
});

describe('"the company said" is the company named by its own name', () => {
  it('"X Aerospace is cooperating …, the company said" is X Aerospace, not a speaker "Company"', async () => {
    const who = await speakersOf(
      'en',
      [
        '"The test did not go as planned," said Maria Lund, the chief executive.',
        'Kestrel Aerospace is cooperating fully with the investigators, the company said in a statement.',
      ].join('\n\n'),
    );
    expect(who('Kestrel Aerospace is cooperating fully with the investigators')).toBe('Kestrel Aerospace');
  });
});

describe('refusing to speak is no statement in French either', () => {
  const reportsOf = async (body: string) => {
    const members = await quotationsIn({ 'article.md': `---\noutlet: Exemple\nlang: fr\npublished: 2024-03-04\n---\n${body}\n` });
    return members.map((m) => [m.speakerRef?.name ?? m.speakerPhrase, m.quote]);
  };

  it('« X n\'a pas souhaité s\'exprimer sur le rapport, qui affirme que … » reports nothing of X', async () => {
    expect(await reportsOf("Paul Mercier n'a pas souhaité s'exprimer sur le rapport des inspecteurs, qui affirme que l'usine ignorait les alertes depuis 2021.")).toEqual([]);
  });

  it('« X n’a pas répondu à nos sollicitations sur les accusations, qui affirment que … » reports nothing of X (typographic apostrophes)', async () => {
    expect(await reportsOf('Le groupe Vernier n’a pas répondu à nos sollicitations sur les accusations des syndicats, qui affirment que les cadences ont doublé.')).toEqual([]);
  });

  it('the present tense and the plural: « ne souhaite pas s\'exprimer », « n\'ont pas répondu à nos sollicitations »', async () => {
    expect(await reportsOf("Paul Mercier ne souhaite pas s'exprimer, rappelant que l'enquête judiciaire est toujours en cours.")).toEqual([]);
    expect(await reportsOf("Les dirigeants du groupe Vernier n'ont pas répondu à nos sollicitations sur les accusations des syndicats, qui affirment que les cadences ont doublé.")).toEqual([]);
  });
});
