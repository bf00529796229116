import { describe, expect, it } from 'vitest';
import { ownCorpus } from '../ownCorpus.js';
import { buildTimeline } from '../../src/timeline/buildTimeline.js';
import { liveStamp, stampLine } from '../../src/text/dateline.js';

describe('a live blog stamp may print its weekday beside the clock time', () => {
  it('reads the time and the weekday before or after it, in both languages', () => {
    expect(liveStamp('04:30 (Wednesday) — Divers have reached the hull.')).toMatchObject({ minutes: 270, weekday: 2 });
    expect(liveStamp('Mercredi, 4h30 — Les plongeurs ont atteint la coque.')).toMatchObject({ minutes: 270, weekday: 2 });
    expect(liveStamp('Thursday 9.05pm – The ferry was towed away.')).toMatchObject({ minutes: 21 * 60 + 5, weekday: 3 });
    expect(liveStamp('22h15 — Les recherches sont suspendues.')).toEqual({ minutes: 22 * 60 + 15, length: 8 });
    expect(stampLine('Mercredi 6h10')).toEqual({ minutes: 370, weekday: 2 });
    expect(stampLine('06:10 (Wednesday)')).toEqual({ minutes: 370, weekday: 2 });
    // A weekday opening a sentence, with no clock time, is no stamp.
    expect(liveStamp('Wednesday — a day of mourning across the island.')).toBeNull();
  });
});

// Written for this test: two live blogs opened on a Tuesday (9 June 2026), newest entry first, whose
// latest entries print their weekday.
const ARTICLES: Record<string, string[]> = {
  'ferry-live-2026-06-09.md': [
    '---', 'outlet: Ferry Desk', 'lang: en', 'published: 2026-06-09T09:00:00+02:00', '---',
    '04:30 (Wednesday) — Divers have reached the hull of the sunken ferry off Port Alvin.',
    '',
    '22:15 — The coastguard has suspended the search for the night.',
    '',
    '10:05 — A passenger ferry capsized off Port Alvin with 80 people on board, the coastguard said.',
  ],
  'bac-direct-2026-06-09.md': [
    '---', 'outlet: Direct Littoral', 'lang: fr', 'published: 2026-06-09T09:00:00+02:00', '---',
    'Mercredi, 4h30 — Les plongeurs ont atteint la coque du bac au large de Port-Alvin.',
    '',
    '22h15 — Les garde-côtes ont suspendu les recherches pour la nuit.',
    '',
    '10h05 — Un bac a chaviré au large de Port-Alvin avec 80 personnes à bord, selon les garde-côtes.',
  ],
  'digue-direct-2026-06-09.md': [
    '---', 'outlet: Crue Direct', 'lang: fr', 'published: 2026-06-09T09:00:00+02:00', '---',
    'Mercredi 6h10',
    '',
    'Les ingénieurs ont renforcé mercredi la digue de Lorrow avec des sacs de sable.',
    '',
    '21h40',
    '',
    'La Lorre a débordé dans le centre de Lorrow, a indiqué le maire.',
  ],
};

describe('/timeline dates a live entry stamped with a later weekday on the coming such day', () => {
  const engineOf = ownCorpus('stamped-weekdays', ARTICLES);
  const events = () => buildTimeline(engineOf(), { maxEvents: 30 }).events;
  const datesOf = (re: RegExp) => events().filter((e) => re.test(e.text)).map((e) => e.date);

  it('puts the Wednesday entries of a blog opened on Tuesday on that Wednesday, not a week back', () => {
    expect(datesOf(/reached the hull|atteint la coque/)).toEqual(['2026-06-10']);
    expect(datesOf(/renforcé mercredi la digue/)).toEqual(['2026-06-10']);
  });

  it("keeps the blog's earlier entries on the day of publication, in the order of posting", () => {
    expect(datesOf(/capsized|a chaviré/)).toEqual(['2026-06-09']);
    expect(datesOf(/suspended the search|suspendu les recherches/).every((d) => d === '2026-06-09')).toBe(true);
    expect(datesOf(/a débordé dans le centre/)).toEqual(['2026-06-09']);
  });

  it('shows the entry without its stamp', () => {
    expect(events().some((e) => /^(?:Mercredi, 4h30|04:30)/.test(e.text))).toBe(false);
  });
});
