/**
 * /ask for a time still to come: "When will … ?", "How long will … ?", « Jusqu'à quand … ? »,
 * « Quand … reprendra-t-elle ? » ask for a date after publication or a span ("at least four months
 * away", "postponed by six months"), not for any date; and a passage next to a close match that
 * holds such an answer is itself a close match. Articles written for this test.
 */
import { describe, expect, it } from 'vitest';
import askCommand, { byAnswerType, readQuestion, withNeighbours } from '../../commands/ask.js';
import { ownCorpus } from '../ownCorpus.js';
import type { Answer } from '../../src/engine/answer.js';
import type { PassageHit } from '../../src/search/passageIndex.js';

const ARTICLES: Record<string, string[]> = {
  'harbour-wire-2026-03-14.md': [
    '---', 'title: Halden ferry out of service after engine fire', 'outlet: Harbour Wire', 'published: 2026-03-14T09:00:00Z', 'lang: en', '---', '',
    '"We are sorry for our passengers, and the Halden ferry will sail again," the chief executive of Halden Ferries, Mara Lind, said on Thursday evening.',
    '', 'Founded in 1998, Halden Ferries runs the crossing to the islands with a single ferry.',
    '', 'Halden Ferries said its next sailing is at least four months away, which puts the ferry back in service in August at the earliest.',
  ],
  'courrier-2026-03-15.md': [
    '---', 'title: Le bac de Halden à quai', 'outlet: Le Courrier du Lac', 'published: 2026-03-15T07:00:00+01:00', 'lang: fr', '---', '',
    "La compagnie a annoncé vendredi que la liaison était reportée d'au moins quatre mois.",
    '', 'Les passagers ont été transférés mercredi vers les bateaux de la compagnie voisine.',
  ],
};

describe('/ask for a time still to come', () => {
  const engineOf = ownCorpus('ask-future', ARTICLES);
  const texts = (question: string, locale: 'fr' | 'en' = 'en') =>
    (askCommand.run({ engine: engineOf(), locale, now: new Date(), services: {} }, { question }) as Answer).results.map((r) => r.text);

  it('reads "when will", "how long will", « jusqu\'à quand » and a French future as a question about a time to come', () => {
    expect(readQuestion('When will the Halden ferry sail again?').answer).toBe('deadline');
    expect(readQuestion('How long will the crossing stay closed?').answer).toBe('deadline');
    expect(readQuestion("Jusqu'à quand la liaison sera-t-elle suspendue ?").answer).toBe('deadline');
    expect(readQuestion('Quand la liaison reprendra-t-elle ?').answer).toBe('deadline');
    // A question about the past still asks for any date.
    expect(readQuestion('When did the ferry catch fire?').answer).toBe('time');
    expect(readQuestion('Quand le bac a-t-il pris feu ?').answer).toBe('time');
  });

  it('puts the span to come before passages that merely hold a past date', () => {
    const results = texts('When will the Halden ferry sail again?');
    expect(results[0]).toMatch(/at least four months away/);
    expect(results.findIndex((t) => /Founded in 1998/.test(t))).not.toBe(0);
  });

  it('reads a French postponement by a span as an answer to « Quand … reprendra-t-elle ? »', () => {
    const results = texts('Quand la liaison reprendra-t-elle ?', 'fr');
    expect(results[0]).toMatch(/reportée d'au moins quatre mois/);
  });

  it('keeps a neighbour holding the answer among the close matches, however far the best match scores above', () => {
    const engine = engineOf();
    const passages = engine.index.passages.filter((p) => !p.heading);
    const at = (re: RegExp) => passages.find((p) => re.test(p.text))!;
    const hit = (re: RegExp, score: number): PassageHit => ({ passage: at(re), score, phrase: false, coverage: 1 });
    // The best match holds no answer; a weaker close match's neighbour in its article does.
    const hits = [hit(/chief executive/, 100), hit(/Founded in 1998/, 12)];
    const question = 'When will the Halden ferry sail again?';
    const ranked = byAnswerType(question, withNeighbours(engine, question, hits), (id) => engine.article(id)?.published ?? null);
    expect(ranked[0].passage.text).toMatch(/at least four months away/);
  });
});
