/**
 * Attribution on the blind doping-case fixture (six French and English articles): a role with a
 * complement is the person holding it, never the complement; reported speech ending with a role;
 * pronouns after a named subject in apposition; roles and generic organisation nouns that refer
 * back; wire datelines kept out of what a quotation shows.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import { QuoteStore, groupToResult } from '../../src/quotes/quoteStore.js';

let engine: Engine;
let store: QuoteStore;
beforeAll(async () => {
  engine = await Engine.open({ corpusDir: path.resolve(import.meta.dirname, '../fixtures/doping-case'), dataDir: null });
  store = QuoteStore.build(engine);
});

const members = () => store.groups.flatMap((g) => g.members);
const speakerOf = (words: string, article?: string) => {
  const found = members().filter((m) => m.quote.includes(words) && (!article || m.articleId.startsWith(article)));
  if (found.length === 0) throw new Error(`no quotation holds "${words}"`);
  return found.map((m) => m.speakerRef?.name ?? null);
};

describe('doping case: who said it', () => {
  it('"The lawyer for Julien Marchetti said" is the lawyer (Sophie Ravel), never Marchetti', () => {
    expect(speakerOf('serious irregularities', 'cyclingnews').filter(Boolean)).toEqual(['Sophie Ravel']);
    expect(store.findSpeakers('the lawyer').map((s) => s.name)).toEqual(['Sophie Ravel']);
  });

  it('"…, the French team\'s general manager said on Wednesday" is Patrick Obert, the reported words cut at that comma', () => {
    const m = members().find((x) => x.quote.startsWith('Altura-Verdon will sack'))!;
    expect(m.speakerRef?.name).toBe('Patrick Obert');
    expect(m.quote).toMatch(/provisional suspension$/);
  });

  it('"a-t-elle lancé" after "la ministre des Sports, Hélène Vasseur, s\'est montrée…" is Hélène Vasseur', () => {
    expect(speakerOf('une tricherie qui trahit')).toContain('Hélène Vasseur');
  });

  it('roles and generic organisation nouns refer back to the person or organisation named before', () => {
    expect(speakerOf('Je vais me battre', 'lequipe')).toEqual(['Julien Marchetti']);
    expect(speakerOf("résultat d'analyse anormal")).toEqual(['UCI']);
    expect(speakerOf('La procédure suit son cours')).toEqual(['UCI']);
    expect(speakerOf('stored and transported')).toEqual(['AFLD']);
    expect(speakerOf('counter-analysis would take place')).toEqual(['Patrick Obert']);
  });

  it('a leading wire dateline is not shown with a quotation', () => {
    for (const g of store.groups) for (const m of g.members) {
      const shown = groupToResult(engine, g, m);
      expect(shown.text).not.toMatch(/^(?:PARIS, March 11 \(Reuters\)|GRENOBLE, France) -/);
      expect(m.quote).not.toMatch(/^PARIS, March 11/);
    }
  });
});

describe('doping case: appositions', () => {
  it('an organisation named in the apposition after a person\'s name is not the speaker', () => {
    // "Bertrand Lemoine, the head of France's anti-doping agency AFLD, told Reuters …"
    expect(speakerOf('targeted testing was working')).toEqual(['Bertrand Lemoine']);
  });
});

describe('doping case: ranking', () => {
  it('a headline\'s scare quotes join the body quotation they echo, which is shown, with its speaker', () => {
    // The headline "Marchetti's lawyer alleges 'serious irregularities' …" quotes the body's words without a speaker.
    const hits = store.search('serious irregularities');
    expect(hits[0].group.speaker?.name).toBe('Sophie Ravel');
    expect(hits[0].group.members.some((m) => m.heading)).toBe(true);
    expect(hits[0].member.heading).toBe(false);
    expect(hits.slice(1).every((h) => !h.group.members.some((m) => m.heading && /serious irregularities/i.test(m.quote)))).toBe(true);
  });
});
