import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Engine } from '../../src/engine/engine.js';
import { buildTimeline } from '../../src/timeline/buildTimeline.js';
import { readDates } from '../../src/timeline/readDates.js';

// Sentences written for these tests (fr and en). 2026-11-10 is a Tuesday.
const dates = (text: string, lang: 'fr' | 'en', published: string) => readDates(text, lang, published).map((d) => [d.text, d.date]);

describe('a day and month without a year after a deadline or an until word', () => {
  it('is the next such date, even when that is many months ahead', () => {
    expect(dates("Les communes remettent leurs plans d'ici le 1er avril.", 'fr', '2026-11-10')).toEqual([['le 1er avril', '2027-04-01']]);
    expect(dates('Councils submit their plans by April 1.', 'en', '2026-11-10')).toEqual([['April 1', '2027-04-01']]);
    expect(dates("Les inscriptions restent ouvertes jusqu'au 1er avril.", 'fr', '2026-11-10')).toEqual([['1er avril', '2027-04-01']]);
    expect(dates('Applications remain open until April 1.', 'en', '2026-11-10')).toEqual([['April 1', '2027-04-01']]);
  });

  it('reads "would have to" in reported speech as an obligation to come', () => {
    expect(dates('The regulator said the operator would have to repay the loan by April 1.', 'en', '2026-11-10')).toEqual([['April 1', '2027-04-01']]);
  });

  it('stays in the past when the clause is past', () => {
    expect(dates('The councils had submitted their plans by April 1.', 'en', '2026-11-10')).toEqual([['April 1', '2026-04-01']]);
  });
});

describe('a date printed with its weekday', () => {
  it('is the day of publication when it names that day, even told in the future', () => {
    expect(dates('Le salon ouvrira ses portes ce mardi 10 novembre à 9 heures.', 'fr', '2026-11-10T00:30+01:00')).toEqual([['mardi 10 novembre', '2026-11-10']]);
    expect(dates('The fair will open its doors on Tuesday, November 10.', 'en', '2026-11-10')).toEqual([['Tuesday, November 10', '2026-11-10']]);
  });

  it('takes the year whose calendar has that weekday on that date', () => {
    // 3 April is a Friday in 2026 and a Saturday in 2027.
    expect(dates('Le comité se réunit le samedi 3 avril.', 'fr', '2026-11-10')).toEqual([['samedi 3 avril', '2027-04-03']]);
    expect(dates('The committee meets on Saturday, April 3.', 'en', '2026-11-10')).toEqual([['Saturday, April 3', '2027-04-03']]);
  });
});

describe('a time of day written with dotted abbreviations', () => {
  it('does not cut the clause, so "would … at 6 a.m. on Friday" looks ahead', () => {
    expect(dates('The mayor said the road would reopen at 6 a.m. on Friday.', 'en', '2026-11-10')).toEqual([['Friday', '2026-11-13']]);
  });
});

let dir: string;
let engine: Engine;
const article = (outlet: string, lang: string, published: string, body: string) =>
  `---\ntitle: ${outlet}\noutlet: ${outlet}\nlang: ${lang}\npublished: ${published}\n---\n${body}\n`;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'depeche-noun-dates-'));
  await writeFile(path.join(dir, 'courrier-2026-11-12.md'), article('Le Courrier du Lac', 'fr', '2026-11-12',
    "Après la décision du 3 novembre, la fédération de voile a annoncé aujourd'hui un recours devant le tribunal."));
  await writeFile(path.join(dir, 'lake-wire-2026-11-12.md'), article('Lake Wire', 'en', '2026-11-12',
    'Following the verdict of 3 November, the sailing federation today announced an appeal to the tribunal.'));
  // A live blog whose clock stamps stand on lines of their own, newest first.
  await writeFile(path.join(dir, 'harbour-live-2026-11-12.md'), article('Harbour Live', 'en', '2026-11-12T23:50+01:00',
    'Regatta finals – as it happened\n\n22:40\nThe jury has handed the trophy to the Breton crew after a long review.\n\n' +
    '21:15\nNo result yet. The jury is still studying the photographs of the finish.\n\n20:05\nThe final race ended in thick fog off the harbour wall.'));
  engine = await Engine.open({ corpusDir: dir, dataDir: null });
});
afterAll(async () => {
  await engine.close();
  await rm(dir, { recursive: true, force: true });
});

/** The dates under which an article is cited (the two reports may be merged into one event). */
const datesOf = (articleId: string) => buildTimeline(engine, { maxEvents: 50 }).events.filter((e) => e.articleIds.includes(articleId)).map((e) => e.date).sort();

describe('a date that tells which event a noun is', () => {
  it('gives way to the main clause\'s "today"', () => {
    expect(datesOf('courrier-2026-11-12')).toEqual(['2026-11-12']);
    expect(datesOf('lake-wire-2026-11-12')).toEqual(['2026-11-12']);
  });
});

describe('a live blog entry under a clock stamp on its own line', () => {
  it('reports what happened on the day it was posted', () => {
    const events = buildTimeline(engine, { maxEvents: 50 }).events.filter((e) => e.articleIds.includes('harbour-live-2026-11-12'));
    expect(events.find((e) => /trophy/.test(e.text))?.date).toBe('2026-11-12');
  });
});
