/**
 * /quotes speaker:<organisation> also finds the people the articles describe as the organisation's own
 * ("X, chief executive of Velmora", "Y, directrice générale de Velmora", "a Velmora spokesperson"), not
 * only the organisation speaking as such; a person's name still names that person alone.
 * Short wire-style texts written for these tests.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import { QuoteStore } from '../../src/quotes/quoteStore.js';

async function storeOf(files: Record<string, string>) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'depeche-org-members-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  const engine = await Engine.open({ corpusDir: dir, dataDir: null });
  const store = QuoteStore.build(engine);
  await engine.close();
  return store;
}

describe('an organisation typed as speaker', () => {
  it('stands for its chief executive and its spokesperson too, in English and French, and for no one else', async () => {
    const store = await storeOf({
      'wire-2024-03-04.md': [
        '---\noutlet: Wire\nlang: en\npublished: 2024-03-04\n---',
        'Velmora says it will open its marketplace to rival payment services next month.',
        '"This is a victory for every seller," said Dana Pryce, chief executive of Velmora.',
        '"We will comply," a Velmora spokesperson said.',
        '"The fine is manageable," said Tom Ruiz, an analyst at Brenton Capital.',
        '"We have always competed fairly," a spokesperson for the company said.',
      ].join('\n\n'),
      'journal-2024-03-05.md': [
        '---\noutlet: Journal\nlang: fr\npublished: 2024-03-05\n---',
        '« Nous avons enfin été entendus », a réagi Lise Caron, directrice générale de Velmora.',
      ].join('\n\n'),
    });
    expect(store.findSpeakers('Velmora').map((s) => s.name.toLowerCase()).sort()).toEqual(['a velmora spokesperson', 'dana pryce', 'lise caron', 'velmora']);
    expect(store.findSpeakers('Dana Pryce').map((s) => s.name)).toEqual(['Dana Pryce']);
    expect(store.findSpeakers('Brenton Capital').map((s) => s.name)).not.toContain('Dana Pryce');
  });
});

describe('a role typed as speaker', () => {
  it('finds every unnamed speaker known by it, the organisation before the title or after it ("a Velmora spokesperson", "a spokesperson for the company")', async () => {
    const store = await storeOf({
      'wire-2024-03-04.md': [
        '---\noutlet: Wire\nlang: en\npublished: 2024-03-04\n---',
        'Regulators fined Velmora on Monday.',
        '"We will comply," a Velmora spokesperson said.',
        '"We have always competed fairly," a spokesperson for the company said on Tuesday.',
      ].join('\n\n'),
    });
    expect(store.findSpeakers('spokesperson').map((s) => s.name.toLowerCase()).sort()).toEqual(['a velmora spokesperson', 'spokesperson for the company']);
  });
});
