import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Engine } from '../../src/engine/engine.js';
import { buildTimeline } from '../../src/timeline/buildTimeline.js';
import { readDates } from '../../src/timeline/readDates.js';
import { ownCorpus } from '../ownCorpus.js';

// Written for this test. Thursday 14 May 2026.
const day = (text: string, lang: 'fr' | 'en', anchor?: string) => readDates(text, lang, '2026-05-14', anchor).map((m) => `${m.text}=${m.date}`);

describe('"la veille", "the day after": counted from a day of the story, never from publication', () => {
  it('counts from a day the same sentence names (fr, en)', () => {
    expect(day("Le barrage a cédé mardi, et l'avant-veille, les riverains avaient signalé des fissures.", 'fr')).toContain("l'avant-veille=2026-05-10");
    expect(day('The ferry sank on Monday; the day before, inspectors had found rust.', 'en')).toContain('the day before=2026-05-10');
    expect(day('The strike began on Monday and two days later the talks resumed.', 'en')).toContain('two days later=2026-05-13');
  });

  it('counts from the day of the sentence before when given one, else reads nothing', () => {
    expect(day('La veille, le préfet avait réuni les maires.', 'fr', '2026-05-11')).toEqual(['La veille=2026-05-10']);
    expect(day('Le lendemain, la route a rouvert.', 'fr', '2026-05-11')).toEqual(['Le lendemain=2026-05-12']);
    expect(day('The day before, the council had met in private.', 'en', '2026-05-11')).toEqual(['The day before=2026-05-10']);
    expect(day('La veille, le préfet avait réuni les maires.', 'fr')).toEqual([]);
    expect(day('The following day, the bridge reopened to traffic.', 'en')).toEqual([]);
  });

  it('reads nothing after "au", "à", "on": the sentence is told from an event whose day is not given', () => {
    expect(day("Le club a limogé dimanche son entraîneur, au lendemain d'une lourde défaite.", 'fr')).toEqual(['dimanche=2026-05-10']);
    expect(day('Avant-hier, à la veille du verdict, le maire avait réuni ses adjoints.', 'fr')).toEqual(['Avant-hier=2026-05-12']);
    expect(day('The mayor resigned on Tuesday, on the day after the vote.', 'en')).toEqual(['Tuesday=2026-05-12']);
    expect(day('The day before yesterday the port closed.', 'en')).toEqual(['The day before yesterday=2026-05-12']);
  });
});

describe('"depuis la veille", "since the day before": a state that began the day before, read unless a complement names another event', () => {
  it('reads the phrase after a lead that opens a state, and marks the start (fr, en)', () => {
    const first = (text: string, lang: 'fr' | 'en') => readDates(text, lang, '2026-05-14').map((m) => `${m.text}=${m.date}${m.startsAState ? ' (start)' : ''}`);
    expect(first('Depuis la veille, la route côtière est coupée à la circulation.', 'fr')).toEqual(['la veille=2026-05-13 (start)']);
    expect(first('Since the day before, the coastal road has been shut to traffic.', 'en')).toEqual(['the day before=2026-05-13 (start)']);
  });

  it('reads nothing when a complement names the other event', () => {
    expect(day('Depuis la veille du scrutin, les bureaux de la mairie sont fermés.', 'fr')).toEqual([]);
    expect(day('Since the day before the vote, the town hall has been closed.', 'en')).toEqual([]);
  });
});

describe('/timeline dates a closure "depuis la veille" the day before publication', () => {
  const engine = ownCorpus('since-eve', {
    'courrier-2026-05-14.md': '---\noutlet: Le Courrier du Large\nlang: fr\npublished: 2026-05-14\n---\nDepuis la veille, une zone de baignade de deux kilomètres est fermée au sud du port, le temps de retirer les nappes d\'algues.\n',
  });

  it('puts the closure on the day before publication', () => {
    expect(buildTimeline(engine()).events.find((e) => /baignade/.test(e.text))?.date).toBe('2026-05-13');
  });
});

describe('/timeline dates "la veille" from the sentence before in the paragraph', () => {
  let dir: string;
  let engine: Engine;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'depeche-story-days-'));
    await writeFile(
      path.join(dir, 'gazette-2026-05-14.md'),
      "---\noutlet: La Gazette\nlang: fr\npublished: 2026-05-14\n---\nLa digue de Saint-Clair a cédé lundi sous la pression de la crue. La veille, les pompiers avaient évacué quarante maisons du quartier bas.\n\nLe lendemain, les habitants ont commencé à nettoyer leurs caves inondées.\n",
    );
    engine = await Engine.open({ corpusDir: dir, dataDir: null });
  });
  afterAll(async () => {
    await engine.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('puts the evacuation on Sunday and reads no day for a "lendemain" opening a paragraph', () => {
    const events = buildTimeline(engine).events;
    expect(events.find((e) => /évacué/.test(e.text))?.date).toBe('2026-05-10');
    expect(events.some((e) => /nettoyer/.test(e.text))).toBe(false);
  });
});
