/**
 * An interview answer that only answers its question ("Because I…", « Parce que… », "Yes, …", « Non, … »)
 * says nothing without that question: a summary never quotes it alone. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { isSummarizable } from '../../src/summary/summarize.js';
import type { UnitTerms } from '../../src/summary/factModel.js';
import { onlyAnswersAQuestion, type TextUnit } from '../../src/summary/textUnits.js';

const unit = (text: string, lang: 'fr' | 'en', speaker?: string): TextUnit => ({
  id: 0, articleId: 'a', lang, paragraph: 0, sentence: 0, position: 3, text, balancedQuotes: true, isTitle: false, aboutItself: false,
  ...(speaker !== undefined ? { speaker } : {}),
});
const summarizable = (u: TextUnit) => isSummarizable({ unit: u } as unknown as UnitTerms);

describe('/summary: an interview answer that only answers its question', () => {
  it.each([
    ['Nora Lind: Because I had promised the villagers a fair hearing before anything else.', 'en', 'Nora Lind'],
    ['Yes, we will appeal the decision before the regional court next month.', 'en', 'Nora Lind'],
    ["Paul Mercier : Parce qu'on nous avait promis une vraie concertation avec les riverains.", 'fr', 'Paul Mercier'],
    ['Non, nous ne signerons pas cet accord tant que les salaires resteront gelés.', 'fr', 'Paul Mercier'],
    ['— Oui, et nous irons devant le tribunal administratif dès la semaine prochaine.', 'fr', undefined],
  ] as const)('is left out: %s', (text, lang, speaker) => {
    const u = unit(text, lang, speaker);
    expect(onlyAnswersAQuestion(u)).toBe(true);
    expect(summarizable(u)).toBe(false);
  });

  it.each([
    // Its own fact, in an answer.
    ['Nora Lind: Because of the flooding, the mill stayed shut for eleven days in March.', 'en', 'Nora Lind'],
    ['Nora Lind: No one was hurt when the roof of the mill fell in on Tuesday night.', 'en', 'Nora Lind'],
    // Not an interview answer: the article's own telling.
    ['Because the bridge was closed, lorries took the mountain road through the three villages.', 'en', undefined],
  ] as const)('is kept: %s', (text, lang, speaker) => {
    const u = unit(text, lang, speaker);
    expect(onlyAnswersAQuestion(u)).toBe(false);
    expect(summarizable(u)).toBe(true);
  });
});
