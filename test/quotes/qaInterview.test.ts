/**
 * An interview printed as questions and answers ("Q : … ?" / "R : …", "Q: …" / "A: …"): each
 * answer is the words of the person the introduction names; a question is nobody's quotation.
 * Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { quotationsIn } from './speakersOf.js';

async function read(lang: 'fr' | 'en', body: string) {
  return quotationsIn({ 'a.md': `---\noutlet: Exemple\nlang: ${lang}\npublished: 2024-03-04\n---\n${body}\n` });
}

describe('Q/R interviews', () => {
  it('fr: the answers are the interviewee\'s, the questions nobody\'s', async () => {
    const m = await read('fr', "La nouvelle directrice du musée, Hélène Marchal, nous a reçus dans son bureau.\n\nQ : Comment allez-vous attirer de nouveaux visiteurs ?\n\nR : En ouvrant le jeudi soir. Les familles ne peuvent pas venir en semaine.\n\nQ : Et les tarifs ?\n\nR : Ils resteront les mêmes cette année.\n\nLe musée rouvrira en mai.");
    const answer = m.find((x) => x.quote.startsWith('En ouvrant le jeudi soir'));
    expect(answer?.speakerRef?.name).toBe('Hélène Marchal');
    expect(m.find((x) => x.quote.startsWith('Ils resteront'))?.speakerRef?.name).toBe('Hélène Marchal');
    expect(m.some((x) => x.quote.includes('Comment allez-vous'))).toBe(false);
  });
  it('en: "Q:" / "A:" lines', async () => {
    const m = await read('en', 'The harbour master, Tom Gallagher, spoke to us on Friday.\n\nQ: Will the port reopen this week?\n\nA: Not before the divers have checked the quay wall.\n\nThe port has been closed since Monday.');
    expect(m.find((x) => x.quote.startsWith('Not before the divers'))?.speakerRef?.name).toBe('Tom Gallagher');
  });
  it('fr: a short heading above the interview names the interviewee, not the person quoted before it', async () => {
    const m = await read('fr', "Le maire, Paul Girard, a défendu son bilan. « Nous avons fait notre travail », a déclaré Paul Girard devant le conseil.\n\nTrois questions à Anne Morel, hydrologue\n\nQ : Les digues étaient-elles assez hautes pour une crue de ce niveau ?\n\nR : Non. Elles ont été conçues pour une crue trentennale, pas centennale.\n\nQ : Que faut-il faire ?\n\nR : Rehausser les digues les plus anciennes avant l'hiver.\n\nLe conseil se réunira lundi.");
    expect(m.find((x) => x.quote.startsWith('Non. Elles ont été conçues'))?.speakerRef?.name).toBe('Anne Morel');
    expect(m.find((x) => x.quote.startsWith('Rehausser les digues'))?.speakerRef?.name).toBe('Anne Morel');
    expect(m.some((x) => x.quote.includes('Que faut-il faire'))).toBe(false);
  });
  it('en: a short "Three questions for X" heading names the interviewee', async () => {
    const m = await read('en', '"We did our job," Mayor Paul Girard told the council on Monday.\n\nThree questions for Anne Morel, hydrologist\n\nQ: Were the dykes high enough for a flood of this size?\n\nA: No. They were built for a thirty-year flood, not a hundred-year one.\n\nQ: What now?\n\nA: Raise the oldest dykes before winter.\n\nThe council meets again on Monday.');
    expect(m.find((x) => x.quote.startsWith('No. They were built'))?.speakerRef?.name).toBe('Anne Morel');
    expect(m.find((x) => x.quote.startsWith('Raise the oldest dykes'))?.speakerRef?.name).toBe('Anne Morel');
  });
});
