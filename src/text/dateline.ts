/**
 * Wire datelines that open a dispatch: "SEOUL (Reuters) - ", "WASHINGTON, Sept 13 (AFP) — ",
 * "GRENOBLE, France - ", "(Reuters) - ", "SAINT-MALO (Ille-et-Vilaine), 3 mars 2025 (AFP) - ",
 * "AMSTERDAM/BRUSSELS, Dec 3 (Reuters) - ". A place in capitals, or several joined by slashes when the
 * dispatch was filed from more than one city (maybe its department or region in brackets, maybe a
 * region, country or date after a comma), maybe an agency in parentheses, then a dash. Shared by the
 * summary, the timeline and the quotations, which all show sentences without it.
 */
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

/**
 * A live blog entry's clock stamp before a dash ("23h31 - ", "10:45 — ", "9.05pm – ", in Markdown bold
 * "**08:02** — "), or without a dash before the entry's first word when it opens with a capital or a
 * quotation mark ("08:40 A spokeswoman said…", "17h05 « Nous… »"): when it was posted, not part of
 * the sentence. Without a dash the stamp needs a colon, an "h" or "am/pm", so a decimal ("12.50 Euros") is no stamp.
 */
export const LIVE_STAMP = /^\s*(\*\*|__)?(\d{1,2})\s*(?:[hH:.]\s*(\d{2})(?:\s*([apAP])\.?[mM]\.?)?\1?\s*[-–—]\s+(?=\S)|[hH:](\d{2})(?:\s*([apAP])\.?[mM]\.?)?\1?\s+(?=[\p{Lu}«“"‘]))/u;

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
  const m = LIVE_STAMP.exec(withoutDateline(text));
  return m ? minuteOfDay(m[2], m[3] ?? m[5], m[4] ?? m[6]) : null;
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
 * an optional time-zone abbreviation: the minute of the day, else null.
 */
const STAMP_LINE = /^\s*(?:\*\*|__)?(\d{1,2})\s*[h:.]\s*(\d{2})(?:\s*([ap])\.?m\.?)?(?:\*\*|__)?(?:\s+\p{Lu}{2,5}(?:[+-]\d{1,2})?)?\s*$/u;

export function stampLineMinutes(text: string): number | null {
  const m = STAMP_LINE.exec(text);
  if (!m || Number(m[1]) > 24 || Number(m[2]) > 59) return null;
  return minuteOfDay(m[1], m[2], m[3]);
}
