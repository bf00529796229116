/**
 * A present-participle clause opening a sentence ("Dénonçant des retards dans…, le syndicat a
 * annoncé que…", "Citing a lack of funds, the council said that…") is no part of the subject.
 * Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { quotationsIn } from './speakersOf.js';

async function phraseOf(lang: 'fr' | 'en', body: string, words: string) {
  const m = await quotationsIn({ 'a.md': `---\noutlet: Exemple\nlang: ${lang}\npublished: 2024-03-04\n---\n${body}\n` });
  const found = m.find((x) => x.quote.includes(words));
  if (!found) throw new Error(`no quotation holds "${words}": ${m.map((x) => x.quote).join(' | ')}`);
  return found.speakerPhrase;
}

describe('an opening present-participle clause is no part of the subject', () => {
  it('fr: « Dénonçant des retards dans …, le syndicat a annoncé qu\'il … »', async () => {
    expect(await phraseOf('fr', "La grève a repris lundi. Dénonçant des retards de paiement dans trois ateliers de montage, le syndicat a annoncé qu'il appellerait à une nouvelle journée de grève jeudi.", 'appellerait à une nouvelle journée')).toBe('le syndicat');
  });
  it('en: "Citing a lack of funds for the two pools, the council said that …"', async () => {
    expect(await phraseOf('en', 'The pools closed on Monday. Citing a lack of funds for the two pools in the east of the town, the council said that it would not reopen them before the summer.', 'would not reopen them')).toBe('the council');
  });
});
