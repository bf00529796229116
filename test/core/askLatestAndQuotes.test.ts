/**
 * /ask on a story whose figure changes over days: a death question matches every word of the
 * death family (killed, toll, tués, bilan), the latest figure comes first, passages never end
 * inside a quotation, and live-blog clock stamps are not shown.
 */
import { describe, expect, it } from 'vitest';
import askCommand, { answerStrength, endsInsideQuote, startsInsideQuote } from '../../commands/ask.js';
import { ownCorpus } from '../ownCorpus.js';
import type { Answer } from '../../src/engine/answer.js';
import { liveStampMinutes, withoutLiveStamp } from '../../src/text/dateline.js';

/** An invented storm: a live blog on day one, reports on days two and three. */
const ARTICLES: Record<string, string[]> = {
  'direct-fr.txt': [
    '---', 'title: "Tempête sur Lorval : le point"', 'outlet: Lorval Direct', 'published: 2026-05-04T07:00:00+02:00', 'lang: fr', '---', '',
    "07h40 — Un mort à Brenne.",
    '', "16h20 — Le bilan de la tempête s'alourdit à Lorval avec deux morts, dont un cycliste happé par une rafale sur la route de Brenne.",
    '', "11h05 — Les écoles restent fermées jusqu'à nouvel ordre.",
  ],
  'wire-en.md': [
    '---', 'title: "Storm hits Lorval"', 'outlet: The Harbour Wire', 'published: 2026-05-05T09:00:00Z', 'lang: en', '---', '',
    "The storm that swept across Lorval this week has killed three people, officials said on Tuesday.",
    '', "Ferries were cancelled for a second day.",
    '', "The harbour board met the ferry operator on Tuesday. Ferry operator Norlink runs six boats from Lorval.",
    '', "\"We expect a new timetable by Friday,\" the board said, adding that Norlink could lose its licence.",
  ],
  'journal-fr.md': [
    '---', 'title: "Tempête : quatre morts à Lorval"', 'outlet: Le Journal de Lorval', 'published: 2026-05-06T06:00:00+02:00', 'lang: fr', '---', '',
    "Le bilan de la tempête est désormais de quatre morts, après la découverte d'un randonneur mercredi.",
    '', "Le maire a réuni les habitants. « La route de Brenne est fermée. Nous la rouvrirons lundi », a annoncé Claire Dufau devant la mairie.",
  ],
};

