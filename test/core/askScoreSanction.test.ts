/**
 * /ask on a match and a disciplinary case: "What was the score?" (all frame) is answered by the
 * passages giving a score; a punishment question matches its word family (suspendu, banned, fined);
 * and "what fine" / « quelle amende » give the latest decided figure first, not an expected one.
 */
import { describe, expect, it } from 'vitest';
import askCommand, { latestFiguresFirst, readQuestion } from '../../commands/ask.js';
import { scoreLines } from '../../src/lang/questions.js';
import { ownCorpus } from '../ownCorpus.js';
import type { Answer } from '../../src/engine/answer.js';

/** An invented quarter-final and the coach's punishment, reported over four days. */
const ARTICLES: Record<string, string[]> = {
  'gazette-fr.md': [
    '---', 'title: "Marlac en demi-finale"', 'outlet: La Gazette de Marlac', 'published: 2026-04-01T08:00:00+02:00', 'lang: fr', '---', '',
    "Le club de Marlac s'est qualifié samedi aux dépens de Ternois (3-1) au stade des Peupliers.",
    '', "L'entraîneur de Ternois, Paul Garnier, a insulté le corps arbitral après la rencontre.",
  ],
  'wire-en.md': [
    '---', 'title: "Garnier in trouble"', 'outlet: The League Wire', 'published: 2026-04-02T09:00:00Z', 'lang: en', '---', '',
    "Ternois coach Paul Garnier faces a ban of up to four matches and a fine of up to 10,000 euros, the league said.",
  ],
  'journal-fr.md': [
    '---', 'title: "Garnier devant la commission"', 'outlet: Le Journal du Nord', 'published: 2026-04-03T06:00:00+02:00', 'lang: fr', '---', '',
    "Paul Garnier risque jusqu'à quatre matches de suspension et une amende pouvant atteindre 10 000 euros.",
  ],
  'herald-en.md': [
    '---', 'title: "Garnier handed three-match ban"', 'outlet: The Northern Herald', 'published: 2026-04-04T10:00:00Z', 'lang: en', '---', '',
    "The milder sanctions follow the four-match ban and 10,000-euro fine the league had said Paul Garnier faced.",
    '', "Paul Garnier was banned for three matches and fined 5,000 euros by the league on Friday.",
  ],
  'agence-fr.md': [
    '---', 'title: "Garnier privé de banc"', 'outlet: Agence du Nord', 'published: 2026-04-04T11:00:00+02:00', 'lang: fr', '---', '',
    "La commission a suspendu Paul Garnier pour trois matches vendredi.",
  ],
};

describe('/ask: scores, punishments and decided figures', () => {
  const engineOf = ownCorpus('askscore', ARTICLES);
  const answer = (question: string) => askCommand.run({ engine: engineOf(), locale: 'en', now: new Date(), services: {} }, { question }) as Answer;
  const ask = (question: string) => answer(question).results.map((r) => r.text);

  it('reads a score written "2-1", "(1-2)", "2–1", "2 à 1", "by 2 goals to 1", not a date, a minute, a range of ages', () => {
    for (const s of ['won 2-1 at home', 'éliminé par Lorval (1-2).', 'a 2–1 win', "l'emporte 2 à 1", 'won by 2 goals to 1', 'par deux buts à un']) expect(scoreLines.test(s), s).toBe(true);
    for (const s of ['le 2026-03-07', "90+3' – penalty", 'de 2 à 5 ans', 'les 18-25 ans', 'at 10:30', 'page 3/4']) expect(scoreLines.test(s), s).toBe(false);
  });

  it('answers "What was the score?", « Quel a été le score ? », « Quel est le score final ? » with a passage giving the score', () => {
    for (const q of ['What was the score?', 'Quel a été le score ?', 'Quel est le score final ?']) {
      const a = answer(q);
      expect(readQuestion(q).answer, q).toBe('score');
      expect(a.results[0]?.text, q).toMatch(/\(3-1\)/);
      expect(a.notice, q).toBeUndefined();
    }
  });

  it('answers a punishment question with the words of its family (suspendu, banned, fined)', () => {
    const fr = answer('Quelle sanction pour Paul Garnier ?');
    expect(fr.results.slice(0, 3).map((r) => r.text).join(' ')).toMatch(/a suspendu Paul Garnier|banned for three matches/);
    const en = answer("What was Paul Garnier's punishment?");
    expect(en.notice).toBeUndefined();
    expect(en.results.slice(0, 3).map((r) => r.text).join(' ')).toMatch(/banned for three matches/);
  });

  it('gives the latest decided punishment first for « Quelle sanction pour X ? », "What punishment did X get?", not the expected one', () => {
    for (const q of ['Quelle sanction pour Paul Garnier ?', 'What punishment did Paul Garnier get?']) {
      expect(readQuestion(q).answer, q).toBe('quantity');
      expect(ask(q)[0], q).toMatch(/a suspendu Paul Garnier pour trois|banned for three matches/);
    }
  });

  it('gives the latest decided fine first for "what fine", « quelle amende », "how much was X fined"', () => {
    for (const q of ['What fine did Paul Garnier get?', 'Quelle amende pour Paul Garnier ?', 'How much was Paul Garnier fined?', "Quel est le montant de l'amende ?"]) {
      expect(readQuestion(q).answer, q).toBe('quantity');
      expect(ask(q)[0], q).toMatch(/fined 5,000 euros/);
    }
  });

  it('puts a decided figure before an expected one posted at the same time, whatever their scores', () => {
    const engine = engineOf();
    const [expected, decided] = engine.index.passagesOfArticle('herald-en');
    expect(expected.text).toMatch(/had said/);
    const hits = [
      { passage: expected, score: 2, phrase: false, coverage: 1 },
      { passage: decided, score: 1.5, phrase: false, coverage: 1 },
    ];
    for (const q of ['How much was Paul Garnier fined?', 'What fine did Paul Garnier get?']) {
      expect(latestFiguresFirst(engine, q, hits)[0].passage.text, q).toMatch(/fined 5,000 euros/);
    }
  });
});
