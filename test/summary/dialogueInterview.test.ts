import { describe, expect, it } from 'vitest';
import { ownCorpus } from '../ownCorpus.js';
import { summarize } from '../../src/summary/summarize.js';

// Own text: an interview printed as dialogue, each line opening with a dash. The interviewer's
// lead-in ("Le groupe a annoncé qu'il ferait appel.") is part of a question, not the paper's report.
const interview = `---
title: "« L'appel ne suspend rien »"
outlet: Journal exemple
published: 2025-12-04
lang: fr
---
Deux jours après l'amende infligée au groupe Ventor, une avocate spécialiste de la concurrence répond à nos questions.

— Le groupe Ventor a annoncé qu'il ferait appel de l'amende. Cela change-t-il quelque chose ?

— Non, et c'est essentiel. L'appel de l'amende ne suspend pas l'obligation de se conformer avant le 2 mars.

— Combien de temps dure une procédure d'appel ?

— Il faut compter trois à quatre ans avant un arrêt sur l'appel de l'amende.
`;

describe('/summary: an interview printed as dialogue', () => {
  const engine = ownCorpus('dialogue-interview', { 'journal-2025-12-04.md': interview });

  it('never takes a sentence from a question line, and shows an answer without its dash', () => {
    const texts = summarize(engine(), { topic: 'appel' }).sentences.map((s) => s.text);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.some((t) => /a annoncé qu'il ferait appel/.test(t))).toBe(false);
    for (const t of texts) expect(t).not.toMatch(/^\s*[—–]/u);
  });
});
