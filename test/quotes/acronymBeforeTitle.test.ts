/**
 * An acronym right before a title ("an ASL spokesperson", "a NATO official") names whom the person speaks for, as "a
 * spokesperson for ASL" does; it is never the speaker's name. Short texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { readSpeakers } from './speakersOf.js';

describe('an acronym before a title', () => {
  it('en: "a TKR spokeswoman said" reads as a spokeswoman for TKR, not as the speaker "TKR"', async () => {
    const q = await readSpeakers(
      'en',
      [
        'The rail freight operator TKR said on Thursday it would close two depots in the north.',
        '"No driver will lose a job because of this," a TKR spokeswoman said, adding that staff would be moved to Carlow.',
      ].join('\n\n'),
    );
    const found = q('No driver will lose a job');
    expect(found.name).not.toBe('TKR');
    expect(found.name?.toLowerCase()).toContain('spokeswoman');
    expect(found.name).toContain('TKR');
  });

  it('en: the same spokesperson named both ways is one speaker', async () => {
    const q = await readSpeakers(
      'en',
      [
        '"The plant will stay open through the winter," a spokesperson for BVG said on Monday.',
        'Unions were not reassured. "We have heard this before," said shop steward Dana Whitlow.',
        '"Orders are up for the first time in three years," a BVG spokesperson added on Tuesday.',
      ].join('\n\n'),
    );
    expect(q('Orders are up for the first time').name).toBe(q('The plant will stay open').name);
    expect(q('Orders are up for the first time').name).not.toBe('BVG');
  });
});
