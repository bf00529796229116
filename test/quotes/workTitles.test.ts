/**
 * A work's title in quotation marks (a film, a book, a song) is no one's words: beside a noun for
 * a work, before its author, or as the subject of the verb after it, even in a headline.
 */
import { describe, expect, it } from 'vitest';
import { quotationsIn } from './speakersOf.js';

const article = (lang: 'fr' | 'en', body: string) => ({ 'article.md': `---\noutlet: Exemple\nlang: ${lang}\npublished: 2024-03-04\n---\n${body}\n` });

describe('a work\'s title in quotation marks is no quotation', () => {
  it('« … » de <auteur> after a verb, and « … », film … in a headline, are titles', async () => {
    const quotes = (await quotationsIn(article('fr', [
      "Festival de Brévent : « Les Nuits de Verre », film contesté, remporte le grand prix",
      "Le délégué général du festival, Marc Olivier, a défendu lundi le choix du jury de récompenser « Les Nuits de Verre » d'Ana Ribeiro. « Le jury est libre », a-t-il dit.",
    ].join('\n\n')))).map((m) => m.quote);
    expect(quotes.some((q) => q.includes('Nuits de Verre'))).toBe(false);
    expect(quotes).toContain('Le jury est libre');
  });

  it('"drama \'…\' wins" in a headline, "X\'s \\"…\\", a drama", and "\\"…\\" had sold" are titles', async () => {
    const quotes = (await quotationsIn(article('en', [
      "Mountain drama 'Glass Nights' wins Brevent's top prize",
      'Portuguese director Ana Ribeiro\'s "Glass Nights", a drama about a flooded valley, won the prize. "The jury is free," festival head Mark Oliver said.',
      'By Monday "Glass Nights" had sold 20,000 tickets.',
    ].join('\n\n')))).map((m) => m.quote);
    expect(quotes.some((q) => q === 'Glass Nights')).toBe(false);
    expect(quotes).toContain('The jury is free');
  });
});
