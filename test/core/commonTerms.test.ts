import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/article.js';
import { parseArticle } from '../../src/corpus/parseArticle.js';
import { PassageIndex, type PassageHit } from '../../src/search/passageIndex.js';

/**
 * Words held by a large share of the passages (and by more than a thousand) are "common": they
 * add to the score of what the query's other words find and find nothing themselves. These
 * corpora are large enough for that to apply: 1,200 passages or more.
 */

const wire = (file: string, text: string): Article => {
  const result = parseArticle(file, Buffer.from(text));
  if (!result.ok) throw new Error(result.problem.reason);
  return result.article;
};

/** A made-up word per number, so that each filler sentence has words of its own. */
const word = (n: number): string => {
  const syllables = ['ka', 'lo', 'mi', 'ter', 'vu', 'sen', 'dra', 'pol'];
  let out = '';
  for (let k = n + 8; k > 0; k = Math.floor(k / 8)) out += syllables[k % 8];
  return `${out}ique`;
};

/** `count` articles of ten sentences; every sentence holds "accord", those of articles from `unsignedFrom` on lack "signé". */
function fillers(count: number, unsignedFrom = count): Article[] {
  return Array.from({ length: count }, (_, a) => {
    const sentences = Array.from({ length: 10 }, (_, s) => {
      const n = a * 10 + s;
      return a >= unsignedFrom ? `L'accord ${word(n)} reste en discussion ${word(n + 5000)}.` : `L'accord signé ${word(n)} reste en discussion ${word(n + 5000)}.`;
    });
    return wire(`filler-${a}.txt`, `Dépêche ${a}\n\n${sentences.join(' ')}`);
  });
}

const special = wire(
  'special.txt',
  [
    'Note spéciale',
    '',
    "L'accord signé évoque le zorvalique à plusieurs reprises dans sa longue annexe technique.",
    'Le zorvalique reste discret.',
    "L'accord signé demeure.",
  ].join('\n'),
);

const texts = (hits: PassageHit[]) => hits.map((h) => h.passage.text);
const key = (hits: PassageHit[]) => hits.map((h) => [h.passage.articleId, h.passage.paragraph, h.passage.sentence, h.phrase, h.coverage, h.score.toFixed(9)]);

describe('common words in queries', () => {
  const articles = [...fillers(120, 110), special];
  const index = PassageIndex.build(articles);

  it('scores common words only on the passages the rarer words find', () => {
    expect(index.documentCount).toBeGreaterThan(1200);
    const hits = index.search('accord zorvalique', { limit: 20 });
    // Only the two passages holding the rare word; the one also holding the common word first.
    expect(texts(hits)).toEqual(["L'accord signé évoque le zorvalique à plusieurs reprises dans sa longue annexe technique.", 'Le zorvalique reste discret.']);
  });

  it('answers a query of common words only with passages holding all of them, shortest first', () => {
    const hits = index.search('accord signé', { limit: 20 });
    expect(hits).toHaveLength(20);
    for (const hit of hits) expect(hit.passage.text).toMatch(/accord sign/i);
    expect(hits[0].passage.text).toBe("L'accord signé demeure.");
  });

  it('scores common words in full within a filter where the rarer words are absent', () => {
    const scope = new Set(['filler-3']);
    const hits = index.search('accord zorvalique', { limit: 5, articleIds: scope });
    expect(hits).toHaveLength(5);
    for (const hit of hits) expect(hit.passage.articleId).toBe('filler-3');
  });

  it('still scores a single common word in full', () => {
    expect(index.search('accord', { limit: 5 })).toHaveLength(5);
  });

  it('keeps counting passages through a reload: an updated index answers as a fresh one', () => {
    // Removing most articles makes "signé" and "accord" rare again: their passages are found.
    const fewer = [...articles.slice(0, 20), ...articles.slice(110)];
    const updated = PassageIndex.update(PassageIndex.build(articles), fewer);
    const fresh = PassageIndex.build(fewer);
    expect(updated.documentCount).toBe(fresh.documentCount);
    for (const query of ['accord zorvalique', 'accord signé', 'signé discussion', `accord ${word(3)}`]) {
      expect(key(updated.search(query, { limit: 10 })), query).toEqual(key(fresh.search(query, { limit: 10 })));
    }
    expect(texts(updated.search('accord zorvalique', { limit: 20 })).length).toBeGreaterThan(2);
  });

  it('restores the passage counts from a snapshot, and recounts them from an older one', () => {
    const snapshot = index.toSnapshot();
    const packed = index.packed;
    const restored = PassageIndex.fromSnapshot(snapshot, packed, articles);
    const recounted = PassageIndex.fromSnapshot({ ...snapshot, termPassages: new Uint32Array(0) }, packed, articles);
    for (const query of ['accord zorvalique', 'accord signé', `signé ${word(42)}`]) {
      const expected = key(index.search(query, { limit: 10 }));
      expect(key(restored.search(query, { limit: 10 })), query).toEqual(expected);
      expect(key(recounted.search(query, { limit: 10 })), query).toEqual(expected);
    }
  });
});
