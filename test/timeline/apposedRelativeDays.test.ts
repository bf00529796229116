import { describe, expect, it } from 'vitest';
import { ownCorpus } from '../ownCorpus.js';
import { buildTimeline } from '../../src/timeline/buildTimeline.js';
import { readDates } from '../../src/timeline/readDates.js';

const dates = (text: string, lang: 'fr' | 'en', published: string) => readDates(text, lang, published).map((m) => m.date);

describe('a « la veille », "the day before" printed with its own day is that day, counted once', () => {
  // Published on Wednesday 20 May 2026: Monday is the 18th.
  it('reads the apposed weekday or date, not a day before it, in French', () => {
    expect(dates("La veille de l'effondrement, lundi, les techniciens avaient sondé les piles du viaduc.", 'fr', '2026-05-20')).toEqual(['2026-05-18']);
    expect(dates("Lundi, la veille de l'effondrement, les techniciens ont sondé les piles.", 'fr', '2026-05-20')).toEqual(['2026-05-18']);
    expect(dates('La veille, le 18 mai, les techniciens avaient sondé les piles.', 'fr', '2026-05-20')).toEqual(['2026-05-18']);
  });

  it('reads the apposed weekday or date, not a day before it, in English', () => {
    expect(dates('The day before the collapse, on Monday, engineers had surveyed the viaduct.', 'en', '2026-05-20')).toEqual(['2026-05-18']);
    expect(dates('On Monday, the day before the collapse, engineers surveyed the viaduct.', 'en', '2026-05-20')).toEqual(['2026-05-18']);
    expect(dates('The day before, May 18, engineers had surveyed the viaduct.', 'en', '2026-05-20')).toEqual(['2026-05-18']);
  });

  it('still counts a day before from a day that names the other event', () => {
    expect(dates('La veille du scrutin de dimanche, les candidats ont tenu leurs derniers meetings.', 'fr', '2026-05-20')).toEqual(['2026-05-16', '2026-05-17']);
  });
});

// Written for this test: a viaduct collapse on Tuesday 19 May 2026, told by a wire and a regional daily.
const ARTICLES: Record<string, string[]> = {
  'viaduc-2026-05-20.md': [
    '---', 'outlet: Agence Vallée', 'lang: fr', 'published: 2026-05-20', '---',
    "Une travée du viaduc de Sorlac s'est effondrée mardi matin, faisant trois blessés.",
    '',
    "La veille de l'effondrement, lundi, les techniciens de la région avaient sondé les piles du viaduc sans relever d'anomalie.",
  ],
  'viaduct-wire-2026-05-20.md': [
    '---', 'outlet: Valley Wire', 'lang: en', 'published: 2026-05-20', '---',
    'A span of the Sorlac viaduct collapsed on Tuesday morning, injuring three people.',
    '',
    'The day before the collapse, on Monday, regional engineers had surveyed the piers without finding a fault.',
  ],
};

describe('/timeline dates « la veille de …, lundi » on the Monday', () => {
  const engineOf = ownCorpus('apposed-relative-days', ARTICLES);
  const datesOf = (re: RegExp) => [...new Set(buildTimeline(engineOf(), { maxEvents: 20 }).events.filter((e) => re.test(e.text)).map((e) => e.date))];

  it('puts the survey on 18 May in both languages, the collapse on 19 May', () => {
    expect(datesOf(/sondé les piles|surveyed the piers/)).toEqual(['2026-05-18']);
    expect(datesOf(/effondrée mardi|collapsed on Tuesday/)).toEqual(['2026-05-19']);
  });
});
