/**
 * Dates the QA fixtures read wrong, on sentences written for these tests: a bare weekday in a sentence
 * told in the past is the day gone by, even where the word before it only looks like a present-tense
 * verb ("quinze samedi", "la panne mardi soir"); a second past predicate ("… et condamné en février")
 * dates a fact of its own; a live blog's clock stamp in Markdown bold ("**08:02** —") dates its entry;
 * a date line closed by "| Interview by <name>" dates the article.
 * 2026-05-11 is a Monday, 2026-05-14 a Thursday.
 */
import { describe, expect, it } from 'vitest';
import { ownCorpus } from '../ownCorpus.js';
import { buildTimeline } from '../../src/timeline/buildTimeline.js';
import { readDates } from '../../src/timeline/readDates.js';
import { parseArticle } from '../../src/corpus/parseArticle.js';

const dates = (text: string, lang: 'fr' | 'en', published: string) => readDates(text, lang, published).map((d) => [d.text, d.date]);

describe('a bare weekday in a sentence told in the past', () => {
  it('is read backward in an enumeration after a passé composé (fr)', () => {
    expect(dates('Quarante personnes ont été interpellées, quinze samedi et vingt-cinq dimanche.', 'fr', '2026-05-11')).toEqual([
      ['samedi', '2026-05-09'],
      ['dimanche', '2026-05-10'],
    ]);
  });

  it('is read backward after a noun with a determiner, not taken for a present-tense verb (fr)', () => {
    expect(dates('À midi ce jeudi, 300 abonnés restaient sans réseau, contre 5 000 au plus fort de la panne mardi soir.', 'fr', '2026-05-14')).toEqual([
      ['jeudi', '2026-05-14'],
      ['mardi soir', '2026-05-12'],
    ]);
  });

  it('still reads a weekday after a present-tense verb as the coming one', () => {
    expect(dates('Le comité des fêtes installe dimanche un marché nocturne sur la place.', 'fr', '2026-05-14')).toEqual([['dimanche', '2026-05-17']]);
  });
});

describe('a second past predicate with its own date, a bold live stamp', () => {
  const engineOf = ownCorpus('second-facts', {
    'vigie-2026-05-14.md': [
      '---', 'outlet: La Vigie', 'lang: fr', 'published: 2026-05-14', '---',
      "L'ingénieur Paul Serran, 52 ans, avait été arrêté en août 2025 à Morvel puis condamné en février à six ans de prison pour sabotage.",
    ],
    'coast-live-2026-05-12.md': [
      '---', 'outlet: Coast Desk', 'lang: en', 'published: 2026-05-12', '---',
      '**22:10** — A red flood warning is in force along the whole Marrow estuary.',
      '',
      '**23:40** — Sandbags are being handed out at the Marrow town hall.',
      '',
      '**00:30** — The river has burst its banks at the Marrow weir.',
    ],
  });
  const events = () => buildTimeline(engineOf(), { maxEvents: 30 }).events;

  it('dates the second predicate of the sentence too ("… puis condamné en février")', () => {
    expect(events().filter((e) => /Paul Serran/.test(e.text)).map((e) => e.date).sort()).toEqual(['2025-08', '2026-02']);
  });

  it('dates live-blog entries stamped in Markdown bold, past midnight on the next day', () => {
    expect(events().find((e) => /Sandbags are being handed out/.test(e.text))?.date).toBe('2026-05-12');
    expect(events().find((e) => /burst its banks/.test(e.text))?.date).toBe('2026-05-13');
    expect(events().map((e) => e.text).join('\n')).not.toContain('**');
  });
});

describe('a date line closed by a role and a byline after a bar', () => {
  it('"Published 15 January 2026 at 09:30 | Interview by <name>" dates the article and is no text of it', () => {
    const result = parseArticle(
      'gridnotes-interview.txt',
      Buffer.from('Grid Notes | News | Jobs\n"The network held"\nPublished 15 January 2026 at 09:30 | Interview by Ana Kerr\n\nPower was restored to every home on Wednesday, the operator said.\n'),
    );
    if (!result.ok) throw new Error(result.problem.reason);
    expect(result.article.published?.slice(0, 10)).toBe('2026-01-15');
    expect(result.article.paragraphs.map((p) => p.text).join('\n')).not.toContain('Interview by');
  });
});
