/**
 * A role whose complement is an organisation ("la présidente du groupe Union centriste") is a person's title: another
 * outlet that names her with that title, even with one more complement ("… au Sénat, Claire Pelletier"), names her here.
 */
import { describe, expect, it } from 'vitest';
import { quotationsIn } from './speakersOf.js';

const fm = (outlet: string, lang: string, day: string) => `---\noutlet: ${outlet}\nlang: ${lang}\npublished: 2024-03-${day}\n---\n`;

describe('a title with an organisation for complement is named by another article', () => {
  it('"estime la présidente du groupe Union centriste" is the woman another outlet names with that title', async () => {
    const members = await quotationsIn({
      'a.md': `${fm('Le Courrier', 'fr', '04')}La présidente du groupe Union centriste au Sénat, Claire Pelletier, a jugé la réforme « mal préparée ».\n`,
      'b.md': `${fm('La Dépêche du soir', 'fr', '05')}Le gouvernement maintient son calendrier. « Le texte doit revenir en commission dès la semaine prochaine », estime la présidente du groupe Union centriste.\n`,
    });
    const found = members.find((m) => m.quote.includes('revenir en commission'));
    expect(found?.speakerRef?.name).toBe('Claire Pelletier');
  });
});
