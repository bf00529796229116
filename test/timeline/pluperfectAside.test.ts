import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Engine } from '../../src/engine/engine.js';
import { buildTimeline } from '../../src/timeline/buildTimeline.js';
import { inPluperfectAside } from '../../src/timeline/clauseTense.js';

// Written for this test. Friday 15 May 2026.
describe('a sentence dated only in a pluperfect aside, after a dated sentence of its paragraph', () => {
  let dir: string;
  let engine: Engine;
  let english: Engine;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'depeche-pluperfect-'));
    await mkdir(path.join(dir, 'fr'));
    await mkdir(path.join(dir, 'en'));
    const write = (file: string, lang: string, body: string) =>
      writeFile(path.join(dir, lang, file), `---\noutlet: ${file.split('-')[0]}\nlang: ${lang}\npublished: 2026-05-15\n---\n${body}\n`);
    await write(
      'vigie-2026-05-15.md',
      'fr',
      "Le directeur de l'hôpital de Vernoux a démissionné jeudi après la publication d'un audit accablant. Le préfet, qui avait soutenu le directeur devant les élus lundi, a accepté sa démission et nommé une administratrice provisoire.\n\nLa sénatrice Odile Brun, qui avait dénoncé la gestion de l'hôpital en 2024, réclame une commission d'enquête.",
    );
    await write(
      'herald-2026-05-15.md',
      'en',
      'The harbour master of Eastport stepped down on Thursday after a damning audit. The mayor, who had backed him at the council on Monday, accepted the resignation and appointed an interim master.',
    );
    engine = await Engine.open({ corpusDir: path.join(dir, 'fr'), dataDir: null });
    english = await Engine.open({ corpusDir: path.join(dir, 'en'), dataDir: null });
  });
  afterAll(async () => {
    await engine.close();
    await english.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("reads the main clause's fact on the day the sentence before names (fr, en), the aside's day as well", () => {
    // The topic keeps the one sentence, so no other sentence of the day stands for it.
    const dates = (on: Engine, topic: string, re: RegExp) =>
      buildTimeline(on, { maxEvents: 20, topic }).events.filter((e) => re.test(e.text)).map((e) => e.date).sort();
    expect(dates(engine, 'préfet', /a accepté sa démission/)).toEqual(['2026-05-11', '2026-05-14']);
    expect(dates(english, 'mayor', /accepted the resignation/)).toEqual(['2026-05-11', '2026-05-14']);
  });

  it('keeps the aside\'s date when the paragraph gives no later day', () => {
    const events = buildTimeline(engine, { maxEvents: 20 }).events;
    expect(events.filter((e) => /Odile Brun/.test(e.text)).map((e) => e.date)).toEqual(['2024']);
  });

  it('tells a pluperfect aside from one in another tense', () => {
    const fr = 'Le préfet, qui avait soutenu le directeur lundi, a accepté sa démission.';
    const en = 'The mayor, who backed him on Monday, accepted the resignation.';
    expect(inPluperfectAside(fr, fr.indexOf('lundi'), fr.indexOf('lundi') + 5, 'fr')).toBe(true);
    expect(inPluperfectAside(en, en.indexOf('Monday'), en.indexOf('Monday') + 6, 'en')).toBe(false);
  });
});
