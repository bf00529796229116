/**
 * A corpus change reads again only what it concerns: the changed, added articles (and those a
 * changed corpus title concerns), never the untouched ones, and the store is the same as one
 * built from scratch on the new corpus.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import whoSaid from '../../commands/who-said.js';
import type { Answer } from '../../src/engine/answer.js';
import { Engine } from '../../src/engine/engine.js';
import { quoteStore, type QuoteStore } from '../../src/quotes/quoteStore.js';

const root = path.resolve(import.meta.dirname, '../..');
const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'depeche-incremental-'));
  temps.push(dir);
  return dir;
}

/** A copy of the bundled corpus, and a data folder for the caches. */
function bundledCopy(): { corpusDir: string; dataDir: string } {
  const dir = tempDir();
  cpSync(path.join(root, 'corpus'), path.join(dir, 'corpus'), { recursive: true });
  return { corpusDir: path.join(dir, 'corpus'), dataDir: path.join(dir, 'data') };
}

const open = (corpusDir: string, dataDir: string | null) => Engine.open({ corpusDir, dataDir, cacheSaveDelayMs: 0 });

const groupsOf = (store: QuoteStore) =>
  store.groups.map((g) => `${g.speaker?.name ?? '-'}|${g.kind}|${g.members.map((m) => `${m.id}:${m.how}:${m.speakerPhrase}:${m.text}:${m.quote}`).join('+')}`);
const speakersOf = (store: QuoteStore) => store.speakers.map((s) => `${s.id}|${s.name}|${s.kind}|${s.forms.join('/')}`);
const whoSaidAnswers = async (engine: Engine, queries: string[]) =>
  Promise.all(queries.map(async (quote) => ((await whoSaid.run({ engine, locale: 'fr', now: new Date(0), services: {} }, { quote })) as Answer).results.map((r) => `${r.speaker}|${r.quote}|${r.articles.map((a) => a.id).join(',')}`)));

/** Compares the reloaded engine's store with one built from scratch (no cache) on the same folder. */
async function expectSameAsFromScratch(engine: Engine, queries: string[]): Promise<void> {
  const fresh = await open(engine.corpusDir, null);
  const [store, scratch] = [quoteStore(engine), quoteStore(fresh)];
  expect(scratch.articlesRead.length).toBe(fresh.articles.length);
  expect(groupsOf(store)).toEqual(groupsOf(scratch));
  expect(speakersOf(store)).toEqual(speakersOf(scratch));
  expect(await whoSaidAnswers(engine, queries)).toEqual(await whoSaidAnswers(fresh, queries));
  await fresh.close();
}

const BUNDLED_QUERIES = ['à un moment opportun', 'lutte sacrée', 'reconstruirons le pont', 'Nous ne céderons rien'];
const NEW_PARAGRAPH = '\n\n« Nous reconstruirons le pont avant l’hiver », a déclaré mardi la maire Jeanne Dufour.\n';

