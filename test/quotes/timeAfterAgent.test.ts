/**
 * A time phrase after the agent of "selon … publiés par X" / "according to figures released by X"
 * is no part of X ("par la préfecture peu après minuit" → la préfecture). Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { quotationsIn } from './speakersOf.js';

async function phraseOf(lang: 'fr' | 'en', body: string, words: string) {
  const m = await quotationsIn({ 'a.md': `---\noutlet: Exemple\nlang: ${lang}\npublished: 2024-03-04\n---\n${body}\n` });
  const found = m.find((x) => x.quote.includes(words));
  if (!found) throw new Error(`no quotation holds "${words}": ${m.map((x) => x.quote).join(' | ')}`);
  return found.speakerPhrase;
}

describe('a time phrase ends the agent', () => {
  it('fr: "…, selon les chiffres publiés par la préfecture peu après minuit."', async () => {
    expect(await phraseOf('fr', "Le fleuve est sorti de son lit. Plus de deux cents maisons ont été évacuées dans la nuit, selon les chiffres publiés par la préfecture peu après minuit.", 'deux cents maisons')).toBe('la préfecture');
  });
  it('en: "…, according to figures released by the county shortly after midnight."', async () => {
    expect(await phraseOf('en', 'The river burst its banks. More than two hundred homes were evacuated overnight, according to figures released by the county shortly after midnight.', 'two hundred homes')).toBe('the county');
  });
});
