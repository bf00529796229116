import { describe, expect, it } from 'vitest';
import { isReport } from '../../src/summary/summarize.js';

describe('a reminder is background, not a report', () => {
  it('fr: « X rappelle que… » reports nothing new; « X a annoncé… » does', () => {
    expect(isReport("L'office rappelle que l'enquête technique ne vise pas à établir des responsabilités.", 'fr')).toBe(false);
    expect(isReport("L'office a annoncé l'ouverture d'une enquête technique.", 'fr')).toBe(true);
  });
  it('en: "X recalled that…" reports nothing new; "X said…" does', () => {
    expect(isReport('The office recalled that its inquiries never assign blame.', 'en')).toBe(false);
    expect(isReport('The office said it had opened a technical inquiry.', 'en')).toBe(true);
  });
});
