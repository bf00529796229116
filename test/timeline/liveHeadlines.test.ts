import { describe, expect, it } from 'vitest';
import { ownCorpus } from '../ownCorpus.js';
import { buildTimeline } from '../../src/timeline/buildTimeline.js';

// Written for this test: two live blogs of a mine flood on Thursday 2 July 2026, whose entries open with a stamped headline,
// and a third blog of the next day.
const ARTICLES: Record<string, string[]> = {
  'mine-direct-2026-07-02.md': [
    '---', 'title: Inondation de la mine de Carvin, en direct', 'outlet: Direct Nord', 'lang: fr', 'published: 2026-07-02T08:00:00+02:00', '---',
    '16h40 — Premier contact avec les mineurs.',
    '',
    'Les sauveteurs ont établi un contact radio avec les six mineurs bloqués dans la galerie nord.',
    '',
    '## 09h15 — Alerte au puits numéro 3',
    '',
    "Une poche d'eau a envahi la galerie nord du puits numéro 3 de Carvin, selon l'exploitant.",
  ],
  'mine-live-2026-07-02.md': [
    '---', 'title: Carvin mine flood live', 'outlet: North Desk', 'lang: en', 'published: 2026-07-02T08:00:00+02:00', '---',
    '**16:40 — Radio contact at last**',
    '',
    'Rescuers have made radio contact with the six miners trapped in the north gallery.',
    '',
    '09:15 — Alarm at shaft 3',
    '',
    'Water flooded the north gallery of shaft 3 at Carvin, the operator said.',
  ],
  'mine-fil-2026-07-03.md': [
    '---', 'title: Carvin, le fil de la journée', 'outlet: Le Fil du Bassin', 'lang: fr', 'published: 2026-07-03T08:00:00+02:00', '---',
    '17h05 — Les secours creusent une galerie de contournement.',
    '',
    'Une foreuse venue de Lens a commencé à percer une galerie parallèle pour rejoindre les mineurs.',
    '',
    '10h30 — Le préfet sur place.',
    '',
    "Le préfet du Nord s'est rendu au carreau de la mine et a déclenché le plan de secours.",
  ],
};

describe("/timeline shows a live entry's news once, not its stamped headline beside it", () => {
  const engineOf = ownCorpus('live-headlines', ARTICLES);
  const events = () => buildTimeline(engineOf(), { maxEvents: 20 }).events;

  it('dates the bodies of entries whose stamp opens a headline, a bold line or a Markdown heading', () => {
    const on = (re: RegExp) => [...new Set(events().filter((e) => re.test(e.text)).map((e) => e.date))];
    expect(on(/contact radio|radio contact/)).toEqual(['2026-07-02']);
    expect(on(/a envahi la galerie|flooded the north gallery/)).toEqual(['2026-07-02']);
  });

  it('leaves out the headlines, keeping the news they head', () => {
    const texts = events().map((e) => e.text).join('\n');
    expect(texts).toMatch(/Une foreuse venue de Lens/);
    expect(texts).toMatch(/a déclenché le plan de secours/);
    expect(texts).not.toMatch(/Premier contact avec les mineurs|Radio contact at last|Alerte au puits|Alarm at shaft|creusent une galerie de contournement|Le préfet sur place/);
  });
});
