/**
 * An interview whose first exchange carries names (« Le Journal de Corvell : … ? » / « Irène Baskov : … »)
 * and whose later questions carry none, set in bold (« **Serez-vous candidate ?** » / « Pas cette fois. »):
 * the later answers are the guest's words too. A summary shows them with her name, never as the outlet's
 * own telling, and never shows the questions. Articles written for this test.
 */
import { describe, expect, it } from 'vitest';
import { ownCorpus } from '../ownCorpus.js';
import { summarize } from '../../src/summary/summarize.js';
import { buildTextUnits } from '../../src/summary/textUnits.js';

const FR = [
  '---',
  'title: "Irène Baskov : « Nous ne voterons pas ce plan »"',
  'outlet: Le Journal de Corvell',
  'lang: fr',
  'published: 2026-10-08T07:00:00+02:00',
  '---',
  "Au lendemain du rejet du plan de rigueur de la ville de Corvell par le conseil municipal, la cheffe de l'opposition écologiste répond à nos questions.",
  '',
  "**Le Journal de Corvell : Vous avez fait tomber le plan de rigueur. Que répondez-vous au maire ?**",
  '',
  "Irène Baskov : Ce n'est pas nous qui avons rejeté ce plan, ce sont ses chiffres. On ne ferme pas trois piscines pour équilibrer un budget.",
  '',
  '**Que proposez-vous pour le budget municipal ?**',
  '',
  "Un budget provisoire jusqu'en mars, puis un plan de rigueur révisé au printemps.",
  '',
  '**Le maire peut-il reprendre son plan ?**',
  '',
  'Pas question de voter ce plan de rigueur tel quel.',
];

const WIRE = [
  '---',
  'title: Le conseil municipal de Corvell rejette le plan de rigueur',
  'outlet: Agence Corvelloise',
  'lang: fr',
  'published: 2026-10-07T21:00:00+02:00',
  '---',
  "Le conseil municipal de Corvell a rejeté mardi soir le plan de rigueur du maire Anselme Driot, qui prévoyait la fermeture de trois piscines pour équilibrer le budget municipal.",
  '',
  "Le maire a annoncé qu'il présenterait un budget municipal révisé avant la fin du mois.",
];

describe('an interview whose later questions carry no label', () => {
  const engine = ownCorpus('follow-up-interview', { 'journal-corvell.md': FR, 'agence-corvelloise.md': WIRE });

  it("reads each later answer as the guest's words, and no question as a sentence", () => {
    const units = buildTextUnits(engine().articles);
    expect(units.find((u) => u.text.startsWith('Un budget provisoire'))?.speaker).toBe('Irène Baskov');
    expect(units.find((u) => u.text.startsWith('Pas question de voter'))?.speaker).toBe('Irène Baskov');
    expect(units.some((u) => /Que proposez-vous/.test(u.text))).toBe(false);
    expect(units.find((u) => u.text.startsWith('Au lendemain'))?.speaker).toBeUndefined();
  });

  it('never shows an answer as a plain fact in a topic summary', () => {
    const texts = summarize(engine(), { topic: 'budget' }).sentences.map((s) => s.text);
    for (const t of texts.filter((x) => /budget provisoire|Pas question de voter/.test(x))) expect(t).toMatch(/^Irène Baskov : /u);
    expect(texts.some((t) => /\?$/.test(t))).toBe(false);
  });
});
