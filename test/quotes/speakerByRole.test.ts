/**
 * /quotes speaker:<role> as a user types it: a name, a surname, or a title as the articles print
 * it ("la ministre de la Mer", "le préfet maritime", "the transport secretary"), written as text
 * where the words after the first fall outside the option. Determiners never match a name by
 * themselves ("le" is not "Le Goff"). On the ferry-fire fixture and on small wire-style corpora.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import quotesCommand from '../../commands/quotes.js';
import type { Answer } from '../../src/engine/answer.js';
import { parseCommandLine } from '../../src/engine/commandLine.js';
import { Engine } from '../../src/engine/engine.js';
import { quoteStore } from '../../src/quotes/quoteStore.js';

const root = path.resolve(import.meta.dirname, '../..');
let ferry: Engine;

/** Runs a /quotes command line the way Slack, the terminal chat and the CLI read it. */
async function typed(engine: Engine, line: string): Promise<Answer> {
  const parsed = parseCommandLine(line, [quotesCommand]);
  if (!parsed.ok) throw new Error(`cannot parse ${line}`);
  return (await quotesCommand.run({ engine, locale: 'fr', now: new Date(), services: {} }, parsed.args)) as Answer;
}
const speakersOf = (answer: Answer) => [...new Set(answer.results.map((r) => r.speaker))];

