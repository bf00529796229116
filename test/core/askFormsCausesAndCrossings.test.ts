/**
 * /ask and topics read a word in all its forms and across languages: a French plural meets its
 * singular (« emplois » / « emploi », « amis » / « ami »), a figure answers a "how many"
 * question even when the passage repeats the question's words, a "why" or "what caused" question
 * brings up the passage naming the cause, a French participle finds the English verb
 * (« entrés » / "entered"), « rouvrir » finds "reopen", and « servir de » is no word to search for.
 */
import { describe, expect, it } from 'vitest';
import askCommand from '../../commands/ask.js';
import summaryCommand from '../../commands/summary.js';
import { stem } from '../../src/text/analyzer.js';
import { linkedTerms, translatedQuery } from '../../src/text/translate.js';
import type { Engine } from '../../src/engine/engine.js';
import type { Answer } from '../../src/engine/answer.js';
import { ownCorpus } from '../ownCorpus.js';

describe('French plurals', () => {
  it('stem as their singular, whatever Snowball does with the final "s"', () => {
    expect(stem('emplois', 'fr')).toBe(stem('emploi', 'fr'));
    expect(stem('amis', 'fr')).toBe(stem('ami', 'fr'));
    expect(stem('menaces', 'fr')).toBe(stem('menace', 'fr'));
    // "-ss" is no plural.
    expect(stem('stress', 'fr')).not.toBe(stem('stres', 'fr'));
  });

  it('find the lexicon\'s translation of their singular', () => {
    expect(linkedTerms('emplois').map((t) => t.word)).toContain('job');
  });
});

describe('French participles across languages', () => {
  it('are looked up by their infinitive, told by their accent', () => {
    expect(linkedTerms('entrés').map((t) => t.word)).toContain('enter');
    expect(translatedQuery('voleurs entrés')).toMatch(/\benter\b/);
    // A noun ending like a participle without its accent is not one.
    expect(linkedTerms('portes')).toEqual([]);
  });
});

const ARTICLES: Record<string, string[]> = {
  'scierie-fr.md': [
    '---', 'title: "Scierie de Valmoux"', 'outlet: Le Journal du Haut-Pré', 'published: 2026-02-03T08:00:00+01:00', 'lang: fr', '---', '',
    "La direction de la scierie de Valmoux a présenté lundi un plan de restructuration.",
    '', "Pour la déléguée syndicale Anne Cordier : « Nous ne lâcherons rien. Jusqu'à 140 postes sont supprimés. »",
    '', "Le maire a rappelé que les feux de broussailles sont interdits tout l'hiver, a confié son ami Paul Verne.",
    '', "Un porte-parole de l'entreprise a évoqué « une panne de la chaudière », sans se prononcer sur les causes de l'incendie de janvier.",
    '', "L'incendie a ravagé l'atelier de séchage dans la nuit de samedi.",
  ],
  'sawmill-en.md': [
    '---', 'title: "Valmoux sawmill"', 'outlet: The Upland Courier', 'published: 2026-02-04T08:00:00Z', 'lang: en', '---', '',
    'Thieves entered the Valmoux sawmill through a broken skylight on Sunday night.',
    '', 'The access road to the sawmill will reopen on Friday once the fallen trees are cleared.',
    '', 'The regional council offered its mediation between the owners and the workers.',
    '', 'A memorial service for the firefighters will be held at the chapel.',
  ],
};

describe('/ask on word forms, causes and translations', () => {
  const engineOf = ownCorpus('ask-forms', ARTICLES);
  const ctx = (engine: Engine) => ({ engine, locale: 'fr' as const, now: new Date(), services: {} });
  const ask = (question: string) => askCommand.run(ctx(engineOf()), { question }) as Answer;
  const summary = (topic: string) => summaryCommand.run(ctx(engineOf()), { topic }) as Answer;

  it('a passage holding the question\'s words and a figure answers "how many", with its whole quotation', () => {
    const a = ask('Combien de postes sont supprimés ?');
    expect(a.results[0]?.text).toMatch(/Jusqu'à 140 postes sont supprimés/);
    expect(ask('postes supprimés').results[0]?.text).toMatch(/Jusqu'à 140 postes sont supprimés/);
  });

  it('"why" and "what caused" bring up the passage naming the cause', () => {
    expect(ask("Pourquoi l'atelier a-t-il brûlé ?").results[0]?.text).toMatch(/causes de l'incendie/);
    expect(ask('What caused the fire?').results[0]?.text).toMatch(/causes de l'incendie/);
  });

  it('a French question finds the English answer through a participle or a verb the lexicon pairs', () => {
    const entered = ask('Comment les voleurs sont-ils entrés dans la scierie ?');
    expect(entered.results[0]?.text).toMatch(/Thieves entered/);
    expect(entered.notice ?? '').not.toMatch(/entrés/);
    expect(ask('Quand la route va-t-elle rouvrir ?').results[0]?.text).toMatch(/will reopen on Friday/);
  });

  it('« servir de » is not searched for: "service" does not answer « Qui a servi de médiateur ? »', () => {
    const a = ask('Qui a servi de médiateur ?');
    expect(a.results[0]?.text).toMatch(/mediation/);
    expect(a.results.map((r) => r.text).join(' ')).not.toMatch(/memorial service/);
  });

  it('/summary topic in a French plural finds the English reports of its singular', () => {
    expect(summary('réouvertures').results.map((r) => r.text).join(' ')).toMatch(/will reopen/);
  });
});

describe('/ask: a "why" question finds the passage justifying the decision in other words', () => {
  const engineOf = ownCorpus('ask-justified', {
    'port-fr.md': [
      '---', 'title: "Port de Brévanne"', 'outlet: La Vigie du Littoral', 'published: 2026-03-02T08:00:00+01:00', 'lang: fr', '---', '',
      "Le port de Brévanne ferme ses quais aux cargos pour deux semaines.",
      '', "La capitainerie a justifié la mesure par l'effondrement d'une digue lors de la tempête de dimanche.",
      '', "Les dockers se sont rassemblés devant les grilles du port lundi matin.",
    ],
    'harbour-en.md': [
      '---', 'title: "Brévanne harbour"', 'outlet: The Coast Ledger', 'published: 2026-03-03T08:00:00Z', 'lang: en', '---', '',
      'Brévanne harbour closed its quays to cargo ships for two weeks on Monday.',
      '', 'The harbour office extended the measure to fishing boats on Tuesday, citing cracks found in the north breakwater.',
      '', 'Cargo ships queued outside the harbour on Monday.',
    ],
  });
  const ask = (question: string, locale: 'fr' | 'en') => askCommand.run({ engine: engineOf(), locale, now: new Date(), services: {} }, { question }) as Answer;

  it('brings a reason given by « a justifié … par » or "citing" ahead of the decision restated', () => {
    const why = ask('Why did the harbour close its quays?', 'en').results.slice(0, 2).map((r) => r.text);
    expect(why.some((t) => /justifié la mesure par/.test(t))).toBe(true);
    expect(why.some((t) => /citing cracks/.test(t))).toBe(true);
    expect(ask('Pourquoi le port a-t-il fermé ses quais ?', 'fr').results[0]?.text).toMatch(/justifié la mesure par|citing cracks/);
  });
});
