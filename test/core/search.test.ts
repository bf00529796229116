import { mkdtemp, rm, writeFile, cp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import { loadCommands } from '../../commands/index.js';
import { runCommand } from '../../src/engine/runCommand.js';
import type { CommandContext } from '../../src/engine/commandDefinition.js';
import { ownCorpus } from '../ownCorpus.js';

let engine: Engine;
beforeAll(async () => {
  engine = await Engine.open({ corpusDir: 'corpus', dataDir: null });
});

const first = (query: string) => engine.search(query)[0]?.passage.text;

describe('search on the bundled corpus', () => {
  it('finds passages about satellites first', () => {
    const hits = engine.search('satellites', { limit: 3 });
    expect(hits).toHaveLength(3);
    for (const hit of hits) expect(hit.passage.text).toMatch(/satellite/i);
  });

  it('gives the same first passage with or without accents and capitals', () => {
    const expected = first('lutte sacrée');
    expect(expected).toMatch(/lutte sacrée/);
    expect(first('lutte sacree')).toBe(expected);
    expect(first('LUTTE SACRÉE')).toBe(expected);
  });

  it('finds a passage despite a misspelt word', () => {
    expect(first('satelites')).toMatch(/satellites/);
    expect(first('cosmodorme')).toMatch(/cosmodrome/i); // two letters swapped in a long word
    expect(first('cosmodrom Vostochni')).toMatch(/cosmodrome .*Vosto(t)?chny/);
  });

  it('ranks the passage holding the phrase above passages holding its words apart', () => {
    expect(first('ordre du jour')).toMatch(/pas encore à l’ordre du jour/);
  });

  it('matches hyphenated and spaced names alike', () => {
    const hyphen = engine.search('Kim Jong-un grande victoire')[0].passage.text;
    expect(engine.search('kim jong un grande victoire')[0].passage.text).toBe(hyphen);
  });

  it('returns nothing for words the corpus does not have', () => {
    expect(engine.search('xylophone quantique')).toEqual([]);
    // "green" is two edits from "coréen": too far for a five-letter word.
    expect(engine.search('the sky is green')).toEqual([]);
    expect(engine.search('   ')).toEqual([]);
  });
});

describe('/ask', () => {
  const context = (): CommandContext => ({ engine, locale: 'fr', now: new Date(), services: {} });

  it('answers with cited passages, best first, and no page noise', async () => {
    const commands = await loadCommands();
    for (const q of ['satellites', 'Corée du Sud', 'commentaires', 'Publicité', 'Kiev pétroliers', 'missiles balistiques', 'Sea Baby']) {
      const answer = await runCommand(commands, 'ask', { question: q }, context());
      for (const r of answer.results) {
        expect(r.articles.length).toBeGreaterThan(0);
        expect(r.text).not.toMatch(/^[^a-zà-ÿ]{20,}$/); // no capitals headline
        expect(r.text).not.toMatch(/Publicité|Commentaires|formulaire|Sea Baby|pétroliers/);
      }
    }
  });

  it('says so when a word is in no passage and the answers hold words spelt like it', async () => {
    const commands = await loadCommands();
    const typo = await runCommand(commands, 'ask', { question: 'satelites' }, context());
    expect(typo.results[0].text).toMatch(/satellites/);
    expect(typo.notice).toBe('Aucun passage ne contient « satelites » : voici les passages qui contiennent des mots d’orthographe voisine.');
    const partly = await runCommand(commands, 'ask', { question: 'satellites xylophone' }, { ...context(), locale: 'en' });
    expect(partly.results[0].text).toMatch(/satellites/);
    expect(partly.notice).toBe('No passage holds "xylophone": the passages below match the other words of the question.');
    // The missing word is quoted as typed, accents and all, never in its folded search form.
    const accented = await runCommand(commands, 'ask', { question: 'satellites enlèvement' }, context());
    expect(accented.notice).toBe('Aucun passage ne contient « enlèvement » : les passages ci-dessous répondent aux autres mots de la question.');
    // Every word held: no notice.
    expect((await runCommand(commands, 'ask', { question: 'satellites' }, context())).notice).toBeUndefined();
  });

  it('never counts the question words and auxiliaries of a question as words missing from the corpus', async () => {
    const commands = await loadCommands();
    for (const [question, locale] of [
      ['Combien de satellites la Russie va aider à construire ?', 'fr'],
      ['Pourquoi et comment la Russie vont-ils aider ?', 'fr'],
      ['When and why will Kim Jong Un invite Poutine?', 'en'],
      ['Why does Kim invite Poutine?', 'en'],
    ] as const) {
      const answer = await runCommand(commands, 'ask', { question }, { ...context(), locale });
      expect(answer.results.length, question).toBeGreaterThan(0);
      expect(answer.notice, question).toBeUndefined();
    }
  });

  it('says so when nothing matches', async () => {
    const commands = await loadCommands();
    for (const question of ['xylophone quantique', 'the sky is green']) {
      const answer = await runCommand(commands, 'ask', { question }, context());
      expect(answer.results).toEqual([]);
      expect(answer.notice).toMatch(/Rien dans le corpus/);
    }
  });
});

describe('index cache', () => {
  let dir: string;
  let data: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'depeche-cache-'));
    data = path.join(dir, 'data');
    await cp('corpus', path.join(dir, 'corpus'), { recursive: true });
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('starts from the cache when the corpus has not changed, and re-indexes when it has', async () => {
    const a = await Engine.open({ corpusDir: path.join(dir, 'corpus'), dataDir: data });
    expect(a.startedFrom).toBe('index');
    const b = await Engine.open({ corpusDir: path.join(dir, 'corpus'), dataDir: data });
    expect(b.startedFrom).toBe('cache');
    expect(b.search('satellites')[0].passage.text).toBe(a.search('satellites')[0].passage.text);
    await writeFile(path.join(dir, 'corpus', 'new.txt'), 'Un article tout neuf sur les quotas de pêche.');
    const c = await Engine.open({ corpusDir: path.join(dir, 'corpus'), dataDir: data });
    expect(c.startedFrom).toBe('index');
    expect(c.search('quotas de pêche')[0].passage.articleId).toBe('new');
  });
});

describe('a word read in each passage’s own language', () => {
  const bilingual = ownCorpus('readings', {
    'enquete.md': [
      '---',
      'title: Effondrement au dépôt',
      'lang: fr',
      '---',
      'Les secours ont dégagé les ouvriers du dépôt effondré mardi.',
      '',
      'La juge Odile Ferrand va mener les investigations sur les causes de l’accident.',
    ],
    'rescue.md': [
      '---',
      'title: Depot collapse',
      'lang: en',
      '---',
      'Nine men were pulled from the rubble of the depot on Tuesday.',
      '',
      'The miners’ families waited outside the gates all night.',
    ],
  });

  it('finds the French verb in French passages only, not English words its French stem or a typo of it spells', () => {
    // "mener" stems to "men" in French ("nine men" in English) and is one letter from "miner".
    const hits = bilingual().search('mener', { limit: 5 });
    expect(hits.map((h) => h.passage.text)).toEqual(['La juge Odile Ferrand va mener les investigations sur les causes de l’accident.']);
  });

  it('still finds a word the two languages stem alike in both', () => {
    const hits = bilingual().search('depot', { limit: 5 });
    expect(new Set(hits.map((h) => h.passage.lang))).toEqual(new Set(['fr', 'en']));
  });
});
