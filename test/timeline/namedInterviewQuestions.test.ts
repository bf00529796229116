/**
 * An interview printed with the speakers' names as labels ("Harbour Weekly: …?" / "Ines Okafor: …"):
 * the interviewer's lines are questions, not events of the story, nor passages to answer with.
 * A report quoting names before a colon only once each is no interview. Articles written for this test.
 */
import { describe, expect, it } from 'vitest';
import { ownCorpus } from '../ownCorpus.js';
import { buildTimeline } from '../../src/timeline/buildTimeline.js';
import { namedInterviewQuestions } from '../../src/text/interview.js';

const INTERVIEW = [
  '---',
  'title: The harbour master on the ferry fire',
  'outlet: Harbour Weekly',
  'lang: en',
  'published: 2025-10-10',
  '---',
  'Two days after the Halden ferry caught fire, we asked the harbour master, Ines Okafor, what happened.',
  '',
  'Harbour Weekly: Should we read anything into the alarm drill on Monday?',
  '',
  'Ines Okafor: Not at all. The drill on Monday went exactly as planned.',
  '',
  'Harbour Weekly: The operator says the ferry will sail again next week. Is that realistic?',
  '',
  'Ines Okafor: Two weeks is more likely. The engine has to be inspected first.',
  '',
  'The ferry caught fire on Wednesday, October 8, as it left the Halden quay.',
];

const engine = ownCorpus('named-interview', { 'harbour-weekly-2025-10-10.md': INTERVIEW });

describe('an interview with names as labels', () => {
  it("never shows the interviewer's question line as a timeline event", () => {
    const events = buildTimeline(engine()).events;
    expect(events.some((e) => /Should we read anything/.test(e.text))).toBe(false);
    expect(events.some((e) => /caught fire on Wednesday/.test(e.text))).toBe(true);
  });

  it("reads the asking side's lines as question lines, the answers not", () => {
    const article = engine().articles[0];
    const questions = [...namedInterviewQuestions(article)].map((i) => article.paragraphs.find((p) => p.index === i)!.text);
    expect(questions).toEqual([
      'Harbour Weekly: Should we read anything into the alarm drill on Monday?',
      'Harbour Weekly: The operator says the ferry will sail again next week. Is that realistic?',
    ]);
  });

  it('a report with names before a colon, once each, is no interview', () => {
    const article = { paragraphs: ['Ines Okafor: we will know more on Friday?', 'Paul Osei: the engine is lost.', 'The ferry burned on Monday.'].map((text, index) => ({ index, text })) };
    expect(namedInterviewQuestions(article as never).size).toBe(0);
  });
});
