import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import { digestQuotes } from '../../src/quotes/index.js';

describe('quotations for a digest', () => {
  it('lists attributed quotations of the new articles only, each citing its outlets', async () => {
    const engine = await Engine.open({ corpusDir: 'corpus', dataDir: null });
    const quotes = digestQuotes(engine, ['unknown-outlet-2023-09-14'], 5);
    expect(quotes).toHaveLength(5);
    for (const q of quotes) {
      expect(q.speaker).toBeTruthy();
      expect(q.quote).toBeTruthy();
      expect(q.articles.map((a) => a.id)).toContain('unknown-outlet-2023-09-14');
    }
    expect(digestQuotes(engine, [], 5)).toEqual([]);
  });
});
