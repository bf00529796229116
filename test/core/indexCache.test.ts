import { cp, mkdtemp, readdir, readFile, rm, stat, truncate, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/article.js';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { Engine } from '../../src/engine/engine.js';
import { CACHE_FILE } from '../../src/engine/indexCache.js';
import { parseArticle } from '../../src/corpus/parseArticle.js';
import { PassageIndex, passagesOf, type PassageHit } from '../../src/search/passageIndex.js';
import { contentWords, searchTerm, tokenize } from '../../src/text/analyzer.js';

const temps: string[] = [];
afterEach(async () => {
  while (temps.length) await rm(temps.pop()!, { recursive: true, force: true });
});

/** A corpus folder (bundled articles and unseen wire fixtures, French and English) and a data folder. */
async function workspace(): Promise<{ corpus: string; data: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'depeche-index-cache-'));
  temps.push(dir);
  const corpus = path.join(dir, 'corpus');
  await cp('corpus', corpus, { recursive: true });
  for (const fixture of ['quotes-en', 'quotes-fr', 'other-event']) {
    for (const file of await readdir(path.join('test/fixtures', fixture))) {
      if (/\.(md|txt)$/.test(file)) await cp(path.join('test/fixtures', fixture, file), path.join(corpus, `${fixture}-${file}`));
    }
  }
  return { corpus, data: path.join(dir, 'data') };
}

const plain = (articles: Article[]) => JSON.parse(JSON.stringify(articles)) as Article[];
const hitKey = (hits: PassageHit[]) => hits.map((h) => [h.passage.id, h.passage.articleId, h.passage.paragraph, h.passage.sentence, h.passage.text, h.score.toFixed(9), h.phrase, h.coverage]);

/** The same passages in the same order, phrase and coverage alike, scores equal up to rounding. */
function expectSameHits(got: PassageHit[], expected: PassageHit[], query: string): void {
  const key = (hits: PassageHit[]) => hits.map((h) => [h.passage.articleId, h.passage.paragraph, h.passage.sentence, h.phrase, h.coverage]);
  expect(key(got), query).toEqual(key(expected));
  got.forEach((h, i) => expect(h.score, query).toBeCloseTo(expected[i].score, 6));
}

/** Queries made from the corpus's own sentences: a few content words, a misspelt one, a cut one. */
function queriesOf(articles: Article[]): string[] {
  const queries: string[] = [];
  for (const article of articles) {
    const sentences = article.paragraphs.flatMap((p) => p.sentences).filter((s) => contentWords(s.text).length >= 6);
    for (const s of sentences.filter((_, i) => i % 4 === 1)) {
      const words = tokenize(s.text).filter((w) => w.length >= 5);
      if (words.length < 3) continue;
      queries.push(words.slice(0, 3).join(' '));
      const long = words.find((w) => w.length >= 7)!;
      if (long) {
        queries.push(`${words[0]} ${long.slice(0, 2)}${long[3]}${long[2]}${long.slice(4)}`);
        queries.push(`${words[1]} ${long.slice(0, 5)}`);
      }
    }
  }
  return queries;
}

