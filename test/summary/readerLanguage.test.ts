import { describe, expect, it } from 'vitest';
import { ownCorpus } from '../ownCorpus.js';
import { summarize } from '../../src/summary/summarize.js';

// Own text: a storm reported by two English and two French outlets. Each fact is reported in both
// languages with the same names and figures, so the outlets of one language cite those of the other.
const article = (outlet: string, lang: 'fr' | 'en', published: string, title: string, body: string) => `---
title: ${JSON.stringify(title)}
outlet: ${outlet}
published: ${published}
lang: ${lang}
---
${body}
`;
const storm = {
  'wire-2025-02-10.md': article('Wire One', 'en', '2025-02-10', 'Storm Ilse hits Brenmouth', 'Storm Ilse hit the port of Brenmouth on Monday with gusts of 162 km/h, officials said.\n\nThe Kerlac ferry terminal was closed until Wednesday and the Orla bridge was shut to traffic, the port authority said.'),
  'daily-2025-02-10.md': article('Daily Two', 'en', '2025-02-10', 'Storm Ilse batters Brenmouth', 'Gusts of 162 km/h were recorded as Storm Ilse hit Brenmouth on Monday, forecasters said.\n\nAbout 3,400 homes in the Vennick district were left without power, the Norgrid network said.'),
  'journal-2025-02-10.md': article('Journal Trois', 'fr', '2025-02-10', 'La tempête Ilse frappe Brenmouth', 'La tempête Ilse a frappé lundi le port de Brenmouth avec des rafales à 162 km/h, selon les autorités.\n\nLe terminal des ferries de Kerlac restera fermé jusqu\'à mercredi et le pont Orla est interdit à la circulation, a indiqué le port.'),
  'gazette-2025-02-10.md': article('Gazette Quatre', 'fr', '2025-02-10', 'Tempête Ilse : Brenmouth touchée', 'Des rafales à 162 km/h ont été relevées lundi à Brenmouth au passage de la tempête Ilse, selon les prévisionnistes.\n\nQuelque 3 400 foyers du quartier de Vennick ont été privés d\'électricité, selon le réseau Norgrid.'),
};

describe("/summary: a fact reported in both languages is told once, in the reader's language", () => {
  const engine = ownCorpus('reader-language', storm);
  const sentences = (locale: 'fr' | 'en') => summarize(engine(), { locale }).sentences;
  const telling = (locale: 'fr' | 'en', pattern: RegExp) => sentences(locale).filter((s) => pattern.test(s.text));
  // The story (the storm, its gusts) and the power cut, in either language.
  const storyWords = /Storm Ilse hit|tempête Ilse a frappé|Gusts of 162|rafales à 162 km\/h ont été relevées/;
  const powerCut = /Vennick/;

  it('shows the French report to a French reader and the English one to an English reader', () => {
    for (const pattern of [storyWords, powerCut]) {
      expect(telling('fr', pattern).map((s) => s.unit.lang)).toEqual(['fr']);
      expect(telling('en', pattern).map((s) => s.unit.lang)).toEqual(['en']);
    }
  });

  it("cites the other language's outlets reporting the fact beside it", () => {
    expect(telling('fr', powerCut)[0].articleIds).toEqual(['gazette-2025-02-10', 'daily-2025-02-10']);
    expect(telling('en', powerCut)[0].articleIds).toEqual(['daily-2025-02-10', 'gazette-2025-02-10']);
    // The four outlets tell the storm in the same names and figures: all four are cited, in either language.
    for (const locale of ['fr', 'en'] as const) expect([...telling(locale, storyWords)[0].articleIds].sort()).toEqual(['daily-2025-02-10', 'gazette-2025-02-10', 'journal-2025-02-10', 'wire-2025-02-10']);
  });

  it('without a reader language, still tells the story once', () => {
    expect(summarize(engine()).sentences.filter((s) => storyWords.test(s.text))).toHaveLength(1);
  });
});
