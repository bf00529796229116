/**
 * A month without a year bounded by "at the earliest" / « au plus tôt » (or "at the latest" / « au
 * plus tard ») is a date still to come: the next such month, even far ahead of publication, unless
 * the clause is told in the past. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { readDates } from '../../src/timeline/readDates.js';

const dates = (text: string, lang: 'fr' | 'en', published: string) => readDates(text, lang, published).map((d) => [d.text, d.date]);

describe('a month bounded as still to come', () => {
  it('is the next such month in English, in a present clause', () => {
    expect(dates('The operator says the repairs take six months, which puts the reopening of the line in October at the earliest.', 'en', '2026-03-14')).toEqual([['in October', '2026-10']]);
    expect(dates('That leaves the second ferry in service in September at the latest.', 'en', '2026-02-02')).toEqual([['in September', '2026-09']]);
  });

  it('is the next such month in French, in a present clause', () => {
    expect(dates('Les réparations durent six mois, ce qui repousse la réouverture de la ligne en octobre au plus tôt.', 'fr', '2026-03-14')).toEqual([['en octobre', '2026-10']]);
  });

  it('stays in the past when the clause is past', () => {
    expect(dates('The plant had closed in September at the latest, records show.', 'en', '2026-03-14')).toEqual([['in September', '2025-09']]);
  });
});
