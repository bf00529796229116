/**
 * Days a timeline must read right or leave out: a night that spans two weekdays is dated to the later
 * one; a figure set against an earlier one ("down from nine … last night") names no event's day, even
 * written in words, and tells the news of its day; a season ahead in a quotation is a hope or a fear;
 * a participle qualifying the subject ("le couvre-feu instauré mardi sera levé vendredi") or a figure
 * ("the 2,300 cited … on Tuesday") dates that noun, not the sentence; a question reports nothing; a
 * live blog's stamps may stand on lines of their own, above a "Q:" / "Name:" transcript.
 * Short articles written for this test.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/buildTimeline.js';
import { readDates } from '../../src/timeline/readDates.js';
import { inQualifyingPhrase } from '../../src/timeline/clauseTense.js';
import { ownCorpus } from '../ownCorpus.js';

const datesOf = (text: string, lang: 'fr' | 'en', published: string) => readDates(text, lang, published).map((m) => `${m.text}:${m.date}${m.comparison ? ' (comparison)' : ''}`);

describe('a night between two weekdays', () => {
  it('is dated to the later day (fr, en)', () => {
    // Published on Thursday 2026-03-12.
    expect(datesOf("Le toit du gymnase s'est effondré dans la nuit de mardi à mercredi.", 'fr', '2026-03-12')).toEqual(['mercredi:2026-03-11']);
    expect(datesOf('Le barrage a cédé dans la nuit du mardi au mercredi.', 'fr', '2026-03-12')).toEqual(['mercredi:2026-03-11']);
    expect(datesOf('The roof of the gym collapsed overnight Tuesday into Wednesday, firefighters said.', 'en', '2026-03-12')).toEqual(['Wednesday:2026-03-11']);
    expect(datesOf('Le maire est venu mardi et il est reparti mercredi.', 'fr', '2026-03-12')).toEqual(['mardi:2026-03-10', 'mercredi:2026-03-11']);
    expect(datesOf('Le maire est venu mardi et il est reparti mercredi.', 'fr', '2026-03-12')).toEqual(['mardi:2026-03-10', 'mercredi:2026-03-11']);
  });
});

describe('a point of comparison with its figure in words', () => {
  it('is marked as a comparison (fr, en)', () => {
    expect(datesOf('The harbour now counts 14 boats sunk, up from three last night.', 'en', '2026-03-12')).toEqual(['last night:2026-03-11 (comparison)']);
    expect(datesOf('On compte désormais 14 bateaux coulés, contre trois la veille.', 'fr', '2026-03-12')).toEqual(['la veille:2026-03-11 (comparison)']);
  });
});

describe('a participle qualifying a noun', () => {
  it('qualifies the subject of a verb that follows it, and a figure (fr, en)', () => {
    const qualifies = (text: string, words: string, lang: 'fr' | 'en') => inQualifyingPhrase(text, text.indexOf(words), text.indexOf(words) + words.length, lang);
    expect(qualifies('Selon la mairie, le marché fermé le 3 mars rouvrira samedi.', 'le 3 mars', 'fr')).toBe(true);
    expect(qualifies('The market closed on Tuesday will reopen on Saturday.', 'on Tuesday', 'en')).toBe(true);
    expect(qualifies('The mayor said 400 homes were flooded, more than the 250 counted by the prefecture on Tuesday.', 'on Tuesday', 'en')).toBe(true);
    // A noun after an elided article is no participle, whatever its ending.
    expect(qualifies("Plus de 8 000 abonnés étaient privés d'électricité lundi soir.", 'lundi soir', 'fr')).toBe(false);
  });
});

describe('what the timeline leaves out or prefers', () => {
  const engine = ownCorpus('nights-revisions', {
    'gazette-2026-03-12.md': [
      '---',
      'outlet: La Gazette du Port',
      'lang: fr',
      'published: 2026-03-12',
      '---',
      "Le toit du gymnase de Brévignac s'est effondré dans la nuit de mardi à mercredi, sous le poids de la neige.",
      '',
      "« Je ne sais pas où mes élèves feront du sport cet été », soupire une professeure du collège voisin.",
      '',
      "Faut-il fermer les autres salles de la commune dès lundi prochain ?",
      '',
      'Selon la mairie, le marché couvert fermé le 9 mars rouvrira à compter de samedi 8 heures.',
    ],
    'harbour-live-2026-03-12.md': [
      '---',
      'title: Storm at Brevignac, live',
      'outlet: Harbour News',
      'lang: en',
      'published: 2026-03-12T12:00Z',
      '---',
      '11:40 GMT',
      'The mayor takes questions',
      '',
      'Q: Will the harbour reopen soon?',
      '',
      'Lemaire: Not this week, not today.',
      '',
      '10:15 GMT',
      'More boats lost',
      '',
      'The harbour office said five more boats had sunk in the storm, bringing the count to fourteen, up from the nine announced on Monday.',
    ],
  });

  it('dates a night between two weekdays to the later day', () => {
    expect(buildTimeline(engine()).events.filter((e) => /gymnase/.test(e.text)).map((e) => e.date)).toEqual(['2026-03-11']);
  });

  it('drops a season ahead of publication inside a quotation, and a question', () => {
    const events = buildTimeline(engine()).events;
    expect(events.some((e) => /cet été/.test(e.text))).toBe(false);
    expect(events.some((e) => /Faut-il/.test(e.text))).toBe(false);
  });

  it('shows a sentence once, at its main clause\'s day, when a participle dates its subject', () => {
    expect(buildTimeline(engine()).events.filter((e) => /marché couvert/.test(e.text)).map((e) => e.date)).toEqual(['2026-03-14']);
  });

  it("dates a live entry under a stamp line by its day, and prefers a revised figure to a transcript answer", () => {
    const day = buildTimeline(engine()).events.filter((e) => e.date === '2026-03-12' && e.articleIds.includes('harbour-live-2026-03-12'));
    expect(day[0]?.text).toMatch(/bringing the count to fourteen/);
    expect(day.some((e) => /Not this week/.test(e.text))).toBe(false);
  });
});
