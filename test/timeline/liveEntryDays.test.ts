import { describe, expect, it } from 'vitest';
import { ownCorpus } from '../ownCorpus.js';
import { buildTimeline } from '../../src/timeline/buildTimeline.js';
import { readDates } from '../../src/timeline/readDates.js';
import { speaksOfItself } from '../../src/summary/textUnits.js';

const day = (text: string, lang: 'fr' | 'en', published: string) => readDates(text, lang, published).map((m) => m.date);

// Written for this test: two live blogs, newest entry first, and one that runs in the order of posting past midnight.
const ARTICLES: Record<string, string> = {
  'harbour-live-2026-05-06.md': [
    '---', 'outlet: The Harbour Gazette', 'lang: en', 'published: 2026-05-06T08:00:00+02:00', '---',
    '20:40 — That\'s all for today. Our live coverage resumes tomorrow morning.',
    '',
    '17:15 — The port authority has reopened the northern quay to container ships.',
    '',
    '12:05 — The insurers now put the damage to the quay at 2 million euros, up from the 1 million given yesterday.',
    '',
    '9:20am — Crane operators walked out over pay at the container terminal, according to their union.',
  ].join('\n'),
  'vallee-direct-2026-05-07.md': [
    '---', 'outlet: Vallée Direct', 'lang: fr', 'published: 2026-05-07T07:30:00+02:00', '---',
    "21h10 — C'est tout pour aujourd'hui, le direct reprendra demain matin.",
    '',
    "16h05 — Le syndic des pêcheurs a bloqué l'entrée du chenal avec une trentaine de chalutiers.",
    '',
    '08h30 — Les dockers ont cessé le travail à la première heure au terminal fruitier.',
  ].join('\n'),
  'storm-live-2026-05-12.md': [
    '---', 'outlet: Storm Desk', 'lang: en', 'published: 2026-05-12', '---',
    '00:30 — The coastguard has rescued the crew of a fishing boat off Carnmouth.',
    '',
    '23:50 — Gusts of 130 km/h have torn the roof off the Carnmouth lifeboat station.',
    '',
    '22:10 — A red wind warning is in force along the whole Carnmouth coast.',
  ].join('\n'),
  'night-live-2026-05-09.md': [
    '---', 'outlet: Night Desk', 'lang: en', 'published: 2026-05-09', '---',
    '22:10 — Firefighters are still fighting the blaze at the timber yard in Kelbrook.',
    '',
    '23:45 — Residents of two streets near the timber yard have been moved to the town hall.',
    '',
    '01:20 — The blaze at the Kelbrook timber yard is under control, the fire service said.',
  ].join('\n'),
};

describe("a live blog's clock-stamped entries are dated by the day they were posted", () => {
  const engineOf = ownCorpus('live-entry-days', ARTICLES);
  const eventOn = (re: RegExp) => buildTimeline(engineOf(), { maxEvents: 30 }).events.find((e) => re.test(e.text));

  // At most three events a day: the two blogs are on different days.
  it('dates English "17:15 —" and "9:20am —" entries, and French "16h05 —" ones, to the day of publication', () => {
    expect(eventOn(/reopened the northern quay/)?.date).toBe('2026-05-06');
    expect(eventOn(/Crane operators walked out/)?.date).toBe('2026-05-06');
    expect(eventOn(/bloqué l'entrée du chenal/)?.date).toBe('2026-05-07');
    expect(eventOn(/Les dockers ont cessé/)?.date).toBe('2026-05-07');
  });

  it('dates an entry that tells a state "now" by its day, not by an earlier day it recalls', () => {
    expect(eventOn(/now put the damage/)?.date).toBe('2026-05-06');
  });

  it('moves to the next day when the clock goes back past midnight', () => {
    expect(eventOn(/still fighting the blaze/)?.date).toBe('2026-05-09');
    expect(eventOn(/moved to the town hall/)?.date).toBe('2026-05-09');
    expect(eventOn(/is under control/)?.date).toBe('2026-05-10');
    // Newest first: the bottom entry was posted first.
    expect(eventOn(/red wind warning/)?.date).toBe('2026-05-12');
    expect(eventOn(/torn the roof off/)?.date).toBe('2026-05-12');
    expect(eventOn(/rescued the crew/)?.date).toBe('2026-05-13');
  });

  it("leaves out the blog's sign-off and its word of when coverage resumes", () => {
    const texts = buildTimeline(engineOf(), { maxEvents: 30 }).events.map((e) => e.text).join('\n');
    expect(texts).not.toMatch(/That's all for today|coverage resumes|C'est tout pour aujourd'hui|direct reprendra/);
  });
});

describe("a live blog's pauses speak of the coverage, not the news (fr, en)", () => {
  it('reads "that\'s all for today" and "our live coverage resumes tomorrow" as self-reference', () => {
    expect(speaksOfItself("That's all for today.", 'en')).toBe(true);
    expect(speaksOfItself('Our live coverage resumes tomorrow morning.', 'en')).toBe(true);
    expect(speaksOfItself("C'est tout pour aujourd'hui.", 'fr')).toBe(true);
    expect(speaksOfItself('Le direct reprendra demain matin.', 'fr')).toBe(true);
  });

  it('keeps news that resumes tomorrow', () => {
    expect(speaksOfItself('The trial resumes tomorrow morning.', 'en')).toBe(false);
    expect(speaksOfItself('Le procès reprendra demain matin.', 'fr')).toBe(false);
  });
});

describe('"last night" is the evening before publication', () => {
  it('dates "Last night, …" and "at 9:47 p.m. last night" to the day before', () => {
    expect(day('Last night, a second tremor shook the valley.', 'en', '2026-05-08T08:00:00Z')).toEqual(['2026-05-07']);
    expect(day('The storm reached the coast at 11 p.m. last night.', 'en', '2026-05-08')).toEqual(['2026-05-07']);
  });
});

describe('a weekday after a present passive of arrangement looks ahead', () => {
  // Friday 8 May 2026.
  it('dates "is planned … on Saturday" and "are scheduled … on Monday" to the coming day', () => {
    expect(day('A memorial service is planned in the town square on Saturday.', 'en', '2026-05-08')).toEqual(['2026-05-09']);
    expect(day('Talks with the unions are scheduled at the ministry on Monday.', 'en', '2026-05-08')).toEqual(['2026-05-11']);
  });

  it('keeps the past when the arrangement is told in the past', () => {
    expect(day('A memorial service was planned on Saturday but called off.', 'en', '2026-05-08')).toEqual(['2026-05-02']);
  });
});
