import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownCorpus } from '../ownCorpus.js';
import { Engine } from '../../src/engine/engine.js';
import { summarize } from '../../src/summary/summarize.js';

// Own text: a storm told over two days. The first day's reports count two dead; the second day's
// report says the toll rose to five. A summary leading with "two dead" must tell the revision
// next, and must not cite the second day's report for the first day's figure.
const article = (outlet: string, published: string, title: string, body: string) => `---
title: ${JSON.stringify(title)}
outlet: ${outlet}
published: ${published}
lang: en
---
${body}
`;
const storm = {
  'wire-2025-02-10.md': article('Wire One', '2025-02-10', 'Storm Ilse hits the coast', 'Two people were killed and about 900 residents were evacuated when Storm Ilse hit the coast of Brenmouth on Monday, officials said.\n\nThe storm brought winds of 150 km/h and cut power to 40,000 homes.'),
  'daily-2025-02-10.md': article('Daily Two', '2025-02-10', 'Storm Ilse: two dead', 'Two people were killed when Storm Ilse struck Brenmouth on Monday, the mayor said.\n\nAbout 900 residents were evacuated from the seafront, according to the prefecture.'),
  'paper-2025-02-11.md': article('Paper Three', '2025-02-11', 'Storm Ilse toll rises', 'Five people were killed and about 900 residents were evacuated when Storm Ilse hit the coast of Brenmouth, officials said on Tuesday after rescuers found three fishermen on the rocks.\n\nThe storm brought winds of 150 km/h and cut power to 40,000 homes, the grid operator said.'),
};

describe('/summary: a figure a later report revises is followed by the revision', () => {
  const engine = ownCorpus('later-figure', storm);

  it('tells the later toll right after the sentence giving the earlier one', () => {
    const texts = summarize(engine()).sentences.map((s) => s.text);
    const early = texts.findIndex((t) => /Two people were killed/.test(t));
    const late = texts.findIndex((t) => /Five people were killed/.test(t));
    expect(early).toBeGreaterThanOrEqual(0);
    expect(late).toBe(early + 1);
  });

  it('does not cite a report giving another figure beside the earlier one', () => {
    const early = summarize(engine()).sentences.find((s) => /Two people were killed/.test(s.text))!;
    expect(early.articleIds).not.toContain('paper-2025-02-11');
  });
});

describe('/summary: no revision from a later count of something else', () => {
  const engine = ownCorpus('other-count', {
    ...storm,
    'paper-2025-02-11.md': article('Paper Three', '2025-02-11', 'Storm Ilse: clean-up begins', 'The clean-up began in Brenmouth on Tuesday, and the three seafront hotels evacuated on Monday will stay closed until Friday, the mayor said.\n\nThe storm brought winds of 150 km/h and cut power to 40,000 homes, the grid operator said.'),
  });

  it('does not follow the residents evacuated with the hotels evacuated', () => {
    const texts = summarize(engine()).sentences.map((s) => s.text);
    const early = texts.findIndex((t) => /about 900 residents were evacuated/.test(t));
    expect(early).toBeGreaterThanOrEqual(0);
    expect(texts[early + 1] ?? '').not.toMatch(/hotels evacuated/);
  });
});

// Blind fixtures whose gold says a summary must not leave an outdated toll standing.
describe.each([
  ['river-flood', /Two people were killed/, /toll[^.]*rose to four/],
  ['earthquake', /au moins douze morts/, /toll rose to 41/],
  // The first toll is written with an aside between its count and its word (« neuf personnes, dont …, ont été tuées »).
  ['bus-crash', /Au moins neuf personnes/, /bilan à douze morts/],
])('/summary on the %s fixture', (fixture, outdated, latest) => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await Engine.open({ corpusDir: path.resolve(import.meta.dirname, '../fixtures', fixture), dataDir: null });
  });
  afterAll(() => engine.close());

  it('follows the outdated toll with the latest one', () => {
    const texts = summarize(engine).sentences.map((s) => s.text);
    const early = texts.findIndex((t) => outdated.test(t));
    const late = texts.findIndex((t) => latest.test(t));
    expect(late).toBeGreaterThanOrEqual(0);
    if (early >= 0) expect(late).toBe(early + 1);
  });
});

describe('/summary: one figure told once, in whatever language (other-event fixture)', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await Engine.open({ corpusDir: path.resolve(import.meta.dirname, '../fixtures/other-event'), dataDir: null });
  });
  afterAll(() => engine.close());

  it('gives "three injured" in one sentence, not in French and again in English', () => {
    const texts = summarize(engine).sentences.map((s) => s.text);
    expect(texts.filter((t) => /(trois personnes avaient été blessées|three people had been injured)/.test(t))).toHaveLength(1);
  });
});


describe('/summary: a later report recalling the earlier figure beside its own still updates it', () => {
  const engine = ownCorpus('later-figure-recalled', {
    ...storm,
    'paper-2025-02-11.md': article('Paper Three', '2025-02-11', 'Storm Ilse toll rises', 'Officials raised the toll to five dead on Tuesday after rescuers found three fishermen on the rocks of Brenmouth, as Storm Ilse moved inland.\n\nOfficials had initially reported that two people were killed on Monday.\n\nThe storm brought winds of 150 km/h and cut power to 40,000 homes, the grid operator said.'),
  });

  it('tells the later toll after the earlier one, though the later report also recalls it', () => {
    const texts = summarize(engine()).sentences.map((s) => s.text);
    const early = texts.findIndex((t) => /Two people were killed/.test(t));
    const late = texts.findIndex((t) => /raised the toll to five/.test(t));
    expect(early).toBeGreaterThanOrEqual(0);
    expect(late).toBe(early + 1);
  });
});


