/**
 * A sentence pointing back to the quotation just before it names its speaker: "« … » C'est ainsi
 * que le Dr X, chirurgien…, résume le travail de son service.", "\"…\" That is how X put it."
 * Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { quotationsIn, speakersOf } from './speakersOf.js';

describe('"C\'est ainsi que X résume" names the speaker of the quotation before', () => {
  it('fr: a document named by "Selon l\'étude" before is not the speaker', async () => {
    const who = await speakersOf('fr', "Selon l'enquête, le trafic a baissé de 12 %.\n\n« Ce n'est pas une révolution, mais c'est un vrai soulagement pour les riverains. » C'est ainsi que le maire Paul Ferrat, élu depuis 2014 et président de l'agglomération, résume le bilan de la rocade. Il insiste : les travaux doivent « continuer sans pause ».");
    expect(who("Ce n'est pas une révolution")).toBe('Paul Ferrat');
    expect(who('continuer sans pause')).toBe('Paul Ferrat');
  });
  it('fr: the pointing sentence is no reported speech of its own', async () => {
    const m = await quotationsIn({ 'a.md': "---\noutlet: Exemple\nlang: fr\npublished: 2024-03-04\n---\n« Ce n'est pas une révolution. » C'est ainsi que le maire Paul Ferrat, élu depuis 2014, résume le bilan de la rocade.\n" });
    expect(m.filter((x) => x.kind === 'indirect')).toEqual([]);
  });
  it('en: "…" That is how X, in office since…, described it.', async () => {
    const who = await speakersOf('en', 'According to the survey, traffic fell by 12%.\n\n"It is not a revolution, but it is a real relief for residents." That is how Mayor Paul Ferrat, in office since 2014, described the bypass.');
    expect(who('It is not a revolution')).toBe('Paul Ferrat');
  });
});
