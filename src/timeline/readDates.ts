/**
 * Finds the dates a sentence mentions and resolves them against the article's publication
 * date. Explicit dates ("13 septembre", "September 13, 2023", "2023. 9. 13", "en juillet",
 * "in May") are read as written; relative ones ("mercredi", "dimanche soir", "yesterday",
 * "on Thursday") are resolved the way newspapers mean them: the most recent such day on or
 * before publication, unless a word says "next" or "last", or the weekday's clause looks ahead
 * ("doit être remorqué jeudi", "will resume on Friday": the next such day on or after
 * publication; see clauseTense.ts). The words are data (src/lang/dates.ts).
 */
import type { Lang } from '../corpus/article.js';
import { dateWords, type DateWords } from '../lang/dates.js';
import { escapeRegExp, foldAccents, indexOfName } from '../text/normalize.js';
import { clauseTense } from './clauseTense.js';
import { notCountUnits, numberValues } from '../lang/tallies.js';

export type DatePrecision = 'day' | 'month' | 'year';

export interface DateMention {
  /** The words as printed ("dimanche soir", "13 septembre"). */
  text: string;
  start: number;
  end: number;
  /** ISO date, as precise as the text allows: "2023-09-13", "2023-07", "2019". */
  date: string;
  precision: DatePrecision;
  /** Read from the text alone, or computed from the publication date. */
  kind: 'explicit' | 'relative';
  /**
   * The date ends a state ("jusqu'en 2027", "until Friday"): when the contract or the closure stops,
   * not when something happened, so the timeline does not date an event by it. A start ("depuis",
   * "à partir du", "from") is left as an ordinary date: a ban or a closure that begins is an event.
   */
  endsAState?: true;
  /** The date starts a state ("depuis mardi", "since Monday"): when it began, not when what the sentence reports happened. */
  startsAState?: true;
  /** The date starts a count or a record running to the time of writing ("142 vols annulés depuis mardi", "its steepest fall since October"): no event of that day. */
  countsSince?: true;
  /** The date is a point of comparison ("contre 1 200 la veille", "up from 1,200 the day before"): no event of the sentence. */
  comparison?: true;
  /** The date is an earlier event's, told in a clause without a tense of its own ("slipped 0.9% after falling 2.3% on Tuesday"): not the main verb's. */
  priorEvent?: true;
  /** The date is denied ("now, not next summer", « pas lundi »): nothing happens then; also a `reference`. */
  denied?: true;
  /**
   * The date is one the sentence's fact is measured against, not when it happened: denied ("now, not
   * next summer"), a past span a count covers ("between 19 and 24 June"), the other end of an interval
   * ("eight days before the holidays on 3 July") or the period of a record ("the lowest for June").
   * The words are data (`referenceWords` in src/lang/dates.ts).
   */
  reference?: true;
  /**
   * The date is in a clause of what did not happen or only might have ("would have held on Tuesday", « S'ils
   * nous avaient prévenus il y a un mois », "Had they asked us a month ago"): no event of the story. The
   * words are data (`counterfactual` in src/lang/dates.ts).
   */
  hypothetical?: true;
  /** A date printed on a product ("DLC du 12/03/2026", "best before 5 March 2026"): a label, never an event. */
  productLabel?: true;
  /**
   * A weekday in the possessive inside a clause ("during Monday evening's rush hour", "after
   * Thursday's vote"): it tells the time of a noun, not of the clause's verb, so it gives way to the
   * sentence's other dates. One that opens the sentence ("Thursday's attempt came…") is its subject.
   */
  qualifiesNoun?: true;
  /** Read from a week ("la semaine prochaine", "last week"): its month, a coarse date that never earns a row of its own over a precise one. */
  week?: true;
  /** An explicit date printed without its year ("en novembre", "on 3 May"): the year is the reader's guess from publication. */
  yearInferred?: true;
}

/** A publication date broken into parts; day and month may be unknown ("2023-09"). */
export interface PublicationDate {
  year: number;
  month?: number;
  day?: number;
}

export function readPublicationDate(published: string | null | undefined): PublicationDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(published ?? '');
  if (!m) return null;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : undefined, day: m[3] ? Number(m[3]) : undefined };
}

const VARIANTS: Record<string, string> = {
  a: 'aàâä', e: 'eéèêë', i: 'iîï', o: 'oôö', u: 'uùûü', c: 'cç', y: 'yÿ',
};

