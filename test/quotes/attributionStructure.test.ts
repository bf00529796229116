/**
 * Attribution structures without a reporting verb of their own: a colon introduced by a clause
 * about a person, a quotation after a sentence about a named person, a demonstrative role
 * referring back, a charge quoted after "pour"/"for". Fixtures written for these tests, fr and en.
 */
import { describe, expect, it } from 'vitest';
import { speakersOf } from './speakersOf.js';

describe('a colon introduction without a speech verb', () => {
  it('fr: "Nom, rôle, sort une lettre : « … »" and "16h05 — Réaction de Nom, rôle : « … »"', async () => {
    const speaker = await speakersOf(
      'fr',
      [
        "La grève a commencé lundi dans l'entrepôt de Vernay.",
        '',
        'Marc Dubois, magasinier depuis dix ans, sort une lettre de sa poche : « On nous a prévenus par courrier, sans explication. »',
        '',
        '16h05 — Réaction de Jacques Morel, président de la région : « Nous soutiendrons chaque famille touchée. »',
        '',
        'Les grévistes attendent Paul Vidal : « la direction doit venir », lit-on sur une banderole.',
      ].join('\n'),
    );
    expect(speaker('On nous a prévenus par courrier')).toBe('Marc Dubois');
    expect(speaker('Nous soutiendrons chaque famille')).toBe('Jacques Morel');
    expect(speaker('la direction doit venir')).not.toBe('Paul Vidal');
  });

  it('en: "Name, a nurse at the clinic, held up the letter: \\"…\\""', async () => {
    const speaker = await speakersOf(
      'en',
      [
        'Staff at the Holbrook clinic walked out on Monday.',
        '',
        'Ann Whitley, a nurse at the clinic for twelve years, held up the letter: "We were told by post, with no warning at all."',
      ].join('\n'),
    );
    expect(speaker('We were told by post')).toBe('Ann Whitley');
  });
});
