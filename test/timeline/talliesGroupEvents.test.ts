import { describe, expect, it } from 'vitest';
import { ownCorpus } from '../ownCorpus.js';
import { buildTimeline } from '../../src/timeline/buildTimeline.js';

// Written for this test: a fire's toll told at dawn, then raised in the evening, in French and in English.
const ARTICLES: Record<string, string> = {
  'matin-2025-06-03.md':
    "---\noutlet: Le Matin\nlang: fr\npublished: 2025-06-03\n---\nSelon un premier bilan établi mardi, l'incendie de l'entrepôt de Brévannes a fait deux morts et quatorze blessés.\n",
  'soir-2025-06-04.md':
    "---\noutlet: Le Soir\nlang: fr\npublished: 2025-06-04\n---\nLe bilan de l'incendie de l'entrepôt de Brévannes s'est alourdi mardi soir : cinq morts et dix-huit blessés, selon la préfecture.\n",
  'wire-2025-06-04.md':
    '---\noutlet: Wire One\nlang: en\npublished: 2025-06-04\n---\nThe death toll from the warehouse blaze rose to five on Tuesday evening, with 18 people injured, the prefecture said.\n',
};

describe('/timeline groups the reports of one day by the tallies they give', () => {
  const engineOf = ownCorpus('tally-groups', ARTICLES);
  const tuesday = () => buildTimeline(engineOf()).events.filter((e) => e.date === '2025-06-03');

  it('groups a French and an English report of one toll, figures written in words or digits', () => {
    const toll = tuesday().find((e) => e.articleIds.includes('wire-2025-06-04'));
    expect(toll?.articleIds.sort()).toEqual(['soir-2025-06-04', 'wire-2025-06-04']);
  });

  it('keeps a toll with other figures apart, however alike its words', () => {
    const dawn = tuesday().find((e) => e.articleIds.includes('matin-2025-06-03'));
    expect(dawn?.articleIds).toEqual(['matin-2025-06-03']);
  });
});
