import { cp, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import { quoteStore } from '../../src/quotes/index.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'depeche-quotes-cache-'));
  await cp('corpus', path.join(dir, 'corpus'), { recursive: true });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const open = () => Engine.open({ corpusDir: path.join(dir, 'corpus'), dataDir: path.join(dir, 'data') });
const summary = (engine: Engine) =>
  quoteStore(engine).groups.map((g) => `${g.speaker?.name ?? '-'}|${g.kind}|${g.members.map((m) => `${m.articleId}:${m.quote}`).join('+')}`);

describe('quotation cache', () => {
  it('restarts on an unchanged corpus with the same quotations, without extracting again', async () => {
    const first = await open();
    const built = summary(first);
    expect((await stat(path.join(dir, 'data', 'quotes-cache.json'))).size).toBeGreaterThan(1000);
    const second = await open();
    expect(second.startedFrom).toBe('cache');
    expect(summary(second)).toEqual(built);
    expect(quoteStore(second).search('lutte sacrée')[0].group.speaker?.name).toBe(quoteStore(first).search('lutte sacrée')[0].group.speaker?.name);
  });

  it('extracts again when an article changes', async () => {
    await writeFile(path.join(dir, 'corpus', 'extra.txt'), '« Nous reconstruirons le pont avant l’hiver », a déclaré mardi la maire Jeanne Dufour.');
    const engine = await open();
    expect(engine.startedFrom).toBe('index');
    expect(quoteStore(engine).search('reconstruirons le pont')[0].group.speaker?.name).toBe('Jeanne Dufour');
  });
});
