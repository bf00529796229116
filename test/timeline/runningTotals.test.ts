import { describe, expect, it } from 'vitest';
import { ownCorpus } from '../ownCorpus.js';
import { buildTimeline } from '../../src/timeline/buildTimeline.js';
import { readDates } from '../../src/timeline/readDates.js';

const runsSince = (text: string, lang: 'fr' | 'en') => readDates(text, lang, '2026-04-16').map((m) => Boolean(m.countsSince));

describe('a sentence opening with « Depuis mardi, », "Since Tuesday," before a count tells a running total', () => {
  it('marks the day as the start of a count, in both languages', () => {
    expect(runsSince('Depuis mardi, 63 foyers ont été relogés par la mairie de Vesc.', 'fr')).toEqual([true]);
    expect(runsSince('Depuis mardi, plus de soixante foyers ont été relogés.', 'fr')).toEqual([true]);
    expect(runsSince('Since Tuesday, 63 households have been rehoused by Vesc town hall.', 'en')).toEqual([true]);
    expect(runsSince('Since Tuesday the volunteers have handed out more than sixty camp beds.', 'en')).toEqual([true]);
  });

  it('leaves a state that starts that day, a measure, a time and a number naming known things as a start only', () => {
    expect(runsSince('Depuis mardi, la passerelle est fermée aux piétons.', 'fr')).toEqual([false]);
    expect(runsSince('Depuis mardi, une zone de deux kilomètres est interdite.', 'fr')).toEqual([false]);
    expect(runsSince('Since Tuesday at 8 am, the footbridge has been shut.', 'en')).toEqual([false]);
    expect(runsSince('Since Tuesday, the road to the 12 hamlets has been shut.', 'en')).toEqual([false]);
  });
});

// Written for this test: landslides at Vesc, the slope giving way on Tuesday 14 April 2026.
const ARTICLES: Record<string, string[]> = {
  'vesc-2026-04-16.md': [
    '---', 'outlet: Le Dauphiné du Soir', 'lang: fr', 'published: 2026-04-16', '---',
    'Un pan de la colline du Serre a glissé mardi sur le hameau des Aures, à Vesc.',
    '',
    'Depuis mardi, 63 foyers ont été relogés par la mairie.',
  ],
  'vesc-wire-2026-04-16.md': [
    '---', 'outlet: Alpine Wire', 'lang: en', 'published: 2026-04-16', '---',
    'Part of the Serre hillside slid onto the hamlet of Les Aures in Vesc on Tuesday.',
    '',
    'Since Tuesday, 63 households have been rehoused by the town hall.',
  ],
};

describe('/timeline does not show a running total on the day it started', () => {
  const engineOf = ownCorpus('running-totals', ARTICLES);

  it('keeps the landslide on Tuesday and leaves the total out', () => {
    const events = buildTimeline(engineOf(), { maxEvents: 20 }).events;
    expect(events.map((e) => e.text).join('\n')).not.toMatch(/63 foyers|63 households/);
    expect(events.some((e) => e.date === '2026-04-14' && /glissé|slid/.test(e.text))).toBe(true);
  });
});
