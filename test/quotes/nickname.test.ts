/**
 * A nickname between quotation marks ("que ses joueurs surnomment « le Sorcier »", "nicknamed
 * 'the Wizard'") is a name given to someone, no one's quotation. Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { quotationsIn } from './speakersOf.js';

async function read(lang: 'fr' | 'en', body: string) {
  return quotationsIn({ 'a.md': `---\noutlet: Exemple\nlang: ${lang}\npublished: 2024-03-04\n---\n${body}\n` });
}

describe('a nickname is no quotation of anyone', () => {
  it('fr: « X, que ses joueurs surnomment « le Sorcier » et que toute la ville appelle ainsi »', async () => {
    const m = await read('fr', "Le club a un nouvel entraîneur. Paul Vasseur, que ses joueurs surnommaient « le Sorcier » et que toute la ville appelle encore ainsi, arrive lundi.");
    const nick = m.find((x) => x.quote === 'le Sorcier');
    expect(nick?.speakerPhrase ?? null).toBeNull();
    expect(nick?.speakerRef ?? null).toBeNull();
  });
  it('en: "X, nicknamed \'the Wizard\', the favourite, told reporters"', async () => {
    const m = await read('en', "The club has a new coach. The board said the new man would start soon, with Paul Vasseur, nicknamed 'the Wizard', the favourite.");
    const nick = m.find((x) => x.quote === 'the Wizard');
    expect(nick?.speakerRef ?? null).toBeNull();
  });
});
