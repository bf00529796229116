import { describe, expect, it } from 'vitest';
import { ownCorpus } from '../ownCorpus.js';
import { buildTimeline } from '../../src/timeline/buildTimeline.js';
import { inAside, inRestrictiveRelative } from '../../src/timeline/clauseTense.js';

const asideAt = (text: string, date: string, lang: 'fr' | 'en') => inAside(text, text.indexOf(date), text.indexOf(date) + date.length, lang);

describe('a date in a relative aside about something else is the aside\'s, however the aside runs', () => {
  it('finds the aside past an apposition between its subject and its verb, in French and English', () => {
    expect(asideAt("La rame Verlaine, dont la devancière, construite par le même atelier, avait déraillé en 2023, a été mise en service jeudi.", 'en 2023', 'fr')).toBe(true);
    expect(asideAt('The Verlaine train, whose forerunner, built by the same works, derailed in 2023, entered service on Thursday.', 'in 2023', 'en')).toBe(true);
  });

  it('finds the aside past a relative nested in it or a preposition after the date', () => {
    expect(asideAt("La rame Verlaine, qui remplace celle qui avait déraillé en 2023, a été mise en service jeudi.", 'en 2023', 'fr')).toBe(true);
    expect(asideAt('The Verlaine train, which replaces the one that derailed in 2023, entered service on Thursday.', 'in 2023', 'en')).toBe(true);
    expect(asideAt('The Verlaine train, whose forerunner derailed near Aubrac in 2023 after a signal fault, entered service on Thursday.', 'in 2023', 'en')).toBe(true);
  });

  it('leaves the main clause after a subject relative alone', () => {
    expect(asideAt('Le préfet, qui préside la cellule de crise, a annoncé jeudi la réouverture de la ligne.', 'jeudi', 'fr')).toBe(false);
    expect(asideAt('The prefect, who chairs the crisis unit, announced on Thursday that the line would reopen.', 'Thursday', 'en')).toBe(false);
  });

  it('reads a restrictive relative before a main verb in the simple past', () => {
    const text = 'The train whose forerunner derailed in 2023 entered service on Thursday.';
    expect(inRestrictiveRelative(text, text.indexOf('in 2023'), text.indexOf('in 2023') + 7, 'en')).toBe(true);
  });
});

// Written for this test: a new train put into service on Thursday 12 March 2026, with its forerunner's accident told in asides.
const ARTICLES: Record<string, string[]> = {
  'rame-2026-03-13.md': [
    '---', 'outlet: Rail Hebdo', 'lang: fr', 'published: 2026-03-13', '---',
    "La rame Verlaine, dont la devancière, construite par le même atelier, avait déraillé en 2023, a été mise en service jeudi sur la ligne d'Aubrac.",
    '',
    'La rame Solenne, qui remplace celle qui avait déraillé en 2023, a été inaugurée jeudi en gare de Millau.',
  ],
  'train-2026-03-13.md': [
    '---', 'outlet: Rail Review', 'lang: en', 'published: 2026-03-13', '---',
    'The Verlaine train, whose forerunner derailed near Aubrac in 2023 after a signal fault, entered service on Thursday.',
    '',
    'The Solenne train whose forerunner derailed in 2023 started carrying passengers on Thursday.',
  ],
};

describe('/timeline dates the main clause, not a side clause about something else', () => {
  const engineOf = ownCorpus('subject-asides', ARTICLES);
  const events = () => buildTimeline(engineOf(), { maxEvents: 20 }).events;

  it('puts every sentence on Thursday 12 March, none on 2023', () => {
    expect(events().length).toBeGreaterThan(0);
    expect(events().map((e) => e.date).filter((d) => d !== '2026-03-12')).toEqual([]);
  });
});
