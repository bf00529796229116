import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Engine } from '../../src/engine/engine.js';
import { buildTimeline } from '../../src/timeline/buildTimeline.js';

// Written for this test. Sunday 10 May 2026 announces Tuesday's hearing; Tuesday 12 May reports its outcome.
describe('an event told as done is not cited to an article published before its date', () => {
  let dir: string;
  let engine: Engine;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'depeche-cited-early-'));
    const write = (file: string, published: string, body: string) =>
      writeFile(path.join(dir, file), `---\noutlet: ${file.split('-')[0]}\nlang: fr\npublished: ${published}\n---\n${body}\n`);
    await write(
      'vigie-2026-05-10.md',
      '2026-05-10',
      "La commission d'appel de la ligue de Vernoux examinera mardi le recours du club contre la suspension de son gardien Théo Marchal.",
    );
    await write(
      'tribune-2026-05-12.md',
      '2026-05-12',
      "La commission d'appel de la ligue de Vernoux a examiné mardi le recours du club et a réduit à deux matches la suspension de son gardien Théo Marchal.",
    );
    engine = await Engine.open({ corpusDir: dir, dataDir: null });
  });
  afterAll(async () => {
    await engine.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps the announcement and the outcome apart, each citing its own article', () => {
    const events = buildTimeline(engine, { maxEvents: 20 }).events.filter((e) => e.date === '2026-05-12');
    expect(events.find((e) => /a réduit/.test(e.text))?.articleIds).toEqual(['tribune-2026-05-12']);
    expect(events.find((e) => /examinera/.test(e.text))?.articleIds ?? []).not.toContain('tribune-2026-05-12');
  });
});
