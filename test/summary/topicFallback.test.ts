/**
 * `/summary topic:` never says the corpus says nothing about a topic a sentence does use: when the
 * only sentences holding it are unfit for a summary (a headline, an interview's introduction that
 * speaks of the article itself), those are shown.
 */
import { describe, expect, it } from 'vitest';
import { ownCorpus } from '../ownCorpus.js';
import { summarize } from '../../src/summary/summarize.js';

const interview = `---
title: "The ferry captain speaks"
outlet: Harbour Weekly
published: 2026-05-04
lang: en
---
Two days after the Elsa Grey was refloated off Carrow Point, we spoke to her captain, Morven Tully, about the night of the storm.

Harbour Weekly: How did the night start?

Morven Tully: With a warning we took seriously. The wind turned at midnight and we lost an engine soon after.
`;

const report = `---
title: "Storm closes Carrow harbour"
outlet: The Coast Daily
published: 2026-05-02
lang: en
---
The storm closed Carrow harbour on Saturday and cut power to 2,000 homes, the council said.

Coastguards said the ferry Elsa Grey had lost an engine and drifted towards Carrow Point.
`;

describe('/summary topic: found only in an unsummarizable sentence', () => {
  const engine = ownCorpus('topic-fallback', { 'harbour-weekly.md': interview, 'coast-daily.md': report });

  it('shows the interview introduction that holds the topic instead of nothing', () => {
    const sentences = summarize(engine(), { topic: 'refloated' }).sentences;
    expect(sentences.map((s) => s.text)).toEqual([expect.stringContaining('was refloated off Carrow Point')]);
  });

  it('still says nothing for a topic no sentence holds', () => {
    expect(summarize(engine(), { topic: 'volcano' }).sentences).toEqual([]);
  });
});
