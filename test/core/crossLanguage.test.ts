/**
 * A user's words in one language find reports in the other: "grève" finds "strike", "fire" finds
 * "incendie" and "feu", in /summary topics and in /ask questions, through the French-English news
 * lexicon read at the level of search terms.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownCorpus } from '../ownCorpus.js';
import path from 'node:path';
import askCommand from '../../commands/ask.js';
import summaryCommand from '../../commands/summary.js';
import timelineCommand from '../../commands/timeline.js';
import { Engine } from '../../src/engine/engine.js';
import type { Answer } from '../../src/engine/answer.js';
import { topicArticles } from '../../src/summary/scope.js';
import { topicMatcher } from '../../src/summary/topicFilter.js';
import { linkedTerms, translatedQuery } from '../../src/text/translate.js';

const words = (word: string) => linkedTerms(word).map((t) => `${t.lang}:${t.word}`).sort();

describe('the translation lookup', () => {
  it('links a word to the words the lexicon pairs it with, in either direction', () => {
    expect(words('grève')).toEqual(['en:strike']);
    expect(words('strikes')).toEqual(['fr:grève']);
    expect(words('fire')).toEqual(['fr:feu', 'fr:incendie']);
    // Through the pairs: "feu" is "fire", and so is "incendie".
    expect(words('feu')).toEqual(['en:fire', 'fr:incendie']);
    expect(words('Belcourt')).toEqual([]);
  });

  it('keys stems by language: a French word stemming like an English lexicon word is not its translation', () => {
    // "dames" stems to "dam" in French, which is English "dam" (barrage) only in English.
    expect(words('dam')).toEqual(['fr:barrage']);
    expect(words('dames')).toEqual([]);
  });

  it('translates a query word by word, keeping the words it does not know, and gives null when it knows none', () => {
    expect(translatedQuery('La grève à Belcourt')).toBe('strike belcourt');
    expect(translatedQuery('Belcourt')).toBeNull();
  });
});

describe('a topic word matches its translations', () => {
  it('finds the English word for a French topic word and the French words for an English one, forms forgiven', () => {
    expect(topicMatcher('grève').coverage('Workers went on strike on Monday.', 'en')).toBe(1);
    expect(topicMatcher('grèves').coverage('The strikes spread.', 'en')).toBe(1);
    expect(topicMatcher('fire').coverage("Un incendie s'est déclaré mardi.", 'fr')).toBe(1);
    expect(topicMatcher('fire').coverage('Le feu a été maîtrisé.', 'fr')).toBe(1);
  });
});

/** An invented mill: the strike told in English only, the fire in French only. */
const ARTICLES: Record<string, string[]> = {
  'mill-en.md': [
    '---', 'title: "Belcourt mill workers walk out"', 'outlet: The Harbour Wire', 'published: 2026-05-04T09:00:00Z', 'lang: en', '---', '',
    'Workers at the Belcourt paper mill went on strike on Monday over pay, the union said.',
    '', 'Talks with the management will resume on Friday at the town hall.',
  ],
  'papeterie-fr.md': [
    '---', 'title: "Belcourt : la papeterie touchée"', 'outlet: Le Journal du Val', 'published: 2026-05-05T06:00:00+02:00', 'lang: fr', '---', '',
    "Un incendie s'est déclaré mardi soir dans l'entrepôt de la papeterie de Belcourt, selon les pompiers.",
    '', "Le feu a été maîtrisé avant l'aube et personne n'a été blessé dans l'entrepôt.",
  ],
};

/** The same fact, told alike in each language. */
const TWINS: Record<string, string[]> = {
  'a-docks-en.md': ['---', 'title: "Docks"', 'lang: en', '---', '', 'Dockers in Port-Lenne are on strike over wages.'],
  'b-docks-fr.md': ['---', 'title: "Docks"', 'lang: fr', '---', '', 'Les dockers de Port-Lenne sont en grève pour les salaires.'],
};