describe('/summary: a sentence giving figures cites only reports that give one of them (bus-crash fixture)', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await Engine.open({ corpusDir: path.resolve(import.meta.dirname, '../fixtures/bus-crash'), dataDir: null });
  });
  afterAll(() => engine.close());

  it('does not cite the statement that says only "several" died beside "at least nine dead"', () => {
    const toll = summarize(engine).sentences.find((s) => /Au moins neuf personnes/.test(s.text));
    expect(toll).toBeDefined();
    expect(toll!.articleIds).not.toContain('quai-communique-2026-09-08');
  });
});

describe('/summary: a sum a later report revises is followed by the revision, across languages', () => {
  const frArticle = (outlet: string, published: string, title: string, body: string) => article(outlet, published, title, body).replace('lang: en', 'lang: fr');
  const engine = ownCorpus('later-sum', {
    'gazette-2025-04-01.md': frArticle('Gazette Une', '2025-04-01', 'Pont de Valrive : les travaux chiffrés', "Le gouvernement a chiffré mardi le coût de la reconstruction du pont de Valrive à 1,2 milliard d'euros, a annoncé le ministre des Transports.\n\nLe chantier doit durer trois ans.\n\nLe pont s'était effondré en janvier après une crue de la Sorne.\n\nUne enquête judiciaire sur l'entretien de l'ouvrage est en cours.\n\nLe maire de Valrive demande des garanties sur le calendrier.\n\nLa circulation des poids lourds est déviée par le col des Aiguilles.\n\nLes commerçants du centre-ville disent avoir perdu un tiers de leur chiffre d'affaires."),
    'journal-2025-04-01.md': frArticle('Journal Deux', '2025-04-01', 'Valrive : un nouveau pont', "Le ministre des Transports a estimé mardi le coût de la reconstruction du pont de Valrive à 1,2 milliard d'euros.\n\nLes riverains réclament une passerelle provisoire.\n\nLe pont s'était effondré en janvier après une crue de la Sorne.\n\nUne enquête judiciaire sur l'entretien de l'ouvrage est en cours.\n\nLe maire de Valrive demande des garanties sur le calendrier.\n\nLa circulation des poids lourds est déviée par le col des Aiguilles.\n\nLes commerçants du centre-ville disent avoir perdu un tiers de leur chiffre d'affaires."),
    'wire-2025-04-03.md': article('Wire Three', '2025-04-03', 'Valrive bridge cost revised', 'Soaring steel prices have pushed the cost of the new Valrive crossing up to 1.9 billion euros, officials said on Thursday.\n\nWork is due to start in the autumn.'),
  });

  it('tells the later cost right after the earlier one, for a French reader', () => {
    const texts = summarize(engine(), { locale: 'fr' }).sentences.map((s) => s.text);
    const early = texts.findIndex((t) => /1,2 milliard/.test(t));
    const late = texts.findIndex((t) => /1\.9 billion/.test(t));
    expect(late).toBeGreaterThanOrEqual(0);
    if (early >= 0) expect(late).toBe(early + 1);
  });
});

// Own text: a film's audience counted in other words each day ("tickets", « spectateurs », "screens", « salles »).
const film = {
  'trade-2025-05-11.md': article('Trade Daily', '2025-05-11', 'Harbour Lights opens strongly', 'The drama "Harbour Lights" had sold 30,000 tickets in its first days, according to its distributor Marlow Films.\n\nIt was showing on 150 screens across the country.\n\nThe drama won the jury prize at the Corvel festival last month.'),
  'weekly-2025-05-12.md': article('Screen Weekly', '2025-05-12', 'Harbour Lights passes 52,000', 'By Sunday night "Harbour Lights" had sold 52,000 tickets in its first five days, according to Marlow Films, which distributes the drama.\n\nThe drama won the jury prize at the Corvel festival last month, the first for its director.'),
  'marlow-2025-05-13.md': article('Marlow Films', '2025-05-13', 'Harbour Lights : 96 400 entrées', '« Harbour Lights » a réuni 96 400 spectateurs en six jours et sera proposé dans 280 salles à partir de mercredi, annonce Marlow Films.\n\nLe drame a reçu le prix du jury au festival de Corvel le mois dernier.').replace('lang: en', 'lang: fr'),
};

describe('/summary: a count of things told in other words is revised too', () => {
  const engine = ownCorpus('later-admissions', film);

  it('follows the tickets sold with the later admissions', () => {
    const texts = summarize(engine()).sentences.map((s) => s.text);
    const early = texts.findIndex((t) => /52,000 tickets/.test(t));
    const late = texts.findIndex((t) => /96 400 spectateurs/.test(t));
    expect(early).toBeGreaterThanOrEqual(0);
    expect(late).toBe(early + 1);
  });

  it('does not cite an earlier report giving another count beside it', () => {
    const early = summarize(engine()).sentences.find((s) => /52,000 tickets/.test(s.text))!;
    expect(early.articleIds).not.toContain('trade-2025-05-11');
  });
});
