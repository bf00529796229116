/**
 * /ask "How many people died?" / « Combien de personnes sont mortes ? »: people are what the count counts, so an early
 * report that says "people" ("At least 12 people were killed") no longer outranks the latest toll that does not ("The
 * death toll rose to 41"); and "codes" asks about the standards a French report calls « normes » (invented reports).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import askCommand from '../../commands/ask.js';
import type { Answer } from '../../src/engine/answer.js';
import { linkKey } from '../../src/text/translate.js';
import { ownCorpus } from '../ownCorpus.js';

const ARTICLES: Record<string, string[]> = {
  'live-en.txt': [
    '---', 'title: "Landslide live"', 'outlet: Valley Live', 'published: 2026-06-02T07:00:00+02:00', 'lang: en', '---', '',
    '07:30 — At least 5 people were killed when the slope gave way above Merle, most of them in their homes.',
    '', '18:30 — Toll rises to 7. Officials say 7 people are now confirmed dead.',
  ],
  'daily-en.md': [
    '---', 'title: "Merle mourns"', 'outlet: The Valley Daily', 'published: 2026-06-04T08:00:00Z', 'lang: en', '---', '',
    'The death toll rose to 9 on Wednesday, and rescuers ended the search that evening.',
  ],
  'journal-fr.md': [
    '---', 'title: "Glissement de terrain"', 'outlet: Le Journal des Vallées', 'published: 2026-06-03T10:00:00+02:00', 'lang: fr', '---', '',
    'Le bilan du glissement de terrain s\'établit désormais à 8 morts.',
    '', 'Selon un géologue, les maisons de Merle ne respectaient pas les normes de construction en zone instable.',
  ],
};

describe('/ask "how many people" on the blind earthquake fixture (six FR/EN reports of a toll rising from 12 to 41)', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  let engine: Engine;
  beforeAll(async () => {
    engine = await Engine.open({ corpusDir: path.join(root, 'test/fixtures/earthquake'), dataDir: null });
  });
  afterAll(() => engine?.close());

  it('gives the latest toll first, although only the earlier reports say "people"', () => {
    for (const [question, locale] of [['How many people died?', 'en'], ['Combien de personnes sont mortes ?', 'fr']] as const) {
      const texts = (askCommand.run({ engine, locale, now: new Date(), services: {} }, { question }) as Answer).results.map((r) => r.text);
      expect(texts[0], question).toMatch(/\b41\b/u);
      const at = (re: RegExp) => texts.findIndex((t) => re.test(t));
      const outdated = at(/At least 12 people/u);
      if (outdated >= 0) expect(outdated, question).toBeGreaterThan(texts.findLastIndex((t) => /\b41\b/u.test(t)));
    }
  });
});

describe('/ask about building codes', () => {
  const engineOf = ownCorpus('askpeople', ARTICLES);
  const ask = (question: string, locale: 'fr' | 'en') =>
    (askCommand.run({ engine: engineOf(), locale, now: new Date(), services: {} }, { question }) as Answer).results.map((r) => r.text);

  it('reads "codes" as the standards a French report calls « normes »', () => {
    expect(linkKey('codes', 'en')).not.toBeNull();
    expect(linkKey('codes', 'en')).toBe(linkKey('normes', 'fr'));
    expect(linkKey('standards', 'en')).toBe(linkKey('normes', 'fr'));
    expect(ask('Were building codes respected in Merle?', 'en').join(' ')).toMatch(/normes de construction/);
  });
});
