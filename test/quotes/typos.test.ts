import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import { quoteStore } from '../../src/quotes/index.js';

let engine: Engine;
beforeAll(async () => {
  engine = await Engine.open({ corpusDir: 'corpus', dataDir: null });
});

describe('/who-said forgives typing slips', () => {
  it.each([
    ['lutte sarcée', 'Kim Jong Un'],
    ['à un moment opprotun', 'KCNA'],
    ["chercher l'artilelrie", 'Kirby'],
  ])('%s → %s', (query, speaker) => {
    expect(quoteStore(engine).search(query)[0]?.group.speaker?.name).toContain(speaker);
  });
});
