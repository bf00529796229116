/**
 * An interview printed as a transcript, each line opened by a label and a colon ("Harbour Weekly: …?", "Tomas
 * Brenner: …"): a name's line right after another label's question is that person's answer, a quotation of theirs.
 */
import { describe, expect, it } from 'vitest';
import { quotationsIn } from './speakersOf.js';

const transcript = [
  'We spoke to Tomas Brenner, a retired bridge engineer, about the closure.',
  'Harbour Weekly: Why did the city close the bridge to all traffic on Monday?',
  'Tomas Brenner: The cables are older than anyone admits. I would not drive on it tonight.',
  'Harbour Weekly: Will it reopen before the end of the year, as the council says?',
  'Tomas Brenner: Honestly? Not before the winter is over.',
].join('\n\n');

describe('a transcript\'s "Name:" answers are the named person\'s quotations', () => {
  it('each answer after a labelled question is the person named before the colon', async () => {
    const members = await quotationsIn({ 'article.md': `---\noutlet: Harbour Weekly\nlang: en\npublished: 2024-03-04\n---\n${transcript}\n` });
    const who = (words: string) => members.find((m) => m.quote.includes(words))?.speakerRef?.name ?? null;
    expect(who('The cables are older than anyone admits')).toBe('Tomas Brenner');
    expect(who('Not before the winter is over')).toBe('Tomas Brenner');
  });

  it("the interviewer's questions are nobody's quotations", async () => {
    const members = await quotationsIn({ 'article.md': `---\noutlet: Harbour Weekly\nlang: en\npublished: 2024-03-04\n---\n${transcript}\n` });
    expect(members.some((m) => m.quote.includes('Why did the city close the bridge'))).toBe(false);
  });
});