describe('index cache', () => {
  it('gives back the articles, passages and answers of a fresh indexing', async () => {
    const { corpus, data } = await workspace();
    const indexed = await Engine.open({ corpusDir: corpus, dataDir: data });
    expect(indexed.startedFrom).toBe('index');
    const cached = await Engine.open({ corpusDir: corpus, dataDir: data });
    expect(cached.startedFrom).toBe('cache');

    const parsed = (await loadCorpus(corpus)).articles;
    expect(parsed.length).toBeGreaterThanOrEqual(10);
    expect(plain(cached.articles)).toEqual(plain(parsed));
    expect(plain(indexed.articles)).toEqual(plain(parsed));
    for (const article of cached.articles) {
      for (const paragraph of article.paragraphs) {
        for (const s of paragraph.sentences) expect(s.text).toBe(paragraph.text.slice(s.start, s.end));
      }
    }
    expect(cached.index.passages.map((p) => ({ ...p, text: p.text }))).toEqual(passagesOf(parsed));

    const queries = queriesOf(parsed);
    expect(queries.length).toBeGreaterThan(30);
    for (const q of queries) expect(hitKey(cached.search(q, { limit: 10 }))).toEqual(hitKey(indexed.search(q, { limit: 10 })));
    const some = new Set(parsed.slice(0, 3).map((a) => a.id));
    for (const q of queries.slice(0, 10)) {
      expect(cached.search(q, { articleIds: some }).every((h) => some.has(h.passage.articleId))).toBe(true);
      expect(cached.search(q, { proseOnly: true }).every((h) => !h.passage.heading)).toBe(true);
    }
  });

  it('is not used once an article changes, even keeping its size, or goes', async () => {
    const { corpus, data } = await workspace();
    await Engine.open({ corpusDir: corpus, dataDir: data });
    const file = path.join(corpus, 'le-figaro-2023-09-13.md');
    // Same size, other words: only the modification time tells.
    const before = await readFile(file, 'utf8');
    const after = before.replace(/satellites/g, 'satellitez');
    expect(after.length).toBe(before.length);
    await writeFile(file, after);
    const { mtime } = await stat(file);
    await utimes(file, mtime, new Date(mtime.getTime() + 5000));
    const changed = await Engine.open({ corpusDir: corpus, dataDir: data });
    expect(changed.startedFrom).toBe('index');
    expect(changed.article('le-figaro-2023-09-13')!.paragraphs.some((p) => p.text.includes('satellitez'))).toBe(true);
    expect((await Engine.open({ corpusDir: corpus, dataDir: data })).startedFrom).toBe('cache');

    await rm(file);
    const removed = await Engine.open({ corpusDir: corpus, dataDir: data });
    expect(removed.startedFrom).toBe('index');
    expect(removed.article('le-figaro-2023-09-13')).toBeUndefined();
  });

  it('keeps reporting broken files when starting from the cache', async () => {
    const { corpus, data } = await workspace();
    await writeFile(path.join(corpus, 'empty.md'), '');
    await writeFile(path.join(corpus, 'notes.pdf'), 'x');
    const first = await Engine.open({ corpusDir: corpus, dataDir: data });
    const second = await Engine.open({ corpusDir: corpus, dataDir: data });
    expect(second.startedFrom).toBe('cache');
    expect(second.corpus.problems).toEqual(first.corpus.problems);
    expect(second.corpus.problems.map((p) => p.file).sort()).toEqual(['empty.md', 'notes.pdf']);
  });

  it('re-indexes over a damaged cache, and replaces a cache of the former format', async () => {
    const { corpus, data } = await workspace();
    await Engine.open({ corpusDir: corpus, dataDir: data });
    const file = path.join(data, CACHE_FILE);
    await truncate(file, (await stat(file)).size - 1000);
    const again = await Engine.open({ corpusDir: corpus, dataDir: data });
    expect(again.startedFrom).toBe('index');
    expect(again.search('satellites').length).toBeGreaterThan(0);

    await writeFile(file, 'not a cache at all');
    await writeFile(path.join(data, 'index-cache.json'), '{"key":"old"}');
    expect((await Engine.open({ corpusDir: corpus, dataDir: data })).startedFrom).toBe('index');
    expect((await readdir(data)).filter((f) => f.startsWith('index-cache'))).toEqual([CACHE_FILE]);
    expect((await Engine.open({ corpusDir: corpus, dataDir: data })).startedFrom).toBe('cache');
  });

  it('serves the right text and index after a reload, for changed and untouched articles, and caches them', async () => {
    const { corpus, data } = await workspace();
    const engine = await Engine.open({ corpusDir: corpus, dataDir: data });
    const untouched = engine.article('reuters-2023-09-14')!;
    // Decoded before the reload: still the same words after it.
    const reutersText = untouched.paragraphs.map((p) => p.text);
    await writeFile(path.join(corpus, 'brief.txt'), 'Le ministre des Pêches a annoncé des quotas de thon rouge. Les pêcheurs protestent.');
    await engine.reload();
    expect(engine.search('thon rouge')[0].passage.text).toBe('Le ministre des Pêches a annoncé des quotas de thon rouge.');
    await writeFile(path.join(corpus, 'brief.txt'), 'Le ministre des Pêches a annoncé des quotas de sardines.');
    await rm(path.join(corpus, 'watson-2023-09-14.md'));
    await engine.reload();
    expect(engine.search('thon rouge').filter((h) => h.passage.articleId === 'brief')).toEqual([]);
    expect(engine.search('sardines')[0].passage.text).toBe('Le ministre des Pêches a annoncé des quotas de sardines.');
    expect(engine.article('reuters-2023-09-14')!.paragraphs.map((p) => p.text)).toEqual(reutersText);

    const parsed = (await loadCorpus(corpus)).articles;
    expect(plain(engine.articles)).toEqual(plain(parsed));
    expect(engine.index.passages.map((p) => p.text)).toEqual(passagesOf(parsed).map((p) => p.text));
    // Only the changed articles' passages were discarded and added again: the answers are a fresh build's.
    const fresh = PassageIndex.build(parsed);
    expect(engine.index.documentCount).toBe(fresh.documentCount);
    const queries = [...queriesOf(parsed), 'thon rouge', 'thon', 'sardines', 'ministre des pêches'];
    for (const q of queries) expectSameHits(engine.search(q), fresh.search(q), q);
    // The cache is written after a burst of changes, or when the engine closes.
    await engine.close();
    const restarted = await Engine.open({ corpusDir: corpus, dataDir: data });
    expect(restarted.startedFrom).toBe('cache');
    expect(plain(restarted.articles)).toEqual(plain(parsed));
    expect(restarted.search('sardines')[0].passage.articleId).toBe('brief');
  });
});

