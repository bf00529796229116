import { describe, expect, it } from 'vitest';
import { ownCorpus } from '../ownCorpus.js';
import { factModelOf } from '../../src/summary/summarize.js';

// Own text: one deadline named in French and in English, and another day of the same month.
const article = (outlet: string, lang: string, body: string) => `---
title: "Deadline"
outlet: ${outlet}
published: 2025-12-02
lang: ${lang}
---
${body}
`;

describe('summary fact space: a day of a month is one word in both languages', () => {
  const engine = ownCorpus('day-terms', {
    'fr-2025-12-02.md': article('Journal un', 'fr', 'Le groupe devra se conformer à la décision d’ici au 2 mars, a précisé le régulateur.\n\nLa décision sera publiée le 12 mars.'),
    'en-2025-12-02.md': article('Paper two', 'en', 'The company has until March 2 to comply with the decision, the regulator said.\n\nA hearing is set for 2 March.'),
  });
  const termsOf = (pattern: RegExp) => factModelOf(engine()).units.find((u) => pattern.test(u.unit.text))!.terms;

  it('gives « 2 mars », "March 2" and "2 March" one term, and « 12 mars » another', () => {
    const french = [...termsOf(/d’ici au 2 mars/)].filter((t) => t.startsWith('day:'));
    expect(french).toHaveLength(1);
    expect(termsOf(/until March 2/).has(french[0])).toBe(true);
    expect(termsOf(/set for 2 March/).has(french[0])).toBe(true);
    expect(termsOf(/le 12 mars/).has(french[0])).toBe(false);
  });
});

describe('summary fact space: a thousand million is one word in both languages', () => {
  const engine = ownCorpus('magnitude-terms', {
    'fr-2025-12-02.md': article('Journal un', 'fr', 'Le régulateur a infligé une amende de 1,2 milliard d’euros au groupe.'),
    'en-2025-12-02.md': article('Paper two', 'en', 'The regulator fined the group €1.2bn on Tuesday.\n\nThe fine is the largest in 1.2 billion years.'),
  });
  const termsOf = (pattern: RegExp) => factModelOf(engine()).units.find((u) => pattern.test(u.unit.text))!.terms;

  it('gives « milliard », "bn" and "billion" one term, and splits "1.2bn" into its figure and the word', () => {
    const french = termsOf(/milliard/);
    const english = termsOf(/€1\.2bn/);
    const shared = [...french].filter((t) => english.has(t));
    expect(shared).toEqual(expect.arrayContaining(['2', 'magnitude:9']));
    expect(termsOf(/billion years/).has('magnitude:9')).toBe(true);
  });
});
