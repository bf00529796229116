/**
 * An interview printed as questions and answers: an answer line is the interviewee's own words, so a
 * relative day in it ("by tomorrow", "demain") is the speaker's, told from when they spoke, and dates
 * no event, as inside a quotation. An explicit date in an answer still does, and the same words in
 * the writer's own prose are dated as usual.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Engine } from '../../src/engine/engine.js';
import { buildTimeline } from '../../src/timeline/buildTimeline.js';

let dir: string;
let engine: Engine;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'depeche-interview-days-'));
  await writeFile(
    path.join(dir, 'valley-post-2025-10-08.md'),
    `---\ntitle: Ferry service to Halden suspended after engine fire\noutlet: Valley Post\nlang: en\npublished: 2025-10-08\n---\n` +
      `The Halden ferry was taken out of service on Monday after a fire broke out in its engine room.\n\n` +
      `We spoke to the harbour master, Ines Okafor.\n\n` +
      `Q: When will the ferry sail again?\n\n` +
      `A: The engineers are still at work below deck. We hope to have the ferry back on the water by tomorrow.\n\n` +
      `Q: Was anyone hurt?\n\n` +
      `A: Nobody was hurt. The crew put the engine fire out on October 6 within minutes.\n\n` +
      `The harbour office will publish a new sailing schedule for the Halden crossing tomorrow.\n`,
  );
  await writeFile(
    path.join(dir, 'courrier-2025-10-08.md'),
    `---\ntitle: Le bac de Halden à l'arrêt\noutlet: Le Courrier du Lac\nlang: fr\npublished: 2025-10-08\n---\n` +
      `Le bac de Halden a été retiré du service lundi après un incendie dans sa salle des machines.\n\n` +
      `Q : Quand le bac reprendra-t-il la traversée ?\n\n` +
      `R : Les mécaniciens travaillent encore. Nous espérons remettre le bac en service dès demain matin.\n`,
  );
  engine = await Engine.open({ corpusDir: dir, dataDir: null });
});
afterAll(async () => {
  await engine.close();
  await rm(dir, { recursive: true, force: true });
});

describe('relative days in interview answers', () => {
  it('does not date an event from a relative day in an answer line (English and French)', () => {
    const events = buildTimeline(engine).events;
    expect(events.some((e) => /back on the water/.test(e.text))).toBe(false);
    expect(events.some((e) => /remettre le bac/.test(e.text))).toBe(false);
  });

  it('still dates an answer from an explicit date, and the writer\'s own "tomorrow"', () => {
    const events = buildTimeline(engine).events;
    expect(events.filter((e) => /within minutes/.test(e.text)).map((e) => e.date)).toEqual(['2025-10-06']);
    expect(events.filter((e) => /sailing schedule/.test(e.text)).map((e) => e.date)).toEqual(['2025-10-09']);
  });
});
