/**
 * Which of a sentence's dates is its event: an old year printed with its month is that year; "la
 * veille" after a colon is told from the writing, not from a day of the first statement; a decreed day
 * is the nearer of the two readings; a participial phrase opening the sentence gives way to the main
 * verb's day; a year set inside what the main verb reports never dates the sentence alone; a topic
 * picks the date nearest its words; and a sentence is not listed twice for its aside's day.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Engine } from '../../src/engine/engine.js';
import { buildTimeline } from '../../src/timeline/buildTimeline.js';
import { readDates } from '../../src/timeline/readDates.js';

const dates = (text: string, lang: 'fr' | 'en', published: string) => readDates(text, lang, published).map((m) => m.date);

describe('dates read from the words of one sentence', () => {
  it('keeps an old year printed after its month (fr, en)', () => {
    expect(dates('Le galion a sombré le 3 mars 1712 au large de Brest, puis a été oublié en mars 1712.', 'fr', '2025-05-06')).toEqual(['1712-03-03', '1712-03']);
    expect(dates('The fort was built in May 1689 and burned on 2 May 1689.', 'en', '2025-05-06')).toEqual(['1689-05', '1689-05-02']);
  });

  it('counts "la veille" after a colon from the writing, not from the day the first statement names', () => {
    // Published on Friday 14 March 2025.
    expect(dates("Le bilan de l'incendie survenu lundi s'est alourdi : un pompier est mort la veille au soir.", 'fr', '2025-03-14')).toEqual(['2025-03-10', '2025-03-13']);
    expect(dates('The toll of the fire that broke out on Monday rose; a firefighter died the day before.', 'en', '2025-03-14')).toEqual(['2025-03-10', '2025-03-13']);
  });

  it('reads a decreed day as the nearer of the coming and the past one', () => {
    // Published on Thursday 13 March 2025: the coming Sunday is nearer than the last.
    expect(dates('Le préfet a décrété une journée de deuil dimanche : les drapeaux seront en berne.', 'fr', '2025-03-13')).toEqual(['2025-03-16']);
    expect(dates('The governor decreed a day of mourning on Sunday.', 'en', '2025-03-13')).toEqual(['2025-03-16']);
  });
});

let dir: string;
let engine: Engine;
const article = (outlet: string, lang: 'fr' | 'en', published: string, body: string) =>
  `---\ntitle: ${outlet}\noutlet: ${outlet}\nlang: ${lang}\npublished: ${published}\n---\n${body}\n`;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'depeche-statements-'));
  // Published on Tuesday 11 March 2025.
  await writeFile(path.join(dir, 'echo-2025-03-11.md'), article("L'Écho du Causse", 'fr', '2025-03-11',
    'Alertée dès samedi soir, la préfecture a évacué lundi le quartier des Tanneurs inondé par la crue.\n\n' +
    'Samedi, la rivière est sortie de son lit à la hauteur du pont des Tanneurs.\n\n' +
    'La région a annoncé mardi une hausse des aides aux éleveurs, limitée à 2 % en 2028.\n\n' +
    'Le texte sera examiné en commission jeudi et soumis au vote des députés le 20 mars.'));
  await writeFile(path.join(dir, 'causse-wire-2025-03-11.md'), article('Causse Wire', 'en', '2025-03-11',
    'Warned on Saturday night, the prefecture evacuated the flooded Tanneurs district on Monday.\n\n' +
    'On Saturday the river burst its banks near the Tanneurs bridge.\n\n' +
    'Ministers met on Tuesday to approve an emergency fund for the flooded towns.'));
  await writeFile(path.join(dir, 'gazette-2025-03-11.md'), article('La Gazette du Causse', 'fr', '2025-03-11',
    "Les ministres se sont réunis mardi pour approuver un fonds d'urgence pour les communes inondées."));
  engine = await Engine.open({ corpusDir: dir, dataDir: null });
});
afterAll(async () => {
  await engine.close();
  await rm(dir, { recursive: true, force: true });
});

const datesOf = (pattern: RegExp, options = {}) => buildTimeline(engine, { maxEvents: 50, ...options }).events.filter((e) => pattern.test(e.text)).map((e) => e.date).sort();

describe('the date of a sentence with several', () => {
  it('dates the main verb, not a participial phrase that opens the sentence, and lists the sentence once (fr, en)', () => {
    // The French and the English report are one event, shown once, at Monday's eviction.
    expect(datesOf(/quartier des Tanneurs|Tanneurs district/)).toEqual(['2025-03-10']);
  });

  it('never dates a sentence by a year set inside what its main verb reports', () => {
    expect(datesOf(/aides aux éleveurs/)).toEqual(['2025-03-11']);
  });

  it('dates a sentence on a topic by the date nearest the topic word', () => {
    expect(datesOf(/Le texte sera examiné/, { topic: 'vote' })).toEqual(['2025-03-20']);
    expect(datesOf(/Le texte sera examiné/, { topic: 'commission' })).toEqual(['2025-03-13']);
  });
});
