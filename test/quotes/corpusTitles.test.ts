/**
 * Titles named in one article stand for the same person in others ("le ministre des Finances"),
 * and reading the corpus twice is only done for the articles that need it.
 */
import { mkdtempSync, readdirSync, copyFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import { descriptorKey, nameKey, type CorpusTitles } from '../../src/quotes/articleCast.js';
import { extractQuotes, type ArticleQuotations } from '../../src/quotes/extractQuotes.js';
import { readArticles, type ArticleReading } from '../../src/quotes/articleReadings.js';
import { QuoteStore } from '../../src/quotes/quoteStore.js';

const root = path.resolve(import.meta.dirname, '../..');

function corpus(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'depeche-titles-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** The plain way: every article read once for the titles, then every article read again with them. */
function readEveryArticleTwice(engine: Engine): ArticleQuotations[] {
  const titles: CorpusTitles = new Map();
  for (const article of engine.articles) {
    for (const member of extractQuotes(article).cast!.members) {
      if (member.kind !== 'person' || !member.name || member.nameTokens.length < 2) continue;
      for (const d of member.descriptors) {
        const names = titles.get(descriptorKey(d)) ?? new Set<string>();
        if (![...names].some((n) => nameKey(n) === nameKey(member.name!))) names.add(member.name);
        titles.set(descriptorKey(d), names);
      }
    }
  }
  return engine.articles.map((a) => extractQuotes(a, titles));
}

const summary = (articles: ArticleQuotations[]) =>
  articles.flatMap((a) => a.quotations.map((q) => `${q.id}|${q.kind}|${q.how}|${q.speaker?.name ?? q.speaker?.display ?? '-'}|${q.quote}`));
const summaryOfReadings = (readings: ArticleReading[]) =>
  readings.flatMap((r) =>
    r.quotations.map((q) => {
      const speaker = r.speakers[q.speaker];
      return `${r.id}#${q.paragraph}:${q.start}|${q.kind}|${q.how}|${speaker?.name ?? speaker?.display ?? '-'}|${q.quote}`;
    }),
  );

describe('corpus titles', () => {
  it('a title used alone names the person another article introduced with it', async () => {
    const dir = corpus({
      'a.md': '---\nlang: fr\n---\nLe ministre des Finances Paul Marchetti a présenté mardi le budget.\n\n« Ce budget est juste et nécessaire », a-t-il déclaré devant les députés.\n',
      'b.md': '---\nlang: fr\n---\nLes syndicats ont manifesté mercredi.\n\n« Nous ne céderons rien sur les retraites », a répondu le ministre des Finances.\n',
    });
    const engine = await Engine.open({ corpusDir: dir, dataDir: null });
    const hit = QuoteStore.build(engine).search('céderons rien sur les retraites')[0];
    expect(hit.group.speaker?.name).toBe('Paul Marchetti');
    await engine.close();
  });

  for (const dir of ['corpus', 'test/fixtures/quotes-fr', 'test/fixtures/quotes-en']) {
    it(`reading again only the articles that looked up a title gives the same quotations (${dir})`, async () => {
      const only = mkdtempSync(path.join(os.tmpdir(), 'depeche-titles-'));
      for (const file of readdirSync(path.join(root, dir))) if (/\.(md|txt)$/.test(file)) copyFileSync(path.join(root, dir, file), path.join(only, file));
      const engine = await Engine.open({ corpusDir: only, dataDir: null });
      const expected = summary(readEveryArticleTwice(engine));
      expect(expected.length).toBeGreaterThan(5);
      expect(summaryOfReadings(readArticles(engine.articles).readings)).toEqual(expected);
      await engine.close();
    });
  }
});
