import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import os from 'node:os';
import path from 'node:path';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import askCommand, { byAnswerType, namesRole, readQuestion } from '../../commands/ask.js';
import { Engine } from '../../src/engine/engine.js';
import type { Answer } from '../../src/engine/answer.js';
import type { PassageHit } from '../../src/search/passageIndex.js';

const hit = (text: string, score: number, lang: 'fr' | 'en' = 'fr'): PassageHit =>
  ({ passage: { id: score, articleId: 'a', paragraph: 0, sentence: 0, text, lang, heading: false }, score, phrase: false, coverage: 1 }) as unknown as PassageHit;
const order = (q: string, hits: PassageHit[]) => byAnswerType(q, hits).map((h) => h.score);

describe('/ask: question frames are not searched for, and say what kind of answer is asked for', () => {
  it('leaves "à quelle heure", "avoir lieu", "what time", "take place" out of the search', () => {
    const fr = readQuestion("À quelle heure l'incendie a-t-il eu lieu ?");
    expect(fr.answer).toBe('clock');
    expect(fr.search).not.toMatch(/heure|lieu/);
    expect(fr.search).toMatch(/incendie/);
    const en = readQuestion('What time did the fire take place?');
    expect(en.answer).toBe('clock');
    expect(en.search).not.toMatch(/time|place/);
    expect(readQuestion('Où le camion a-t-il été retrouvé ?').answer).toBe('place');
    expect(readQuestion('Who signed the petition?').answer).toBe('person');
    expect(readQuestion('Combien de pompiers ?').answer).toBe('quantity');
    expect(readQuestion('Quand la digue a-t-elle cédé ?').answer).toBe('time');
    expect(readQuestion('entrepôt incendie').answer).toBeNull();
  });

  it('leaves "in the end", "finally", « finalement », « en fin de compte » out of the search, not "the end of"', () => {
    const en = readQuestion('Who took the cup in the end?');
    expect(en.search).not.toMatch(/\bend\b/);
    expect(en.search).toMatch(/cup/);
    expect(readQuestion('Which team ultimately signed the striker?').search).not.toMatch(/ultimately/);
    expect(readQuestion('What happened at the end of the season?').search).toMatch(/end/);
    const fr = readQuestion('Qui a obtenu le contrat en fin de compte ?');
    expect(fr.search).not.toMatch(/fin|compte/);
    expect(fr.search).toMatch(/contrat/);
    expect(readQuestion('Qui a signé finalement ?').search).not.toMatch(/finalement/);
    expect(readQuestion('Que s\'est-il passé à la fin du match ?').search).toMatch(/fin/);
  });

  it('brings a clock time first for "what time", a date for "when", a place for "where"', () => {
    const hits = [hit("L'incendie a ravagé l'entrepôt.", 10), hit("L'incendie s'est déclaré le 3 mars 2026.", 8), hit('Les pompiers sont arrivés vers 2 h 15.', 5)];
    expect(order("À quelle heure l'incendie a-t-il eu lieu ?", hits)).toEqual([5, 8, 10]);
    expect(order("Quand l'incendie a-t-il eu lieu ?", hits)).toEqual([8, 5, 10]);
    const en = [hit('The truck was never found by the police.', 10, 'en'), hit('The truck was found in Marseille.', 6, 'en')];
    expect(order('Where was the truck found?', en)).toEqual([6, 10]);
    expect(order('truck found', en)).toEqual([10, 6]);
  });

  it('answers "who is the <role>" with a passage naming the holder of the role', () => {
    expect(namesRole("La porte-parole, Anne Leroy, a confirmé l'incident.", 'porte-parole')).toBe(true);
    expect(namesRole('Mark Bell, the spokesman, said the line was closed.', 'spokesman')).toBe(true);
    expect(namesRole('Talks led by spokesman Mark Bell resumed.', 'spokesman')).toBe(true);
    expect(namesRole('The spokesman declined to comment.', 'spokesman')).toBe(false);
    const hits = [hit('La porte-parole a refusé de commenter.', 10), hit('La porte-parole est partie à Lyon.', 7), hit("La porte-parole, Anne Leroy, a confirmé l'incident.", 6)];
    expect(order('Qui est la porte-parole ?', hits)[0]).toBe(6);
  });

  it('puts an interview question line after the answers', () => {
    const hits = [hit('Q : Vous avez signé hier soir ?', 10), hit('R : Nous avons signé jeudi, tard.', 5)];
    expect(order('Quand avez-vous signé ?', hits)).toEqual([5, 10]);
    expect(order('signé', [hit('— Pourquoi avoir signé ?', 10), hit('Nous avons signé.', 5)])).toEqual([5, 10]);
  });
});

describe('/ask on a short unseen article: the answer one sentence away from the question words', () => {
  let dir: string;
  let engine: Engine;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'depeche-askframes-'));
    await writeFile(
      path.join(dir, 'entrepot.md'),
      [
        '---', 'title: "Un entrepôt détruit par le feu à Valbonne"', 'outlet: La Gazette du Sud', 'published: 2026-02-10T08:00:00+01:00', 'lang: fr', '---', '',
        "VALBONNE, 10 février 2026 - Un incendie a détruit un entrepôt de meubles dans la zone artisanale de Valbonne, sans faire de victime.",
        '', "Il était 2 h 15 quand le gardien a donné l'alerte.",
        '', "Les pompiers ont mobilisé quarante hommes pour circonscrire le sinistre, qui a duré toute la nuit.",
        '', "La porte-parole des pompiers, Claire Jourdan, a indiqué qu'une enquête était ouverte. La porte-parole n'a pas donné d'autre détail.",
      ].join('\n'),
    );
    engine = await Engine.open({ corpusDir: dir, dataDir: null });
  });
  afterAll(async () => {
    await engine.close();
    await rm(dir, { recursive: true, force: true });
  });
  const ask = (question: string) => (askCommand.run({ engine, locale: 'fr', now: new Date(), services: {} }, { question }) as Answer).results.map((r) => r.text);

  it('finds the clock time for "à quelle heure … a eu lieu"', () => {
    const texts = ask("À quelle heure l'incendie a-t-il eu lieu ?");
    expect(texts.slice(0, 2).some((t) => /2 h 15/.test(t))).toBe(true);
  });

  it('puts the sentence naming the spokeswoman first for "qui est la porte-parole"', () => {
    expect(ask('Qui est la porte-parole ?')[0]).toMatch(/Claire Jourdan/);
  });
});
