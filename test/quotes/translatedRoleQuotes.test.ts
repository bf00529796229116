/**
 * The same quotation in French and in English is one group even when one side names the speaker
 * only by a role the other side's named speaker holds, or when the two translations share words
 * only through the lexicon ("excuses" / "apologise", "chaque" / "every"). Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { QuoteStore } from '../../src/quotes/quoteStore.js';
import { Engine } from '../../src/engine/engine.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

async function groupsOf(files: Record<string, string>) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'depeche-translated-role-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  const engine = await Engine.open({ corpusDir: dir, dataDir: null });
  const store = QuoteStore.build(engine);
  await engine.close();
  return store.groups;
}

describe('a translated quotation whose French report names only a role', () => {
  it('« la ministre de la Santé » joins the English report naming the health minister, who speaks for the group', async () => {
    const groups = await groupsOf({
      'depeche-fr.md': '---\noutlet: Agence\nlang: fr\npublished: 2025-02-03\n---\nLa clinique a fermé ses urgences dimanche.\n\nLa ministre de la Santé a exigé de la direction « des explications rapides et complètes ».\n',
      'wire-en.md': '---\noutlet: Wire\nlang: en\npublished: 2025-02-04\n---\nThe clinic shut its emergency ward on Sunday.\n\nHealth minister Irene Vasseur said on Sunday the clinic owed patients "quick and complete explanations".\n',
    });
    const group = groups.find((g) => g.members.some((m) => m.quote.includes('explications')))!;
    expect(group.members.map((m) => m.articleId).sort()).toEqual(['depeche-fr', 'wire-en']);
    expect(group.speaker?.name).toBe('Irene Vasseur');
  });

  it('a role the named speaker never holds stays apart', async () => {
    const groups = await groupsOf({
      'depeche-fr.md': '---\noutlet: Agence\nlang: fr\npublished: 2025-02-03\n---\nLa clinique a fermé ses urgences dimanche.\n\nLe maire a exigé de la direction « des explications rapides et complètes ».\n',
      'wire-en.md': '---\noutlet: Wire\nlang: en\npublished: 2025-02-04\n---\nThe clinic shut its emergency ward on Sunday.\n\nHealth minister Irene Vasseur said on Sunday the clinic owed patients "quick and complete explanations".\n',
    });
    const group = groups.find((g) => g.members.some((m) => m.quote.includes('explications')))!;
    expect(group.members.map((m) => m.articleId)).toEqual(['depeche-fr']);
  });
});

describe('a translated quotation sharing its words through the lexicon', () => {
  it('an apology printed in French and in English by one named speaker is one group', async () => {
    const groups = await groupsOf({
      'journal-fr.md': '---\noutlet: Journal\nlang: fr\npublished: 2025-02-03\n---\n« Je présente mes excuses à chaque passager dont le voyage a été perturbé », a déclaré le patron de Ventaire, Hugo Lemaire.\n',
      'wire-en.md': '---\noutlet: Wire\nlang: en\npublished: 2025-02-04\n---\n"I apologise to every passenger whose journey we have disrupted. We let you down," Ventaire chief executive Hugo Lemaire said.\n',
    });
    const group = groups.find((g) => g.members.some((m) => m.quote.includes('excuses')))!;
    expect(group.members.map((m) => m.articleId).sort()).toEqual(['journal-fr', 'wire-en']);
  });
});
