import { describe, expect, it } from 'vitest';
import { speaksOfItself } from '../../src/summary/textUnits.js';

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
