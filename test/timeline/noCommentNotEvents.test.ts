import { describe, expect, it } from 'vitest';
import { ownCorpus } from '../ownCorpus.js';
import { buildTimeline } from '../../src/timeline/buildTimeline.js';

// Written for this test: a chemical leak at a plant in Ternay on Monday 13 April 2026, and those who would not speak of it.
const ARTICLES: Record<string, string[]> = {
  'ternay-2026-04-15.md': [
    '---', 'outlet: Le Progrès du Rhône', 'lang: fr', 'published: 2026-04-15', '---',
    "Une fuite d'acide s'est produite lundi dans l'usine Calvane de Ternay, selon la préfecture.",
    '',
    "Contactée mardi, la direction de l'usine n'a pas souhaité réagir.",
    '',
    "Le ministère de l'Industrie n'a pas répondu mardi aux sollicitations de l'AFP.",
    '',
    "Interrogé mercredi, le maire de Ternay s'est refusé à tout commentaire.",
  ],
  'ternay-wire-2026-04-15.md': [
    '---', 'outlet: Rhone Wire', 'lang: en', 'published: 2026-04-15', '---',
    'An acid leak occurred on Monday at the Calvane plant in Ternay, the prefecture said.',
    '',
    'Calvane declined to comment on Tuesday.',
    '',
    'Contacted on Tuesday, the industry ministry did not respond to a request for comment.',
    '',
    'The mayor of Ternay refused to comment on Wednesday.',
  ],
};

describe('/timeline leaves out that someone did not speak', () => {
  const engineOf = ownCorpus('no-comment', ARTICLES);

  it('keeps the leak and shows no refusal to comment, in French or English', () => {
    const events = buildTimeline(engineOf(), { maxEvents: 20 }).events;
    const texts = events.map((e) => e.text).join('\n');
    expect(texts).toMatch(/fuite d'acide|acid leak/);
    expect(texts).not.toMatch(/souhaité réagir|pas répondu|refusé à tout commentaire|declined to comment|request for comment|refused to comment/);
    expect([...new Set(events.map((e) => e.date))]).toEqual(['2026-04-13']);
  });
});
