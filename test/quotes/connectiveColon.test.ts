/**
 * A connective and a manner before a colon ("Puis, la voix serrée : « … »", "Then, more quietly:
 * \"…\"") name no one: the quotation carries on the speaker before. Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { speakersOf } from './speakersOf.js';

describe('a connective before a colon is no speaker', () => {
  it('fr: « … », dit X. Puis, les yeux baissés : « … »', async () => {
    const who = await speakersOf('fr', "Le gardien Louis Carrel a quitté le stade en silence. « Nous avons tout perdu ce soir », a reconnu Louis Carrel. Puis, les yeux baissés : « Je présenterai mes excuses aux supporters. »");
    expect(who('Je présenterai mes excuses')).toBe('Louis Carrel');
  });
  it('en: "…," said X. Then, more quietly: "…"', async () => {
    const who = await speakersOf('en', 'The goalkeeper Louis Carrel left the ground in silence. "We lost everything tonight," said Louis Carrel. Then, more quietly: "I will apologise to the fans."');
    expect(who('I will apologise to the fans')).toBe('Louis Carrel');
  });
});
