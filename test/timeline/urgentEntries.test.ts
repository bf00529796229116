/**
 * An entry an outlet flags as its main development ("BREAKING:", « DERNIÈRE MINUTE : ») is that day's event before
 * its neighbours dated the same way, so a capped timeline keeps it. Live blogs written for this test.
 */
import { describe, expect, it } from 'vitest';
import { ownCorpus } from '../ownCorpus.js';
import { buildTimeline } from '../../src/timeline/buildTimeline.js';

const ARTICLES: Record<string, string[]> = {
  'harbour-live-2026-05-06.md': [
    '---', 'outlet: Harbour Live', 'lang: en', 'published: 2026-05-06T18:00:00+02:00', '---',
    '17:40 — The harbour master thanked the volunteers who searched the quays all night.',
    '16:10 — A second tug left the inner basin to help with the towing operation.',
    '09:05 — BREAKING: The missing trawler Morgane has been found adrift off the Kerlouan lighthouse with its crew safe.',
    '08:30 — Divers from the naval base joined the search team at the western quay.',
  ],
  'port-direct-2026-05-07.md': [
    '---', 'outlet: Port Direct', 'lang: fr', 'published: 2026-05-07T18:00:00+02:00', '---',
    '17:00 — Le préfet maritime a salué le travail des bénévoles sur les quais.',
    '15:20 — Un remorqueur supplémentaire a quitté le bassin pour aider au remorquage.',
    "10:05 — DERNIÈRE MINUTE : le caboteur Albatros, porté disparu, a été retrouvé à la dérive au large du phare avec son équipage sain et sauf.",
    '08:45 — Des plongeurs de la base navale ont rejoint les équipes de recherche sur le quai ouest.',
  ],
};

describe('/timeline: an entry flagged as the main development', () => {
  const engineOf = ownCorpus('urgent-entries', ARTICLES);

  it('keeps the flagged entry when the day has more entries than the timeline shows (English and French)', () => {
    const events = buildTimeline(engineOf(), { maxEvents: 2 }).events;
    expect(events.some((e) => /trawler Morgane has been found/.test(e.text))).toBe(true);
    expect(events.some((e) => /caboteur Albatros/.test(e.text))).toBe(true);
  });
});
