/**
 * Date words for French and English: weekdays, months, relative days, times of day and the
 * modifiers that move a weekday ("prochain", "last"). Data only; src/timeline/ reads it.
 * Every word is written as printed (accents kept); the reader folds accents and case itself.
 */

export interface DateWords {
  /** Weekday names, Monday first (index 0 = Monday, as ISO numbers them minus one). */
  weekdays: string[][];
  /** Month names and abbreviations, January first. */
  months: string[][];
  /** Words naming a day relative to publication, with the offset in days. */
  relativeDays: { words: string; offset: number }[];
  /** Times of day that may follow a weekday ("dimanche soir", "Sunday night"): part of the mention. */
  timesOfDay: string[];
  /** Words after (fr) or before (en) a weekday that mean the next one after publication. */
  nextWeekday: string[];
  /** Words that mean the last one strictly before publication. */
  lastWeekday: string[];
  /**
   * Month names that are also ordinary words ("may", "march"): read as a month only when
   * capitalised and next to a day, a year or one of `monthPrepositions`.
   */
  ambiguousMonths: string[];
  /** Words that introduce a bare month: "en juillet", "in May". */
  monthPrepositions: string[];
}

export const frenchDates: DateWords = {
  weekdays: [['lundi'], ['mardi'], ['mercredi'], ['jeudi'], ['vendredi'], ['samedi'], ['dimanche']],
  months: [
    ['janvier', 'janv.'], ['février', 'févr.', 'fév.'], ['mars'], ['avril', 'avr.'], ['mai'], ['juin'],
    ['juillet', 'juil.'], ['août'], ['septembre', 'sept.'], ['octobre', 'oct.'], ['novembre', 'nov.'], ['décembre', 'déc.'],
  ],
  relativeDays: [
    { words: 'avant-hier', offset: -2 },
    { words: 'hier', offset: -1 },
    { words: "aujourd'hui", offset: 0 },
    { words: 'ce matin', offset: 0 },
    { words: 'cet après-midi', offset: 0 },
    { words: 'ce soir', offset: 0 },
    { words: 'cette nuit', offset: 0 },
    { words: 'demain', offset: 1 },
    { words: 'après-demain', offset: 2 },
  ],
  timesOfDay: ['matin', 'midi', 'après-midi', 'soir', 'soirée', 'nuit', 'matinée'],
  nextWeekday: ['prochain'],
  lastWeekday: ['dernier'],
  ambiguousMonths: [],
  monthPrepositions: ['en', 'début', 'fin', 'mi', 'depuis', "d'ici", 'courant'],
};

export const englishDates: DateWords = {
  weekdays: [['Monday', 'Mon.'], ['Tuesday', 'Tue.', 'Tues.'], ['Wednesday', 'Wed.'], ['Thursday', 'Thu.', 'Thurs.'], ['Friday', 'Fri.'], ['Saturday', 'Sat.'], ['Sunday', 'Sun.']],
  months: [
    ['January', 'Jan.'], ['February', 'Feb.'], ['March', 'Mar.'], ['April', 'Apr.'], ['May'], ['June', 'Jun.'],
    ['July', 'Jul.'], ['August', 'Aug.'], ['September', 'Sept.', 'Sep.'], ['October', 'Oct.'], ['November', 'Nov.'], ['December', 'Dec.'],
  ],
  relativeDays: [
    { words: 'the day before yesterday', offset: -2 },
    { words: 'yesterday', offset: -1 },
    { words: 'today', offset: 0 },
    { words: 'this morning', offset: 0 },
    { words: 'this afternoon', offset: 0 },
    { words: 'this evening', offset: 0 },
    { words: 'tonight', offset: 0 },
    { words: 'the day after tomorrow', offset: 2 },
    { words: 'tomorrow', offset: 1 },
  ],
  timesOfDay: ['morning', 'afternoon', 'evening', 'night'],
  nextWeekday: ['next'],
  lastWeekday: ['last'],
  ambiguousMonths: ['may', 'march'],
  monthPrepositions: ['in', 'since', 'by', 'until', 'early', 'late', 'mid', 'during', 'last', 'next', 'this'],
};

export const dateWords = { fr: frenchDates, en: englishDates } as const;
