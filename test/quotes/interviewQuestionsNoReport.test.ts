/**
 * An interviewer's question line is the journalist's lead-in: it yields no quotation and no reported speech of
 * anyone, even of the person or company it names ("X says it will fly again. Is that realistic?").
 */
import { describe, expect, it } from 'vitest';
import { quotationsIn } from './speakersOf.js';

const article = (lang: 'fr' | 'en', body: string) => ({ 'a.md': `---\noutlet: Orbit Weekly\nlang: ${lang}\npublished: 2024-03-04\n---\n${body}\n` });

describe('an interview question line reports nobody', () => {
  it('a "Name: …?" transcript: the interviewer\'s lead-in is no report of the company it names', async () => {
    const members = await quotationsIn(
      article(
        'en',
        [
          'We asked Jane Marlow, a former propulsion engineer, what the first data tell us.',
          'Orbit Weekly: What does a failure at T+70 seconds tell you?',
          'Jane Marlow: Seventy seconds is close to max-Q. Any structural weakness shows up there first.',
          'Orbit Weekly: Kestrel Aerospace says it will fly again within the year. Is that realistic?',
          'Jane Marlow: Six months is optimistic. I would not expect a flight before next year.',
        ].join('\n\n'),
      ),
    );
    expect(members.filter((m) => m.quote.includes('fly again within the year'))).toEqual([]);
    expect(members.find((m) => m.quote.includes('Six months is optimistic'))?.speakerRef?.name).toBe('Jane Marlow');
  });

  it('a "Q : … ?" line in French: « le maire a déclaré que … » inside the question is no report', async () => {
    const members = await quotationsIn(
      article(
        'fr',
        [
          'Trois questions à Sophie Garnier, ingénieure en structures à l\'université de Lorne',
          'Q : Le maire a déclaré que le pont serait rouvert dès le mois de mai. Est-ce tenable ?',
          'R : Non. Il faudra au minimum un an de travaux avant la moindre réouverture.',
          'Q : Faut-il fermer d\'autres ponts ?',
          'R : Il faut contrôler en urgence tous les ouvrages de la même génération.',
        ].join('\n\n'),
      ),
    );
    expect(members.filter((m) => m.quote.includes('rouvert dès le mois de mai'))).toEqual([]);
    expect(members.find((m) => m.quote.includes('un an de travaux'))?.speakerRef?.name).toBe('Sophie Garnier');
  });
});
