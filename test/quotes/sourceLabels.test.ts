/**
 * The label shown for an unnamed source is who they are, not how the reporter reached them (« un mécanicien du bord joint
 * par téléphone » → « un mécanicien du bord », "a crew member reached by phone" → "crew member"); and when the sentence gives
 * the source's name after a description ("said one shopkeeper, a baker who gave only her first name, Marisol"), that name
 * is the speaker.
 */
import { describe, expect, it } from 'vitest';
import { readSpeakers } from './speakersOf.js';

describe('the label of a source reached by phone, or named at the end of a description', () => {
  it('fr: « selon un mécanicien du bord joint par téléphone » is « un mécanicien du bord », whose words follow', async () => {
    const q = await readSpeakers('fr', [
      "Les premiers malades sont apparus samedi, selon un mécanicien du bord joint par téléphone. « On désinfecte les coursives matin et soir, rien n'y fait », a-t-il confié.",
    ].join('\n\n'));
    expect(q('On désinfecte les coursives').phrase).toBe('il');
    const source = q.all.find((m) => m.quote.includes('Les premiers malades'));
    expect(source?.speakerPhrase).toBe('un mécanicien du bord');
    expect(q.all.find((m) => m.quote.includes('On désinfecte'))?.speakerRef?.name).not.toMatch(/joint/u);
  });

  it('en: "according to a crew member reached by phone" is a "crew member"', async () => {
    const q = await readSpeakers('en', [
      'The first cases appeared on Saturday, according to a crew member reached by phone. "We scrub the corridors morning and night, and nothing works," he said.',
    ].join('\n\n'));
    const source = q.all.find((m) => m.quote.includes('The first cases'));
    expect(source?.speakerPhrase).toBe('a crew member');
  });

  it('en: "said one shopkeeper, a baker who gave only her first name, Marisol" is Marisol', async () => {
    const q = await readSpeakers('en', [
      'Outside the town hall, a few dozen residents waited for the result. "We were never asked," said one shopkeeper, a baker who gave only her first name, Marisol. "Nobody listens to us."',
    ].join('\n\n'));
    expect(q('We were never asked').name).toBe('Marisol');
    expect(q('Nobody listens to us').name).toBe('Marisol');
  });

  it('fr: « lance une commerçante, une fleuriste qui n\'a donné que son prénom, Maïwenn » is Maïwenn', async () => {
    const q = await readSpeakers('fr', [
      "Devant la mairie, quelques dizaines d'habitants attendaient le résultat. « On ne nous a jamais consultés », lance une commerçante, une fleuriste qui n'a donné que son prénom, Maïwenn.",
    ].join('\n\n'));
    expect(q('On ne nous a jamais consultés').name).toBe('Maïwenn');
  });
});
