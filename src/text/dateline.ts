/**
 * Wire datelines that open a dispatch: "SEOUL (Reuters) - ", "WASHINGTON, Sept 13 (AFP) — ",
 * "GRENOBLE, France - ", "(Reuters) - ", "SAINT-MALO (Ille-et-Vilaine), 3 mars 2025 (AFP) - ",
 * "AMSTERDAM/BRUSSELS, Dec 3 (Reuters) - ". A place in capitals, or several joined by slashes when the
 * dispatch was filed from more than one city (maybe its department or region in brackets, maybe a
 * region, country or date after a comma), maybe an agency in parentheses, then a dash. Shared by the
 * summary, the timeline and the quotations, which all show sentences without it.
 */
import { dateWords } from '../lang/dates.js';
import { escapeRegExp, indexOfName } from './normalize.js';

export const DATELINE_PLACE = String.raw`\p{Lu}[\p{Lu}\p{Pd}'’ .]{1,40}(?:\s?\/\s?\p{Lu}[\p{Lu}\p{Pd}'’ .]{1,40}){0,3}`;

export const DATELINE = new RegExp(
  String.raw`^\s*(?:(?:${DATELINE_PLACE}(?:\s*\([^()\n]{1,30}\))?(?:,[^()\n]{1,30}?)?\s*)?\([^)]{1,40}\)\s*[-–—]\s*|${DATELINE_PLACE}(?:\s*\([^()\n]{1,30}\))?(?:,[^()\n]{1,30}?)?\s*[-–—]\s+)`,
  'u',
);

/** The text without a leading wire dateline. */
export function withoutDateline(text: string): string {
  return text.trim().replace(DATELINE, '');
}

/** How many characters a leading dateline takes (0 when there is none). */
export function datelineLength(text: string): number {
  return DATELINE.exec(text)?.[0].length ?? 0;
}

/** Weekday names of both languages (src/lang/dates.ts), as a live-blog stamp may print them beside its clock time. */
const STAMP_WEEKDAY = [
  ...new Set([dateWords.fr, dateWords.en].flatMap((l) => l.weekdays.flat()).flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()])),
]
  .sort((a, b) => b.length - a.length)
  .map((w) => escapeRegExp(w.replace(/\.$/, '')))
  .join('|');

/**
 * A live blog entry's clock stamp before a dash ("23h31 - ", "10:45 — ", "9.05pm – ", in Markdown bold
 * "**08:02** — "), or without a dash before the entry's first word when it opens with a capital or a
 * quotation mark ("08:40 A spokeswoman said…", "17h05 « Nous… »"): when it was posted, not part of
 * the sentence. Without a dash the stamp needs a colon, an "h" or "am/pm", so a decimal ("12.50 Euros") is no stamp.
 * Before a dash, the stamp may print the entry's weekday before or after the time (« Mercredi, 4h30 — »,
 * "04:30 (Wednesday) — ", "Wednesday 04:30 — "): the day the entry was posted.
 */
export const LIVE_STAMP = new RegExp(
  String.raw`^\s*(?<bold>\*\*|__)?(?:(?<dayBefore>${STAMP_WEEKDAY})\.?,?\s+)?(?<hour>\d{1,2})\s*(?:[hH:.]\s*(?<minutes>\d{2})(?:\s*(?<half>[apAP])\.?[mM]\.?)?(?:\s*\(?(?<dayAfter>${STAMP_WEEKDAY})\.?\)?)?\k<bold>?\s*[-–—]\s+(?=\S)|[hH:](?<bareMinutes>\d{2})(?:\s*(?<bareHalf>[apAP])\.?[mM]\.?)?\k<bold>?\s+(?=[\p{Lu}«“"‘]))`,
  'u',
);

/** A live blog's clock stamp opening an entry: the minute of the day, the weekday printed with it (Monday = 0) if any, and its length. */
export interface LiveStamp {
  minutes: number;
  weekday?: number;
  length: number;
}

