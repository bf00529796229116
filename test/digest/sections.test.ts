/** The digest's summary section, taken from the /summary engine. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import { composeDigest } from '../../src/digest/composeDigest.js';
import { digestSections } from '../../src/digest/sections.js';
import { FERRY_TALKS, GREVE_PORT, HARBOUR_STRIKE, TempDirs, writeArticle } from './fixtures.js';

const dirs = new TempDirs();
let engine: Engine;

beforeAll(async () => {
  const corpusDir = dirs.make('corpus');
  for (const a of [HARBOUR_STRIKE, GREVE_PORT, FERRY_TALKS]) writeArticle(corpusDir, a);
  engine = await Engine.open({ corpusDir, dataDir: null });
});
afterAll(async () => {
  await engine.close();
  dirs.cleanup();
});

describe('digest sections', () => {
  it('summarizes only what the new articles say, each sentence printed in one of them and cited', () => {
    const sections = digestSections();
    const answer = composeDigest({ engine, articleIds: [FERRY_TALKS.id], locale: 'en', timeZone: 'UTC', since: 0, sections })!;
    const [listed, ...rest] = answer.results;
    expect(listed.text).toBe(FERRY_TALKS.title);
    expect(rest.length).toBeGreaterThan(0);
    for (const r of rest) {
      expect(FERRY_TALKS.body).toContain(r.text.replace(/^\W+/, '').slice(0, 30));
      expect(r.articles.map((a) => a.id)).toContain(FERRY_TALKS.id);
    }
  });

  it('falls back to the passages closest to the new titles without any section', () => {
    const answer = composeDigest({ engine, articleIds: [HARBOUR_STRIKE.id], locale: 'en', timeZone: 'UTC', since: 0 })!;
    const passages = answer.results.slice(1);
    expect(passages.length).toBeGreaterThan(0);
    for (const r of passages) expect(HARBOUR_STRIKE.body).toContain(r.text);
  });
});
