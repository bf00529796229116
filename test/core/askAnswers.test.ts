import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import os from 'node:os';
import path from 'node:path';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import askCommand, { byAnswerType } from '../../commands/ask.js';
import type { PassageHit } from '../../src/search/passageIndex.js';
import { Engine } from '../../src/engine/engine.js';
import type { Answer } from '../../src/engine/answer.js';

/** Short unseen articles, French and English, wire style. */
const ARTICLES: Record<string, string[]> = {
  'club-fr.md': [
    '---', 'title: "Le président du club de Valmont quitte ses fonctions"', 'outlet: Le Courrier du Lac', 'published: 2026-03-02T08:00:00+01:00', 'lang: fr', '---', '',
    "VALMONT, 2 mars 2026 - Paul Vernet a quitté lundi la présidence du club de rugby de Valmont après une saison décevante.",
    '', "Paul Vernet dirigeait le club depuis 2019. Paul Vernet avait promis la montée en première division.",
    '', "Les supporters de Paul Vernet se sont rassemblés devant le stade dimanche soir.",
    '', "Il a été remplacé dans la soirée par Hugo Marchetti, jusqu'ici trésorier.",
    '', "Le remplacement de la pelouse du stade est prévu cet été. Le club devra aussi remplacer ses projecteurs.",
    '', "« Paul Vernet a tout donné », a salué le maire. Paul Vernet n'a pas souhaité s'exprimer.",
    '', "Le trésorier a défendu les comptes. « Les dettes viennent de l'ancien stade. Le budget de la saison est à l'équilibre », a assuré Hugo Marchetti.",
  ],
  'club-en.md': [
    '---', 'title: "Valmont rugby chief steps down"', 'outlet: The Lake Post', 'published: 2026-03-02T10:00:00+01:00', 'lang: en', '---', '',
    "Paul Vernet stepped down on Monday as head of the Valmont rugby club after a poor season.",
    '', "Paul Vernet had run the club since 2019. Fans of Paul Vernet gathered outside the ground on Sunday night.",
    '', "The board named Hugo Marchetti, until now the treasurer, as his successor.",
    '', "Marchetti defended the accounts. “The debts come from the old stadium. This season's budget is balanced,” he said.",
  ],
  'questions-reponses.md': [
    '---', 'title: "Coupure d\'eau à Valmont : vos questions"', 'outlet: Le Courrier du Lac', 'published: 2026-03-03T08:00:00+01:00', 'lang: fr', '---', '',
    "La régie des eaux de Valmont a coupé l'eau potable dans trois quartiers. Voici les réponses à vos questions.",
    '', "1. Combien de foyers sont privés d'eau ?",
    '', "Environ 4 200 foyers sont concernés, selon la régie.",
    '', "2. J'ai bu l'eau du robinet. Que faire ?",
    '', "Pas d'inquiétude : consultez un médecin seulement en cas de fièvre ou de douleurs, précise l'agence de santé.",
  ],
};

describe('/ask "who <verb> <name>": the passage with the verb and another name', () => {
  let dir: string;
  let engine: Engine;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'depeche-askanswers-'));
    for (const [file, lines] of Object.entries(ARTICLES)) await writeFile(path.join(dir, file), lines.join('\n'));
    engine = await Engine.open({ corpusDir: dir, dataDir: null });
  });
  afterAll(async () => {
    await engine.close();
    await rm(dir, { recursive: true, force: true });
  });
  const ask = (question: string) => (askCommand.run({ engine, locale: 'fr', now: new Date(), services: {} }, { question }) as Answer).results.map((r) => r.text);

  it('answers "Qui remplace X ?" with "Il a été remplacé par Y", not with the passages naming X only', () => {
    expect(ask('Qui remplace Paul Vernet ?')[0]).toMatch(/Hugo Marchetti/);
  });

  it('shows a passage from the opening of the quotation it ends, never from inside it', () => {
    const fr = ask("Le budget de la saison est-il à l'équilibre ?").find((t) => /équilibre/.test(t));
    expect(fr).toMatch(/^« Les dettes viennent de l'ancien stade\. Le budget/);
    const en = ask('Is the budget balanced?').find((t) => /balanced/.test(t));
    expect(en).toMatch(/^“The debts come from the old stadium\. This season's budget/);
  });

  it('answers "Who replaced X?" with "named Y as his successor" (a word of the same family)', () => {
    expect(ask('Who replaced Paul Vernet?').slice(0, 2).join(' ')).toMatch(/Hugo Marchetti/);
    // A surname alone is a name asked about too: the answer names someone else.
    expect(ask('Who replaced Vernet?').slice(0, 2).join(' ')).toMatch(/remplacé .*Hugo Marchetti/);
  });
});

describe('/ask on a questions-and-answers article: the answer, not the question heading', () => {
  let dir: string;
  let engine: Engine;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'depeche-askqa-'));
    await writeFile(path.join(dir, 'questions-reponses.md'), ARTICLES['questions-reponses.md'].join('\n'));
    engine = await Engine.open({ corpusDir: dir, dataDir: null });
  });
  afterAll(async () => {
    await engine.close();
    await rm(dir, { recursive: true, force: true });
  });
  const ask = (question: string) => (askCommand.run({ engine, locale: 'fr', now: new Date(), services: {} }, { question }) as Answer).results.map((r) => r.text);

  it('never shows a bare list number or a passage holding only the question\'s own words', () => {
    for (const q of ["Combien de foyers sont privés d'eau ?", "Que faire si j'ai bu l'eau du robinet ?"]) {
      for (const text of ask(q)) expect(text).not.toMatch(/^\s*\d+\.?\s*$|^J'ai bu l'eau du robinet\.?$/);
    }
  });

  it('gives the answer paragraph that follows the question heading', () => {
    expect(ask("Que faire si j'ai bu l'eau du robinet ?")[0]).toMatch(/consultez un médecin/);
    expect(ask("Combien de foyers sont privés d'eau ?")[0]).toMatch(/4 200 foyers/);
  });
});

describe('/ask "why": a passage announcing or stating the reason comes before an unrelated match', () => {
  const hit = (text: string, score: number, lang: 'fr' | 'en') =>
    ({ passage: { id: score, articleId: 'a', paragraph: 0, sentence: 0, text, lang, heading: false }, score, phrase: false, coverage: 1 }) as unknown as PassageHit;
  it('brings "explique sa décision" / "untenable" forward for "pourquoi" / "why"', () => {
    const fr = [hit('En 2015, la directrice démissionne du conseil de la fondation.', 10, 'fr'), hit('Dans un courriel aux équipes, la directrice explique sa décision.', 7, 'fr')];
    expect(byAnswerType('Pourquoi la directrice a-t-elle démissionné ?', fr).map((h) => h.score)).toEqual([7, 10]);
    const en = [hit('In 2015 the director resigned from the foundation board.', 10, 'en'), hit("Staff said the director's position had become untenable.", 7, 'en')];
    expect(byAnswerType('Why did the director resign?', en).map((h) => h.score)).toEqual([7, 10]);
  });
});
