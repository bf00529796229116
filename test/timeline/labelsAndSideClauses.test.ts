/**
 * Dates that do not date a sentence's event: a date printed on a product ("DLC", "best before"); a
 * date in an aside opened by a past participle ("le rapport, rendu public mardi, …") or in a
 * participial phrase that qualifies a noun ("every cheese made there in August"), which give way to
 * the main clause's date.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Engine } from '../../src/engine/engine.js';
import { buildTimeline } from '../../src/timeline/buildTimeline.js';
import { readDates } from '../../src/timeline/readDates.js';

const labelled = (text: string, lang: 'fr' | 'en', published: string) =>
  readDates(text, lang, published).map((m) => [m.date, Boolean(m.productLabel)]);

describe('dates printed on a product', () => {
  it('reads a use-by or best-before date as a label, in French and English', () => {
    expect(labelled('Les yaourts nature du lot 4471, DLC du 14/07/2024 au 19/07/2024, sont retirés depuis le 2 juillet.', 'fr', '2024-07-05')).toEqual([
      ['2024-07-14', true], ['2024-07-19', true], ['2024-07-02', false],
    ]);
    expect(labelled('Les pots portant la mention « à consommer de préférence avant le 30 août 2024 » ont été rappelés vendredi.', 'fr', '2024-07-05')).toEqual([
      ['2024-08-30', true], ['2024-07-05', false],
    ]);
    expect(labelled('The yoghurts, with use-by dates from 14 July 2024 to 19 July 2024, were withdrawn on Tuesday.', 'en', '2024-07-05')).toEqual([
      ['2024-07-14', true], ['2024-07-19', true], ['2024-07-02', false],
    ]);
    expect(labelled('Shoppers should check for an expiry date of July 19, 2024 on the lid.', 'en', '2024-07-05')).toEqual([['2024-07-19', true]]);
  });

  it('leaves a date far from the label, or past a comma, as a date', () => {
    expect(labelled('The best before dates were printed wrongly, the dairy said on 3 July 2024.', 'en', '2024-07-05')).toEqual([['2024-07-03', false]]);
  });
});

let dir: string;
let engine: Engine;
const article = (outlet: string, lang: string, published: string, body: string) =>
  `---\ntitle: ${outlet}\noutlet: ${outlet}\nlang: ${lang}\npublished: ${published}\n---\n${body}\n`;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'depeche-side-clauses-'));
  // Published on Thursday 10 October 2024.
  await writeFile(path.join(dir, 'gazette-2024-10-10.md'), article('La Gazette du Jura', 'fr', '2024-10-10',
    "Selon le rapport de la chambre régionale des comptes, rendu public mardi, la région a signé le 3 avril 2023 un bail de trente ans avec l'exploitant du téléski.\n\n" +
    "La coopérative laitière a étendu son rappel à tous les comtés fabriqués en août, a-t-elle indiqué mercredi.\n\n" +
    'Les habitants du hameau des Rousses, évacués lundi, ont regagné leurs maisons dans la soirée de mercredi.'));
  await writeFile(path.join(dir, 'alpine-wire-2024-10-10.md'), article('Alpine Wire', 'en', '2024-10-10',
    'The audit office report, released on Tuesday, found that the region signed a thirty-year ski lift lease on April 3, 2023 without a tender.\n\n' +
    'The dairy cooperative has widened its recall to every cheese made there in August, the company said on Wednesday.'));
  engine = await Engine.open({ corpusDir: dir, dataDir: null });
});
afterAll(async () => {
  await engine.close();
  await rm(dir, { recursive: true, force: true });
});

const datesOf = (pattern: RegExp) => buildTimeline(engine, { maxEvents: 50 }).events.filter((e) => pattern.test(e.text)).map((e) => e.date).sort();

describe('a date in a side clause gives way to the main clause', () => {
  it("dates the main verb, not an aside opened by a past participle (the aside's day stays a fact of its own)", () => {
    expect(datesOf(/bail de trente ans/)).toContain('2023-04-03');
    expect(datesOf(/ski lift lease/)).toContain('2023-04-03');
    expect(datesOf(/hameau des Rousses/)).toEqual(['2024-10-07', '2024-10-09']);
  });

  it('dates the reporting clause, not a participial phrase that qualifies a noun', () => {
    expect(datesOf(/comtés fabriqués/)).toEqual(['2024-10-09']);
    expect(datesOf(/every cheese made/)).toEqual(['2024-10-09']);
  });
});
