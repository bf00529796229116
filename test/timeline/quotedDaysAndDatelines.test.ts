/**
 * Dates that are not the story's: a relative day inside a quotation (the speaker's "demain"), the
 * date of a wire dateline (when the dispatch was filed), a capitalised "Demain" inside a name; and
 * "prochain"/"next" before a weekday read the same way in French and English.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Engine } from '../../src/engine/engine.js';
import { buildTimeline } from '../../src/timeline/buildTimeline.js';
import { readDates } from '../../src/timeline/readDates.js';

const dates = (text: string, lang: 'fr' | 'en', published: string) => readDates(text, lang, published).map((m) => [m.text, m.date]);

let dir: string;
let engine: Engine;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'depeche-quoted-days-'));
  await writeFile(
    path.join(dir, 'gazette-2025-06-04.md'),
    `---\ntitle: La digue de Port-Joinville sera renforcée\noutlet: La Gazette des Îles\nlang: fr\npublished: 2025-06-04\n---\n` +
      `Les travaux de la digue de Port-Joinville ont commencé lundi sous la surveillance de la préfecture.\n\n` +
      `« Les pêcheurs me demandent tous si le port rouvrira demain matin, je leur réponds d'être patients », sourit le maire de la commune.\n\n` +
      `La préfète a indiqué qu'elle signerait l'arrêté de réouverture du port « dès demain ».\n`,
  );
  await writeFile(
    path.join(dir, 'isles-wire-2025-06-03.md'),
    `---\ntitle: Sea wall repairs begin on Yeu island\noutlet: Isles Wire\nlang: en\npublished: 2025-06-03\n---\n` +
      `PORT-JOINVILLE, France, June 3 (Isles Wire) - Engineers began strengthening the island's storm-battered sea wall in Monday's low tide, the prefecture said.\n`,
  );
  engine = await Engine.open({ corpusDir: dir, dataDir: null });
});
afterAll(async () => {
  await engine.close();
  await rm(dir, { recursive: true, force: true });
});

describe('dates that are not events of the story', () => {
  it('does not date an event from a relative day inside a quotation', () => {
    const events = buildTimeline(engine).events;
    expect(events.some((e) => /pêcheurs/.test(e.text))).toBe(false);
    expect(events.filter((e) => /digue/.test(e.text)).map((e) => e.date)).toEqual(['2025-06-02']);
  });

  it('still dates from a quoted fragment of a few words woven into the writer\'s sentence', () => {
    expect(buildTimeline(engine).events.filter((e) => /arrêté/.test(e.text)).map((e) => e.date)).toEqual(['2025-06-05']);
  });

  it('dates a wire lede from its story, not from its dateline ("Monday\'s", not "June 3")', () => {
    const events = buildTimeline(engine).events.filter((e) => /sea wall/.test(e.text));
    expect(events.map((e) => e.date)).toEqual(['2025-06-02']);
  });

  it('reads a capitalised "Demain" or "Tomorrow" inside a sentence as part of a name', () => {
    expect(dates('La liste Grenoble Demain a rallié le maire sortant.', 'fr', '2025-03-10')).toEqual([]);
    expect(dates('The Party of Tomorrow backed the mayor.', 'en', '2025-03-10')).toEqual([]);
    expect(dates('Demain, la liste se réunira.', 'fr', '2025-03-10')).toEqual([['Demain', '2025-03-11']]);
  });
});

describe('"prochain" and "next" before a weekday: the first such day after tomorrow', () => {
  // 2025-03-10 was a Monday, 2025-03-11 a Tuesday.
  it('is this week\'s day when it is two days away or more, in French and in English alike', () => {
    expect(dates('Le syndicat rencontrera la direction dès vendredi prochain.', 'fr', '2025-03-10')).toEqual([['vendredi prochain', '2025-03-14']]);
    expect(dates('The union will meet management next Friday.', 'en', '2025-03-10')).toEqual([['next Friday', '2025-03-14']]);
  });

  it('is next week\'s when this week\'s would be tomorrow or today', () => {
    expect(dates('Le syndicat rencontrera la direction mercredi prochain.', 'fr', '2025-03-11')).toEqual([['mercredi prochain', '2025-03-19']]);
    expect(dates('The union will meet management next Tuesday.', 'en', '2025-03-11')).toEqual([['next Tuesday', '2025-03-18']]);
  });
});
