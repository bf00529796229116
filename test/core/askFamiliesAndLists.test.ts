/**
 * /ask and topic filters reach the words a passage answers with, not only the question's: an
 * inquiry "examines", a deal « prévoit » a list read with its lead-in line, a court « déclare
 * contraire à la Constitution » what it censures; a topic finds its family ("foule" for a
 * protest), its month in the other language and its family across languages.
 */
import { describe, expect, it } from 'vitest';
import askCommand, { readQuestion } from '../../commands/ask.js';
import { topicMatcher } from '../../src/summary/topicFilter.js';
import { ownCorpus } from '../ownCorpus.js';
import type { Answer } from '../../src/engine/answer.js';

/** An invented port dispute: a French statement with a list, an English wire, a court ruling. */
const ARTICLES: Record<string, string[]> = {
  'statement-fr.md': [
    '---', 'title: "Port de Kervelen : fin du conflit"', 'outlet: Préfecture maritime', 'published: 2026-03-04T10:00:00+01:00', 'lang: fr', '---', '',
    "Les dockers et la direction du port de Kervelen ont signé un protocole dans la nuit.",
    '', "L'accord prévoit :",
    '', "- une prime de 150 euros par mois pour les équipes de nuit ;",
    '', "- l'embauche de 40 grutiers avant l'été ;",
    '', "« C'est une bonne nouvelle pour tout le port », a déclaré la préfète Odile Marchal.",
    '', "Je comprends la colère des usagers, a ajouté la directrice du port.",
  ],
  'wire-en.txt': [
    'Kervelen dockers end strike', '',
    "KERVELEN (Harbour Wire) - The maritime safety board opened an inquiry on Monday into the crane collapse at Kervelen port.",
    '', "Its experts will examine whether the crane had been serviced and whether workers had been trained.",
    '', "The regulator's chairman said the inquiry would take months.",
    '', "The dockers want a night bonus and new hires.",
  ],
  'court-fr.md': [
    '---', 'title: "Le tribunal se prononce sur le décret portuaire"', 'outlet: Le Phare', 'published: 2026-03-05T08:00:00+01:00', 'lang: fr', '---', '',
    "Le tribunal déclare contraires à la loi les articles 3 et 8 du décret portuaire.",
    '', "Le décret portuaire comptait vingt articles, selon le greffe.",
    '', "Les dockers réclament aussi une prime de risque.",
    '', "Les dockers grévistes de Kervelen ont voté la reprise, a indiqué un délégué des dockers grévistes.",
    '', "Dockers grévistes : le vote des dockers a eu lieu au hangar 4.",
  ],
};

describe('/ask through word families and lists', () => {
  const engineOf = ownCorpus('askfamilies', ARTICLES);
  const ask = (question: string) =>
    (askCommand.run({ engine: engineOf(), locale: 'en', now: new Date(), services: {} }, { question }) as Answer).results.map((r) => r.text);

  it('answers "What is the board investigating?" with what the inquiry will examine', () => {
    expect(ask('What is the board investigating?').slice(0, 2).join('\n')).toMatch(/examine whether the crane/);
  });

  it('does not read "What does X include?" as asking for a quotation', () => {
    expect(readQuestion('What does the deal include?').answer).toBeNull();
    expect(readQuestion('What did the prefect say?').answer).toBe('said');
  });

  it('answers "What does the deal include?" with the list under « L\'accord prévoit : », read with its lead-in', () => {
    const [first] = ask('What does the deal include?');
    expect(first).toMatch(/^L'accord prévoit :/);
    expect(first).toMatch(/prime de 150 euros/);
    expect(first).toMatch(/40 grutiers/);
  });

  it('shows a list item found alone with its lead-in line', () => {
    const texts = ask('grutiers');
    expect(texts[0]).toMatch(/^L'accord prévoit :\n- une prime[^]*40 grutiers/);
  });

  it('answers « Quels articles ont été censurés ? » with the ruling that declares them contrary to the law', () => {
    expect(ask('Quels articles du décret ont été censurés ?')[0]).toMatch(/déclare contraires à la loi les articles 3 et 8/);
  });

  it('puts the passages holding the asked verb\'s family first: « Que réclament les dockers grévistes ? »', () => {
    const top = ask('Que réclament les dockers grévistes ?').slice(0, 2).join('\n');
    expect(top).toMatch(/réclament aussi une prime de risque/);
    expect(top).toMatch(/The dockers want a night bonus/);
  });
});

describe('topic filters through word families', () => {
  it('finds a crowd, a rally and people gathered for a protest topic, in both languages', () => {
    for (const topic of ['manifestation', 'protest']) {
      const m = topicMatcher(topic);
      expect(m.coverage('La foule a envahi la place du marché.', 'fr'), topic).toBe(1);
      expect(m.coverage('Le rassemblement a réuni 300 personnes.', 'fr'), topic).toBe(1);
      expect(m.coverage('About 200 people gathered outside the town hall.', 'en'), topic).toBe(1);
      expect(m.coverage('The town hall was closed.', 'en'), topic).toBe(0);
    }
  });

  it('keeps a drill\'s or a spacecraft\'s "probe" out of the inquiry family', () => {
    expect(topicMatcher('enquête').coverage('The board opened an inquiry on Monday.', 'en')).toBe(1);
    expect(topicMatcher('enquête').coverage('A narrow probe borehole had reached a depth of 180 metres.', 'en')).toBe(0);
  });

  it('finds a refund for a compensation topic', () => {
    expect(topicMatcher('indemnisation').coverage('Chaque voyageur obtiendra le remboursement de son billet.', 'fr')).toBe(1);
    expect(topicMatcher('compensation').coverage('Refunds will be paid within a week.', 'en')).toBe(1);
  });

  it('finds a month in the other language: « décembre » is "December"', () => {
    expect(topicMatcher('décembre').coverage('The vote is set for 14 December.', 'en')).toBe(1);
    expect(topicMatcher('March').coverage('Le vote aura lieu le 3 mars.', 'fr')).toBe(1);
    expect(topicMatcher('décembre').coverage('The vote is set for 14 November.', 'en')).toBe(0);
  });

  it('finds "a new bill" for « nouveau projet de loi »', () => {
    expect(topicMatcher('nouveau projet de loi').coverage('The government will table a new bill next week.', 'en')).toBeGreaterThanOrEqual(0.6);
  });
});
