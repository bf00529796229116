import { describe, expect, it } from 'vitest';
import { newsWordPairs, titleWordPairs } from '../../src/lang/translations.js';
import { speech } from '../../src/lang/speech.js';
import { searchTerms } from '../../src/text/analyzer.js';
import { foldAccents } from '../../src/text/normalize.js';

/**
 * The bilingual news lexicon is data the analyzer reads: each side must analyse to exactly one
 * search term, and a pair must add something (two different stems) without clashing with the
 * other language data (titles, reporting verbs).
 */

const analysed = newsWordPairs.map(([fr, en]) => ({ fr, en, frTerms: searchTerms(fr, 'fr'), enTerms: searchTerms(en, 'en') }));
const frStem = (word: string) => searchTerms(word, 'fr')[0];
const enStem = (word: string) => searchTerms(word, 'en')[0];

describe('French-English news word pairs', () => {
  it('holds between 500 and 800 pairs', () => {
    expect(newsWordPairs.length).toBeGreaterThanOrEqual(500);
    expect(newsWordPairs.length).toBeLessThanOrEqual(800);
  });

  it('gives exactly one search term on each side of every pair', () => {
    const notOneTerm = analysed.filter((p) => p.frTerms.length !== 1 || p.enTerms.length !== 1).map((p) => `${p.fr} / ${p.en}`);
    expect(notOneTerm).toEqual([]);
  });

  it('lists no pair twice, and no pair whose two sides already match', () => {
    const keys = newsWordPairs.map(([fr, en]) => `${fr}|${en}`);
    expect(keys.length - new Set(keys).size).toBe(0);
    const alreadyMatching = analysed.filter((p) => p.frTerms[0] === p.enTerms[0] || foldAccents(p.fr) === p.en).map((p) => p.fr);
    expect(alreadyMatching).toEqual([]);
  });

  it('pairs titles and roles apart, each side one search term, the two sides not already alike', () => {
    const bad = titleWordPairs.filter(([fr, en]) => {
      const [frTerms, enTerms] = [searchTerms(fr, 'fr'), searchTerms(en, 'en')];
      return frTerms.length !== 1 || enTerms.length !== 1 || frTerms[0] === enTerms[0];
    });
    expect(bad).toEqual([]);
  });

  it('holds no title of a person, which has its own data', () => {
    const titles = new Set([...speech.fr.titles, ...speech.en.titles].map((t) => t.toLowerCase()));
    expect(newsWordPairs.filter(([fr, en]) => titles.has(fr) || titles.has(en))).toEqual([]);
  });

  it('holds no English reporting verb, unless its French side reports too (rappeler / recall: both also name a product recall)', () => {
    const reporting = new Set(speech.en.verbs.flat().flatMap((verb) => searchTerms(verb, 'en')));
    const frReporting = new Set(speech.fr.verbs.flat().flatMap((verb) => searchTerms(verb, 'fr')));
    expect(analysed.filter((p) => reporting.has(p.enTerms[0]!) && !frReporting.has(p.frTerms[0]!)).map((p) => p.en)).toEqual([]);
  });

  it('lets a French and an English report of one fact share their words', () => {
    const frToEn = new Map<string, Set<string>>();
    for (const [fr, en] of newsWordPairs) {
      const terms = frToEn.get(frStem(fr)!) ?? new Set<string>();
      terms.add(enStem(en)!);
      frToEn.set(frStem(fr)!, terms);
    }
    const bridged = (frText: string) => new Set(searchTerms(frText, 'fr').flatMap((t) => [...(frToEn.get(t) ?? [])]));
    const shared = (frText: string, enText: string) => searchTerms(enText, 'en').filter((t) => bridged(frText).has(t));
    expect(shared("Grève et incendie à l'usine : accord après la démission du patron", 'Strike and fire at the factory: agreement after the resignation'))
      .toEqual(['strike', 'fire', 'factori', 'agreement', 'resign']);
    expect(shared('Fuite de gaz : deux blessés, la route fermée', 'Gas leak: two injured, the road closed')).toEqual(['gas', 'leak', 'injur', 'road', 'close']);
  });

  it('counts English stems reached from several French stems (synonyms, reviewed by hand)', () => {
    const frStemsByEn = new Map<string, Set<string>>();
    for (const p of analysed) frStemsByEn.set(p.enTerms[0]!, (frStemsByEn.get(p.enTerms[0]!) ?? new Set()).add(p.frTerms[0]!));
    const shared = [...frStemsByEn].filter(([, frs]) => frs.size > 1);
    // e.g. fire: incendie, feu; court: tribunal, cour. A sharp rise means a sense slipped in unchecked.
    expect(shared.length).toBeLessThan(newsWordPairs.length / 8);
  });
});
