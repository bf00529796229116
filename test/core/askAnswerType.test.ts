import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import askCommand, { byAnswerType } from '../../commands/ask.js';
import { Engine } from '../../src/engine/engine.js';
import type { Answer } from '../../src/engine/answer.js';
import type { PassageHit } from '../../src/search/passageIndex.js';

const hit = (text: string, score: number, lang: 'fr' | 'en' = 'en'): PassageHit =>
  ({ passage: { id: text, articleId: 'a', paragraph: 0, sentence: 0, text, lang }, score, phrase: false, coverage: 1 }) as unknown as PassageHit;

describe('/ask: a question asking how many is answered by a number', () => {
  const hits = [hit('Every affected customer will be told.', 60), hit('The data of 1.2 million customers was stolen.', 8), hit('Customers were angry.', 7), hit('Three hundred customers closed their accounts.', 2)];

  it('brings the close matches holding a number, in figures or in words, ahead of the others', () => {
    const order = (q: string) => byAnswerType(q, hits).map((h) => h.score);
    expect(order('How many customers were affected?')).toEqual([8, 60, 7, 2]);
    expect(order('Combien de clients sont concernés ?')).toEqual([8, 60, 7, 2]);
    // A match far below the best (under a tenth of its score) stays where it is.
    expect(order('how much data was taken')).toEqual([8, 60, 7, 2]);
  });

  it('leaves other questions in the search order', () => {
    expect(byAnswerType('Who apologised to customers?', hits)).toEqual(hits);
    expect(byAnswerType('clients concernés', hits)).toEqual(hits);
  });

  it('finds the figure on an unseen corpus (bank-breach fixture)', async () => {
    const engine = await Engine.open({ corpusDir: path.resolve(import.meta.dirname, '../fixtures/bank-breach'), dataDir: null });
    try {
      const answer = askCommand.run({ engine, locale: 'en', now: new Date(), services: {} }, { question: 'how many customers were affected?' }) as Answer;
      expect(answer.results.some((r) => /1\.2 million customers/.test(r.text))).toBe(true);
    } finally {
      await engine.close();
    }
  });
});

describe('/ask: a sentence in which the article speaks of itself answers nothing', () => {
  it('puts an interview lead-in or a coverage note after the sentences that report the news', () => {
    const en = [hit('We asked Jane Roe, who teaches election law, what happens after the election.', 20, 'en'), hit('John Doe was declared the winner of the election by three votes.', 15, 'en')];
    expect(byAnswerType('Who won the election?', en).map((h) => h.score)).toEqual([15, 20]);
    const fr = [hit("Voici ce que l'on sait de l'élection de dimanche.", 20, 'fr'), hit("Jean Dupont a remporté l'élection de dimanche avec trois voix d'avance.", 15, 'fr')];
    expect(byAnswerType("Qui a remporté l'élection ?", fr).map((h) => h.score)).toEqual([15, 20]);
  });

  it('keeps a speaker saying "we asked" in a quotation as news', () => {
    const quoted = [hit('"We asked the commission for a recount," the mayor said after the election.', 20, 'en'), hit('The election result was contested.', 15, 'en')];
    expect(byAnswerType('What did the mayor ask after the election?', quoted).map((h) => h.score)).toEqual([20, 15]);
  });
});
