/**
 * An impersonal passive before a verb of speech ("il est rappelé que", "it is stressed that") is the
 * statement's own voice: no report of the person the clause then names.
 */
import { describe, expect, it } from 'vitest';
import { quotationsIn } from './speakersOf.js';

const article = (lang: 'fr' | 'en', body: string) => ({ 'article.md': `---\noutlet: Exemple\nlang: ${lang}\npublished: 2024-03-04\n---\n${body}\n` });

describe('an impersonal passive reports no one', () => {
  it('« Il est rappelé que M. X est … » is not X\'s words', async () => {
    const members = await quotationsIn(article('fr', [
      "« Je ne reviendrai pas », avait lancé Marc Dubreuil à son avocat avant de s'évader lundi.",
      "Le parquet a ouvert une enquête. Il est rappelé que M. Dubreuil est susceptible d'être dangereux et qu'il ne faut pas l'approcher.",
    ].join('\n\n')));
    expect(members.filter((m) => m.speakerRef?.name?.includes('Dubreuil')).map((m) => m.quote)).toEqual(['Je ne reviendrai pas']);
  });

  it('"It is stressed that Mr X may be armed" is not X\'s words', async () => {
    const members = await quotationsIn(article('en', [
      '"I will not come back," Mark Doyle told his lawyer before he escaped on Monday.',
      'Police have opened an inquiry. It is stressed that Mr Doyle may be armed and that he must not be approached.',
    ].join('\n\n')));
    expect(members.filter((m) => m.speakerRef?.name?.includes('Doyle')).map((m) => m.quote)).toEqual(['I will not come back']);
  });
});
