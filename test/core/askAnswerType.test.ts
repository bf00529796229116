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

describe('/ask: how a market or a currency reacted is answered by its movement', () => {
  const fr = [
    hit('Le ministre du Budget a réagi dans la matinée sur une radio privée.', 20, 'fr'),
    hit('Un fromager a payé 300 couronnes de plus pour son loyer.', 15, 'fr'),
    hit('La couronne a reculé de 2,4 % face au dollar après l’annonce.', 9, 'fr'),
  ];
  const en = [
    hit('The budget minister reacted on a private radio station in the morning.', 20),
    hit('A cheesemaker paid 300 crowns more in rent.', 15),
    hit('The pound slid 2.4% against the dollar after the announcement.', 9),
  ];

  it('brings the passage giving a figure and a rise or fall ahead of the asking verb and the currency as a unit', () => {
    expect(byAnswerType('Comment a réagi la couronne ?', fr)[0]?.score).toBe(9);
    expect(byAnswerType('Comment la couronne a-t-elle réagi ?', fr)[0]?.score).toBe(9);
    expect(byAnswerType('How did the pound react?', en)[0]?.score).toBe(9);
    expect(byAnswerType('How have shares fared?', [hit('Shares were the talk of the day.', 20), hit('Shares fell 3% at the open.', 9)])[0]?.score).toBe(9);
  });

  it('leaves a person\'s reaction in the search order', () => {
    expect(byAnswerType('Comment a réagi le ministre ?', fr)).toEqual(fr);
    expect(byAnswerType('How did the minister react?', en)).toEqual(en);
  });
});
