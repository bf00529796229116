/**
 * The quotation text shown to users ends with the quoted words, not with the comma that ties
 * them to the attribution ("“…lorry,” the captain said", "« …, » a-t-il dit").
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parseArticle.js';
import { extractQuotes } from '../../src/quotes/extractQuotes.js';

function quotesOf(name: string, text: string): string[] {
  const result = parseArticle(name, Buffer.from(text));
  if (!result.ok) throw new Error(result.problem.reason);
  return extractQuotes(result.article).quotations.filter((q) => q.kind === 'direct').map((q) => q.quote);
}

describe('quotation text', () => {
  it('drops the comma before an English attribution, and keeps final punctuation that is part of the words', () => {
    const quotes = quotesOf(
      'harbour-2025-02-11.txt',
      'The cargo ship ran aground on Monday night, the port authority said.\n\n' +
        '"The fire most likely started in a refrigerated container," the captain said. "Is anyone still on board?" he asked the crew.',
    );
    expect(quotes).toEqual(['The fire most likely started in a refrigerated container', 'Is anyone still on board?']);
  });

  it('drops the comma before a French attribution', () => {
    const quotes = quotesOf(
      'port-2025-02-11.txt',
      "Le cargo s'est échoué lundi soir, a indiqué l'autorité portuaire.\n\n" +
        '« Le feu a probablement pris dans un conteneur frigorifique, » a déclaré le capitaine, Paul Durand. « Tout le monde est sain et sauf », a-t-il ajouté.',
    );
    expect(quotes).toEqual(['Le feu a probablement pris dans un conteneur frigorifique', 'Tout le monde est sain et sauf']);
  });
});
