import { describe, expect, it } from 'vitest';
import { readDates } from '../../src/timeline/readDates.js';

// Sentences written for these tests (wire style). 2026-05-14 is a Thursday, 2026-05-13 a Wednesday.
const dates = (text: string, lang: 'fr' | 'en', published: string | null) => readDates(text, lang, published).map((d) => [d.text, d.date]);

describe('a comparison with what was foreseen sets no tense', () => {
  it('"higher than expected on Wednesday" is the last Wednesday', () => {
    expect(dates('Water levels at the weir came back higher than expected on Wednesday afternoon.', 'en', '2026-05-14')).toEqual([['Wednesday afternoon', '2026-05-13']]);
    expect(dates('The ferry was moved to a second berth yesterday, after the tide ran lower than expected on Wednesday.', 'en', '2026-05-14')).toContainEqual(['Wednesday', '2026-05-13']);
  });

  it('"comme prévu mercredi" is the last Wednesday', () => {
    expect(dates('Le chantier a repris comme prévu mercredi matin.', 'fr', '2026-05-14')).toEqual([['mercredi matin', '2026-05-13']]);
  });

  it('"expected on Wednesday" alone still looks ahead', () => {
    expect(dates('The report is expected on Wednesday.', 'en', '2026-05-14')).toEqual([['Wednesday', '2026-05-20']]);
  });
});