describe('writing the cache after changes', () => {
  it('writes once after a burst of changes, or on close; never a stale cache', async () => {
    const { corpus, data } = await workspace();
    const engine = await Engine.open({ corpusDir: corpus, dataDir: data, cacheSaveDelayMs: 60_000 });
    const before = await readFile(path.join(data, CACHE_FILE));
    await writeFile(path.join(corpus, 'brief.txt'), 'Le ministre des Pêches a annoncé des quotas de thon rouge.');
    await engine.reload();
    await writeFile(path.join(corpus, 'brief.txt'), 'Le ministre des Pêches a annoncé des quotas de thon rouge et de sardines.');
    await engine.reload();
    expect(engine.search('sardines')[0].passage.articleId).toBe('brief');
    // Not written yet (a process starting now would find it stale and index the folder itself).
    expect((await readFile(path.join(data, CACHE_FILE))).equals(before)).toBe(true);
    await engine.close();
    expect((await readFile(path.join(data, CACHE_FILE))).equals(before)).toBe(false);
    const restarted = await Engine.open({ corpusDir: corpus, dataDir: data });
    expect(restarted.startedFrom).toBe('cache');
    expect(restarted.search('thon rouge')[0].passage.articleId).toBe('brief');
  });

  it('writes before the reload returns when asked to', async () => {
    const { corpus, data } = await workspace();
    const engine = await Engine.open({ corpusDir: corpus, dataDir: data, cacheSaveDelayMs: 0 });
    await writeFile(path.join(corpus, 'brief.txt'), 'Le ministre des Pêches a annoncé des quotas de sardines.');
    await engine.reload();
    const restarted = await Engine.open({ corpusDir: corpus, dataDir: data });
    expect(restarted.startedFrom).toBe('cache');
    expect(restarted.search('sardines')[0].passage.articleId).toBe('brief');
    await engine.close();
  });
});

describe('passage index', () => {
  const wire = (file: string, text: string): Article => {
    const result = parseArticle(file, Buffer.from(text));
    if (!result.ok) throw new Error(result.problem.reason);
    return result.article;
  };

  it('forgives one typo from four letters, two (a swapped pair) from seven, and only in words it does not hold', () => {
    const index = PassageIndex.build([
      wire('a.txt', 'The harbour authority reopened the northern terminal on Monday.'),
      wire('b.txt', 'Dockers at the Corinth port walked out over pay.'),
      wire('c.txt', 'Vessels queued for hours outside the breakwater.'),
    ]);
    const top = (q: string) => index.search(q).map((h) => h.passage.articleId);
    expect(top('northern')).toEqual(['a']);
    expect(top('nrothern')).toEqual(['a']); // two letters swapped in a long word: two edits
    expect(top('braekwater')).toEqual(['c']);
    expect(top('harbor')).toEqual(['a']); // one letter missing
    expect(top('vessl')).toEqual(['c']);
    // Two edits in a word shorter than seven letters make another word.
    expect(top('vassal')).toEqual([]);
    expect(top('huors')).toEqual([]);
    // A word the index holds is matched as it is, not widened to its neighbours ("pay" is not "port").
    expect(top('pay')).toEqual(['b']);
    expect(top('hours')).toEqual(['c']);
  });

  it('finds a passage by the start of a long word', async () => {
    const { corpus } = await workspace();
    const { articles } = await loadCorpus(corpus);
    const index = PassageIndex.build(articles);
    const hits = index.search('cosmodr');
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.passage.text).toMatch(/cosmodrome/i);
  });

  it('finds the sentence a query came from when a long word in it has two letters swapped or is cut short', async () => {
    const { corpus } = await workspace();
    const { articles } = await loadCorpus(corpus);
    const index = PassageIndex.build(articles);
    let asked = 0;
    let found = 0;
    for (const article of articles) {
      for (const s of article.paragraphs.flatMap((p) => p.sentences).filter((_, i) => i % 3 === 0)) {
        const words = tokenize(s.text).filter((w) => /^\p{L}+$/u.test(w) && searchTerm(w, article.lang) !== null);
        const long = words.find((w) => (searchTerm(w, article.lang) ?? '').length >= 7);
        const other = words.find((w) => w !== long && w.length >= 5);
        if (!long || !other) continue;
        const swapped = `${long.slice(0, 2)}${long[3]}${long[2]}${long.slice(4)}`;
        for (const altered of [swapped, long.slice(0, 6)]) {
          if (index.hasTerm(searchTerm(altered, article.lang) ?? '')) continue;
          asked++;
          // Found, with both words matched (the altered one by typo or prefix).
          if (index.search(`${other} ${altered}`, { limit: 10 }).some((h) => h.passage.text === s.text && h.coverage === 1)) found++;
        }
      }
    }
    expect(asked).toBeGreaterThan(30);
    expect(found / asked).toBeGreaterThan(0.85);
  });
});
