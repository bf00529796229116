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

describe('a transcript opened by a short question is read like a longer one', () => {
  const short = (lang: 'en' | 'fr', lines: string[]) =>
    quotationsIn({ 'article.md': `---\noutlet: Harbour Weekly\nlang: ${lang}\npublished: 2024-03-04\n---\n${lines.join('\n\n')}\n` });

  it('the first answer after "Label: Is it safe?" is the named guest\'s', async () => {
    const members = await short('en', [
      'The council reopened the ferry line this morning after a week of repairs.',
      'We put a few questions to Tomas Brenner, the harbour pilot.',
      'Harbour Weekly: Is it safe?',
      'Tomas Brenner: For small boats, yes. The big ferries still have to wait for the tide.',
      'Harbour Weekly: What changed since last week?',
      'Tomas Brenner: The channel was dredged on Thursday and the buoys were moved back.',
    ]);
    const who = (words: string) => members.find((m) => m.quote.includes(words))?.speakerRef?.name ?? null;
    expect(who('For small boats, yes')).toBe('Tomas Brenner');
    expect(members.some((m) => m.quote.includes('Is it safe'))).toBe(false);
  });

  it('« La Gazette : C\'est sûr ? » opens the interview in French too', async () => {
    const members = await short('fr', [
      'Le port a rouvert ce matin après une semaine de travaux.',
      'Nous avons posé quelques questions à Tomas Brenner, pilote du port.',
      'La Gazette : C\'est sûr ?',
      'Tomas Brenner : Pour les petits bateaux, oui. Les gros ferries doivent encore attendre la marée.',
      'La Gazette : Qu\'est-ce qui a changé depuis la semaine dernière ?',
      'Tomas Brenner : Le chenal a été dragué jeudi et les bouées ont été replacées.',
    ]);
    const who = (words: string) => members.find((m) => m.quote.includes(words))?.speakerRef?.name ?? null;
    expect(who('Pour les petits bateaux, oui')).toBe('Tomas Brenner');
  });
});

describe('a "Q:" transcript answered under a surname alone', () => {
  it('"Surname: …" after a "Q: …?" line is that person\'s answer, and "What I can say is that…" names no speaker "What"', async () => {
    const members = await quotationsIn({
      'article.md': [
        '---\noutlet: Harbour Weekly\nlang: en\npublished: 2024-03-04\n---',
        'Asked about the strike, Brenner said: "The pilots will be back on Monday."',
        'Q: Who will pay for the lost days?\nBrenner: The port authority, as always. What I can say is that the ferries were never at risk.',
        'Q: Will you resign?\nBrenner: Not this week.',
        '"We expect the first ferry at dawn," he said.',
      ].join('\n\n') + '\n',
    });
    const who = (words: string) => members.find((m) => m.quote.includes(words))?.speakerRef?.name ?? null;
    expect(who('The port authority, as always')).toBe('Brenner');
    expect(who('Not this week')).toBe('Brenner');
    expect(members.some((m) => m.speakerRef?.name?.startsWith('What'))).toBe(false);
    expect(who('We expect the first ferry at dawn')).toBe('Brenner');
  });
});
