/**
 * An interview printed as questions and answers ("Q : … ?" / "R : …", "Q: …" / "A: …"): the
 * interviewer's question lines are no sentence of a summary nor an /ask answer on their own (/ask shows
 * an answer after the question it answers), and no label is shown. Interviews written for this test (French and English).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import askCommand from '../../commands/ask.js';
import type { Answer } from '../../src/engine/answer.js';
import { Engine } from '../../src/engine/engine.js';
import { summarize } from '../../src/summary/summarize.js';
import { buildTextUnits, tidySentence } from '../../src/summary/textUnits.js';
import { parse } from '../core/parsedArticle.js';

const FRENCH = `Le maire de Castelnau : « Le nouveau pont sera ouvert en septembre »

Le maire de Castelnau, Julien Vasseur, répondait mardi aux questions de notre rédaction sur le chantier du pont de la Garonne.

Q : Julien Vasseur, le chantier du pont a pris six mois de retard. Qui est responsable ?
R : Le retard du chantier vient des crues de janvier. Les entreprises ont travaillé tout l'hiver pour rattraper le temps perdu sur le pont.

Q : Quand le pont sera-t-il ouvert aux voitures ?
R : Le pont de la Garonne sera ouvert aux voitures le 15 septembre, avec une voie réservée aux bus.
`;

const ENGLISH = `Harbour chief: "The new ferry terminal will open in May"

The head of the Port of Tarrow, Grace Linden, spoke to us on Monday about the delayed ferry terminal.

Q: The ferry terminal is a year late. Who is to blame for the delay?
A: The delay of the ferry terminal came from the steel shortage last spring. Our contractors are now working two shifts at the terminal.
`;

describe('the text units of an interview', () => {
  it('leave out the question lines and show answers without their label', () => {
    for (const [name, text, lang] of [['maire.txt', FRENCH, 'fr'], ['port.txt', ENGLISH, 'en']] as const) {
      const article = parse(name, text);
      const shown = buildTextUnits([article]).map((u) => tidySentence(u.text, lang));
      expect(shown.some((s) => /retard|to blame/u.test(s) && /\?$/u.test(s))).toBe(false);
      expect(shown.some((s) => /^\s*[QRA]\s*:/u.test(s))).toBe(false);
      expect(shown.join('\n')).toMatch(/^(?:Le retard du chantier vient des crues|The delay of the ferry terminal came)/mu);
    }
  });

  it('reads a lone "Question :" line in a report as prose', () => {
    const article = parse('rapport.txt', 'Les travaux du pont reprendront lundi, a annoncé la mairie de Castelnau dans un communiqué publié mardi.\n\nQuestion : qui paiera les six mois de retard du chantier du pont ?\n');
    expect(buildTextUnits([article]).map((u) => u.text)).toContain('Question : qui paiera les six mois de retard du chantier du pont ?');
  });
});

describe('/ask and /summary on an interview', () => {
  let engine: Engine;
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'depeche-interview-'));
    writeFileSync(path.join(dir, 'maire-2026-01-10.txt'), FRENCH);
    writeFileSync(path.join(dir, 'port-2026-01-10.txt'), ENGLISH);
    engine = await Engine.open({ corpusDir: dir, dataDir: null });
  });
  afterAll(() => engine.close());

  it('/ask shows no question line and no answer label', async () => {
    const answer = (await askCommand.run({ engine, locale: 'fr', now: new Date(), services: {} }, { question: 'retard du chantier du pont responsable' })) as Answer;
    expect(answer.results.length).toBeGreaterThan(0);
    for (const r of answer.results) {
      expect(r.text).not.toMatch(/^\s*[QRA]\s*:/u);
      expect(r.context ?? '').not.toMatch(/^\s*[QRA]\s*:/u);
    }
    // The answer is shown after the question it answers, both without their labels, once.
    const texts = answer.results.map((r) => r.text);
    expect(texts.filter((t) => /Le retard du chantier vient des crues de janvier\./.test(t))).toHaveLength(1);
    expect(texts).toContainEqual(expect.stringMatching(/Qui est responsable \? — Le retard du chantier vient des crues de janvier\./));
  });

  it('/summary shows no question line and no answer label', () => {
    const summary = summarize(engine, { topic: 'pont' });
    expect(summary.sentences.length).toBeGreaterThan(0);
    for (const s of summary.sentences) expect(s.text).not.toMatch(/^\s*[QRA]\s*:|\?$/u);
  });
});
