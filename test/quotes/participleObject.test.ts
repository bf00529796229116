/**
 * A speech participle right after a verb's object ("the recording shows the crew declaring: '…'")
 * is the object's speech: the speaker is the object, never the first capitalised word of the
 * sentence. Wire-style texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { readSpeakers } from './speakersOf.js';

describe('the object before a speech participle speaks', () => {
  it('en: "ATC audio … shows the crew declaring …: \'…\'" → the crew, not ATC', async () => {
    const q = await readSpeakers('en', "The jet landed on Sunday.\n\nATC audio from Sunday evening shows the crew declaring an emergency before touchdown: 'Mayday, mayday, we have lost both engines.' The controller cleared the flight.");
    expect(q('we have lost both engines').phrase).toBe('the crew');
    // The subject still speaks when nothing stands between it and its participle but a verb or a place.
    const r = await readSpeakers('en', 'The plant closed on Monday.\n\nMayor Tom Hill went on radio saying "we will rebuild the bridge this year".');
    expect(r('we will rebuild the bridge').name).toBe('Tom Hill');
  });
});
