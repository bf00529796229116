/** A French and an English report of one quotation by one speaker are one result citing both outlets; other statements stay apart. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import quotesCommand from '../../commands/quotes.js';
import whoSaid from '../../commands/who-said.js';
import type { Answer } from '../../src/engine/answer.js';
import type { CommandContext } from '../../src/engine/commandDefinition.js';
import { Engine } from '../../src/engine/engine.js';

type Locale = 'fr' | 'en';
const ctx = (e: Engine, locale: Locale): CommandContext => ({ engine: e, locale, now: new Date(), services: {} });
const ask = async (e: Engine, quote: string, locale: Locale) => (await whoSaid.run(ctx(e, locale), { quote })) as Answer;
const quotes = async (e: Engine, speaker: string, locale: Locale) => (await quotesCommand.run(ctx(e, locale), { speaker })) as Answer;

function corpus(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'depeche-translated-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

let engine: Engine;
beforeAll(async () => {
  const dir = corpus({
    'presse-fr.md':
      '---\nlang: fr\ntitle: "Grève : la ministre menace"\n---\n' +
      '« Le gouvernement retirera la loi sur l’impôt si la grève continue », a déclaré mardi la ministre Claire Monnier.\n\n' +
      '« Le gouvernement versera 40 millions pour la reconstruction des écoles », a ajouté Claire Monnier.\n',
    'wire-en.md':
      '---\nlang: en\ntitle: "Minister threatens to drop tax bill"\n---\n' +
      '"The government will withdraw the tax law if the strike continues," Minister Claire Monnier said on Tuesday.\n\n' +
      '"The government will not negotiate with the strike leaders before Monday," Claire Monnier added.\n\n' +
      '"The government will pay 60 million for the reconstruction of schools," Claire Monnier said.\n',
  });
  engine = await Engine.open({ corpusDir: dir, dataDir: null });
});
afterAll(() => engine.close());

describe('a quotation reported in French and in English', () => {
  it('is one /who-said result citing both outlets, shown in the language of the words asked', async () => {
    const fr = (await ask(engine, 'retirera la loi sur l’impôt', 'fr')).results[0];
    expect(fr.speaker).toBe('Claire Monnier');
    expect(fr.quote).toMatch(/^Le gouvernement retirera la loi/);
    expect(fr.articles.map((a) => a.id).sort()).toEqual(['presse-fr', 'wire-en']);
    const en = (await ask(engine, 'withdraw the tax law', 'en')).results[0];
    expect(en.quote).toMatch(/^The government will withdraw the tax law/);
    expect(en.articles.map((a) => a.id).sort()).toEqual(['presse-fr', 'wire-en']);
  });

  it('is one /quotes result, shown in the language of the locale', async () => {
    for (const [locale, start] of [['fr', 'Le gouvernement retirera'], ['en', 'The government will withdraw']] as const) {
      const results = (await quotes(engine, 'Claire Monnier', locale)).results;
      const merged = results.filter((r) => r.articles.length === 2);
      expect(merged.map((r) => r.quote)).toEqual([expect.stringMatching(new RegExp(`^${start}`))]);
    }
  });

  it('stays apart from another statement of the same speaker sharing a few words or all but a number', async () => {
    const results = (await quotes(engine, 'Claire Monnier', 'en')).results;
    // Four statements: the merged one, the one said only in English, and the two amounts.
    expect(results).toHaveLength(4);
    const negotiate = results.find((r) => /negotiate/.test(r.quote ?? ''))!;
    expect(negotiate.articles.map((a) => a.id)).toEqual(['wire-en']);
    for (const amount of ['40 millions', '60 million']) {
      const result = results.find((r) => r.quote?.includes(amount))!;
      expect(result.articles, amount).toHaveLength(1);
    }
  });
});

describe('a translation of one sentence of a longer quotation', () => {
  it('"X: « A. B. »" in French and "\\"A,\\" X said" in English are one result citing both outlets', async () => {
    const dir = corpus({
      'journal-fr.md':
        '---\nlang: fr\noutlet: Le Journal\n---\n' +
        'Le maire Marc Denis se défend : « La commune n’a aucun pouvoir de fermer le lac Morvan. Les panneaux étaient là, le bulletin était affiché à l’entrée du site. »\n',
      'wire-en.md':
        '---\nlang: en\noutlet: Wire\n---\n' +
        '"The municipality has no power to close Lake Morvan or its southern shore and beaches," said mayor Marc Denis.\n',
    });
    const e = await Engine.open({ corpusDir: dir, dataDir: null });
    try {
      const answer = await ask(e, 'La commune n’a aucun pouvoir de fermer le lac Morvan', 'fr');
      expect(answer.results[0]?.articles.map((a) => a.id).sort()).toEqual(['journal-fr', 'wire-en']);
    } finally {
      await e.close();
    }
  });
});
