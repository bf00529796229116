/**
 * The blind QA fixture test/fixtures/earthquake (see its README): the /timeline failures F7–F10 of
 * /work/notes/qa-quake.md, checked on the articles as written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { Engine } from '../../src/engine/engine.js';
import { buildTimeline } from '../../src/timeline/buildTimeline.js';

describe('/timeline on the earthquake fixture', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await Engine.open({ corpusDir: path.join(import.meta.dirname, '../fixtures/earthquake'), dataDir: null });
  });
  afterAll(async () => {
    await engine?.close();
  });
  const eventOn = (re: RegExp, topic?: string) => buildTimeline(engine, { topic, maxEvents: 40 }).events.find((e) => re.test(e.text));

  it('dates the tribute "planned … on Saturday" (written on a Friday) to the next day, with the prefecture\'s 18 April', () => {
    const tribute = eventOn(/tribute to the victims/);
    expect(tribute?.date).toBe('2026-04-18');
    expect(tribute?.articleIds).toContain('prefecture-haute-sarvelle-2026-04-16');
  });

  it("dates the English live blog's clock-stamped entries to its day", () => {
    expect(eventOn(/arrived by helicopter/, 'helicopter')?.date).toBe('2026-04-15');
    expect(eventOn(/risen to 19/, '19')?.date).toBe('2026-04-15');
    // "now puts the magnitude at 6.3, up from the 6.1 first announced last night": the revision, posted at 10:05.
    expect(eventOn(/now puts the magnitude at 6\.3/, 'magnitude')?.date).toBe('2026-04-15');
  });

  it('dates "Last night, a magnitude 4.5 aftershock" (written on the 17th) to the 16th', () => {
    expect(eventOn(/Last night, a magnitude 4\.5 aftershock/, 'aftershock')?.date).toBe('2026-04-16');
  });

  it("shows none of the live blog's housekeeping lines", () => {
    const texts = buildTimeline(engine, { maxEvents: 40 }).events.map((e) => e.text);
    expect(texts.filter((t) => /That's all for today|coverage resumes/.test(t))).toEqual([]);
  });
});
