/**
 * /ask "Combien de X ont voté… ?" / "How many X voted…?": a passage giving a number of X, or of the votes they
 * cast (« 41 voix sur 72 »), answers; a later passage giving a number of something else (« six groupes », a year)
 * does not come first for being later. Invented reports.
 */
import { describe, expect, it } from 'vitest';
import askCommand, { withCountUnits } from '../../commands/ask.js';
import type { Answer } from '../../src/engine/answer.js';
import { ownCorpus } from '../ownCorpus.js';

const ARTICLES: Record<string, string[]> = {
  'depeche-fr.md': [
    '---', 'title: L\'exécutif de Vallombre renversé', 'outlet: Agence du Val', 'published: 2026-03-10T22:00:00+01:00', 'lang: fr', '---', '',
    "Le conseil régional de Vallombre a adopté mardi soir une motion de censure contre l'exécutif de Hugo Marsault, une première depuis 1998.",
    '', 'La motion a recueilli 41 voix sur 72, lors d\'un scrutin intervenu vers 21 heures.',
    '', 'Le groupe écologiste a indiqué que ses neuf élus avaient tous approuvé le texte.',
  ],
  'quotidien-fr.md': [
    '---', 'title: Vallombre sans exécutif', 'outlet: Le Quotidien du Val', 'published: 2026-03-11T07:00:00+01:00', 'lang: fr', '---', '',
    'Hier soir, 41 conseillers sur 72 avaient voté la motion de censure déposée par l\'opposition.',
  ],
  'statement-en.md': [
    '---', 'title: Statement of the prefecture', 'outlet: Prefecture of Vallombre', 'published: 2026-03-13T12:00:00+01:00', 'lang: en', '---', '',
    'The prefect today met the leaders of the six groups represented in the regional council, following the adoption on 10 March of a motion of censure.',
  ],
  'hebdo-fr.md': [
    '---', 'title: Le préfet consulte', 'outlet: L\'Hebdo du Val', 'published: 2026-03-14T09:00:00+01:00', 'lang: fr', '---', '',
    'Jeudi, après le vote de la motion de censure par les conseillers régionaux, le préfet a reçu les présidents des six groupes politiques.',
  ],
};

describe('/ask "how many": a count of the noun asked, or of the votes it cast, comes first', () => {
  const engineOf = ownCorpus('ask-count-of-noun', ARTICLES);
  const ask = (question: string, locale: 'fr' | 'en' = 'fr') =>
    (askCommand.run({ engine: engineOf(), locale, now: new Date(), services: {} }, { question }) as Answer).results.map((r) => r.text);

  it('« Combien de conseillers ont voté la motion de censure ? » gives « 41 conseillers » first, not the later « six groups »', () => {
    const texts = ask('Combien de conseillers ont voté la motion de censure ?');
    expect(texts[0]).toMatch(/41 conseillers/u);
    expect(texts[0]).not.toMatch(/six (?:groups|groupes)/u);
    expect(texts.slice(0, 3).some((t) => /41 voix/u.test(t))).toBe(true);
  });

  it('"How many councillors voted?" searches for the votes cast too (« voix », "votes"), and only a how-many question does', () => {
    expect(withCountUnits('councillors voted motion', 'How many councillors voted for the motion?').split(' ')).toContain('voix');
    expect(withCountUnits('conseillers voté motion', 'Combien de conseillers ont voté la motion ?').split(' ')).toContain('voix');
    expect(withCountUnits('councillors voted motion', 'Why did the councillors vote for the motion?')).toBe('councillors voted motion');
  });
});
