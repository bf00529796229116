import { describe, expect, it } from 'vitest';
import { ownCorpus } from '../ownCorpus.js';
import { buildTimeline } from '../../src/timeline/buildTimeline.js';

// Written for this test: one dispatch, rewritten by a second outlet, plus two outlets on the same story.
const ARTICLES: Record<string, string> = {
  'wire-2026-04-14.md':
    '---\noutlet: Wire One\nlang: en\npublished: 2026-04-14\n---\nThe board of Ardenne Foods removed chief executive Paul Marsh late Monday, saying it had lost confidence in him, and named finance chief Lena Ortiz as interim CEO.\n\nArdenne Foods shares fell 9% on Tuesday after the board removed Paul Marsh.\n',
  'daily-2026-04-14.md':
    "---\noutlet: The Daily\nlang: en\npublished: 2026-04-14\n---\nArdenne Foods' board fired Paul Marsh on Monday night, accusing him of hiding losses, and put Lena Ortiz, who ran its accounts, in charge for now.\n\nThe Ardenne Foods board met again on Tuesday, as the chief executive Paul Marsh said he had been removed unfairly.\n",
  'post-2026-04-15.md':
    '---\noutlet: The Post\nlang: en\npublished: 2026-04-15\n---\nPaul Marsh, ousted as chief executive of Ardenne Foods by the board, said on Tuesday he would sue, saying he had lost nothing.\n\nArdenne Foods employees gathered outside the headquarters on Tuesday to back Paul Marsh against the board.\n',
  'herald-2026-04-15.md':
    '---\noutlet: The Herald\nlang: en\npublished: 2026-04-15\n---\nThe Ardenne Foods board defended on Tuesday its decision to remove Paul Marsh, saying confidence in the chief executive was lost.\n\nAnalysts said the board of Ardenne Foods had named no permanent chief executive to replace Paul Marsh, and that an interim finance team had lost confidence.\n\nAuditors accused managers of hiding losses in the accounts, a charge the company denied; workers were fired at night, they said.\n',
};

describe('/timeline groups a rewritten dispatch with its original by their names', () => {
  const engineOf = ownCorpus('rewritten', ARTICLES);

  it('shows the Monday removal once, citing both outlets', () => {
    const monday = buildTimeline(engineOf()).events.filter((e) => e.date === '2026-04-13');
    expect(monday).toHaveLength(1);
    expect(monday[0].articleIds.sort()).toEqual(['daily-2026-04-14', 'wire-2026-04-14']);
  });
});
