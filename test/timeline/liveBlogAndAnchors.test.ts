import { describe, expect, it } from 'vitest';
import { speaksOfItself } from '../../src/summary/textUnits.js';
import { readDates } from '../../src/timeline/readDates.js';

describe("a live blog's own furniture is no event", () => {
  it('reads the welcome and the sign-off of a live blog as self-reference (fr, en)', () => {
    expect(speaksOfItself("That's where we'll leave our live coverage of the floods for tonight.", 'en')).toBe(true);
    expect(speaksOfItself('Thanks for following the count with us today.', 'en')).toBe(true);
    expect(speaksOfItself('This live blog is now closed.', 'en')).toBe(true);
    expect(speaksOfItself('Nous clôturons ce direct, merci de nous avoir suivis.', 'fr')).toBe(true);
    expect(speaksOfItself('Bienvenue dans ce direct consacré au conseil municipal.', 'fr')).toBe(true);
  });

  it('keeps news that only mentions coverage or a welcome, and a welcome that tells a fact', () => {
    expect(speaksOfItself('Welcome to our live coverage of the summit, which opened yesterday in the capital.', 'en')).toBe(false);
    expect(speaksOfItself('Television networks carried live coverage of the funeral on Tuesday.', 'en')).toBe(false);
    expect(speaksOfItself('Le maire a souhaité la bienvenue aux réfugiés lundi.', 'fr')).toBe(false);
  });
});

describe('a weekday after the noun of an announced event looks ahead', () => {
  const day = (text: string, lang: 'fr' | 'en', published: string) => readDates(text, lang, published).map((m) => m.date);
  // Thursday 5 February 2026.
  it('dates "a annoncé la reprise des cours lundi" and "announced the reopening of the pool on Monday" to the coming Monday', () => {
    expect(day('Le recteur a annoncé la reprise des cours lundi.', 'fr', '2026-02-05')).toEqual(['2026-02-09']);
    expect(day('The council announced the reopening of the pool on Monday.', 'en', '2026-02-05')).toEqual(['2026-02-09']);
  });

  it('keeps the past when the event itself is told in the past or the date follows the verb', () => {
    expect(day('Le match de lundi a été interrompu par la pluie.', 'fr', '2026-02-05')).toEqual(['2026-02-02']);
    expect(day('Officials said the vote on Monday had gone smoothly.', 'en', '2026-02-05')).toEqual(['2026-02-02']);
    expect(day('The council announced on Monday the reopening of the pool.', 'en', '2026-02-05')).toEqual(['2026-02-02']);
  });
});