describe('/ask on a changing figure, quotations and live blogs', () => {
  const engineOf = ownCorpus('asklatest', ARTICLES);
  const answer = (question: string) => askCommand.run({ engine: engineOf(), locale: 'en', now: new Date(), services: {} }, { question }) as Answer;
  const ask = (question: string) => answer(question).results.map((r) => r.text);

  it('answers "How many people died?" with the death words of the corpus (killed, toll, tués, morts), with no "no passage holds died" notice', () => {
    const a = answer('How many people died?');
    expect(a.notice).toBeUndefined();
    const texts = a.results.map((r) => r.text).join(' ');
    expect(texts).toMatch(/killed three people/);
    // No word of the question but one of its family: "morts".
    expect(texts).toMatch(/quatre morts/);
  });

  it('puts the latest figure first for a "how many" question: four dead above three above two', () => {
    for (const q of ['Combien de morts ?', 'How many people died?']) {
      const texts = ask(q);
      const at = (re: RegExp) => texts.findIndex((t) => re.test(t));
      expect(at(/quatre morts/), q).toBe(0);
      expect(at(/killed three/), q).toBeGreaterThan(0);
      expect(at(/avec deux morts/), q).toBeGreaterThan(at(/killed three/));
    }
  });

  it('orders the entries of one live blog by their clock stamps', () => {
    const texts = ask('Combien de morts ?');
    const at = (re: RegExp) => texts.findIndex((t) => re.test(t));
    expect(at(/avec deux morts/)).toBeGreaterThanOrEqual(0);
    expect(at(/avec deux morts/)).toBeLessThan(at(/Un mort à Brenne/));
  });

  it('shows a live-blog entry without its clock stamp', () => {
    const texts = ask('Un mort à Brenne');
    const entry = texts.find((t) => /Un mort à Brenne/.test(t));
    expect(entry).toMatch(/^Un mort à Brenne/);
    expect(texts.every((t) => !/^\d{1,2}h\d{2}\s*—/.test(t))).toBe(true);
  });

  it('shows a passage opening a quotation up to its close and attribution, never cut inside it', () => {
    const texts = ask('Que devient la route de Brenne ?');
    const quote = texts.find((t) => /route de Brenne est fermée/.test(t));
    expect(quote).toMatch(/« La route de Brenne est fermée\. Nous la rouvrirons lundi », a annoncé Claire Dufau/);
  });

  it('answers "What does X want?" with what X expects or demands (a word of the same family)', () => {
    const a = answer('What does the harbour board want?');
    expect(a.notice).toBeUndefined();
    expect(a.results.slice(0, 2).map((r) => r.text).join(' ')).toMatch(/We expect a new timetable/);
  });

  it('reads quotation marks, straight ones by their side', () => {
    expect(endsInsideQuote("« La digue n'a pas tenu.")).toBe(true);
    expect(endsInsideQuote('"We had to leave.')).toBe(true);
    expect(endsInsideQuote('« Il pleut », dit-il.')).toBe(false);
    expect(startsInsideQuote('We had to leave," he said.')).toBe(true);
    expect(startsInsideQuote('He said: "We had to leave."')).toBe(false);
  });

  it('reads single quotation marks where an outlet uses them, never an apostrophe', () => {
    expect(endsInsideQuote("'I will not resign.")).toBe(true);
    expect(startsInsideQuote("My duty is to stay,' she told the council.")).toBe(true);
    expect(endsInsideQuote("‘We had to leave.")).toBe(true);
    expect(startsInsideQuote("We had to leave,’ he said.")).toBe(true);
    expect(endsInsideQuote("The mayor's office said l'enquête was open.")).toBe(false);
    expect(startsInsideQuote("The mayor's office did not reply.")).toBe(false);
  });

  it('takes an ordinal that counts as a figure ("un quatrième corps", "a fourth victim")', () => {
    expect(answerStrength('quantity', { text: 'Un quatrième corps a été retrouvé jeudi.', lang: 'fr' })).toBe(2);
    expect(answerStrength('quantity', { text: 'Rescuers found a fourth victim.', lang: 'en' })).toBe(2);
  });

  it('reads live-blog clock stamps', () => {
    expect(withoutLiveStamp('09h15 — Deux morts.')).toBe('Deux morts.');
    expect(withoutLiveStamp('14:05 - The peak has passed.')).toBe('The peak has passed.');
    expect(liveStampMinutes('18h47 — Trois morts.')).toBe(18 * 60 + 47);
    expect(liveStampMinutes('9.05pm – Rain again.')).toBe(21 * 60 + 5);
    expect(liveStampMinutes('Trois morts à 18h47.')).toBeNull();
  });
});

describe('/ask on a quotation in single quotes over two sentences', () => {
  const engineOf = ownCorpus('asksinglequotes', {
    'ledger-en.md': [
      '---', 'title: "Harbour chief under pressure"', 'outlet: The Harbour Ledger', 'published: 2026-05-06T09:00:00Z', 'lang: en', '---', '',
      "The harbour chief, Ann Lowry, has faced calls to step down since the storm. 'I will not resign. My job is to rebuild the quay,' she told the board on Tuesday.",
      '', "The quay will stay closed until June.",
    ],
  });
  it('shows the whole quotation, never a sentence cut inside it', () => {
    const a = askCommand.run({ engine: engineOf(), locale: 'en', now: new Date(), services: {} }, { question: 'Will the harbour chief resign?' }) as Answer;
    const texts = a.results.map((r) => r.text);
    expect(texts).toContain("'I will not resign. My job is to rebuild the quay,' she told the board on Tuesday.");
    expect(texts.some((t) => /^'I will not resign\.$/.test(t) || /^My job is to rebuild/.test(t))).toBe(false);
  });
});
