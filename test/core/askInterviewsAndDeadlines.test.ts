/**
 * /ask and /timeline on a story with a deadline and an interview printed as dialogue: an interview
 * answer is shown with its question, a deadline question finds the span to act within, a "what did X
 * say" question raises no notice about its speech verb and finds the speaker's other quotations, a deadline told as "a jusqu'au" / "has until"
 * is a dated event to come, and the nearest passages /who-said offers never start inside a quotation.
 */
import { describe, expect, it } from 'vitest';
import askCommand from '../../commands/ask.js';
import whoSaid from '../../commands/who-said.js';
import { ownCorpus } from '../ownCorpus.js';
import type { Answer } from '../../src/engine/answer.js';
import { buildTimeline } from '../../src/timeline/buildTimeline.js';
import { readDates } from '../../src/timeline/readDates.js';

/** An invented ruling: a port authority orders a ferry firm to cut its fares. */
const ARTICLES: Record<string, string[]> = {
  'gazette-fr.md': [
    '---', 'title: "Tarifs des ferries : la Régie sanctionne Marivelle"', 'outlet: La Gazette du Port', 'published: 2026-10-14T08:00:00+02:00', 'lang: fr', '---', '',
    "L'Autorité portuaire a ordonné mardi à la compagnie Marivelle de baisser ses tarifs, et le groupe avait jusqu'au 20 janvier pour publier sa nouvelle grille.",
    '', "Le ministre des Transports, Paul Garnier, a salué « un tournant ».",
    '', "« Les usagers attendaient ce signal depuis des années », a-t-il écrit sur son blog.",
    '', "Pour Anne Ribot, présidente de l'association des usagers : « Les passagers ont trop longtemps payé le prix fort. Marivelle doit les rembourser sans attendre des années. »",
    '', "Me Lise Aubrac, avocate spécialiste du droit maritime, répond à nos questions.",
    '', "— Marivelle a annoncé qu'elle contesterait la décision. Les passagers doivent-ils attendre ?",
    "— Non, et c'est essentiel. Le recours ne suspend pas la baisse des tarifs.",
  ],
  'wire-en.md': [
    '---', 'title: "Port authority orders Marivelle to cut ferry fares"', 'outlet: Harbour Wire', 'published: 2026-10-14T12:00:00Z', 'lang: en', '---', '',
    "The port authority ordered Marivelle on Tuesday to cut its ferry fares.",
    '', "Marivelle must publish the new fares within 60 days of the ruling.",
    '', "If it fails to comply, it will face daily penalties.",
    '', "Marivelle has until January 20 to change its fare rules, the authority said.",
  ],
};

describe('/ask and /timeline on interviews and deadlines', () => {
  const engineOf = ownCorpus('ask-deadlines', ARTICLES);
  const answer = (question: string, locale: 'fr' | 'en' = 'fr') => askCommand.run({ engine: engineOf(), locale, now: new Date(), services: {} }, { question }) as Answer;

  it('shows an interview answer with the question it answers, never a bare "— Non"', () => {
    const texts = answer('Marivelle va-t-elle contester la décision ?').results.map((r) => r.text);
    const reply = texts.find((t) => /Non, et c'est essentiel/.test(t));
    expect(reply).toBeDefined();
    expect(reply).toMatch(/Les passagers doivent-ils attendre \?.*Non, et c'est essentiel/);
    // The question line is not shown on its own as an answer.
    expect(texts.filter((t) => /Les passagers doivent-ils attendre/.test(t))).toHaveLength(1);
  });

  it('answers "What is the deadline to comply?" with the span to act within first', () => {
    const texts = answer('What is the deadline to comply?', 'en').results.map((r) => r.text);
    expect(texts[0]).toMatch(/within 60 days/);
  });

  it('raises no notice about the speech verb of "Qu\'a dit le ministre ?"', () => {
    const result = answer("Qu'a dit le ministre des Transports ?");
    expect(result.results.some((r) => /un tournant/.test(r.text))).toBe(true);
    expect(result.notice ?? '').not.toMatch(/dit/);
  });

  it('answers "Qu\'a dit le ministre ?" with his other quotation of the article too, told with "a-t-il écrit"', () => {
    const texts = answer("Qu'a dit le ministre des Transports ?").results.map((r) => r.text);
    expect(texts.some((t) => /un tournant/.test(t))).toBe(true);
    expect(texts.some((t) => /Les usagers attendaient ce signal/.test(t))).toBe(true);
  });

  it('reads a deadline told as "avait jusqu\'au" / "has until" as a day to come, an event of the timeline', () => {
    expect(readDates("le groupe avait jusqu'au 20 janvier pour publier", 'fr', '2026-10-14').map((d) => [d.date, d.endsAState ?? false])).toEqual([['2027-01-20', false]]);
    expect(readDates('Marivelle has until January 20 to change its fare rules', 'en', '2026-10-14').map((d) => [d.date, d.endsAState ?? false])).toEqual([['2027-01-20', false]]);
    // The end of a state stays one.
    expect(readDates("Le port est fermé jusqu'au 20 janvier.", 'fr', '2026-10-14')[0]?.endsAState).toBe(true);
    expect(buildTimeline(engineOf()).events.some((e) => e.date === '2027-01-20')).toBe(true);
  });

  it('offers nearest passages that never start inside a quotation', () => {
    const out = whoSaid.run({ engine: engineOf(), locale: 'fr', now: new Date(), services: {} }, { quote: 'Marivelle fera traîner tout cela pendant des années' }) as Answer;
    expect(out.results).toHaveLength(0);
    const lines = (out.notice ?? '').split('\n').filter((l) => l.startsWith('•'));
    expect(lines.some((l) => /Marivelle doit les rembourser/.test(l))).toBe(true);
    for (const l of lines) expect(l).not.toMatch(/^• [^«]*»/);
  });
});
