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
});
