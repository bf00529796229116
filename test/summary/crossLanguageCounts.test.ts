/**
 * The same report in French and English shares few words the fact space can weigh (only names, figures and
 * the lexicon's words cross languages), but it gives the same counts: a close sentence of the other language
 * giving one of the counts a chosen sentence gives, in figures or in words ("neuf" / "nine"), is cited beside
 * it. Articles written for this test.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import { ownCorpus } from '../ownCorpus.js';
import { summarize } from '../../src/summary/summarize.js';
import { countsIn } from '../../src/summary/tallies.js';
import { conceptTerms } from '../../src/text/translate.js';

const article = (outlet: string, published: string, lang: 'fr' | 'en', title: string, body: string) =>
  `---\ntitle: ${JSON.stringify(title)}\noutlet: ${outlet}\npublished: ${published}\nlang: ${lang}\n---\n${body}\n`;

const corpus = {
  'depeche-2025-01-20.md': article('La Dépêche du Val', '2025-01-20', 'fr', 'Éboulement sur la route de Brastel',
    "Un éboulement a enseveli lundi matin un convoi de onze camions sur la route du col de Brastel, au-dessus du village de Morlanges, et sept chauffeurs étaient toujours portés disparus en fin de journée, selon la préfecture.\n\nLes secours ont travaillé toute la nuit sous la pluie."),
  'herald-2025-01-21.md': article('Valley Herald', '2025-01-21', 'en', 'Rockfall on the Brastel pass road',
    'Rescuers found three lorry drivers alive on Tuesday after a rockfall buried a convoy of eleven lorries on the Brastel pass road above the village of Morlanges on Monday morning, the prefecture said.\n\nThe road will stay closed for at least a week, the prefecture said.'),
  'courier-2025-01-21.md': article('Alpine Courier', '2025-01-21', 'en', 'Mountain road closed',
    'The mountain road will stay closed for at least a week while engineers check the slope, the regional council said on Tuesday.\n\nLocal hauliers said the detour adds two hours to every journey.'),
};

describe('/summary: the same counts cite a report in the other language', () => {
  const engine = ownCorpus('cross-language-counts', corpus);

  it('cites the English report giving the same convoy of eleven beside the French sentence', () => {
    const s = summarize(engine()).sentences.find((x) => /convoi de onze camions/.test(x.text))!;
    expect(s).toBeDefined();
    expect(s.articleIds).toContain('herald-2025-01-21');
  });

  it('reads counts in figures and words, but not scores, model numbers or quoted counts', () => {
    expect([...countsIn('un convoi de onze camions et sept chauffeurs', 'fr')].sort()).toEqual([11, 7].sort());
    expect([...countsIn('a convoy of eleven lorries, aged 52, for 3 hours in 2025', 'en')]).toEqual([11]);
  });

  it('gives numbers in words the same cross-language key as their figure', () => {
    const keys = (text: string, lang: 'fr' | 'en') => conceptTerms(text, lang).flatMap((w) => w.keys);
    expect(keys('onze camions', 'fr')).toContain('11');
    expect(keys('eleven lorries', 'en')).toContain('11');
  });
});

// Blind fixtures whose gold names the outlets of the other language reporting a chosen sentence's count.
describe.each([
  ['heatwave', /au moins 48 décès en excès/, 'meridian-press-2026-06-24'],
  ['avalanche-rescue', /groupe de neuf skieurs/, 'reuters-2026-02-11'],
])('/summary on the %s fixture', (fixture, sentence, outlet) => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await Engine.open({ corpusDir: path.resolve(import.meta.dirname, '../fixtures', fixture), dataDir: null });
  });
  afterAll(() => engine.close());

  it('cites the report in the other language giving the same count', () => {
    const s = summarize(engine).sentences.find((x) => sentence.test(x.text));
    expect(s).toBeDefined();
    expect(s!.articleIds).toContain(outlet);
  });
});
