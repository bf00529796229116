import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { Engine } from '../../src/engine/engine.js';
import { digestArticles, storyArticles, topicArticles } from '../../src/summary/scope.js';
import type { Article } from '../../src/corpus/article.js';

const root = path.resolve(import.meta.dirname, '../..');
let engine: Engine;

beforeAll(async () => {
  engine = await Engine.open({ corpusDir: path.join(root, 'corpus'), dataDir: null });
});
afterAll(() => engine.close());

const ids = (articles: Article[] | null) => articles?.map((a) => a.id) ?? null;
const published = (id: string) => engine.article(id)!.published!;

describe('which articles a summary reads', () => {
  it('reads a corpus of a story\'s size whole', () => {
    expect(storyArticles(engine.articles)).toBe(engine.articles);
    expect(topicArticles(engine, 'satellites')).toBeNull();
    expect(digestArticles(engine, [engine.articles[0].id])).toBeNull();
  });

  it('reads the most recent articles of a larger corpus, in corpus order', () => {
    const kept = storyArticles(engine.articles, 3);
    expect(kept).toHaveLength(3);
    const oldestKept = kept.map((a) => a.published!).sort()[0];
    for (const a of engine.articles.filter((x) => !kept.includes(x))) expect(a.published! <= oldestKept).toBe(true);
    const order = engine.articles.map((a) => a.id);
    expect(kept.map((a) => order.indexOf(a.id))).toEqual([...kept.map((a) => order.indexOf(a.id))].sort((x, y) => x - y));
  });

  it('with a topic, reads only articles that mention it', () => {
    const kept = ids(topicArticles(engine, 'satellites', 3))!;
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThanOrEqual(3);
    for (const id of kept) expect(engine.article(id)!.paragraphs.some((p) => /satellite/i.test(p.text))).toBe(true);
    expect(ids(topicArticles(engine, 'football', 3))).toEqual([]);
  });

  it('for a digest, reads the new articles first, then the most recent others', () => {
    const oldest = [...engine.articles].sort((a, b) => a.published!.localeCompare(b.published!))[0].id;
    const kept = ids(digestArticles(engine, [oldest], 2))!;
    expect(kept).toHaveLength(2);
    expect(kept).toContain(oldest);
    const other = kept.find((id) => id !== oldest)!;
    expect(published(other) >= published(oldest)).toBe(true);
  });
});