/** A regex source matching the word with or without its accents, any case (used with the `i` flag). */
function looseWord(word: string): string {
  let out = '';
  for (const ch of word) {
    const base = foldAccents(ch).toLowerCase();
    if (VARIANTS[base]) out += `[${VARIANTS[base]}${VARIANTS[base].toUpperCase()}]`;
    else if (/['’]/.test(ch)) out += "['’]";
    else if (ch === '-') out += '[-‑ ]?';
    else if (ch === ' ') out += '\\s+';
    else out += escapeRegExp(ch);
  }
  return out;
}

const alternation = (words: string[]) =>
  [...words].sort((a, b) => b.length - a.length).map(looseWord).join('|');
/** The same, keeping accents: for words whose accent-less form is another word ("dès" and "des"). */
const accentedAlternation = (words: string[]) =>
  [...words].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/['’]/g, "['’]").replace(/ /g, '\\s+')).join('|');

/** Letters on either side that would make a match part of a longer word. */
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

interface Patterns {
  words: DateWords;
  monthIndex: (name: string) => number;
  weekdayIndex: (name: string) => number;
  /** `namedMonth`: the pattern reads a month's name, not digits. */
  explicit: { re: RegExp; read: (m: RegExpExecArray) => Parts | null; namedMonth?: true }[];
  weekday: RegExp;
  /** "la nuit de lundi à mardi": the words up to the second weekday, whose first weekday is not the date. */
  nightSpan: RegExp;
  relativeDay: RegExp;
  relativeMonth: RegExp;
  relativeWeek: RegExp;
  /** Each relative month's words as a whole-match pattern, with its offset in months. */
  relativeMonthEntries: { re: RegExp; offset: number }[];
  until: RegExp;
  /** The words before an until word that make its date a deadline (see `deadlineUntilLeads`). */
  deadlineUntilLead: RegExp;
  /** A deadline's lead and until word right before a date ("a jusqu'au ", "has until "): the date is to come. */
  deadlineUntilBefore: RegExp;
  /** Ends with an until word ("jusqu'au ", "until "), tested on the text before a date. */
  untilBefore: RegExp;
  since: RegExp;
  comparison: RegExp;
  countSince: RegExp;
  /** A lead that opens a running count ("depuis", "since"), as a whole match. */
  runningSinceLead: RegExp;
  /** Matched on the text after a date its running lead opens the sentence with ("Depuis mardi, 40 personnes…"): the figure that may be a count. */
  countAfter: RegExp;
  /** A level on a scale ("4 out of 5", "niveau 4"), removed before looking for a running count. */
  scaleLevel: RegExp;
  /** Ends with an "after …ing"/« après avoir … » clause, within its clause: the date after it is an earlier event's. */
  priorEventBefore: RegExp;
  /** A word that opens a clause ("qu'", "that", "qui"). */
  clauseBreak: RegExp;
  /** Ends with a word that denies the date after it ("not ", "pas "). */
  negatedBefore: RegExp;
  /** Ends with the opening of a span ("between ", "between 19 and "). */
  spanBefore: RegExp;
  /** Ends with an interval's count and lead, then a few words ("eight days before the holidays on "). */
  intervalBefore: RegExp;
  /** Ends with a record word and the period it is for ("the lowest for "). */
  recordFrameBefore: RegExp;
  /** A counterfactual or speculative modal ("would have", « aurait pu »), anywhere in a stretch. */
  counterfactualModal: RegExp;
  /** A stretch opening with an unreal condition: "if"/« si » with a past auxiliary in it, or an inverted "Had they…". */
  unrealCondition: RegExp;
  /** A label of a product's date ("DLC", "best before"). */
  productLabel: RegExp;
  /** "cette année", "this year": a bare month is in the publication's year. */
  thisYear: RegExp;
  /** Ends with a word of a deadline ("by ", "d'ici "), tested on the text before a weekday. */
  deadlineBefore: RegExp;
  /** Ends with a word that sets what follows ahead ("pour ", "for "), tested on the text before a weekday. */
  aheadBefore: RegExp;
  /** Ends with a phrase that starts something to come ("à partir d'", "starting in "), tested on the text before a month's name. */
  aheadMonthBefore: RegExp;
  /** Starts with a phrase that bounds something to come ("au plus tôt", "at the earliest"), tested on the text after a month's name. */
  aheadMonthAfter: RegExp;
  fromDayBefore: RegExp;
  /** "au printemps 2027", "l'été prochain", "next summer", "in the autumn of 2033". */
  season: { re: RegExp; read: (m: RegExpExecArray) => SeasonParts };
  seasonMonth: (name: string) => number;
  /** Ends with "un", "chaque", "every"…: the weekday after it is no particular day. */
  anyWeekdayBefore: RegExp;
  /** "la veille", "the day after": m[1] the lead word if any, m[2] the phrase. */
  storyRelativeDay: RegExp;
  /** A whole lead that opens a state ("depuis", "since"): see `storyRelativeStateLeads`. */
  storyRelativeStateLead: RegExp;
  /** Starts with the complement naming another event ("du scrutin", "of the vote"), tested on the text after the phrase. */
  storyRelativeComplement: RegExp;
  /**
   * Tested on the text between such a phrase (its complement naming the other event included) and a day
   * that follows it ("la veille de l'explosion, lundi", "the day before, on Monday"): the day is the
   * phrase's own, printed in apposition.
   */
  storyRelativeApposedAfter: RegExp;
  /** A pluperfect auxiliary anywhere in a text ("avait", "had"). */
  pluperfect: RegExp;
  /** "il y a deux ans", "three months ago": m[1] the count, m[2] the unit. */
  ago: RegExp;
  agoCount: (word: string) => number;
}

interface SeasonParts {
  season: string;
  year?: number;
  /** A this/next/last word ("cet", "prochain", "next"). */
  modifier?: string;
  /** An article, preposition or modifier stands before the season word. */
  lead: boolean;
  /** "the fall of 2027": "of" between the season and the year. */
  of: boolean;
}

interface Parts {
  /** The weekday printed with the date, Monday = 0. */
  weekday?: number;
  year?: number;
  month?: number;
  day?: number;
}

function buildPatterns(lang: Lang): Patterns {
  const words = dateWords[lang];
  const monthIndex = indexOfName(words.months);
  const weekdayIndex = indexOfName(words.weekdays);
  const month = `(${alternation(words.months.flat())})`;
  const weekday = `(${alternation(words.weekdays.flat())})`;
  const day = '(\\d{1,2})(?:er|st|nd|rd|th)?';
  const year = '(\\d{4})';
  const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
  const weekdayOf = (name: string | undefined) => (name && weekdayIndex(name) >= 0 ? { weekday: weekdayIndex(name) } : {});
  const explicit: Patterns['explicit'] = [
    // 2023-09-13
    { re: new RegExp(`${B}(\\d{4})-(\\d{2})-(\\d{2})${E}`, 'gu'), read: (m) => ({ year: num(m[1]), month: num(m[2]), day: num(m[3]) }) },
    // 2023. 9. 13 (year-first dotted dates, as Korean and Japanese sources write them)
    { re: new RegExp(`${B}(\\d{4})\\.\\s?(\\d{1,2})\\.\\s?(\\d{1,2})${E}\\.?`, 'gu'), read: (m) => ({ year: num(m[1]), month: num(m[2]), day: num(m[3]) }) },
    // 13.09.2023, 13/09/2023 (day first; English slashes are month first)
    {
      re: new RegExp(`${B}(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})${E}`, 'gu'),
      read: (m) => (lang === 'en' && m[2] === '/' ? { year: num(m[4]), month: num(m[1]), day: num(m[3]) } : { year: num(m[4]), month: num(m[3]), day: num(m[1]) }),
    },
    // [mercredi] 13 septembre [2023], 13 September 2023, 13th of May
    { re: new RegExp(`${B}(?:${weekday},?\\s+)?(?:le\\s+|the\\s+)?${day}\\s+(?:of\\s+)?${month}(?:,?\\s+${year})?${E}`, 'giu'), read: (m) => ({ day: num(m[2]), month: monthIndex(m[3]) + 1, year: num(m[4]), ...weekdayOf(m[1]) }), namedMonth: true },
    // [Wednesday,] September 13[, 2023]
    { re: new RegExp(`${B}(?:${weekday},?\\s+)?${month}\\s+${day}(?:,?\\s+${year})?${E}`, 'giu'), read: (m) => ({ month: monthIndex(m[2]) + 1, day: num(m[3]), year: num(m[4]), ...weekdayOf(m[1]) }), namedMonth: true },
    // septembre 2023, September 2023
    { re: new RegExp(`${B}${month}\\s+(?:de\\s+|of\\s+)?${year}${E}`, 'giu'), read: (m) => ({ month: monthIndex(m[1]) + 1, year: num(m[2]) }), namedMonth: true },
    // en juillet, in May, mi-juillet, à partir d'avril
    { re: new RegExp(`${B}(?:${alternation(words.monthPrepositions)})(?:(?<=['’])|[\\s-]+)${month}${E}`, 'giu'), read: (m) => ({ month: monthIndex(m[1]) + 1 }) },
    // en 2019, in 2019
    { re: new RegExp(`${B}(?:${alternation(words.monthPrepositions)})\\s+((?:19|20)\\d\\d)${E}`, 'giu'), read: (m) => ({ year: num(m[1]) }) },
  ];
  const times = alternation(words.timesOfDay);
  const weekdayRe =
    lang === 'fr'
      ? new RegExp(`${B}${weekday}(?:\\s+(${times}))?(?:\\s+(${alternation([...words.nextWeekday, ...words.lastWeekday])}))?${E}`, 'giu')
      : new RegExp(`${B}(?:(${alternation([...words.nextWeekday, ...words.lastWeekday])})\\s+)?${weekday}(?:['’]s)?(?:\\s+(${times}))?${E}`, 'giu');
  const nightSpan = new RegExp(
    `${B}(?:${alternation(words.nightSpan.leads)})\\s+${weekday}(?:['’]s)?(?:\\s+(?:${times}))?\\s+(?:${alternation(words.nightSpan.joins)})\\s+(?=${weekday}${E})`,
    'giu',
  );
  const storyRelativeDay = new RegExp(
    `${B}(?:(${alternation(words.storyRelativeLeads)})\\s+)?(${alternation(words.storyRelativeDays.map((r) => r.words))})${E}`,
    'giu',
  );
  const storyRelativeStateLead = new RegExp(`^(?:${alternation(words.storyRelativeStateLeads)})$`, 'iu');
  const storyRelativeComplement = new RegExp(`^\\s*(?:${alternation(words.storyRelativeComplements)})(?:(?<=['’])|${E})`, 'iu');
  const storyRelativeApposedAfter = new RegExp(
    `^(?:\\s*(?:${alternation(words.storyRelativeComplements)})(?:(?<=['’])|${E})[^,;:.!?()«»"“”]{0,${STORY_RELATIVE_COMPLEMENT_CHARS}})?\\s*,\\s*(?:(?:${alternation(words.tense.dateLeads)})\\s+)?$`,
    'iu',
  );
  const relativeDay = new RegExp(`${B}(${alternation(words.relativeDays.map((r) => r.words))})${E}`, 'giu');
  // "over the next month" is a span of time, not a month: the words before it are matched to be skipped.
  const spans = words.relativeMonthSpans.length ? `(?:(${alternation(words.relativeMonthSpans)})\\s+)?` : '';
  const relativeMonth = new RegExp(`${B}${spans}(${alternation(words.relativeMonths.map((r) => r.words))})${E}`, 'giu');
  const relativeWeek = new RegExp(`${B}${spans}(${alternation(words.relativeWeeks.map((r) => r.words))})${E}`, 'giu');
  const until = new RegExp(`${B}(?:${alternation(words.untilWords)})${E}\\s*`, 'giu');
  const deadlineUntilLead = new RegExp(`${B}(?:${alternation(words.deadlineUntilLeads)})\\s+$`, 'iu');
  const untilBefore = new RegExp(`${B}(?:${alternation(words.untilWords)})(?:(?<=['’])|\\s+)$`, 'iu');
  const deadlineUntilBefore = new RegExp(`${B}(?:${alternation(words.deadlineUntilLeads)})\\s+(?:${alternation(words.untilWords)})\\s*$`, 'iu');
  const since = new RegExp(`${B}(?:${alternation(words.sinceWords)})${E}\\s*`, 'giu');
  // A figure or a record word earlier in the clause, then the lead right before the date: "142 vols annulés depuis".
  const countSince = new RegExp(`(?:\\d|${B}(?:${alternation(words.recordWords)})${E})[^,;:.!?()«»"“”]*${B}(?:${alternation(words.runningSinceWords)})\\s*$`, 'iu');
  const scale = words.scaleWords;
  const scaleLevel = new RegExp(
    `\\d+(?:[.,]\\d+)?\\s*(?:\\/|${B}(?:${alternation(scale.joins)})${E})\\s*\\d+|${B}(?:${alternation(scale.levels)})\\s+\\d+`,
    'giu',
  );
  // A figure's decimal point or comma ("falling 2.3%", « chuté de 2,3 % ») is no clause break.
  const inClause = `(?:[^,;:.!?()«»"“”]|[.,](?=\\d))`;
  const prior = words.priorEventLeads;
  const priorVerb = prior.verbEndings.length ? `\\s+\\p{L}+(?:${prior.verbEndings.map(escapeRegExp).join('|')})` : '';
  const priorEventBefore = new RegExp(`${B}(?:${alternation(prior.words)})${priorVerb}${E}${inClause}{0,${PRIOR_EVENT_REACH_CHARS}}$`, 'iu');
  const clauseBreak = new RegExp(`${B}(?:${alternation(words.tense.clauseBreaks)})(?:(?<=['’])|${E})`, 'iu');
  // The lead, then a few words with no clause break and a figure, up to the date: "contre 1 200 la veille".
  // The figure may be written in words ("down from nine missing last night", "contre trois la veille").
  const figure = `(?:\\d|${B}(?:${alternation(cardinalWords(lang))})${E})`;
  const runningSinceLead = new RegExp(`^(?:${alternation(words.runningSinceWords)})\\s*$`, 'iu');
  // A figure in digits or words, within the clause: each is then tested as a count (see `countFollows`).
  const countAfter = new RegExp(`^([^;:.!?()«»"“”]{0,${COUNT_AFTER_REACH_CHARS}}?)(?:\\d+(?:[\\s.,\\u00a0\\u202f]\\d+)*|${B}(?:${alternation(cardinalWords(lang))})${E})`, 'iu');
  const comparison = new RegExp(`${B}(?:${alternation(words.comparisonLeads)})${E}(?=[^;:!?()«»"“”]{0,40}$)(?:[^,;:.!?()«»"“”\\d]|\\d(?:[ ,.\\u00a0\\u202f]?\\d)*)*?${figure}[^,;:.!?()«»"“”]{0,30}$`, 'iu');
  const productLabel = new RegExp(`${B}(?:${alternation(words.productDateLabels)})${E}`, 'giu');
  const cf = words.counterfactual;
  const notAfterModal = cf.notBefore.length ? `(?!\\s+(?:${alternation(cf.notBefore)})${E})` : '';
  const counterfactualModal = new RegExp(`${B}(?:${alternation(cf.modals)})${E}${notAfterModal}`, 'iu');
  const inverted = cf.invertedLeads.length ? `|(?:${alternation(cf.invertedLeads)})\\s+\\p{L}` : '';
  const unrealCondition = new RegExp(
    `^\\s*(?:(?:${alternation(words.tense.conditionOpeners)})(?:(?<=['’])|${E}).*${B}(?:${alternation(cf.pastAuxiliaries)})${E}${inverted})`,
    'iu',
  );
  const ref = words.referenceWords;
  const negatedBefore = new RegExp(`${B}(?:${alternation(ref.negations)})(?:(?<=['’])|\\s+)$`, 'iu');
  const spanBefore = new RegExp(`${B}(?:${alternation(ref.spanLeads)})\\s+(?:(?:[^\\s,;:.!?()«»"“”]+\\s+){1,3}(?:${alternation(ref.spanJoins)})\\s+)?$`, 'iu');
  const intervalCount = `(?:\\d+|${alternation([...cardinalWords(lang), ...words.ago.numbers.flat()])})`;
  const intervalBefore = new RegExp(
    `${B}${intervalCount}\\s+(?:${alternation(ref.intervalUnits)})\\s+(?:${alternation(ref.intervalLeads)})${E}[^,;:.!?()«»"“”]{0,${INTERVAL_REACH_CHARS}}$`,
    'iu',
  );
  const recordFrameBefore = new RegExp(`${B}(?:${alternation(words.recordWords)})${E}[^,;:.!?()«»"“”]{0,30}${B}(?:${alternation(ref.recordFrames)})\\s+$`, 'iu');
  const thisYear = new RegExp(`${B}(?:${alternation(words.thisYear)})(?![\\p{L}\\p{N}-])`, 'iu');
  const relativeMonthEntries = words.relativeMonths.map((r) => ({ re: new RegExp(`^(?:${looseWord(r.words)})$`, 'iu'), offset: r.offset }));
  const seasonMonth = (name: string) =>
    words.seasons.find((s) => s.words.some((w) => foldAccents(w).toLowerCase() === foldAccents(name).toLowerCase()))?.month ?? -1;
  const seasonName = `(${alternation(words.seasons.flatMap((x) => x.words))})`;
  const nextLast = alternation([...words.nextWeekday, ...words.lastWeekday]);
  const leads = alternation(words.seasonLeads);
  const season: Patterns['season'] =
    lang === 'fr'
      ? {
          // [au|l'|cet] printemps [de] 2027, l'été prochain, cet automne
          re: new RegExp(`${B}(?:(${alternation(words.thisSeason)})\\s+|(${leads})\\s*)?${seasonName}(?:\\s+(?:de\\s+)?(\\d{4})|\\s+(${nextLast}))?${E}`, 'giu'),
          read: (m) => ({ season: m[3], year: num(m[4]), modifier: m[1] ?? m[5], lead: Boolean(m[1] || m[2]), of: false }),
        }
      : {
          // [in|the|next|this] spring [of] 2027, next summer
          re: new RegExp(`${B}(?:(${alternation([...words.thisSeason, ...words.nextWeekday, ...words.lastWeekday])})\\s+|(${leads})\\s+)?${seasonName}(?:\\s+(of\\s+)?(\\d{4}))?${E}`, 'giu'),
          read: (m) => ({ season: m[3], year: num(m[5]), modifier: m[1], lead: Boolean(m[1] || m[2]), of: Boolean(m[4]) }),
        };
  const deadlineBefore = new RegExp(`${B}(?:${alternation(words.deadlinePrepositions)})(?:(?<=['’])|\\s+)$`, 'iu');
  const aheadBefore = new RegExp(`${B}(?:${alternation(words.aheadPrepositions)})\\s+$`, 'iu');
  const aheadMonthBefore = new RegExp(`${B}(?:${alternation(words.aheadMonthLeads)})(?:(?<=['’])|\\s+)$`, 'iu');
  const aheadMonthAfter = new RegExp(`^\\s*,?\\s*(?:${alternation(words.aheadMonthBounds)})${E}`, 'iu');
  // "dès le match de championnat de samedi": the lead, then a few words with no clause break, then the weekday.
  const fromDayBefore = new RegExp(
    `${B}(?:${accentedAlternation(words.fromDayLeads)})(?:(?<=['’])|\\s+)(?:[^\\s,;:.!?()«»"“”—–]+\\s+){0,${FROM_DAY_REACH_WORDS}}$`,
    'iu',
  );
  const anyWeekdayBefore = new RegExp(`${B}(?:${alternation(words.anyWeekday)})\\s+$`, 'iu');
  const count = `(\\d{1,2}|${alternation(words.ago.numbers.flat())})`;
  const unit = `(${alternation([...words.ago.years, ...words.ago.months])})`;
  const agoBefore = words.ago.before.length ? `(?:${alternation(words.ago.before)})\\s+` : '';
  const agoAfter = words.ago.after.length ? `\\s+(?:${alternation(words.ago.after)})` : '';
  const ago = new RegExp(`${B}${agoBefore}${count}\\s+${unit}${agoAfter}${E}`, 'giu');
  const numberIndex = indexOfName(words.ago.numbers);
  const agoCount = (word: string) => (/^\d+$/.test(word) ? Number(word) : numberIndex(word) + 1);
  const pluperfect = new RegExp(`${B}(?:${alternation(words.tense.pluperfectAuxiliaries)})${E}`, 'iu');
  return { words, monthIndex, weekdayIndex, explicit, weekday: weekdayRe, nightSpan, relativeDay, storyRelativeDay, storyRelativeStateLead, storyRelativeComplement, storyRelativeApposedAfter, pluperfect, deadlineBefore, relativeMonth, relativeWeek, relativeMonthEntries, until, deadlineUntilLead, deadlineUntilBefore, untilBefore, since, countSince, runningSinceLead, countAfter, scaleLevel, priorEventBefore, clauseBreak, comparison, negatedBefore, spanBefore, intervalBefore, recordFrameBefore, productLabel, counterfactualModal, unrealCondition, thisYear, aheadBefore, aheadMonthBefore, aheadMonthAfter, fromDayBefore, season, seasonMonth, anyWeekdayBefore, ago, agoCount };
}

/** At most this many characters in the complement of a "la veille", "the day before" naming another event ("de l'explosion de l'entrepôt"). */
const STORY_RELATIVE_COMPLEMENT_CHARS = 60;

/** At most this many characters between a date a running lead opens the sentence with and its count ("Since Tuesday, more than "). */
const COUNT_AFTER_REACH_CHARS = 60;

/** At most this many characters between an interval's lead and its date ("before the scheduled start of the summer holidays on "). */
const INTERVAL_REACH_CHARS = 80;
/** At most this many characters between an "after …ing" lead and its date ("after falling 2.3% to 8,412 points on "). */
const PRIOR_EVENT_REACH_CHARS = 60;

/** At most this many words between a word that opens a start ("dès", "starting") and its weekday. */
const FROM_DAY_REACH_WORDS = 5;

const patternsByLang = { fr: buildPatterns('fr'), en: buildPatterns('en') };

const pad = (n: number) => String(n).padStart(2, '0');

function isoOf(parts: Required<Pick<Parts, 'year'>> & Parts): { date: string; precision: DatePrecision } {
  if (parts.month && parts.day) return { date: `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`, precision: 'day' };
  if (parts.month) return { date: `${parts.year}-${pad(parts.month)}`, precision: 'month' };
  return { date: String(parts.year), precision: 'year' };
}

function validParts(p: Parts, namedMonth = false): boolean {
  if (p.month !== undefined && (p.month < 1 || p.month > 12)) return false;
  if (p.day !== undefined && (p.day < 1 || p.day > 31)) return false;
  if (p.year !== undefined && (p.year < (namedMonth ? EARLIEST_YEAR_BY_MONTH_NAME : EARLIEST_YEAR) || p.year > 2200)) return false;
  return true;
}

/** The earliest year read from digits alone ("13/09/1850"): older four-digit runs are seldom dates. */
const EARLIEST_YEAR = 1800;
/**
 * The earliest year read beside a month's name ("le 14 janvier 1764", "in January 1764"): the name
 * makes the figure a year, however old; the story's background may be centuries back.
 */
const EARLIEST_YEAR_BY_MONTH_NAME = 1000;

/**
 * A month (and day) without a year, when nothing else decides. News reports look back more than
 * ahead: the most recent such date on or before publication, unless the next one is only a few
 * months away.
 */
const FUTURE_WINDOW_DAYS = 100;

/** The last such month (and day) on or before publication, the next one after it, and how far ahead that is. */
function yearsAround(month: number, day: number | undefined, pub: PublicationDate): { past: number; future: number; daysAhead: number } {
  const ref = Date.UTC(pub.year, (pub.month ?? 6) - 1, pub.day ?? 15);
  const at = (y: number) => Date.UTC(y, month - 1, day ?? 1);
  const past = at(pub.year) <= ref ? pub.year : pub.year - 1;
  // The day of publication itself is both the last such day and the next one: "ce vendredi 20 novembre"
  // in a statement of 20 November, told in the future, is that day.
  const future = at(pub.year) >= ref ? pub.year : pub.year + 1;
  return { past, future, daysAhead: (at(future) - ref) / 86_400_000 };
}

/**
 * The year of a month printed without one: the publication's year when the sentence says so
 * ("le deuxième foyer cette année, après celui détecté en janvier"); else the clause's tense
 * decides (the last such month when it looks back, the next when it looks ahead); else the nearest.
 */
function yearOfBareMonth(text: string, start: number, end: number, parts: Parts, pub: PublicationDate, lang: Lang, P: Patterns, weekday?: number): number {
  if (P.thisYear.test(text)) return pub.year;
  const { past, future, daysAhead } = yearsAround(parts.month!, parts.day, pub);
  // "vendredi 20 novembre", "Friday, November 20": the printed weekday names the year, when only one of the two fits.
  if (weekday !== undefined && parts.day !== undefined) {
    const fits = (y: number) => (new Date(Date.UTC(y, parts.month! - 1, parts.day!)).getUTCDay() + 6) % 7 === weekday;
    if (fits(past) !== fits(future)) return fits(past) ? past : future;
  }
  const tense = clauseTense(text, start, end, lang);
  if (tense === 'future') return future;
  // "by March 1", « d'ici le 1er mars », "until 30 September": a deadline or the end of a state is to come, unless the clause is past.
  if (tense !== 'past' && (P.deadlineBefore.test(text.slice(0, start)) || P.untilBefore.test(text.slice(0, start)))) return future;
  // A deadline ("le groupe avait jusqu'au 2 mars pour…", told in reported speech) is still to come.
  if (P.deadlineUntilBefore.test(text.slice(0, start))) return future;
  // "à partir d'avril", "starting in April": what starts then is still to come, unless the clause is past.
  const monthAt = start + text.slice(start, end).search(/[\p{L}.]+$/u);
  if (tense !== 'past' && parts.day === undefined && P.aheadMonthBefore.test(text.slice(0, monthAt))) return future;
  // "in September at the earliest", « en septembre au plus tard »: a bound on something still to come, unless the clause is past.
  if (tense !== 'past' && P.aheadMonthAfter.test(text.slice(end))) return future;
  // A past event is seldom dated by a month without its year when that month is nearly a year back
  // ("un lancement est promis en octobre", written in September, is the coming October).
  if (tense === 'past' && daysAhead > PAST_MONTH_MIN_DAYS_AHEAD) return past;
  return daysAhead <= FUTURE_WINDOW_DAYS ? future : past;
}

/** Below this many days ahead, the coming month wins even in a clause read as past. */
const PAST_MONTH_MIN_DAYS_AHEAD = 45;

/**
 * A season as a date: with a year, its starting month ("printemps 2027": 2027-03), or the year alone
 * for a winter, which straddles two; with "cet"/"this", "prochain"/"next" or "dernier"/"last", the
 * season's occurrence that holds publication, the first to start after it, or the last to end before it.
 */
function seasonDate(parts: SeasonParts, pub: PublicationDate | null, P: Patterns): { date: string; precision: DatePrecision } | null {
  const month = P.seasonMonth(parts.season);
  if (month < 0) return null;
  const ambiguous = P.words.ambiguousSeasons.includes(parts.season.toLowerCase());
  if (parts.year !== undefined) {
    if (ambiguous && (parts.of || !parts.lead)) return null;
    if (!validParts({ year: parts.year })) return null;
    return month === 12 ? { date: String(parts.year), precision: 'year' } : { date: `${parts.year}-${pad(month)}`, precision: 'month' };
  }
  const mod = parts.modifier ? foldAccents(parts.modifier).toLowerCase() : '';
  if (!mod || !parts.lead || !pub?.month) return null;
  const now = pub.year * 12 + pub.month - 1;
  const starts = [-1, 0, 1].map((k) => (pub.year + k) * 12 + month - 1);
  let start: number | undefined;
  if (P.words.thisSeason.includes(mod)) start = starts.find((c) => c <= now && now < c + 3) ?? starts[1];
  else if (P.words.nextWeekday.includes(mod)) start = starts.find((c) => c > now);
  else if (P.words.lastWeekday.includes(mod)) start = [...starts].reverse().find((c) => c + 3 <= now);
  if (start === undefined) return null;
  return { date: `${Math.floor(start / 12)}-${pad((start % 12) + 1)}`, precision: 'month' };
}

function dayFromPublication(pub: PublicationDate, offsetDays: number): string | null {
  if (!pub.month || !pub.day) return null;
  const t = Date.UTC(pub.year, pub.month - 1, pub.day) + offsetDays * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function weekdayOfPublication(pub: PublicationDate): number {
  // ISO order: Monday = 0.
  return (new Date(Date.UTC(pub.year, pub.month! - 1, pub.day!)).getUTCDay() + 6) % 7;
}

function isCapitalised(s: string): boolean {
  return /^\p{Lu}/u.test(s);
}

/**
 * Every date the text mentions, in order of appearance, resolved against `published`
 * (an ISO date, date-time or partial date). Mentions that cannot be resolved (a weekday
 * in an article whose day of publication is unknown) are left out.
 */
export function readDates(text: string, lang: Lang, published: string | null | undefined, anchor?: string): DateMention[] {
  const P = patternsByLang[lang];
  const pub = readPublicationDate(published);
  const found: DateMention[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  const add = (m: DateMention) => {
    found.push(m);
    taken.push([m.start, m.end]);
  };

  // "au printemps 2027", "l'été prochain", "next summer": read before the explicit dates, whose
  // "en 2027" would otherwise take the year of "en été 2027".
  P.season.re.lastIndex = 0;
  for (let m = P.season.re.exec(text); m; m = P.season.re.exec(text)) {
    const read = seasonDate(P.season.read(m), pub, P);
    if (read) add({ text: m[0], start: m.index, end: m.index + m[0].length, ...read, kind: read.precision === 'month' && !/\d{4}/.test(m[0]) ? 'relative' : 'explicit' });
  }

  for (const { re, read, namedMonth } of P.explicit) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!free(start, end)) continue;
      const parts = read(m);
      if (!parts || parts.month === 0) continue;
      if (!validParts(parts, namedMonth)) {
        // A year out of range still belongs to its month: "en janvier 1764" is no "en janvier" of the publication's year.
        if (parts.year !== undefined) taken.push([start, end]);
        continue;
      }
      if (!monthWordIsADate(m[0], P.words)) continue;
      const year = parts.year ?? (parts.month && pub ? yearOfBareMonth(text, start, end, parts, pub, lang, P, parts.weekday) : undefined);
      if (year === undefined) continue;
      add({ text: m[0].replace(/\.$/, ''), start, end: start + m[0].replace(/\.$/, '').length, ...isoOf({ ...parts, year }), kind: 'explicit', ...(parts.year === undefined ? { yearInferred: true as const } : {}) });
    }
  }

  if (pub?.month) {
    // "le mois prochain", "later this month": the month after, of or before publication.
    P.relativeMonth.lastIndex = 0;
    for (let m = P.relativeMonth.exec(text); m; m = P.relativeMonth.exec(text)) {
      const words = P.words.relativeMonthSpans.length ? m[2] : m[1];
      if ((P.words.relativeMonthSpans.length && m[1]) || !words) continue;
      const start = m.index + m[0].length - words.length;
      const end = m.index + m[0].length;
      if (!free(start, end)) continue;
      const entry = P.relativeMonthEntries.find((r) => r.re.test(words));
      if (!entry) continue;
      const month = pub.year * 12 + (pub.month - 1) + entry.offset;
      add({ text: words, start, end, date: `${Math.floor(month / 12)}-${pad((month % 12) + 1)}`, precision: 'month', kind: 'relative' });
    }
  }

  if (pub) {
    // "il y a deux ans", "three months ago": the year (or month) that many before publication; a count
    // of years is no more precise than the year.
    P.ago.lastIndex = 0;
    for (let m = P.ago.exec(text); m; m = P.ago.exec(text)) {
      const n = P.agoCount(m[1]);
      if (n <= 0 || !free(m.index, m.index + m[0].length)) continue;
      const isYears = P.words.ago.years.some((w) => foldAccents(w).toLowerCase() === foldAccents(m![2]).toLowerCase());
      if (isYears) add({ text: m[0], start: m.index, end: m.index + m[0].length, date: String(pub.year - n), precision: 'year', kind: 'relative' });
      else if (pub.month) {
        const month = pub.year * 12 + (pub.month - 1) - n;
        add({ text: m[0], start: m.index, end: m.index + m[0].length, date: `${Math.floor(month / 12)}-${pad((month % 12) + 1)}`, precision: 'month', kind: 'relative' });
      }
    }
  }

  if (pub?.month && pub.day) {
    P.relativeDay.lastIndex = 0;
    for (let m = P.relativeDay.exec(text); m; m = P.relativeDay.exec(text)) {
      if (!free(m.index, m.index + m[0].length)) continue;
      // A capital inside a sentence makes the word part of a name ("Castelfort Demain", "Party of Tomorrow").
      if (isCapitalised(m[1]) && /[\p{L}\p{N},]\s*$/u.test(text.slice(0, m.index))) continue;
      const folded = foldAccents(m[1]).toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ');
      const entry = P.words.relativeDays.find((r) => foldAccents(r.words).toLowerCase() === folded);
      const preceding = foldAccents(text.slice(0, m.index)).toLowerCase();
      const next = text.slice(m.index + m[0].length).toLowerCase();
      if (entry?.notAfter?.some((w) => new RegExp(`${B}${looseWord(w)}\\s+$`, 'iu').test(preceding))) continue;
      if (entry?.notBefore?.some((w) => next.startsWith(w))) continue;
      const date = entry ? dayFromPublication(pub, entry.offset) : null;
      if (date) add({ text: m[0], start: m.index, end: m.index + m[0].length, date, precision: 'day', kind: 'relative' });
    }
    const pubWeekday = weekdayOfPublication(pub);
    // "la semaine prochaine", "last week": the month of that week when it lies in one month; a week
    // that straddles two months has no honest date here.
    P.relativeWeek.lastIndex = 0;
    for (let m = P.relativeWeek.exec(text); m; m = P.relativeWeek.exec(text)) {
      const words = P.words.relativeMonthSpans.length ? m[2] : m[1];
      if ((P.words.relativeMonthSpans.length && m[1]) || !words) continue;
      const start = m.index + m[0].length - words.length;
      const end = m.index + m[0].length;
      if (!free(start, end)) continue;
      const folded = foldAccents(words).toLowerCase().replace(/\s+/g, ' ');
      const entry = P.words.relativeWeeks.find((r) => foldAccents(r.words).toLowerCase() === folded);
      if (!entry) continue;
      const monday = dayFromPublication(pub, entry.offset * 7 - pubWeekday);
      const sunday = dayFromPublication(pub, entry.offset * 7 - pubWeekday + 6);
      if (!monday || !sunday || monday.slice(0, 7) !== sunday.slice(0, 7)) continue;
      add({ text: words, start, end, date: monday.slice(0, 7), precision: 'month', kind: 'relative', week: true });
    }
    // In "la nuit de lundi à mardi" only the later day dates what happened in the night.
    const nightStarts = [...text.matchAll(P.nightSpan)].map((n): [number, number] => [n.index, n.index + n[0].length]);
    P.weekday.lastIndex = 0;
    for (let m = P.weekday.exec(text); m; m = P.weekday.exec(text)) {
      if (!free(m.index, m.index + m[0].length)) continue;
      if (nightStarts.some(([a, b]) => a <= m!.index && m!.index < b)) continue;
      // "un dimanche matin", "every Monday": no particular day.
      if (P.anyWeekdayBefore.test(text.slice(0, m.index))) continue;
      const [weekdayName, modifier] = lang === 'fr' ? [m[1], m[3]] : [m[2], m[1]];
      // English weekdays are capitalised; a lower-case "sun." or "wed" is another word.
      if (lang === 'en' && !isCapitalised(weekdayName)) continue;
      const wd = P.weekdayIndex(weekdayName);
      if (wd < 0) continue;
      const mod = modifier ? foldAccents(modifier).toLowerCase() : '';
      let offset: number;
      // "Jeudi prochain" and "next Thursday" are the first Thursday to come after tomorrow. Dictionaries
      // read "prochain" as the first to come, and so do most French readers: "jeudi prochain" written
      // on a Monday is that week's Thursday, and an English dispatch of the same day that says "next
      // Thursday" reports the same meeting. Only the day after publication is not meant, since a
      // writer would say "demain"/"tomorrow": "jeudi prochain" written on a Wednesday is eight days
      // later. From Thursday to Sunday the first Thursday to come is already in next week.
      if (P.words.nextWeekday.includes(mod)) {
        const ahead = (wd - pubWeekday + 7) % 7;
        offset = ahead >= 2 ? ahead : ahead + 7;
      }
      else if (P.words.lastWeekday.includes(mod)) offset = -((pubWeekday - wd + 7) % 7 || 7);
      else {
        const ahead = (wd - pubWeekday + 7) % 7;
        const behind = (pubWeekday - wd + 7) % 7;
        // "annoncé pour jeudi", "set for Friday": the day something is set for is to come.
        const setFor = P.aheadBefore.test(text.slice(0, m.index)) && !/['’]s\b/u.test(m[0]);
        let tense = setFor ? 'future' : clauseTense(text, m.index, m.index + m[0].length, lang);
        // "by Friday": a deadline is to come, unless the clause is told in the past.
        if (tense !== 'past' && P.deadlineBefore.test(text.slice(0, m.index))) tense = 'future';
        // "prend effet dès le match de samedi", "starting Saturday": what starts then is to come, unless the clause is past.
        if (tense === 'unknown' && P.fromDayBefore.test(text.slice(0, m.index))) tense = 'future';
        // A bare weekday in a clause that looks ahead is the next such day; the day of publication counts.
        // After a word of arrangement ("convoqué", "appel à"), the nearer of the two days.
        offset = tense === 'future' || (tense === 'arranged' && ahead < behind) ? ahead : -behind;
      }
      const date = dayFromPublication(pub, offset);
      const possessive = /['’]s$/u.test(m[0]) || /^['’]s(?![\p{L}\p{N}])/u.test(text.slice(m.index + m[0].length));
      const qualifiesNoun = possessive && /\p{Ll}\s+$/u.test(text.slice(0, m.index)) ? ({ qualifiesNoun: true } as const) : {};
      if (date) add({ text: m[0], start: m.index, end: m.index + m[0].length, date, precision: 'day', kind: 'relative', ...qualifiesNoun });
    }
  }
  // "La veille", "the day after": counted from the nearest day the sentence names, else from the
  // day of the sentence just before (`anchor`); with neither, only a day before told without the
  // pluperfect is read, from publication.
  // After "au", "à", "on" ("à la veille du procès") it is the sentence's own time told from another
  // event, whose day is not known: not read.
  const days = found.filter((m) => m.precision === 'day' && !m.productLabel);
  P.storyRelativeDay.lastIndex = 0;
  for (let m = P.storyRelativeDay.exec(text); m; m = P.storyRelativeDay.exec(text)) {
    const start = m.index + m[0].length - m[2].length;
    const end = m.index + m[0].length;
    if (!free(start, end)) continue;
    // "à la veille du procès" is told from another event; so is "depuis la veille du scrutin", but
    // "Depuis la veille, la zone est fermée" counts from the story's day and starts a state.
    if (m[1] && !(P.storyRelativeStateLead.test(m[1]) && !P.storyRelativeComplement.test(text.slice(end)))) continue;
    const folded = foldAccents(m[2]).toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ').replace(/‑/g, '-');
    const entry = P.words.storyRelativeDays.find((r) => foldAccents(r.words).toLowerCase() === folded);
    if (!entry) continue;
    // A day printed in apposition ("La veille de l'explosion, lundi, …", "On Monday, the day before the
    // blast, …") is the phrase's own day, told twice: it is read once, as printed, and the phrase not counted.
    const apposed = days.some((d) => (d.start >= end ? P.storyRelativeApposedAfter.test(text.slice(end, d.start)) : /^\s*,\s*$/u.test(text.slice(d.end, start))));
    if (apposed) continue;
    // A colon or a semicolon opens another statement ("Le bilan de l'accident survenu mardi s'est
    // alourdi : une passagère est décédée la veille"), whose "la veille" is told from the writing, not
    // from the day the first statement names; unless it is told in the pluperfect ("The ferry sank on
    // Monday; the day before, inspectors had found rust"), which sets it before that day.
    const pluperfect = P.pluperfect.test(text);
    const sameStatement = (d: DateMention) => pluperfect || !/[:;]/u.test(text.slice(Math.min(d.end, start), Math.max(d.start, end)));
    // A day after the word past a clause break ("a annoncé la veille qu'il relèverait ses taux à compter
    // du 1er décembre", "said the day before that it would act from 1 December") is that clause's: the day
    // before is not counted from it.
    const sameClause = (d: DateMention) => d.end <= start || !P.clauseBreak.test(text.slice(end, d.start));
    const near = days.filter((d) => sameStatement(d) && sameClause(d)).sort((a, b) => distance(a, start, end) - distance(b, start, end))[0];
    // With no day to count from, a day before told without the pluperfect ("Interrogé la veille, il a
    // rejeté…", "Interviewed the day before, he denied…") is counted from the writing: the day before
    // publication. The pluperfect ("La veille, le préfet avait réuni…") sets it before another day of
    // the story, which is not known; a day after would be "demain", so it is never read from publication.
    const fromWriting = !near && !anchor && entry.offset < 0 && pub?.month && pub.day && !P.pluperfect.test(text) ? published!.slice(0, 10) : undefined;
    const origin = near?.date ?? anchor ?? fromWriting;
    const from = readPublicationDate(origin);
    const date = from?.month && from.day && /^\d{4}-\d{2}-\d{2}$/.test(origin ?? '') ? dayFromPublication(from, entry.offset) : null;
    if (date) add({ text: m[2], start, end, date, precision: 'day', kind: 'relative' });
  }
  // A date right after "jusqu'à", "until"…, or whose match starts inside such words ("jusqu'en 2027",
  // "until May"), is the end of a state; unless it is a deadline ("a jusqu'au 2 mars pour", "has
  // until March 2 to"): the day something must be done by is an event.
  P.until.lastIndex = 0;
  for (const u of text.matchAll(P.until)) {
    if (P.deadlineUntilLead.test(text.slice(0, u.index))) continue;
    for (const m of found) if (u.index <= m.start && m.start <= u.index + u[0].length) m.endsAState = true;
  }
  P.since.lastIndex = 0;
  for (const u of text.matchAll(P.since)) {
    // A figure or a record before the lead ("142 vols annulés depuis mardi", "its steepest fall since October"): a count runs from the date.
    // A level on a scale ("rated 4 out of 5 since Sunday") is a grade, not a count.
    const counts = P.countSince.test(text.slice(0, u.index + u[0].length).replace(P.scaleLevel, ' '));
    // A running lead that opens the sentence or a clause after a comma, and a count after its date ("Depuis
    // mardi, 40 personnes ont été évacuées", "Since Tuesday, more than forty residents have left"): a total so far.
    const opens = /(?:^|,)\s*$/u.test(text.slice(0, u.index)) && P.runningSinceLead.test(u[0]);
    for (const m of found) {
      if (!(u.index <= m.start && m.start <= u.index + u[0].length)) continue;
      m.startsAState = true;
      if (counts || (opens && countFollows(text.slice(m.end).replace(P.scaleLevel, ' '), lang, P))) m.countsSince = true;
    }
  }
  for (const m of found) {
    const before = text.slice(0, m.start);
    if (P.comparison.test(before)) m.comparison = true;
    if (P.priorEventBefore.test(before)) m.priorEvent = true;
    // A month read with its preposition ("for June") is tested up to its own name.
    const lead = (before + m.text).replace(/[\p{L}\p{N}]+$/u, '');
    // A span still to come ("the festival runs between 3 and 7 July") is the story's own dates.
    const at = (published ?? '').slice(0, m.date.length);
    const pastSpan = P.spanBefore.test(before) && !(at.length === m.date.length && m.date > at);
    if (P.negatedBefore.test(before)) m.denied = true;
    if (m.denied || pastSpan || P.intervalBefore.test(before) || P.recordFrameBefore.test(lead)) m.reference = true;
    if (hypotheticalAt(text, m, P)) m.hypothetical = true;
  }
  found.sort((a, b) => a.start - b.start);
  // A date a few words after a product label ("DLC du 05/03/2026 au 12/03/2026", "best before dates
  // between 5 March 2026 and 12 March 2026"), within its clause, is the product's: the other dates
  // between the label and it count as no words.
  P.productLabel.lastIndex = 0;
  for (const l of text.matchAll(P.productLabel)) {
    const from = l.index + l[0].length;
    for (const m of found) {
      if (m.end <= from) continue;
      let between = text.slice(from, Math.max(from, m.start));
      for (const o of found) if (o.start >= from && o.end <= m.start) between = between.replace(text.slice(o.start, o.end), ' ');
      if (/[,;:()!?«»"“”]|\.\s/u.test(between) || (between.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) > PRODUCT_LABEL_WORDS) break;
      m.productLabel = true;
    }
  }
  return found;
}

/** Cardinal numbers of two or more written as words ("nine", « trois »): a figure as surely as digits; "un"/"one" is too often an article. */
function cardinalWords(lang: Lang): string[] {
  return Object.entries(numberValues[lang])
    .filter(([word, value]) => value >= 2 && !/(?:ième|th|^seconde?)$/u.test(word))
    .map(([word]) => word);
}

/** Punctuation that bounds the stretch a counterfactual's modal or condition holds. */
const STRETCH_BREAK = /[,;:()«»"“”—–!?]/gu;
/** At most this many words beside a date opening its own stretch ("On Tuesday, …"): the stretch after it holds its verb. */
const OPENING_STRETCH_WORDS = 2;

/**
 * Whether the stretch between punctuation that holds mention `m` tells what did not happen or only
 * might have: it holds a counterfactual modal ("would have held on Tuesday", « aurait pu tenir mardi »),
 * or opens with an unreal condition ("If the council had acted in March", "Had they asked us a month
 * ago"). A date that opens its own stretch ("Mardi, la digue aurait pu…") is read with the stretch after it.
 */
function hypotheticalAt(text: string, m: DateMention, P: Patterns): boolean {
  const cuts = [0, ...[...text.matchAll(STRETCH_BREAK)].flatMap((c) => [c.index, c.index + c[0].length]), text.length];
  const stretches: [number, number][] = [];
  for (let i = 0; i < cuts.length; i += 2) stretches.push([cuts[i], cuts[i + 1]]);
  const at = stretches.findIndex(([a, b]) => a <= m.start && m.start < b);
  if (at < 0) return false;
  const read = [text.slice(...stretches[at])];
  const aside = (read[0].slice(0, m.start - stretches[at][0]) + read[0].slice(m.end - stretches[at][0])).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (aside <= OPENING_STRETCH_WORDS && stretches[at + 1]) read.push(text.slice(...stretches[at + 1]));
  return read.some((r) => P.counterfactualModal.test(r) || P.unrealCondition.test(r));
}

/**
 * Whether a count opens the text after a date: a figure within reach, in its clause, that counts
 * ("40 personnes", "more than forty residents", "have rescued 12 hikers"), not a measure or a time ("deux
 * kilomètres", "8 am": `notCountUnits`) nor a number naming known things ("the 12 villages").
 */
function countFollows(after: string, lang: Lang, P: Patterns): boolean {
  const m = P.countAfter.exec(after);
  if (!m) return false;
  const figureAt = m[1].length;
  const wordBefore = /([\p{L}]+)\s*$/u.exec(after.slice(0, figureAt))?.[1]?.toLowerCase();
  const wordAfter = /^\s*([^\s,;:.!?]+)/u.exec(after.slice(m[0].length))?.[1]?.toLowerCase();
  if (wordBefore && P.words.tense.determiners.includes(wordBefore)) return false;
  return wordAfter !== undefined && !NOT_COUNT_UNITS.has(wordAfter);
}
const NOT_COUNT_UNITS = new Set(notCountUnits);

/** How far a mention lies from text[start, end). */
function distance(m: DateMention, start: number, end: number): number {
  return m.end <= start ? start - m.end : m.start - end;
}

/** At most this many words between a product label and its date ("best before dates between … and …"). */
const PRODUCT_LABEL_WORDS = 4;

/** "may" and "march" are months only when capitalised (English) — "in May", not "it may". */
function monthWordIsADate(matched: string, words: DateWords): boolean {
  if (words.ambiguousMonths.length === 0) return true;
  for (const token of matched.split(/[\s,]+/)) {
    const lower = token.toLowerCase();
    if (words.ambiguousMonths.includes(lower) && !isCapitalised(token)) return false;
  }
  return true;
}
