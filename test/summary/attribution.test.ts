import { describe, expect, it } from 'vitest';
import { reportingTerm } from '../../src/summary/factClusters.js';
import { searchTerms } from '../../src/text/analyzer.js';

describe('fact words leave out who reported a fact', () => {
  it('reads a wire agency named in a sentence as attribution, like "agence" or "selon", in both languages', () => {
    const phrases = { fr: ['selon la KCNA', 'a rapporté Reuters', "selon l'agence Interfax"], en: ['KCNA said', 'citing Interfax', 'Anadolu reported'] };
    for (const lang of ['fr', 'en'] as const) {
      for (const words of phrases[lang]) {
        const terms = searchTerms(words, lang);
        expect(terms.length).toBeGreaterThan(0);
        expect(terms.filter((t) => !reportingTerm(t)), `${lang}: ${words}`).toEqual([]);
      }
    }
  });

  it('keeps the words of the fact itself', () => {
    expect(searchTerms('satellites', 'fr').every((t) => !reportingTerm(t))).toBe(true);
    expect(searchTerms('ceasefire', 'en').every((t) => !reportingTerm(t))).toBe(true);
  });
});
