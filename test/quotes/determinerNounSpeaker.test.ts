/**
 * A speaker phrase whose noun after the article is also a speech verb ("a state official", "a
 * claim adjuster"): after a determiner the word is a noun, so the whole phrase is the speaker, an
 * unnamed person known by a role. Short wire-style texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { quotationsIn } from './speakersOf.js';

const body = (attribution: string) => `Flood closes valley road

The river burst its banks on Monday, flooding about 200 homes in the lower valley.

"The water is rising faster than we expected, which worries us," ${attribution}

Crews worked through the night to pump out the basements.`;

async function speakerOf(attribution: string) {
  const members = await quotationsIn({ 'flood.md': `---\noutlet: Valley Gazette\nlang: en\npublished: 2025-04-07\n---\n${body(attribution)}\n` });
  const q = members.find((m) => m.quote.includes('The water is rising faster'));
  return q?.speakerRef?.name ?? null;
}

describe('a role phrase whose noun is also a speech verb', () => {
  it('"a state official told the Gazette, speaking on condition of anonymity" is the speaker, unnamed', async () => {
    expect(await speakerOf('a state official told the Gazette, speaking on condition of anonymity.')).toBe('a state official');
  });
  it('"a state official said" is the speaker', async () => {
    expect(await speakerOf('a state official said.')).toBe('a state official');
  });
});
