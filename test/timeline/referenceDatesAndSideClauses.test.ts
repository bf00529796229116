import { describe, expect, it } from 'vitest';
import { ownCorpus } from '../ownCorpus.js';
import { buildTimeline } from '../../src/timeline/buildTimeline.js';
import { readDates } from '../../src/timeline/readDates.js';
import { tidySentence } from '../../src/summary/textUnits.js';

const references = (text: string, lang: 'fr' | 'en', published: string) =>
  readDates(text, lang, published)
    .filter((m) => m.reference)
    .map((m) => m.date);

describe('dates a sentence measures its fact against are no events of it', () => {
  it('reads a denied date, a past span, the far end of an interval and the period of a record as references, in both languages', () => {
    expect(references('The ferries must sail again now, not next spring.', 'en', '2026-04-08')).toEqual(['2027-03']);
    expect(references('Les bacs doivent reprendre maintenant, pas le printemps prochain.', 'fr', '2026-04-08')).toEqual(['2027-03']);
    expect(references('The board counted 57 cancellations between 2 and 6 April.', 'en', '2026-04-08')).toEqual(['2026-04-06']);
    expect(references('Le syndicat a compté 57 annulations entre le 2 et le 6 avril.', 'fr', '2026-04-08')).toEqual(['2026-04-06']);
    expect(references('The pool shuts today, five days before the start of the regatta on 13 April.', 'en', '2026-04-08')).toEqual(['2026-04-13']);
    expect(references("La piscine ferme ce mercredi, cinq jours avant l'ouverture des régates le 13 avril.", 'fr', '2026-04-08')).toEqual(['2026-04-13']);
    expect(references('Ferry traffic was the weakest for April in a decade.', 'en', '2026-04-08')).toEqual(['2026-04']);
    expect(references('Le trafic est le plus faible pour avril depuis dix ans.', 'fr', '2026-04-08')).toEqual(['2026-04']);
    // A span still to come and a plain deadline stay dates of their own.
    expect(references('The regatta will run between 13 and 17 April.', 'en', '2026-04-08')).toEqual([]);
    expect(references('The pool must shut before 13 April.', 'en', '2026-04-08')).toEqual([]);
  });

  it('reads the formal « ce jour » as the day of publication, but not « à ce jour » nor « ce jour-là »', () => {
    expect(readDates('Une enquête a été ouverte ce jour pour abus de biens sociaux.', 'fr', '2026-04-08').map((m) => m.date)).toEqual(['2026-04-08']);
    expect(readDates('Aucun suspect n’a été identifié à ce jour.', 'fr', '2026-04-08')).toEqual([]);
    expect(readDates('Ce jour-là, la digue a tenu.', 'fr', '2026-04-08')).toEqual([]);
  });
});

// Written for this test: a harbour story told by a live blog, a news agency and a port statement.
const ARTICLES: Record<string, string | string[]> = {
  'quay-live-2026-04-09.md': [
    '---', 'outlet: Quay Desk', 'lang: en', 'published: 2026-04-09T18:00:00+02:00', '---',
    '17:20 — Harbourmaster Owen Pryce said the quay "should reopen on Saturday, once the divers have checked the piles".',
    '',
    '14:05 — The port authority has just revised its count of damaged boats: 57 between 2 and 6 April, against 31 given on Monday.',
    '',
    '11:40 — Ina Voss, who chaired the inquiry on Tuesday, has resigned from the port board.',
    '',
    '10:15 — The coastguard says two of the four divers who were still unaccounted for last night were pulled out safely this morning.',
    '',
    '09:30 — Skipper Ana Brill: We need new moorings now, not next spring.',
  ],
  'agence-port-2026-04-07.md': [
    '---', 'outlet: Agence Littoral', 'lang: fr', 'published: 2026-04-07', '---',
    'La tempête a arraché mardi les pontons du port de Kerlouan, où 40 bateaux étaient amarrés.',
    '',
    "La veille, les vents avaient déjà renversé la grue de l'arsenal, installée en 1998.",
  ],
  'port-statement-2026-04-08.md': [
    '---', 'outlet: Port de Kerlouan', 'lang: fr', 'published: 2026-04-08', '---',
    'Un troisième plongeur a été hélitreuillé ce mercredi matin au large de Kerlouan.',
  ],
  'coast-wire-2026-04-08.md': [
    '---', 'outlet: Coast Wire', 'lang: en', 'published: 2026-04-08T21:00:00+02:00', '---',
    'A third diver was winched up off Kerlouan by the coastguard helicopter on Wednesday morning.',
  ],
  'port-live-2026-04-09.md': [
    '---', 'outlet: Quay Desk', 'lang: en', 'published: 2026-04-09T20:00:00+02:00', '---',
    '19:50 — A fourth diver was winched up off Kerlouan by the coastguard helicopter on Wednesday evening.',
  ],
};

describe('/timeline dates each sentence by its main fact, not by a date it is measured against', () => {
  const engineOf = ownCorpus('reference-dates', ARTICLES);
  const events = () => buildTimeline(engineOf(), { maxEvents: 40 }).events;
  const datesOf = (re: RegExp) => events().filter((e) => re.test(e.text)).map((e) => e.date);

  it('dates a revision over a past span by its live entry, not by the span\'s last day', () => {
    expect(datesOf(/revised its count of damaged boats/)).toEqual(['2026-04-09']);
  });

  it('shows no event for a sentence whose only date is denied', () => {
    expect(datesOf(/not next spring/)).toEqual([]);
  });

  it('dates the main verb of a sentence whose earlier day sits in a restrictive relative clause', () => {
    expect(datesOf(/divers who were still unaccounted for/)).toEqual(['2026-04-09']);
  });

  it('dates a present perfect after a simple-past aside by the live entry, not by the aside\'s day', () => {
    const voss = buildTimeline(engineOf(), { topic: 'Voss' }).events;
    expect(voss.map((e) => e.date)).toEqual(['2026-04-09']);
  });

  it('reads a weekday inside a partial quotation woven into the writer\'s sentence, "should" looking ahead', () => {
    expect(datesOf(/should reopen on Saturday/)).toEqual(['2026-04-11']);
  });

  it('counts a paragraph\'s « La veille » from the one-sentence lead before it, not from an old year in a side clause', () => {
    expect(datesOf(/La veille, les vents/)).toEqual(['2026-04-06']);
  });

  it('keeps the third and the fourth of a series as two events, each citing its own article', () => {
    const fourth = events().find((e) => /fourth diver/.test(e.text));
    const third = events().find((e) => /third diver|troisième plongeur/.test(e.text));
    expect(fourth?.date).toBe('2026-04-08');
    expect(fourth?.articleIds).toEqual(['port-live-2026-04-09']);
    expect(third?.date).toBe('2026-04-08');
    expect(third?.articleIds).not.toContain('port-live-2026-04-09');
  });
});

describe('a timeline or summary shows the sentence as printed', () => {
  it('keeps an opening "Still" that is an adverb, and trims "Still," used as a connective', () => {
    expect(tidySentence('Still no word from the harbourmaster on the missing divers.', 'en')).toBe('Still no word from the harbourmaster on the missing divers.');
    expect(tidySentence('Still, the harbourmaster kept the quay closed.', 'en')).toBe('The harbourmaster kept the quay closed.');
  });
});
