/**
 * Extraction and attribution quality against hand-annotated gold quotations: the five bundled
 * articles, and unseen French and English wire-style fixtures written for these tests (other
 * events, every attribution style). The scores are printed on every run.
 */
import { mkdtempSync, copyFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import { QuoteStore } from '../../src/quotes/quoteStore.js';
import { printScores, readGold, scoreQuotes, type GoldQuote } from './scoreQuotes.js';

const root = path.resolve(import.meta.dirname, '../..');

async function extracted(corpusDir: string) {
  const engine = await Engine.open({ corpusDir, dataDir: null });
  const store = QuoteStore.build(engine);
  await engine.close();
  return store.groups.flatMap((g) => g.members);
}

/** A corpus folder holding only a fixture's articles (gold files stay out). */
function fixtureCorpus(dir: string): { corpus: string; gold: GoldQuote[] } {
  const corpus = mkdtempSync(path.join(os.tmpdir(), 'depeche-quotes-'));
  const gold: GoldQuote[] = [];
  for (const file of readdirSync(dir)) {
    if (file.endsWith('.md')) copyFileSync(path.join(dir, file), path.join(corpus, file));
    if (file.endsWith('.gold.jsonl')) gold.push(...readGold(path.join(dir, file), file.replace('.gold.jsonl', '')));
  }
  return { corpus, gold };
}

describe('quotation extraction and attribution quality', () => {
  it('bundled corpus: precision and recall at least 0.9, attribution at least 0.95', async () => {
    const scores = scoreQuotes(readGold(path.join(root, 'test/gold/quotes.gold.jsonl')), await extracted(path.join(root, 'corpus')));
    printScores('bundled corpus (5 articles)', scores);
    expect(scores.precision).toBeGreaterThanOrEqual(0.9);
    expect(scores.recall).toBeGreaterThanOrEqual(0.9);
    expect(scores.attribution).toBeGreaterThanOrEqual(0.95);
  });

  for (const lang of ['fr', 'en']) {
    it(`unseen ${lang} wire fixture: the same quality`, async () => {
      const { corpus, gold } = fixtureCorpus(path.join(root, `test/fixtures/quotes-${lang}`));
      const scores = scoreQuotes(gold, await extracted(corpus));
      printScores(`unseen ${lang} fixture`, scores);
      expect(scores.precision).toBeGreaterThanOrEqual(0.9);
      expect(scores.recall).toBeGreaterThanOrEqual(0.9);
      expect(scores.attribution).toBeGreaterThanOrEqual(0.95);
    });
  }

  // Blind generalisation check: four wire-style articles (2 fr, 2 en) on other events, written
  // with their gold before the extractor was ever run on them (commit "blind fixtures and gold").
  // First run, before any change to the extractor: precision 0.909, recall 0.923, attribution 0.767.
  // (The very first run read only the two English articles: the French titles held an unquoted
  // " : " that the front-matter parser rejects, and the loader skipped those files; with the titles
  // quoted, nothing else changed, the figures above are the honest generalisation numbers.)
  // After general fixes (incises, pronoun gender, possessive/apposed subjects, "told X", company
  // nouns, see the commit log): 1.000 / 1.000 / 1.000 — no longer a blind figure.
  it('blind fr/en wire fixtures: generalisation', async () => {
    const dir = path.join(root, 'test/fixtures/quotes-blind');
    const { corpus } = fixtureCorpus(dir);
    const scores = scoreQuotes(readGold(path.join(root, 'test/gold/quotes-blind.gold.jsonl')), await extracted(corpus));
    printScores('blind fixtures (4 articles)', scores);
    expect(scores.precision).toBeGreaterThanOrEqual(0.9);
    expect(scores.recall).toBeGreaterThanOrEqual(0.9);
    expect(scores.attribution).toBeGreaterThanOrEqual(0.95);
  });

  // Second blind round: two more fixtures (fr, en), written with their gold after the fixes above
  // and before the extractor was run on them. First run: precision 0.966, recall 0.933,
  // attribution 0.857. Two gold lines (a whole "said that …" report around a quoted fragment) were
  // then dropped to follow the convention of quotes.gold.jsonl (the fragment alone is the
  // quotation); under it the first run reads 0.966 / 1.000 / 0.857. After general fixes ("Pour X,"
  // views, "(Party)" after a name, "(Insee)" short names, "X dissented, arguing…"): 1.000 / 1.000 / 1.000.
  it('second blind fr/en wire fixtures: generalisation of the fixed extractor', async () => {
    const { corpus } = fixtureCorpus(path.join(root, 'test/fixtures/quotes-blind2'));
    const scores = scoreQuotes(readGold(path.join(root, 'test/gold/quotes-blind2.gold.jsonl')), await extracted(corpus));
    printScores('second blind fixtures (2 articles)', scores);
    expect(scores.precision).toBeGreaterThanOrEqual(0.9);
    expect(scores.recall).toBeGreaterThanOrEqual(0.9);
    expect(scores.attribution).toBeGreaterThanOrEqual(0.95);
  });
});
