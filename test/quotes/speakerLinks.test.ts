/**
 * Speakers linked back to the person an earlier sentence named (fix-ws2): a role whose
 * organisation is only a modifier, … (each case on a short text written for the test).
 */
import { describe, expect, it } from 'vitest';
import { speakersOf } from './speakersOf.js';

describe('a role modified by an organisation noun is a person', () => {
  it('"the union leader" is the union man named the sentence before, not a body called "Union leader"', async () => {
    const who = await speakersOf(
      'en',
      `Dock workers voted to end their walkout on Monday after a new offer from the port authority.\n\nThe TWU's Peter Holloway sounded cautious. "This is only the first round of a long fight," the union leader said.`,
    );
    expect(who('first round of a long fight')).toBe('Peter Holloway');
  });
});
