/**
 * One person, one speaker across the corpus, and what `/quotes speaker:<x>` finds: titles are no
 * part of a name, a surname alone joins the one full name that carries it, a role phrase names the
 * role holder and not whoever's description holds a noun derived from the role. Small wire-style
 * corpora written for these tests (fr and en).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import { QuoteStore } from '../../src/quotes/quoteStore.js';

async function storeOf(files: Record<string, string>): Promise<QuoteStore> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'depeche-identity-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  const engine = await Engine.open({ corpusDir: dir, dataDir: null });
  const store = QuoteStore.build(engine);
  await engine.close();
  return store;
}
const article = (lang: 'fr' | 'en', day: number, body: string) => `---\noutlet: Exemple ${lang}${day}\nlang: ${lang}\npublished: 2024-05-0${day}\n---\n${body}\n`;
const names = (store: QuoteStore, typed: string) => store.findSpeakers(typed).map((s) => s.name);
const quotesOfName = (store: QuoteStore, typed: string) => store.findSpeakers(typed).flatMap((s) => store.quotesOf(s)).length;

describe('titles are no part of a name', () => {
  it('"Maître Claire Dubosc" (en) and "Me Claire Dubosc" (fr) are one speaker, Claire Dubosc', async () => {
    const store = await storeOf({
      'a.md': article('fr', 1, 'Le procès des loyers impayés s\'est ouvert lundi à Valmont.\n\nMe Claire Dubosc a dénoncé « une procédure bâclée du début à la fin ».'),
      'b.md': article('en', 2, 'The rent trial opened on Monday in Valmont.\n\n"The tenants were never heard by anyone," Maître Claire Dubosc told reporters outside the court.'),
    });
    expect(names(store, 'Dubosc')).toEqual(['Claire Dubosc']);
    expect(quotesOfName(store, 'Dubosc')).toBe(2);
  });
});

describe('a surname alone joins the one corpus person who carries it', () => {
  it('a newest-first live blog naming "Varga" before its full name at the bottom: one speaker with the other outlets\' "Mirela Varga"', async () => {
    const store = await storeOf({
      'live.txt': article(
        'en',
        3,
        [
          '18:40 Talks end without a deal',
          'Varga said the fishing quotas would be discussed again in March. "We have not given up on a single boat," she added.',
          '16:05 Quotas dominate the afternoon',
          '"Our fleet cannot wait another season," Varga told reporters before going back into the meeting room.',
          '09:10 Welcome',
          'Welcome to our live coverage of the fisheries talks between the two delegations, led by Minister Mirela Varga.',
        ].join('\n\n'),
      ),
      'wire.md': article('en', 2, 'Fisheries talks open on Tuesday.\n\n"We come with open hands," Mirela Varga, the fisheries minister, said on arrival.'),
    });
    expect(names(store, 'Varga')).toEqual(['Mirela Varga']);
    expect(names(store, 'Mirela Varga')).toEqual(['Mirela Varga']);
    expect(quotesOfName(store, 'Varga')).toBeGreaterThanOrEqual(3);
  });

});

describe('a role names its holder, not a noun derived from it', () => {
  it('en: "the president" is the president, not "an aide to the presidency"', async () => {
    const store = await storeOf({
      'a.md': article(
        'en',
        2,
        [
          'President Arno Kestel opened the harbour forum on Tuesday.',
          '"Our ports will stay open to every partner," the president said.',
          '"No date has been set for the next round," an aide to the presidency told reporters.',
        ].join('\n\n'),
      ),
    });
    expect(names(store, 'the president')).toEqual(['Arno Kestel']);
  });

  it('fr: "le président" is the president, not "un porte-parole de la présidence"', async () => {
    const store = await storeOf({
      'a.md': article(
        'fr',
        2,
        [
          'Le président de la région, Paul Arnaud, a ouvert la réunion mardi.',
          '« Les quais resteront ouverts à tous », a déclaré le président de la région.',
          '« Aucune date n\'est fixée », a indiqué un porte-parole de la présidence.',
        ].join('\n\n'),
      ),
    });
    expect(names(store, 'le président')).toEqual(['Paul Arnaud']);
  });
});
