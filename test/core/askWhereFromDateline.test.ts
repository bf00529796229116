/**
 * "Where" and "when" on wire reports (French and English, written for this test): a report whose only
 * place is its dateline ("ROUVRAY, Feb 14 (Reuters) - …", « ROUVRAY (AFP) - … ») is shown with it
 * when the question asks where, and without it otherwise; "midday" is a time of day like "noon".
 */
import { describe, expect, it } from 'vitest';
import askCommand from '../../commands/ask.js';
import type { Answer } from '../../src/engine/answer.js';
import { ownCorpus } from '../ownCorpus.js';

describe('/ask: where and when on wire reports', () => {
  const engineOf = ownCorpus('ask-where-dateline', {
    'wire-en.md': [
      '---', 'title: "Chemical plant fire"', 'outlet: Reuters', 'published: 2026-02-14T10:00:00Z', 'lang: en', '---', '',
      'ROUVRAY, Feb 14 (Reuters) - A fire broke out at a chemical plant early on Saturday, forcing the evacuation of 300 workers, officials said.', '',
      'The blaze was brought under control by midday.',
    ],
    'quotidien-fr.md': [
      '---', 'title: "Incendie dans une usine chimique"', 'outlet: Le Quotidien du Val', 'published: 2026-02-14T12:00:00+01:00', 'lang: fr', '---', '',
      "ROUVRAY (AFP) - Un incendie s'est déclaré samedi matin dans une usine chimique, entraînant l'évacuation de 300 salariés.", '',
      'Les pompiers ont maîtrisé le sinistre vers midi.',
    ],
  });
  const ask = (question: string, locale: 'fr' | 'en') => askCommand.run({ engine: engineOf(), locale, now: new Date(), services: {} }, { question }) as Answer;

  it('"where" shows the dateline that names the place, in English and French', () => {
    expect(ask('Where did the fire break out?', 'en').results[0]?.text).toMatch(/^ROUVRAY, Feb 14 \(Reuters\) - A fire broke out/);
    expect(ask("Où l'incendie s'est-il déclaré ?", 'fr').results[0]?.text).toMatch(/^ROUVRAY \(AFP\) - Un incendie s'est déclaré/);
  });

  it('other questions show the sentence without its dateline', () => {
    const texts = ask('When did the fire break out?', 'en').results.map((r) => r.text);
    expect(texts[0]).toMatch(/^A fire broke out/);
    expect(texts.some((t) => /ROUVRAY/.test(t))).toBe(false);
  });

  it('"midday" answers "when" as a time of day', () => {
    expect(ask('When was the fire brought under control?', 'en').results[0]?.text).toMatch(/by midday/);
  });
});
