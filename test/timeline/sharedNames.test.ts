import { describe, expect, it } from 'vitest';
import { namesAndNumbers } from '../../src/timeline/sharedNames.js';
import { inAside } from '../../src/timeline/clauseTense.js';

const sorted = (s: Set<string>) => [...s].sort();

describe('names and numbers a French and an English report print alike', () => {
  it('keeps capitalised names, acronyms and numbers, and leaves out the opening word and calendar words', () => {
    expect(sorted(namesAndNumbers("Les dockers du port de Brest ont voté mardi une grève de 48 heures à l'appel de la CGT.", 'fr'))).toEqual(['48', 'brest', 'cgt']);
    expect(sorted(namesAndNumbers('Longshoremen in Brest backed a 48-hour stoppage on Tuesday, the CGT said.', 'en'))).toEqual(['48', 'brest', 'cgt']);
    expect(sorted(namesAndNumbers("Le coureur a été suspendu par l'UCI en mars.", 'fr'))).toEqual(['uci']);
  });

  it('trims a dateline and folds accents', () => {
    expect(sorted(namesAndNumbers('PARIS (Reuters) - The minister, Hélène Vasseur, spoke on France Inter.', 'en'))).toEqual(['france', 'helene', 'inter', 'vasseur']);
  });
});

describe('dates in an aside', () => {
  const aside = (text: string, word: string, lang: 'fr' | 'en') => inAside(text, text.indexOf(word), text.indexOf(word) + word.length, lang);

  it('finds a date in a relative clause between commas, in French and English', () => {
    expect(aside('Le maire, qui avait été élu en mars 2020, a réuni mardi son conseil.', 'mars 2020', 'fr')).toBe(true);
    expect(aside('The rider, who won a stage last July, was suspended on Tuesday.', 'last July', 'en')).toBe(true);
  });

  it('does not take the main clause, or a relative clause that ends the sentence, for an aside', () => {
    expect(aside('Le maire, qui avait été élu en mars 2020, a réuni mardi son conseil.', 'mardi', 'fr')).toBe(false);
    expect(aside('The rider was suspended by the body, which announced it on Tuesday.', 'Tuesday', 'en')).toBe(false);
    expect(aside('Le pont, fermé lundi, doit rouvrir vendredi.', 'lundi', 'fr')).toBe(false);
  });
});
