/**
 * An interview printed with the speakers' names as labels ("Revue du Rail : … ?" / "Agathe Morin : … . …"):
 * every sentence of an answer is the interviewee's words, not only the one the label opens. A summary,
 * a timeline or an /ask answer shows each of them with the speaker's name, never as the outlet's own telling.
 * Articles written for this test.
 */
import { describe, expect, it } from 'vitest';
import askCommand from '../../commands/ask.js';
import type { Answer } from '../../src/engine/answer.js';
import { ownCorpus } from '../ownCorpus.js';
import { buildTextUnits, shownUnit } from '../../src/summary/textUnits.js';
import { buildTimeline } from '../../src/timeline/buildTimeline.js';
import { namedAnswerSpeakers } from '../../src/text/interview.js';

const FR = [
  '---',
  'title: "Agathe Morin : « La ligne rouvrira »"',
  'outlet: Revue du Rail',
  'lang: fr',
  'published: 2026-03-12T08:00:00+01:00',
  '---',
  "Une semaine après l'éboulement qui a coupé la ligne des Crêtes, l'ingénieure Agathe Morin répond à nos questions.",
  '',
  'Revue du Rail : Le tunnel est-il encore sûr ?',
  '',
  "Agathe Morin : Le tunnel a tenu. Celui du col voisin inquiète davantage les géologues de la région.",
  '',
  'Revue du Rail : Quand les trains reviendront-ils ?',
  '',
  "Agathe Morin : Pas avant le printemps. Les travaux de déblaiement commenceront lundi prochain avec trois pelleteuses.",
];

const EN = [
  '---',
  'title: Rail engineer on the Crest line rockfall',
  'outlet: Track Weekly',
  'lang: en',
  'published: 2026-03-12T09:00:00Z',
  '---',
  'A week after the rockfall that cut the Crest line, we asked the engineer Tom Hale what comes next.',
  '',
  'Track Weekly: Is the tunnel still safe?',
  '',
  'Tom Hale: The tunnel held. The clearing work will begin next Monday with three diggers and a crane.',
  '',
  'Track Weekly: When will the trains be back?',
  '',
  'Tom Hale: Not before spring. The neighbouring pass worries the geologists far more than this one.',
];

describe("an interview answer's later sentences", () => {
  const engine = ownCorpus('interview-answers', { 'revue-du-rail.md': FR, 'track-weekly.md': EN });

  it('know whose answer they are in, in French and in English', () => {
    const units = buildTextUnits(engine().articles);
    const fr = units.find((u) => u.text.startsWith('Les travaux de déblaiement'))!;
    const en = units.find((u) => u.text.startsWith('The neighbouring pass'))!;
    expect(fr.speaker).toBe('Agathe Morin');
    expect(en.speaker).toBe('Tom Hale');
    expect(shownUnit(fr)).toBe('Agathe Morin : Les travaux de déblaiement commenceront lundi prochain avec trois pelleteuses.');
    expect(shownUnit(en)).toBe('Tom Hale: The neighbouring pass worries the geologists far more than this one.');
  });

  it('one that stands for the sentence before it (« Celui du col voisin… ») is read with it', () => {
    const units = buildTextUnits(engine().articles);
    expect(units.some((u) => u.text.startsWith('Celui du col voisin'))).toBe(false);
    const whole = units.find((u) => u.text.includes('Celui du col voisin'))!;
    expect(shownUnit(whole)).toBe('Agathe Morin : Le tunnel a tenu. Celui du col voisin inquiète davantage les géologues de la région.');
  });

  it('the first sentence keeps its label once, and the intro or question lines have no speaker', () => {
    const units = buildTextUnits(engine().articles);
    const first = units.find((u) => u.text.startsWith('Tom Hale: The tunnel held'))!;
    expect(shownUnit(first)).toBe('Tom Hale: The tunnel held.');
    expect(units.find((u) => u.text.startsWith('A week after'))!.speaker).toBeUndefined();
    const article = engine().articles.find((a) => a.lang === 'fr')!;
    expect([...namedAnswerSpeakers(article).values()]).toEqual(['Agathe Morin', 'Agathe Morin']);
  });

  it('a timeline event taken from an answer names its speaker', () => {
    const events = buildTimeline(engine()).events.filter((e) => /trois pelleteuses|three diggers/.test(e.text));
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.text).toMatch(/^(Agathe Morin :|Tom Hale:) /u);
  });

  it('/ask shows an answer sentence with its speaker', () => {
    const answer = askCommand.run({ engine: engine(), locale: 'en', now: new Date(), services: {} }, { question: 'What worries the geologists?' }) as Answer;
    const hit = answer.results.find((r) => /geologists|géologues/.test(r.text));
    expect(hit?.text).toMatch(/^(Agathe Morin :|Tom Hale:) /u);
  });
});