describe('quotation store after a corpus change', () => {
  it('reads again only the article that changed, and equals a store built from scratch', async () => {
    const { corpusDir, dataDir } = bundledCopy();
    const engine = await open(corpusDir, dataDir);
    expect(quoteStore(engine).articlesRead.length).toBe(engine.articles.length);
    appendFileSync(path.join(corpusDir, 'le-figaro-2023-09-13.md'), NEW_PARAGRAPH);
    expect((await engine.reload()).changed).toEqual(['le-figaro-2023-09-13.md']);
    expect(quoteStore(engine).articlesRead).toEqual(['le-figaro-2023-09-13']);
    expect(quoteStore(engine).search('reconstruirons le pont')[0].group.speaker?.name).toBe('Jeanne Dufour');
    await expectSameAsFromScratch(engine, BUNDLED_QUERIES);
    await engine.close();
  });

  it('reads only an added article, drops a removed one, and equals a store built from scratch', async () => {
    const { corpusDir, dataDir } = bundledCopy();
    const engine = await open(corpusDir, dataDir);
    quoteStore(engine);
    writeFileSync(path.join(corpusDir, 'mairie-2023-09-15.md'), `---\nlang: fr\noutlet: Le Courrier local\n---\nLa mairie a présenté son plan.${NEW_PARAGRAPH}`);
    await engine.reload();
    expect(quoteStore(engine).articlesRead).toEqual(['mairie-2023-09-15']);
    await expectSameAsFromScratch(engine, BUNDLED_QUERIES);

    rmSync(path.join(corpusDir, 'reuters-2023-09-14.md'));
    await engine.reload();
    const store = quoteStore(engine);
    expect(store.articlesRead).toEqual([]);
    expect(store.groups.flatMap((g) => g.members).some((m) => m.articleId === 'reuters-2023-09-14')).toBe(false);
    await expectSameAsFromScratch(engine, BUNDLED_QUERIES);
    await engine.close();
  });

  it('after a restart, reads again only what changed while it was down (readings kept on disk)', async () => {
    const { corpusDir, dataDir } = bundledCopy();
    const first = await open(corpusDir, dataDir);
    quoteStore(first);
    await first.close();
    appendFileSync(path.join(corpusDir, 'le-figaro-2023-09-13.md'), NEW_PARAGRAPH);
    const again = await open(corpusDir, dataDir);
    expect(quoteStore(again).articlesRead).toEqual(['le-figaro-2023-09-13']);
    await expectSameAsFromScratch(again, BUNDLED_QUERIES);
    await again.close();
  });

  it('reads again the articles whose title now names someone else, and only those', async () => {
    const dir = tempDir();
    const files: Record<string, string> = {
      'a.md': '---\nlang: fr\n---\nLe ministre des Finances Paul Marchetti a présenté mardi le budget.\n\n« Ce budget est juste et nécessaire », a-t-il déclaré devant les députés.\n',
      'b.md': '---\nlang: fr\n---\nLes syndicats ont manifesté mercredi.\n\n« Nous ne céderons rien sur les retraites », a répondu le ministre des Finances.\n',
      'c.md': '---\nlang: fr\n---\nLa maire de la ville a inauguré le marché.\n\n« Ce marché fera vivre le quartier », a affirmé l’élue Claire Vasseur.\n',
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    const engine = await open(dir, null);
    const speakerOfRetraites = () => quoteStore(engine).search('céderons rien sur les retraites')[0]?.group.speaker?.name ?? null;
    expect(speakerOfRetraites()).toBe('Paul Marchetti');
    const queries = ['céderons rien sur les retraites', 'budget est juste', 'fera vivre le quartier'];

    // A second finance minister: the title alone no longer names one person.
    writeFileSync(path.join(dir, 'd.md'), '---\nlang: fr\n---\nLe ministre des Finances Luc Bernard a pris ses fonctions jeudi.\n\n« Je poursuivrai les réformes », a-t-il dit.\n');
    await engine.reload();
    expect([...quoteStore(engine).articlesRead].sort()).toEqual(['b', 'd']);
    expect(speakerOfRetraites()).not.toBe('Paul Marchetti');
    await expectSameAsFromScratch(engine, queries);

    // Gone again: the title names Paul Marchetti once more, and b is read again with it.
    rmSync(path.join(dir, 'd.md'));
    await engine.reload();
    expect(quoteStore(engine).articlesRead).toEqual(['b']);
    expect(speakerOfRetraites()).toBe('Paul Marchetti');
    await expectSameAsFromScratch(engine, queries);

    // An article that changes nothing of the titles costs one reading.
    writeFileSync(path.join(dir, 'c.md'), `${files['c.md']}\n« Les commerçants sont ravis », a ajouté Claire Vasseur.\n`);
    await engine.reload();
    expect(quoteStore(engine).articlesRead).toEqual(['c']);
    await expectSameAsFromScratch(engine, queries);
    await engine.close();
  });
});
