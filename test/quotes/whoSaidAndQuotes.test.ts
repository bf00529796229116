/** /who-said and /quotes as a user meets them: on the bundled corpus, and on small inline corpora. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import quotesCommand from '../../commands/quotes.js';
import whoSaid from '../../commands/who-said.js';
import type { Answer } from '../../src/engine/answer.js';
import type { CommandContext } from '../../src/engine/commandDefinition.js';
import { Engine } from '../../src/engine/engine.js';
import { findQuoteSpans } from '../../src/quotes/quoteMarks.js';

const root = path.resolve(import.meta.dirname, '../..');
let engine: Engine;
const ctx = (e: Engine, locale: 'fr' | 'en' = 'fr'): CommandContext => ({ engine: e, locale, now: new Date(), services: {} });
const ask = async (e: Engine, args: Record<string, string>, locale: 'fr' | 'en' = 'fr') => (await whoSaid.run(ctx(e, locale), args)) as Answer;
const quotes = async (e: Engine, args: Record<string, string>) => (await quotesCommand.run(ctx(e), args)) as Answer;

function corpus(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'depeche-whosaid-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

beforeAll(async () => {
  engine = await Engine.open({ corpusDir: path.join(root, 'corpus'), dataDir: null });
});
afterAll(() => engine.close());

describe('/who-said on the bundled corpus', () => {
  it('names the speaker and lists every outlet that reported the same quotation', async () => {
    const answer = await ask(engine, { quote: 'à un moment opportun' });
    const first = answer.results[0];
    expect(first.speaker).toMatch(/KCNA/);
    expect(first.articles.map((a) => a.id)).toEqual(expect.arrayContaining(['fox-news-2023-09-14', 'reuters-2023-09-14', 'unknown-outlet-2023-09-14']));
    const emphasised = first.highlights!.map(([s, e]) => first.quote!.slice(s, e).toLowerCase());
    expect(emphasised).toEqual(expect.arrayContaining(['moment', 'opportun']));
  });

  it('forgives accents, case, a small typo and word order', async () => {
    for (const quote of ['LUTTE SACREE', 'lute sacrée', 'sacrée lutte']) {
      const answer = await ask(engine, { quote });
      expect(answer.results[0]?.speaker, quote).toBe('Kim Jong Un');
    }
  });

  it('resolves a pronoun to the earlier speaker ("a-t-il déclaré" → Blinken)', async () => {
    const answer = await ask(engine, { quote: 'nous prenons nos propres mesures' });
    expect(answer.results[0].speaker).toBe('Antony Blinken');
    expect(answer.results[0].quote).toMatch(/^Nous travaillons avec d’autres pays/);
  });

  it('says nothing matches, with no speaker, for words no one said', async () => {
    const answer = await ask(engine, { quote: 'la livraison de chars amphibies' });
    expect(answer.results).toEqual([]);
    expect(answer.notice).toMatch(/Aucune citation/);
    // The nearest passages are excerpts, listed as printed: not wrapped in quotation marks of their own.
    const listed = answer.notice!.split('\n').filter((line) => line.startsWith('• '));
    expect(listed.length).toBeGreaterThan(0);
    for (const line of listed) expect(line).not.toMatch(/^• «/);
  });
});

describe('/who-said on function words alone', () => {
  it('answers with the quotation printing them side by side, not one that merely holds them', async () => {
    const dir = corpus({
      'a.md': '---\nlang: fr\n---\n« Ce que nous avons promis, nous le tiendrons », a déclaré mardi la ministre Anne Rivière.\n',
      'b.md': '---\nlang: fr\n---\n« Nous savons ce que les habitants attendent », a affirmé le maire Paul Gendron.\n',
    });
    const e = await Engine.open({ corpusDir: dir, dataDir: null });
    const answer = await ask(e, { quote: 'ce que nous' });
    expect(answer.results.map((r) => r.speaker)).toEqual(['Anne Rivière']);
    await e.close();
  });
});

describe('/who-said ranking', () => {
  it('puts the quotation printing the words as typed, function words included, before one holding only the content words', async () => {
    const dir = corpus({
      'a.md': '---\nlang: fr\n---\n« Le pont est rouvert, mais la circulation reste alternée », a indiqué l’ingénieur Marc Dallet.\n',
      'b.md': '---\nlang: fr\n---\n« Le pont n’est pas rouvert. Il faudra attendre la fin des contrôles techniques de la semaine », a précisé le maire Paul Gendron.\n',
    });
    const e = await Engine.open({ corpusDir: dir, dataDir: null });
    const answer = await ask(e, { quote: 'Le pont n’est pas rouvert' });
    expect(answer.results.map((r) => r.speaker)).toEqual(['Paul Gendron', 'Marc Dallet']);
    await e.close();
  });

  it('gives a headline echoing a few words of a quotation the speaker of the quotation its article prints', async () => {
    const dir = corpus({
      'wire.md':
        '---\nlang: en\ntitle: "Mayor sees \'no quick fix\' for flooded tunnel"\n---\n' +
        '"We have pumps running day and night, but there is no quick fix for a tunnel this old," Mayor Helen Carter told reporters on Monday.\n\nThe tunnel has been closed since Friday.\n',
    });
    const e = await Engine.open({ corpusDir: dir, dataDir: null });
    const answer = await ask(e, { quote: 'no quick fix' }, 'en');
    expect(answer.results.map((r) => r.speaker)).toEqual(['Helen Carter']);
    await e.close();
  });
});

describe('/who-said when the article does not say who spoke', () => {
  it('answers with speaker null and says the speaker is not given', async () => {
    const dir = corpus({ 'note.md': '---\nlang: fr\n---\nLe ciel était gris sur la ville.\n\n« Il faudra reconstruire le pont avant l’hiver », pouvait-on lire sur une banderole.\n' });
    const e = await Engine.open({ corpusDir: dir, dataDir: null });
    const answer = await ask(e, { quote: 'reconstruire le pont' });
    expect(answer.results[0].speaker).toBeNull();
    expect(answer.results[0].text).toMatch(/ne dit pas qui parle/);
    await e.close();
  });
});

describe('/quotes', () => {
  it('lists a speaker’s quotations from a surname, cited', async () => {
    const answer = await quotes(engine, { speaker: 'kirby' });
    expect(answer.results.length).toBe(4);
    expect(new Set(answer.results.map((r) => r.speaker))).toEqual(new Set(['John Kirby']));
    expect(answer.results.every((r) => r.articles[0].id === 'unknown-outlet-2023-09-14')).toBe(true);
  });

  it('keeps two people who share a name part apart', async () => {
    const answer = await quotes(engine, { speaker: 'Kim' });
    const speakers = new Set(answer.results.map((r) => r.speaker));
    expect(speakers).toEqual(new Set(['Kim Jong Un', 'Kim Yung-ho']));
    const yungHo = answer.results.filter((r) => r.speaker === 'Kim Yung-ho');
    expect(yungHo).toHaveLength(1);
    expect(yungHo[0].quote).toMatch(/^Nous exhortons/);
  });

  it('filters by topic', async () => {
    const answer = await quotes(engine, { speaker: 'Poutine', topic: 'satellites' });
    expect(answer.results.length).toBeGreaterThan(0);
    expect(answer.results.every((r) => /satellite/i.test(r.text))).toBe(true);
  });

  it('filters by topic through the quotation\'s paragraph, word families and translations', async () => {
    const dir = corpus({
      'a.md': "---\nlang: fr\n---\nLa préfète Claire Vautrin a instauré un couvre-feu à partir de 22 heures. « Personne ne doit circuler la nuit », a-t-elle déclaré.\n\n« Tout ce qui a été détruit sera reconstruit », a promis Claire Vautrin.\n",
      'b.md': '---\nlang: en\n---\n"Every damaged school will be rebuilt by September," said Claire Vautrin, the prefect.\n',
    });
    const e = await Engine.open({ corpusDir: dir, dataDir: null });
    const curfew = await quotes(e, { speaker: 'Vautrin', topic: 'couvre-feu' });
    expect(curfew.results.map((r) => r.quote)).toEqual(['Personne ne doit circuler la nuit']);
    const rebuilding = await quotes(e, { speaker: 'Vautrin', topic: 'reconstruction' });
    expect(rebuilding.results.map((r) => r.quote).sort()).toEqual(['Every damaged school will be rebuilt by September', 'Tout ce qui a été détruit sera reconstruit'].sort());
    await e.close();
  });

  it('offers known speakers for autocomplete', () => {
    const names = quotesCommand.complete!(ctx(engine), 'speaker', 'kir');
    expect(names).toContain('John Kirby');
    expect(quotesCommand.complete!(ctx(engine), 'speaker', '').length).toBeGreaterThan(5);
  });

  it('merges names listed in the corpus aliases file', async () => {
    const dir = corpus({
      'a.md': '---\nlang: en\n---\n"We will not retreat," said Defence Minister Olga Petrenko.\n',
      'b.md': '---\nlang: en\n---\n"Our borders are safe," said Olha Petrenko, the defence minister.\n',
      'speakers.yml': 'Olga Petrenko: [Olha Petrenko]\n',
    });
    const e = await Engine.open({ corpusDir: dir, dataDir: null });
    const answer = await quotes(e, { speaker: 'Olha Petrenko' });
    expect(answer.results.map((r) => r.speaker)).toEqual(['Olga Petrenko', 'Olga Petrenko']);
    await e.close();
  });
});

describe('quotation marks', () => {
  it('takes « », “ ” and straight quotes, keeps nested quotes inside, and never an apostrophe', () => {
    const text = '« Il a dit “jamais” et l’affaire s’arrête là », a-t-il ajouté. Putin\'s aide said "no".';
    const spans = findQuoteSpans(text).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(['Il a dit “jamais” et l’affaire s’arrête là', 'no']);
  });

  it('takes single quotes used as quotation marks', () => {
    const text = "The minister called it 'a historic day' for the country's farmers.";
    expect(findQuoteSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['a historic day']);
  });
});
