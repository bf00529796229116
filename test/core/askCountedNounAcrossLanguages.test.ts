/**
 * /ask "Combien de X … ?" / "How many X …?": a passage giving a number of X answers, in either language,
 * though it says the question's verb otherwise; the latest count comes first. Topic words reach the
 * other language's forms (« interdiction » finds « interdit » and "banned", « datation » finds "dating").
 * Articles written for this test.
 */
import { describe, expect, it } from 'vitest';
import askCommand from '../../commands/ask.js';
import type { Answer } from '../../src/engine/answer.js';
import { ownCorpus } from '../ownCorpus.js';
import { topicMatcher } from '../../src/summary/topicFilter.js';

const ARTICLES: Record<string, string[]> = {
  'gazette-fr.md': [
    '---', 'title: Fouilles du moulin de Brévy', 'outlet: La Gazette du Val', 'published: 2026-04-02T08:00:00+02:00', 'lang: fr', '---', '',
    'Les bénévoles ont sorti de terre douze objets en fer autour du vieux moulin de Brévy, selon la mairie.',
    '', "Les travaux de la route voisine sont suspendus jusqu'à nouvel ordre par la préfecture.",
  ],
  'chronicle-en.md': [
    '---', 'title: Brevy mill dig widens', 'outlet: Valley Chronicle', 'published: 2026-04-05T08:00:00Z', 'lang: en', '---', '',
    'Volunteers have now unearthed 37 objects near the old mill, including a bronze key and several coins.',
    '', 'The town council met on Friday to discuss the parking plan for visitors.',
  ],
};

describe('/ask: the noun a "how many" question counts, in both languages', () => {
  const engineOf = ownCorpus('ask-counted-noun', ARTICLES);
  const answer = (question: string, locale: 'fr' | 'en' = 'fr') => askCommand.run({ engine: engineOf(), locale, now: new Date(), services: {} }, { question }) as Answer;

  it('« Combien d\'objets ont été retrouvés ? » finds the English count, the latest first', () => {
    const results = answer("Combien d'objets ont été retrouvés ?").results.map((r) => r.text);
    expect(results[0]).toMatch(/37 objects/);
    expect(results.some((r) => /douze objets/.test(r))).toBe(true);
  });

  it('"How many objects were found?" finds the French count too', () => {
    const results = answer('How many objects were found?', 'en').results.map((r) => r.text);
    expect(results[0]).toMatch(/37 objects/);
    expect(results.some((r) => /douze objets/.test(r))).toBe(true);
  });
});

describe('topic words and their forms in the other language', () => {
  it('« interdiction » finds « interdit » and "banned"', () => {
    const topic = topicMatcher('interdiction');
    expect(topic.coverage('Le maire a interdit la baignade depuis lundi.', 'fr')).toBe(1);
    expect(topic.coverage('Swimming has been banned since Monday.', 'en')).toBe(1);
  });

  it('« datation » finds "dating", « profondeur » finds "depth"', () => {
    expect(topicMatcher('datation').coverage('The carbon dating is now complete.', 'en')).toBe(1);
    expect(topicMatcher('profondeur').coverage('The cave reaches a depth of 90 metres.', 'en')).toBe(1);
  });
});