/** The clock stamp opening `text` (see LIVE_STAMP), past any dateline; null without one. */
export function liveStamp(text: string): LiveStamp | null {
  const from = datelineLength(text);
  const m = LIVE_STAMP.exec(text.slice(from));
  if (!m) return null;
  const g = m.groups!;
  const name = g.dayBefore ?? g.dayAfter;
  const weekday = name ? weekdayIndex(name) : -1;
  return { minutes: minuteOfDay(g.hour, g.minutes ?? g.bareMinutes, g.half ?? g.bareHalf), ...(weekday >= 0 ? { weekday } : {}), length: from + m[0].length };
}

const WEEKDAY_INDEX = [dateWords.fr, dateWords.en].map((l) => indexOfName(l.weekdays));

/** The index (Monday = 0) of a weekday's name in either language, French first, or -1. */
function weekdayIndex(name: string): number {
  for (const index of WEEKDAY_INDEX) {
    const i = index(name);
    if (i >= 0) return i;
  }
  return -1;
}

/** The text without a leading live-blog clock stamp. */
export function withoutLiveStamp(text: string): string {
  return text.replace(LIVE_STAMP, '');
}

/** A list item's bullet opening a paragraph ("- Toll revised to 11", "• Curfew lifted"): layout, not words (a dialogue dash "— " is kept). */
const LIST_BULLET = /^\s*[-•*·]\s+(?=\S)/u;

/** Whether a paragraph is a list item: it opens with a bullet ("- Toll revised to 11", "• Curfew lifted"). */
export const isListItem = (text: string) => LIST_BULLET.test(text);

/**
 * The text as shown to a user: without where a wire filed from, a live-blog entry's clock stamp
 * or a list bullet opening it ("LYON (AFP) - ", "18:45 — ", "- "). The stored paragraph keeps
 * them: the entry's time dates what it reports.
 */
export function withoutLeadingMarks(text: string): string {
  return withoutLiveStamp(withoutDateline(text)).replace(LIST_BULLET, '');
}

/** The minute of the day a live-blog entry's clock stamp gives ("18h47 — " → 1127), or null without one. */
export function liveStampMinutes(text: string): number | null {
  return liveStamp(text.trim())?.minutes ?? null;
}

/** The minute of the day of a clock time: its hour, its minutes, and "a" or "p" when it gives am or pm. */
function minuteOfDay(hour: string, minutes: string, half: string | undefined): number {
  let hours = Number(hour) % 24;
  if (half?.toLowerCase() === 'p' && hours < 12) hours += 12;
  if (half?.toLowerCase() === 'a' && hours === 12) hours = 0;
  return hours * 60 + Number(minutes);
}

/**
 * A clock stamp printed on a line of its own above an entry ("16:32 BST", "9.05pm", "18h47"), with
 * an optional time-zone abbreviation, and maybe its weekday before or after the time ("Wednesday
 * 04:30", « Mercredi, 4h30 », "04:30 (Wednesday)").
 */
const STAMP_LINE = new RegExp(
  String.raw`^\s*(?:\*\*|__)?(?:(?<dayBefore>${STAMP_WEEKDAY})\.?,?\s+)?(?<hour>\d{1,2})\s*[h:.]\s*(?<minutes>\d{2})(?:\s*(?<half>[ap])\.?m\.?)?(?:\s*\(?(?<dayAfter>${STAMP_WEEKDAY})\.?\)?)?(?:\*\*|__)?(?:\s+\p{Lu}{2,5}(?:[+-]\d{1,2})?)?\s*$`,
  'u',
);

/** The clock stamp that makes up a whole line (see STAMP_LINE): the minute of the day and the weekday printed with it, if any; else null. */
export function stampLine(text: string): Omit<LiveStamp, 'length'> | null {
  const m = STAMP_LINE.exec(text);
  const g = m?.groups;
  if (!g || Number(g.hour) > 24 || Number(g.minutes) > 59) return null;
  const name = g.dayBefore ?? g.dayAfter;
  const weekday = name ? weekdayIndex(name) : -1;
  return { minutes: minuteOfDay(g.hour, g.minutes, g.half), ...(weekday >= 0 ? { weekday } : {}) };
}

export function stampLineMinutes(text: string): number | null {
  return stampLine(text)?.minutes ?? null;
}