function corpus(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'depeche-roles-lookup-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

beforeAll(async () => {
  ferry = await Engine.open({ corpusDir: path.join(root, 'test/fixtures/ferry-fire'), dataDir: null });
});
afterAll(() => ferry.close());

describe('/quotes by a role as the articles print it (ferry-fire fixture)', () => {
  it('"la ministre de la Mer" is the minister introduced as "La ministre de la Mer, Claire Fontanel"', async () => {
    const answer = await typed(ferry, '/quotes speaker:la ministre de la Mer');
    expect(speakersOf(answer)).toEqual(['Claire Fontanel']);
    expect(answer.notice).toBeUndefined();
    expect(answer.results.length).toBeGreaterThan(0);
  });

  it('"le préfet maritime" is the vice-admiral so described, never "Le Goff" for its determiner', async () => {
    const answer = await typed(ferry, '/quotes speaker:le préfet maritime');
    expect(speakersOf(answer)).toEqual(['Thierry Robin']);
    expect(answer.notice).toBeUndefined();
  });

  it('gives the same answer quoted as one option', async () => {
    const answer = await typed(ferry, '/quotes speaker:"la ministre de la Mer"');
    expect(speakersOf(answer)).toEqual(['Claire Fontanel']);
  });

  it('takes an English title ("the transport secretary") and a description after the name ("X, préfet maritime de la Manche")', async () => {
    expect(speakersOf(await typed(ferry, '/quotes speaker:the transport secretary'))).toEqual(['Mark Ellison']);
    expect(speakersOf(await typed(ferry, '/quotes speaker:"le préfet maritime de la Manche"'))).toEqual(['Thierry Robin']);
    expect(speakersOf(await typed(ferry, '/quotes speaker:le secrétaire général de la CGT'))).toEqual(['Yann Le Goff']);
  });

  it('still takes a name, a surname, and a surname with its particle', async () => {
    expect(speakersOf(await typed(ferry, '/quotes speaker:Claire Fontanel'))).toEqual(['Claire Fontanel']);
    expect(speakersOf(await typed(ferry, '/quotes speaker:Fontanel'))).toEqual(['Claire Fontanel']);
    expect(speakersOf(await typed(ferry, '/quotes speaker:"Le Goff"'))).toEqual(['Yann Le Goff']);
  });

  it('a determiner alone names no one', () => {
    const store = quoteStore(ferry);
    for (const word of ['le', 'la', 'the', "l'", 'de la']) expect(store.findSpeakers(word), word).toEqual([]);
  });

  it('keeps words after a name as the topic, and never cuts a role before its complement', async () => {
    const onTopic = await typed(ferry, '/quotes speaker:Fontanel enquête');
    expect(speakersOf(onTopic)).toEqual(['Claire Fontanel']);
    expect(onTopic.results.every((r) => /enquête/i.test(r.text))).toBe(true);
    // No one is "préfet de police": it is not read as the maritime prefect on the topic "de police".
    const unknown = await typed(ferry, '/quotes speaker:le préfet de police');
    expect(unknown.results).toEqual([]);
    expect(unknown.notice).toMatch(/le préfet de police/);
  });
});

describe('/quotes by role in wire copy (inline corpora, French and English)', () => {
  let engine: Engine;
  beforeAll(async () => {
    const dir = corpus({
      'afp-fr.md': [
        '---', 'lang: fr', 'outlet: Dépêche Exemple', 'published: 2024-03-04', '---',
        'Le porte-parole du gouvernement, Paul Le Floch, a défendu mardi la réforme. « Le texte sera voté avant l’été », a-t-il déclaré.',
        '',
        '« Nous attendons des garanties », a réagi Anne Lemaire, présidente de la fédération des pêcheurs de Bretagne.',
        '',
        'Selon l’agence régionale de la pêche, « les quotas seront revus en juin ».',
      ].join('\n'),
      'wire-en.md': [
        '---', 'lang: en', 'outlet: Wire Example', 'published: 2024-03-04', '---',
        '"The harbour will reopen on Friday," the port authority chief executive, Dana Whitfield, told reporters.',
        '',
        'Energy minister Omar Haddad said: "Supplies are secure for the winter."',
      ].join('\n'),
    });
    engine = await Engine.open({ corpusDir: dir, dataDir: null });
  });
  afterAll(() => engine.close());

  it('fr: "le porte-parole du gouvernement" is Paul Le Floch, not "Le Floch" for its "le"; a description after the name counts', async () => {
    expect(speakersOf(await typed(engine, '/quotes speaker:le porte-parole du gouvernement'))).toEqual(['Paul Le Floch']);
    expect(speakersOf(await typed(engine, '/quotes speaker:la présidente de la fédération des pêcheurs'))).toEqual(['Anne Lemaire']);
  });

  it('en: "the chief executive" and "the energy minister" name the people so described', async () => {
    expect(speakersOf(await typed(engine, '/quotes speaker:the chief executive'))).toEqual(['Dana Whitfield']);
    expect(speakersOf(await typed(engine, '/quotes speaker:the energy minister'))).toEqual(['Omar Haddad']);
  });
});

describe('an organisation written as a word or in capitals is one speaker (Ineris / INERIS, Nato / NATO)', () => {
  let engine: Engine;
  beforeAll(async () => {
    const dir = corpus({
      'ouest-fr.md': [
        '---', 'lang: fr', 'outlet: Journal Exemple', 'published: 2024-05-02', '---',
        'Selon l’Ineris, la contamination des huîtres « reste limitée à la baie ».',
      ].join('\n'),
      'wire-en.md': [
        '---', 'lang: en', 'outlet: Wire Example', 'published: 2024-05-02', '---',
        'The contamination of the oysters is confined to the bay, INERIS said on Thursday.',
        '',
        '"Allies will respond together," NATO said in a statement.',
      ].join('\n'),
      'paper-en.md': [
        '---', 'lang: en', 'outlet: Paper Example', 'published: 2024-05-03', '---',
        '"No ally will be left alone," Nato said on Friday.',
      ].join('\n'),
    });
    engine = await Engine.open({ corpusDir: dir, dataDir: null });
  });
  afterAll(() => engine.close());

  it('/quotes speaker:Ineris and speaker:INERIS give one speaker with both reports, without asking which', async () => {
    for (const typedName of ['Ineris', 'INERIS']) {
      const answer = await typed(engine, `/quotes speaker:${typedName}`);
      expect(speakersOf(answer), typedName).toHaveLength(1);
      expect(answer.notice, typedName).toBeUndefined();
      expect(answer.results.map((r) => r.text).join(' | ')).toMatch(/limitée à la baie/);
      expect(answer.results.map((r) => r.text).join(' | ')).toMatch(/confined to the bay/);
    }
  });

  it('a name and an acronym of the same letters are one speaker in the store', () => {
    const store = quoteStore(engine);
    const names = store.speakers.map((s) => s.name);
    expect(names.filter((n) => /^ineris$/i.test(n))).toHaveLength(1);
    expect(names.filter((n) => /^nato$/i.test(n))).toHaveLength(1);
    const nato = store.speakers.find((s) => /^nato$/i.test(s.name))!;
    expect(store.quotesOf(nato)).toHaveLength(2);
  });
});

describe('a role the article gives a person after naming them is one of their roles', () => {
  it('fr: "La syndicaliste a rappelé…", "Le vétérinaire a précisé…" → /quotes speaker:la syndicaliste, speaker:le vétérinaire', async () => {
    const engine = await Engine.open({
      corpusDir: corpus({
        'journal-fr.md': [
          '---', 'lang: fr', 'outlet: Journal Exemple', 'published: 2024-05-02', '---',
          '« Les salariés ne paieront pas la crise », a lancé la secrétaire générale du syndicat, Maryse Quéré. La syndicaliste a rappelé que « trois plans sociaux » avaient déjà eu lieu.',
          '',
          '« Le troupeau est sain », a assuré Hervé Cadoret, directeur des services sanitaires. Le vétérinaire a précisé que « aucun animal » n’avait été abattu.',
        ].join('\n'),
      }),
      dataDir: null,
    });
    try {
      expect(speakersOf(await typed(engine, '/quotes speaker:la syndicaliste'))).toEqual(['Maryse Quéré']);
      expect(speakersOf(await typed(engine, '/quotes speaker:le vétérinaire'))).toEqual(['Hervé Cadoret']);
    } finally {
      await engine.close();
    }
  });
});

describe('a role typed without a typo is not also a speaker spelt one letter away', () => {
  it('"la ministre" is the minister, not also the ministère; "le ministère" is the ministry', async () => {
    const dir = corpus({
      'daily-2025-03-04.md': [
        '---',
        'outlet: Le Quotidien',
        'lang: fr',
        'published: 2025-03-04',
        '---',
        "« Les indemnités seront versées sous dix jours », a déclaré la ministre de l'Industrie, Hélène Roussel.",
        '',
        "Le ministère de l'Industrie a indiqué que « toutes les entreprises touchées » seraient reçues lundi.",
      ].join('\n'),
    });
    const engine = await Engine.open({ corpusDir: dir, dataDir: null });
    try {
      const store = quoteStore(engine);
      const names = (typedRole: string) => store.findSpeakers(typedRole).map((s) => s.name);
      expect(names('la ministre')).toEqual(['Hélène Roussel']);
      expect(names('le ministère')).toHaveLength(1);
      expect(names('le ministère')[0]).toMatch(/^Ministère/);
      // A real typo still finds the speaker when nobody is spelt exactly so.
      expect(names('Rousel')).toEqual(['Hélène Roussel']);
    } finally {
      await engine.close();
    }
  });
});
