import { describe, expect, it } from 'vitest';
import { readDates } from '../../src/timeline/readDates.js';
import { buildTimeline } from '../../src/timeline/buildTimeline.js';
import { ownCorpus } from '../ownCorpus.js';

// Sentences written for these tests (wire style, fr and en). 2026-06-09 is a Tuesday; 2026-06-10 a Wednesday.
const dates = (text: string, lang: 'fr' | 'en', published: string) => readDates(text, lang, published).map((d) => [d.text, d.date]);

describe('a weekday in a clause that looked ahead when it was told', () => {
  it('is the coming day after "was due", "may be", and after a quotation woven into the clause', () => {
    expect(dates('The new harbour master was due at the quay on Thursday.', 'en', '2026-06-09')).toEqual([['Thursday', '2026-06-11']]);
    expect(dates('Shops in the old town may be allowed to reopen on Friday if the water is safe, the council said.', 'en', '2026-06-10')).toEqual([
      ['Friday', '2026-06-12'],
    ]);
    expect(dates('The coroner said the crew would be heard "as witnesses, not suspects" on Friday.', 'en', '2026-06-10')).toEqual([['Friday', '2026-06-12']]);
  });

  it('stays the last one when the clause is told in the past', () => {
    expect(dates('The new harbour master was at the quay on Thursday.', 'en', '2026-06-09')).toEqual([['Thursday', '2026-06-04']]);
    expect(dates('The coroner said the crew was heard "as witnesses, not suspects" on Friday.', 'en', '2026-06-10')).toEqual([['Friday', '2026-06-05']]);
  });
});

describe('a weekday after "avant", "before" (a deadline)', () => {
  it('is the coming day, unless the clause is told in the past', () => {
    expect(dates('Le syndicat a posé un ultimatum à la direction, soit avant jeudi, pour rouvrir les discussions.', 'fr', '2026-06-09')).toEqual([
      ['jeudi', '2026-06-11'],
    ]);
    expect(dates('The union gave management an ultimatum, to answer before Thursday, or face a strike.', 'en', '2026-06-09')).toEqual([
      ['Thursday', '2026-06-11'],
    ]);
    expect(dates('Les grévistes avaient quitté le site avant jeudi.', 'fr', '2026-06-09')).toEqual([['jeudi', '2026-06-04']]);
  });
});

describe('a change running since a year', () => {
  it('is read as a span, not an event of that year (fr, en)', () => {
    const since = (text: string, lang: 'fr' | 'en') => readDates(text, lang, '2026-06-09').map((d) => Boolean(d.countsSince));
    expect(since('Heating bills for small bakeries have roughly tripled since 2022, according to the guild.', 'en')).toEqual([true]);
    expect(since("Les loyers du centre-ville ont doublé depuis 2021, selon l'observatoire.", 'fr')).toEqual([true]);
    // A state that starts is still an event of its day.
    expect(since('The bridge has been closed since 2022.', 'en')).toEqual([false]);
  });
});

// Wednesday 10 June 2026: a wire story and a live blog.
const ARTICLES: Record<string, string> = {
  'wire-2026-06-10.md': [
    '---', 'outlet: Harbour Wire', 'lang: en', 'published: 2026-06-10', '---',
    'Two fishermen, the crew of a trawler rescued on Monday night off Cape Dunlow, reached the port of Kelby on Wednesday after a long tow.',
    '',
    'The cooperative, founded in 1987 by a group of trawler owners, has 40 members and a fleet of 25 boats.',
    '',
    '"I want to sail again with my son in August, when the herring come back," said one of the two fishermen, who asked not to be named.',
    '',
    'The harbour master closed the outer basin on Tuesday while divers inspected the hull.',
    '',
    'Les deux marins, secourus lundi soir au large du cap, ont rejoint le port mercredi.',
  ].join('\n'),
  'harbour-live-2026-06-10.md': [
    '---', 'outlet: Quay Live', 'lang: en', 'published: 2026-06-10T18:00:00+02:00', '---',
    '17:30 — Fisheries Minister Anna Wendt, who visited the port yesterday, promised the crews new radios.',
    '',
    '11:10 — The cooperative now counts 12 boats kept in port by the storm.',
  ].join('\n'),
};

describe('which day a sentence is shown at, and which sentences make the timeline', () => {
  const engineOf = ownCorpus('ahead-background', ARTICLES);
  const events = () => buildTimeline(engineOf(), { maxEvents: 30 }).events;
  const datesOf = (re: RegExp) => events().filter((e) => re.test(e.text)).map((e) => e.date).sort();

  it("dates the main verb's day, not the day of a participial phrase describing the subject (en, fr)", () => {
    // The two reports of one arrival may be grouped: the row shows either, on Wednesday.
    const arrival = events().filter((e) => /reached the port of Kelby|ont rejoint le port mercredi/.test(e.text));
    expect(arrival.map((e) => e.date)).toContain('2026-06-10');
    expect(datesOf(/reached the port of Kelby/)).not.toContain('2026-06-08');
  });

  it("dates a live-blog line by the day of its subject's aside when the main clause names none", () => {
    expect(datesOf(/Anna Wendt, who visited the port yesterday/)).toEqual(['2026-06-09']);
  });

  it('lists no month named without its year ahead of publication inside a quotation', () => {
    expect(events().some((e) => /herring come back/.test(e.text))).toBe(false);
  });

  it('gives a background year before the story no row of its own when the timeline is full', () => {
    // Four rows for four dates (1987, and three days of June): the third June event outranks the founding.
    const short = buildTimeline(engineOf(), { maxEvents: 4 }).events;
    expect(short.some((e) => e.date === '1987')).toBe(false);
    expect(short.map((e) => e.date)).toContain('2026-06-10');
  });
});

// Thursday 11 June 2026: a live blog whose status lines are dated by their entry, one line by its own words.
const LIVE: Record<string, string> = {
  'dunlow-live-2026-06-11.md': [
    '---', 'outlet: Dunlow Live', 'lang: en', 'published: 2026-06-11T18:00:00+02:00', '---',
    '17:50 — The council says 80 homes are now confirmed to have lost power, more than first feared.',
    '',
    '16:20 — About 600 school meals have been cancelled since Monday across the district.',
    '',
    '14:05 — Mayor Idris Cole, speaking at a crisis meeting: "We are doing everything we can for every family here."',
    '',
    '11:30 — The swimming pool on Mill Street reopened this morning for the first time since the flood.',
  ].join('\n'),
};

describe("a day's rows when a live blog gives more than fit", () => {
  const engineOf = ownCorpus('named-day', LIVE);

  it('keeps the line that names its own day over lines only dated by their entry', () => {
    const rows = buildTimeline(engineOf(), { maxEvents: 30 }).events.filter((e) => e.date === '2026-06-11');
    expect(rows.length).toBe(3);
    expect(rows.some((e) => /swimming pool on Mill Street reopened/.test(e.text))).toBe(true);
  });
});
