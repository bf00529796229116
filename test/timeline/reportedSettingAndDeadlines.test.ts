import { describe, expect, it } from 'vitest';
import { readDates } from '../../src/timeline/readDates.js';

// Written for these tests. Wednesday 11 March 2026 unless said otherwise.
const days = (text: string, lang: 'fr' | 'en', published = '2026-03-11') => readDates(text, lang, published).map((m) => `${m.text}=${m.date}`);

describe('a weekday of the meeting where something was said is dated by the reporting verb', () => {
  it('reads the day of a meeting after a past reporting verb as past (fr, en)', () => {
    expect(days("« Le calendrier ne change pas », a assuré la directrice lors d'une réunion avec les salariés mardi.", 'fr')).toEqual(['mardi=2026-03-10']);
    expect(days('"The plan does not change," the director said at a meeting with staff on Tuesday.', 'en')).toEqual(['Tuesday=2026-03-10']);
  });

  it('still reads an announced event ahead', () => {
    expect(days('Le maire a annoncé la réouverture de la piscine samedi.', 'fr')).toEqual(['samedi=2026-03-14']);
    expect(days('The mayor announced the reopening of the pool on Saturday.', 'en')).toEqual(['Saturday=2026-03-14']);
  });
});

describe('deadlines, months set for, and "la veille" without another day', () => {
  it('reads "by Friday" as the coming Friday, unless the clause is past', () => {
    expect(days('We expect a reply from the council by Friday.', 'en')).toEqual(['Friday=2026-03-13']);
    expect(days('The petition had gathered 900 signatures by Thursday.', 'en', '2026-03-14')).toEqual(['Thursday=2026-03-12']);
  });

  it('reads a month a meeting is set for (fr, en)', () => {
    expect(days('The annual meeting of the cooperative is scheduled for June.', 'en')).toEqual(['for June=2026-06']);
    expect(days("L'assemblée annuelle de la coopérative est prévue pour juin.", 'fr')).toEqual(['pour juin=2026-06']);
  });

  it('counts "la veille" told in the passé composé from publication, not one told in the pluperfect', () => {
    expect(days('Interrogé la veille par une radio, le ministre a démenti toute démission.', 'fr', '2026-03-12')).toEqual(['la veille=2026-03-11']);
    expect(days('La veille, le préfet avait réuni les maires.', 'fr', '2026-03-12')).toEqual([]);
    expect(days('Le lendemain, la route a rouvert.', 'fr', '2026-03-12')).toEqual([]);
  });
});
