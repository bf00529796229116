import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/buildTimeline.js';
import { readDates } from '../../src/timeline/readDates.js';
import { ownCorpus } from '../ownCorpus.js';

// Written for this test. Wednesday 14 October 2026.
describe("a possessive weekday inside a clause (\"during Monday's storm\") tells a noun's time", () => {
  it('marks it, but not one that opens the sentence as its subject', () => {
    const marks = (text: string) => readDates(text, 'en', '2026-10-14').map((m) => `${m.text}=${m.date}${m.qualifiesNoun ? ' (noun)' : ''}`);
    expect(marks("The number of homes without power after Monday night's storm fell to 800 on Tuesday.")).toEqual([
      'Monday night=2026-10-12 (noun)',
      'Tuesday=2026-10-13',
    ]);
    expect(marks("Monday's storm left 3,000 homes without power.")).toEqual(["Monday's=2026-10-12"]);
  });

  const engine = ownCorpus('possessive-weekday', {
    'harbour-post-2026-10-14.md':
      "---\noutlet: Harbour Post\nlang: en\npublished: 2026-10-14\n---\nThe number of homes without power after Monday night's storm in the port town of Kelmouth fell to 800 on Tuesday, the grid operator said.\n\nMonday's storm also tore the roof off the Kelmouth sailing club.\n",
  });

  it("dates the sentence by its verb's day, and a sentence opened by the possessive by it", () => {
    const events = buildTimeline(engine()).events;
    expect(events.filter((e) => /fell to 800/.test(e.text)).map((e) => e.date)).toEqual(['2026-10-13']);
    expect(events.find((e) => /roof/.test(e.text))?.date).toBe('2026-10-12');
  });
});

// Written for this test. Thursday 15 October 2026.
describe('an aside that recalls when the subject\'s event happened ("survenu lundi") is no row of its own', () => {
  const engine = ownCorpus('occurrence-aside', {
    'mairie-2026-10-15.md':
      "---\noutlet: Mairie de Brévannes\nlang: fr\npublished: 2026-10-15\n---\nL'incendie de l'entrepôt frigorifique, survenu lundi vers 22 heures, a fait, selon le bilan établi mercredi par les pompiers, quatre blessés légers.\n",
    'eclaireur-2026-10-13.md':
      "---\noutlet: L'Éclaireur\nlang: fr\npublished: 2026-10-13\n---\nUn entrepôt frigorifique de la zone portuaire de Brévannes a pris feu lundi soir, mobilisant soixante pompiers jusqu'à l'aube.\n",
  });

  it('shows the sentence once, at its main clause\'s day; the other day keeps its own report', () => {
    const events = buildTimeline(engine()).events;
    expect(events.filter((e) => /quatre blessés/.test(e.text)).map((e) => e.date)).toEqual(['2026-10-14']);
    const monday = events.filter((e) => e.date === '2026-10-12');
    expect(monday.map((e) => e.text)).toEqual([expect.stringMatching(/a pris feu/)]);
  });
});
