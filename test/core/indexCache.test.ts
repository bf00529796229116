import { cp, mkdtemp, readdir, readFile, rm, stat, truncate, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/article.js';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { Engine } from '../../src/engine/engine.js';
import { CACHE_FILE } from '../../src/engine/indexCache.js';
import { containsPhrase, fuzzyTerms, PassageIndex, passagesOf, processQueryTerm, type PassageHit } from '../../src/search/passageIndex.js';
import { contentWords, searchTerm, stem, tokenize } from '../../src/text/analyzer.js';

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
    // Only the changed articles were analysed again: the index is still the one a fresh build makes.
    const fresh = PassageIndex.build(parsed);
    expect(engine.index.toSnapshot()).toEqual(fresh.toSnapshot());
    for (const q of queriesOf(parsed)) expect(hitKey(engine.search(q))).toEqual(hitKey(fresh.search(q)));
    const restarted = await Engine.open({ corpusDir: corpus, dataDir: data });
    expect(restarted.startedFrom).toBe('cache');
    expect(plain(restarted.articles)).toEqual(plain(parsed));
    expect(restarted.search('sardines')[0].passage.articleId).toBe('brief');
  });
});

describe('passage index scoring', () => {
  /** The former index: MiniSearch with the same analysis, and the same re-ranking of its head. */
  function referenceSearch(articles: Article[]) {
    const passages = passagesOf(articles);
    const vocabulary = new Set<string>();
    const langs = [...new Set(articles.map((a) => a.lang))].sort();
    const unknown = (term: string) => !vocabulary.has(term);
    const search = new MiniSearch<{ id: number; text: string; lang: 'fr' | 'en' }>({
      fields: ['text'],
      storeFields: [],
      tokenize: (text) => tokenize(text),
      processTerm: (term) => term,
      extractField: (doc, field) => {
        if (field === 'id') return doc.id as unknown as string;
        const terms = tokenize(doc.text).map((t) => searchTerm(t, doc.lang)).filter((t): t is string => Boolean(t));
        terms.forEach((t) => vocabulary.add(t));
        return terms.join(' ');
      },
      searchOptions: {
        fuzzy: (term) => (!unknown(term) ? false : term.length >= 5 ? 2 : term.length >= 4 ? 1 : false),
        prefix: (term) => term.length >= 4 && unknown(term),
        combineWith: 'OR',
        processTerm: (token) => processQueryTerm(token, langs),
        tokenize: (text) => tokenize(text),
        weights: { fuzzy: 0.45, prefix: 0.35 },
      },
    });
    search.addAll(passages.map((p) => ({ id: p.id, text: p.text, lang: p.lang })));
    return (query: string, limit = 10) => {
      const queryWords = contentWords(query);
      const count = new Set(queryWords).size;
      return search
        .search(query)
        .slice(0, Math.max(limit * 8, 50))
        .map((r) => {
          const passage = passages[r.id as number];
          const matched = queryWords.filter((w) => r.queryTerms.includes(stem(w, 'fr')) || r.queryTerms.includes(stem(w, 'en'))).length;
          const coverage = Math.min(1, matched / Math.max(1, count));
          const phrase = queryWords.length > 1 && containsPhrase(passage.text, queryWords);
          const score = r.score * (0.5 + coverage) * (phrase ? 2 : 1) * (passage.heading ? 0.6 : 1);
          return { id: passage.id, score, phrase, coverage };
        })
        .sort((a, b) => b.score - a.score || a.id - b.id)
        .slice(0, limit);
    };
  }

  it('ranks and scores as the former MiniSearch index did, typos and cut words included', async () => {
    const { corpus } = await workspace();
    const { articles } = await loadCorpus(corpus);
    const index = PassageIndex.build(articles);
    const reference = referenceSearch(articles);
    const queries = queriesOf(articles);
    let typoOrPrefixHits = 0;
    for (const q of queries) {
      const expected = reference(q);
      const got = index.search(q, { limit: 10 });
      expect(got.map((h) => h.passage.id), q).toEqual(expected.map((r) => r.id));
      got.forEach((h, i) => {
        expect(h.score).toBeCloseTo(expected[i].score, 9);
        expect([h.phrase, h.coverage]).toEqual([expected[i].phrase, expected[i].coverage]);
      });
      if (got.length && tokenize(q).some((w) => !index.hasTerm(searchTerm(w, 'fr') ?? '') && !index.hasTerm(searchTerm(w, 'en') ?? ''))) typoOrPrefixHits++;
    }
    expect(typoOrPrefixHits).toBeGreaterThan(10);
  });

  it('finds every term within the allowed edits, as a full scan would', () => {
    const words = ['satellite', 'satellites', 'satelite', 'sattelite', 'salle', 'sat', 'satin', 'statue', 'station', 'pecheur', 'pecheurs', 'peche', 'poche', 'prech', 'a', 'ab'];
    const terms = [...new Set(words)].sort();
    const distance = (a: string, b: string): number => {
      const row = Array.from({ length: b.length + 1 }, (_, j) => j);
      for (let i = 1; i <= a.length; i++) {
        let diagonal = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
          const up = row[j];
          row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
          diagonal = up;
        }
      }
      return row[b.length];
    };
    for (const query of ['satelite', 'pecher', 'statoin', 'sa', 'zzzz', 'peche']) {
      for (const max of [1, 2]) {
        const expected = new Map(terms.flatMap((t, i) => (distance(query, t) <= max ? [[i, distance(query, t)] as [number, number]] : [])));
        expect(fuzzyTerms(terms, query, max), `${query} ≤ ${max}`).toEqual(expected);
      }
    }
  });
});
