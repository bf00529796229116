/**
 * Dates that belong to another clause than the main verb's: "la veille" is not counted from a day of a
 * subordinate clause after it, a day inside "after …ing" / « après avoir … » dates an earlier event, a
 * level on a scale ("3 out of 5") is no running count, and a participle-looking verb after "and the …"
 * is a second clause's verb, not a qualifier.
 */
import { describe, expect, it } from 'vitest';
import { readDates } from '../../src/timeline/readDates.js';
import { inQualifyingPhrase } from '../../src/timeline/clauseTense.js';

const day = (text: string, lang: 'fr' | 'en', published: string, words: string) => readDates(text, lang, published).find((m) => m.text === words);

describe('dates of another clause', () => {
  it('counts "la veille" / "the day before" from publication, not from a day of a later subordinate clause', () => {
    expect(day("La mairie a indiqué la veille qu'elle fermerait la piscine à compter du 3 mars.", 'fr', '2025-02-12', 'la veille')?.date).toBe('2025-02-11');
    expect(day('The council said the day before that it would close the pool from March 3.', 'en', '2025-02-12', 'the day before')?.date).toBe('2025-02-11');
  });

  it('marks a day inside an "after …ing" / « après avoir » clause as an earlier event', () => {
    expect(day('The copper price edged up 0.4% after dropping 1.7% on Monday.', 'en', '2025-06-11', 'Monday')?.priorEvent).toBe(true);
    expect(day("Le cours du cuivre a gagné 0,4 % après avoir perdu 1,7 % lundi.", 'fr', '2025-06-11', 'lundi')?.priorEvent).toBe(true);
    expect(day('The copper price dropped 1.7% on Monday.', 'en', '2025-06-11', 'Monday')?.priorEvent).toBeUndefined();
  });

  it('reads a level on a scale before "since" as no running count (English and French)', () => {
    const en = day('The fire danger has been rated 3 out of 4 since Friday.', 'en', '2025-07-16', 'Friday');
    expect(en?.startsAState).toBe(true);
    expect(en?.countsSince).toBeUndefined();
    expect(day("Le risque d'incendie est classé au niveau 3 depuis vendredi.", 'fr', '2025-07-16', 'vendredi')?.countsSince).toBeUndefined();
    expect(day("Le risque d'incendie est à 3 sur une échelle de 4 depuis vendredi.", 'fr', '2025-07-16', 'vendredi')?.countsSince).toBeUndefined();
    // A real count still runs from the day.
    expect(day('Some 140 flights have been cancelled since Friday.', 'en', '2025-07-16', 'Friday')?.countsSince).toBe(true);
  });

  it('reads a verb after "and the …" as a second clause\'s verb, not a qualifier', () => {
    const text = 'The pound has lost ground this week and the FTSE 100 climbed 0.8% on Friday.';
    const at = text.indexOf('Friday');
    expect(inQualifyingPhrase(text, at, at + 6, 'en')).toBe(false);
    const fr = "Le franc a reculé cette semaine et la Bourse a grimpé vendredi.";
    expect(inQualifyingPhrase(fr, fr.indexOf('vendredi'), fr.indexOf('vendredi') + 8, 'fr')).toBe(false);
  });
});
