import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import { quoteStore } from '../../src/quotes/index.js';
import { QuoteStore } from '../../src/quotes/quoteStore.js';
import { loadSpeakerAliases } from '../../src/quotes/speakerRegistry.js';

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

  it('keeps positions, not article text: a report read back shows the same words, sentence and paragraph', async () => {
    const engine = await open();
    const cached = quoteStore(engine).groups.flatMap((g) => g.members);
    // As extracted, before the store keeps it in compact form.
    const freshEngine = await Engine.open({ corpusDir: path.join(dir, 'corpus'), dataDir: null });
    const fresh = QuoteStore.read(freshEngine, loadSpeakerAliases(freshEngine.corpusDir).aliases).groups.flatMap((g) => g.members);
    const shape = (m: (typeof cached)[number]) => ({ id: m.id, articleId: m.articleId, quote: m.quote, text: m.text, context: m.context, kind: m.kind, heading: m.heading, how: m.how, speakerPhrase: m.speakerPhrase, speaker: m.speakerRef?.name ?? null, lang: m.lang });
    expect(cached.map(shape)).toEqual(fresh.map(shape));
    const file = JSON.parse(await readFile(path.join(dir, 'data', 'quotes-cache.json'), 'utf8')) as { wordings: string[] };
    // A quotation relayed by several outlets is stored once.
    expect(new Set(file.wordings).size).toBe(file.wordings.length);
    expect(file.wordings.length).toBeLessThan(cached.length);
    const raw = await readFile(path.join(dir, 'data', 'quotes-cache.json'), 'utf8');
    const paragraphs = cached.filter((m) => m.context.length > m.quote.length + 40).map((m) => m.context);
    expect(paragraphs.length).toBeGreaterThan(0);
    expect(paragraphs.filter((p) => raw.includes(JSON.stringify(p).slice(1, -1)))).toEqual([]);
  });

  it('builds again from the articles when the cache file is damaged', async () => {
    const engine = await open();
    const built = summary(engine);
    const file = path.join(dir, 'data', 'quotes-cache.json');
    const raw = await readFile(file, 'utf8');
    await writeFile(file, raw.slice(0, raw.length / 2));
    const again = await open();
    expect(summary(again)).toEqual(built);
  });
});
