/**
 * Wire datelines that open a dispatch: "SEOUL (Reuters) - ", "WASHINGTON, Sept 13 (AFP) — ",
 * "GRENOBLE, France - ", "(Reuters) - ", "SAINT-MALO (Ille-et-Vilaine), 3 mars 2025 (AFP) - ". A place
 * in capitals (maybe its department or region in brackets, maybe a region, country or date after a comma), maybe an agency in parentheses, then a dash. Shared by the summary, the
 * timeline and the quotations, which all show sentences without it.
 */
export const DATELINE =
  /^\s*(?:(?:\p{Lu}[\p{Lu}\p{Pd}'’ .]{1,40}(?:\s*\([^()\n]{1,30}\))?(?:,[^()\n]{1,30}?)?\s*)?\([^)]{1,40}\)\s*[-–—]\s*|\p{Lu}[\p{Lu}\p{Pd}'’ .]{1,40}(?:\s*\([^()\n]{1,30}\))?(?:,[^()\n]{1,30}?)?\s*[-–—]\s+)/u;

/** The text without a leading wire dateline. */
export function withoutDateline(text: string): string {
  return text.trim().replace(DATELINE, '');
}

/** How many characters a leading dateline takes (0 when there is none). */
export function datelineLength(text: string): number {
  return DATELINE.exec(text)?.[0].length ?? 0;
}
