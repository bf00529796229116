/**
 * Months told relative to publication ("le mois prochain", "next month", "plus tard ce mois-ci",
 * "later this month", "le mois dernier", "last month") are dated to the month after, of or before
 * publication, with month precision. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { readDates } from '../../src/timeline/readDates.js';

const months = (text: string, lang: 'fr' | 'en', published: string | null) =>
  readDates(text, lang, published).map((d) => [d.text, d.date, d.precision, d.kind]);

describe('relative months', () => {
  it('reads French relative months against the publication date', () => {
    expect(months("L'autorité rendra ses conclusions le mois prochain.", 'fr', '2024-03-08T10:00Z')).toEqual([['le mois prochain', '2024-04', 'month', 'relative']]);
    expect(months('Le chantier doit se terminer plus tard ce mois-ci.', 'fr', '2024-03-08')).toEqual([['plus tard ce mois-ci', '2024-03', 'month', 'relative']]);
    expect(months('Le vote aura lieu ce mois-ci, après les ventes du mois dernier.', 'fr', '2024-01-15')).toEqual([
      ['ce mois-ci', '2024-01', 'month', 'relative'],
      ['mois dernier', '2023-12', 'month', 'relative'],
    ]);
    expect(months('Les prix ont baissé le mois dernier.', 'fr', '2024-01-15')).toEqual([['le mois dernier', '2023-12', 'month', 'relative']]);
    // Across the turn of the year.
    expect(months('Le rapport sera publié le mois prochain.', 'fr', '2024-12-20')).toEqual([['le mois prochain', '2025-01', 'month', 'relative']]);
  });

  it('reads English relative months against the publication date', () => {
    expect(months('The regulator will publish initial findings next month.', 'en', '2024-12-05')).toEqual([['next month', '2025-01', 'month', 'relative']]);
    expect(months('He is due to appear before the committee later this month.', 'en', '2024-03-08')).toEqual([['later this month', '2024-03', 'month', 'relative']]);
    expect(months('Sales fell last month, the company said.', 'en', '2024-03-08')).toEqual([['last month', '2024-02', 'month', 'relative']]);
  });

  it('leaves a span of time undated, and a month without a publication month unresolved', () => {
    expect(months('Prices are expected to rise over the next month, and fell in the last month.', 'en', '2024-03-08')).toEqual([]);
    expect(months('The report is due next month.', 'en', '2024')).toEqual([]);
    expect(months('Le rapport est attendu le mois prochain.', 'fr', null)).toEqual([]);
  });
});