describe('/summary and /ask across languages', () => {
  const millOf = ownCorpus('xlang-mill', ARTICLES);
  const twinsOf = ownCorpus('xlang-twins', TWINS);
  const ctx = (engine: Engine) => ({ engine, locale: 'fr' as const, now: new Date(), services: {} });
  const summary = (topic: string) => summaryCommand.run(ctx(millOf()), { topic }) as Answer;
  const ask = (engine: Engine, question: string) => askCommand.run(ctx(engine), { question }) as Answer;

  it('/summary topic:grève tells the English report of the strike', () => {
    const a = summary('grève');
    expect(a.notice).toBeUndefined();
    expect(a.results.map((r) => r.text)).toEqual([expect.stringMatching(/went on strike/)]);
  });

  it('/summary topic:fire tells the French reports of the fire (incendie, feu)', () => {
    const texts = summary('fire').results.map((r) => r.text).join(' ');
    expect(texts).toMatch(/Un incendie s'est déclaré/);
    expect(texts).toMatch(/Le feu a été maîtrisé/);
  });

  it('/summary on two words found apart through their translations says which, as typed', () => {
    const a = summary('grève fire');
    expect(a.results).toEqual([]);
    expect(a.notice).toMatch(/séparément, il parle de : grève, fire\./);
  });

  it('a large corpus read in part for a topic keeps the articles holding its translation', () => {
    expect(topicArticles(millOf(), 'grève', 1)?.map((a) => a.id)).toEqual(['mill-en']);
  });

  it('/ask in French finds the English passage, with no "no passage holds" notice for the translated word', () => {
    const a = ask(millOf(), 'La grève à Belcourt ?');
    expect(a.results[0]?.text).toMatch(/went on strike/);
    expect(a.notice).toBeUndefined();
  });

  it('/ask in English finds the French passages', () => {
    const a = ask(millOf(), 'Was the fire put out?');
    expect(a.results.map((r) => r.text).slice(0, 2).join(' ')).toMatch(/incendie.*feu|feu.*incendie/s);
  });

  it('/ask ranks a passage in the question\'s language first when the other language says it as well', () => {
    expect(ask(twinsOf(), 'grève des dockers à Port-Lenne ?').results.map((r) => r.text)).toEqual([
      'Les dockers de Port-Lenne sont en grève pour les salaires.',
      'Dockers in Port-Lenne are on strike over wages.',
    ]);
    expect(ask(twinsOf(), 'strike of the dockers at Port-Lenne?').results.map((r) => r.text)).toEqual([
      'Dockers in Port-Lenne are on strike over wages.',
      'Les dockers de Port-Lenne sont en grève pour les salaires.',
    ]);
  });
});

/** An invented dairy: the price, the recall, the power cut and the minister's visit told in English only. */
const DAIRY: Record<string, string[]> = {
  'dairy-en.md': [
    '---', 'title: "Lormont dairy recalls yoghurt"', 'outlet: The Valley Post', 'published: 2026-03-12T08:00:00Z', 'lang: en', '---', '',
    'The Lormont dairy agreed a price of 52 cents per litre with the three supermarket chains on Tuesday.',
    '', 'On Wednesday the dairy began recalling batch 7731 of its plain yoghurt after glass shards were found in two jars.',
    '', 'Power was restored to the plant on Thursday after a two-day outage.',
    '', 'Farm minister Elsa Varenne toured the plant on Thursday.',
  ],
  'laiterie-fr.md': [
    '---', 'title: "Lormont : la laiterie fête ses 70 ans"', 'outlet: Le Petit Val', 'published: 2026-03-10T07:00:00+01:00', 'lang: fr', '---', '',
    'La coopérative laitière de Lormont a été fondée en 1956 par douze éleveurs.',
  ],
};

describe('news vocabulary of prices, recalls, power cuts and offices crosses languages', () => {
  const dairyOf = ownCorpus('xlang-dairy', DAIRY);
  const ctx = (engine: Engine) => ({ engine, locale: 'fr' as const, now: new Date(), services: {} });
  const texts = (a: Answer) => a.results.map((r) => r.text).join('\n');

  it('a French topic word finds the English word for a price, a batch, a recall, a power cut, an office', () => {
    expect(topicMatcher('prix').coverage('The dairy agreed a price of 52 cents.', 'en')).toBe(1);
    expect(topicMatcher('lot').coverage('They recalled batch 7731.', 'en')).toBe(1);
    expect(topicMatcher('rappel').coverage('The recall covers two jars.', 'en')).toBe(1);
    expect(topicMatcher('électricité').coverage('Power was restored on Thursday.', 'en')).toBe(1);
    expect(topicMatcher('ministre').coverage('Farm minister Elsa Varenne toured the plant.', 'en')).toBe(1);
    expect(topicMatcher('minister').coverage('La ministre a visité la laiterie.', 'fr')).toBe(1);
  });

  it('/ask « Quel lot a été rappelé ? » finds the English recall, with no "no passage holds « lot »" notice', () => {
    const a = askCommand.run(ctx(dairyOf()), { question: 'Quel lot a été rappelé ?' }) as Answer;
    expect(a.results[0]?.text).toMatch(/recalling batch 7731/);
    expect(a.notice).toBeUndefined();
  });

  it('/summary topic:prix tells the English price, /timeline topic:ministre the minister\'s visit', () => {
    expect(texts(summaryCommand.run(ctx(dairyOf()), { topic: 'prix' }) as Answer)).toMatch(/agreed a price of 52 cents/);
    expect(texts(timelineCommand.run(ctx(dairyOf()), { topic: 'ministre' }) as Answer)).toMatch(/Farm minister Elsa Varenne/);
  });
});

describe('the river flood fixture (French and English reports)', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await Engine.open({ corpusDir: path.join(import.meta.dirname, '../fixtures/river-flood'), dataDir: null });
  });
  afterAll(async () => {
    await engine.close();
  });
  const summary = (topic: string) => (summaryCommand.run({ engine, locale: 'fr', now: new Date(), services: {} }, { topic }) as Answer).results.map((r) => r.text).join('\n');

  it('/summary topic:barrage tells the English reports of the Chaunac dam, and topic:dam the French ones', () => {
    expect(summary('barrage')).toMatch(/releases from the Chaunac dam/);
    expect(summary('dam')).toMatch(/l'exploitant du barrage de Chaunac/);
  });
});
