/** The /who-said shortlist: which wordings reach the forgiving word-by-word match. */
import { describe, expect, it } from 'vitest';
import { QuoteIndex, type IndexedWording } from '../../src/quotes/quoteIndex.js';
import { printsInOrder, sameWord } from '../../src/quotes/matchWords.js';

const wordings: IndexedWording[] = [
  { text: 'Nous renforcerons la coopération militaire avec nos voisins du Nord', lang: 'fr' },
  { text: 'La coopération', lang: 'fr' },
  { text: 'Les livraisons d’artillerie reprendront au printemps', lang: 'fr' },
  { text: 'We will strengthen our military cooperation with the North', lang: 'en' },
  { text: 'Ce que nous avons dit, nous le ferons', lang: 'fr' },
  { text: 'Nous le ferons savoir, et nous avons dit pourquoi', lang: 'fr' },
];
const index = () => new QuoteIndex(QuoteIndex.analyse(wordings));
const texts = (ids: number[]) => ids.map((i) => wordings[i].text);

describe('quotation shortlist', () => {
  it('puts the wordings holding the most query words first, ahead of a short one holding a single rare word', () => {
    const common = Array.from({ length: 30 }, (_, i) => ({ text: `La coopération militaire numéro ${i} avance`, lang: 'fr' as const }));
    const all: IndexedWording[] = [
      ...common,
      { text: 'Au printemps', lang: 'fr' },
      { text: 'Dès le printemps, nous élargirons enfin la coopération militaire entre nos deux armées et nos industries', lang: 'fr' },
    ];
    const shortlist = new QuoteIndex(QuoteIndex.analyse(all)).shortlist('printemps coopération militaire', 1);
    expect(shortlist.map((i) => all[i].text)).toEqual([all[31].text]);
  });

  it('finds a word typed with a slip or cut short (words no quotation holds)', () => {
    expect(texts(index().shortlist('artilelrie', 3))).toEqual(['Les livraisons d’artillerie reprendront au printemps']);
    expect(texts(index().shortlist('livrais', 3))).toEqual(['Les livraisons d’artillerie reprendront au printemps']);
  });

  it('returns at most the number asked, and nothing for function words alone', () => {
    expect(index().shortlist('coopération', 1)).toHaveLength(1);
    expect(index().shortlist('ce que nous', 5)).toEqual([]);
  });

  it('answers the same after its plain form went through the cache (JSON)', () => {
    const cached = new QuoteIndex(JSON.parse(JSON.stringify(QuoteIndex.analyse(wordings))));
    for (const query of ['coopération militaire', 'artilelrie', 'military cooperation', 'printemps reprendront']) {
      expect(cached.shortlist(query, 5)).toEqual(index().shortlist(query, 5));
    }
  });

  it('lists the wordings holding every function word of a query', () => {
    expect(texts(index().holdingFunctionWords(['nous', 'le', 'avons']))).toEqual(['Ce que nous avons dit, nous le ferons', 'Nous le ferons savoir, et nous avons dit pourquoi']);
    expect(index().holdingFunctionWords(['nous', 'the'])).toEqual([]);
  });
});

describe('forgiving word matching', () => {
  it('matches inflections, accents and small slips, not other words', () => {
    expect(sameWord('cooperation', 'cooperations')).toBe(true);
    expect(sameWord('artilelrie', 'artillerie')).toBe(true);
    expect(sameWord('renforcer', 'renforcerons')).toBe(true);
    expect(sameWord('pont', 'plan')).toBe(false);
    expect(sameWord('nord', 'sud')).toBe(false);
  });

  it('tells whether words are printed side by side, punctuation aside, never inside other words', () => {
    expect(printsInOrder(['nous', 'le', 'ferons'], 'Ce que nous avons dit, nous le ferons')).toBe(true);
    expect(printsInOrder(['dit', 'nous'], 'Ce que nous avons dit, nous le ferons')).toBe(true);
    expect(printsInOrder(['le', 'nous'], 'Ce que nous avons dit, nous le ferons')).toBe(false);
    expect(printsInOrder(['de', 'de'], 'Ils essaient de développer l’espace')).toBe(false);
  });
});
