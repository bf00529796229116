/**
 * Dates that do not date a sentence's event: a date printed on a product ("DLC", "best before").
 */
import { describe, expect, it } from 'vitest';
import { readDates } from '../../src/timeline/readDates.js';

const labelled = (text: string, lang: 'fr' | 'en', published: string) =>
  readDates(text, lang, published).map((m) => [m.date, Boolean(m.productLabel)]);

describe('dates printed on a product', () => {
  it('reads a use-by or best-before date as a label, in French and English', () => {
    expect(labelled('Les yaourts nature du lot 4471, DLC du 14/07/2024 au 19/07/2024, sont retirés depuis le 2 juillet.', 'fr', '2024-07-05')).toEqual([
      ['2024-07-14', true], ['2024-07-19', true], ['2024-07-02', false],
    ]);
    expect(labelled('Les pots portant la mention « à consommer de préférence avant le 30 août 2024 » ont été rappelés vendredi.', 'fr', '2024-07-05')).toEqual([
      ['2024-08-30', true], ['2024-07-05', false],
    ]);
    expect(labelled('The yoghurts, with use-by dates from 14 July 2024 to 19 July 2024, were withdrawn on Tuesday.', 'en', '2024-07-05')).toEqual([
      ['2024-07-14', true], ['2024-07-19', true], ['2024-07-02', false],
    ]);
    expect(labelled('Shoppers should check for an expiry date of July 19, 2024 on the lid.', 'en', '2024-07-05')).toEqual([['2024-07-19', true]]);
  });

  it('leaves a date far from the label, or past a comma, as a date', () => {
    expect(labelled('The best before dates were printed wrongly, the dairy said on 3 July 2024.', 'en', '2024-07-05')).toEqual([['2024-07-03', false]]);
  });
});
