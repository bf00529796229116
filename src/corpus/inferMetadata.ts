/**
 * Reads what the text itself says about its origin when front matter does not: a title line,
 * a leading "date 2023-09" marker, a dateline credit "SEOUL (Reuters) -", wire codes
 * "(ats/jch)", contributor lines, "Selon LeFigaro.", "Le Figaro avec AFP", "Par Le Progrès (avec AFP)",
 * bylines ("By Jane Smith"), and date stamps "14.09.2023, 03:59".
 */
import { languages, wireAgencies } from '../lang/index.js';
import { DATELINE_PLACE } from '../text/dateline.js';

export interface InferredMeta {
  title?: string;
  outlet?: string;
  agency?: string;
  published?: string;
  byline?: string;
}

/** "LeFigaro" → "Le Figaro"; other names are kept as printed. */
function spaceCamelCase(name: string): string {
  return name.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').trim();
}

export function agencyName(code: string): string | undefined {
  const key = code.toLowerCase().trim();
  return wireAgencies[key] ?? wireAgencies[key.split('/')[0]];
}

/**
 * A short line that ends on a closing quotation mark with no sentence punctuation inside it: a
 * headline quoting words ("Grève : les contrôleurs « à bout »"), not a sentence.
 */
export function isQuoteEndedTitle(line: string): boolean {
  return /[»”"’']\s*$/u.test(line) && !/[.!?…,;:]\s*[»”"’']+\s*$/u.test(line) && line.split(/\s+/).length <= 20 && line.length <= 200;
}

/** A leading "date 2023-09" (or "date: 2023-09-14") marker: returns the date and the text without it. */
export function takeDateMarker(text: string): { text: string; published?: string } {
  const m = /^\s*date\s*:?\s*(\d{4}-\d{2}(?:-\d{2})?(?:[T ]\d{2}:\d{2}(?::\d{2})?)?)\s*/iu.exec(text);
  if (!m) return { text };
  return { text: text.slice(m[0].length), published: m[1].replace(' ', 'T') };
}

/** "SEOUL (Reuters) -", "PARIS (AFP) —", "CALAIS, France, May 15 (Reuters) -", "BREST (Finistère) (AFP) -" at the start of a paragraph. */
export function datelineAgency(paragraph: string): string | undefined {
  const code = datelineCode(paragraph);
  return code ? agencyName(code) ?? code.trim() : undefined;
}

/** A dateline's place (one city, or several joined by slashes) and its credit in parentheses, before the dash. */
const DATELINE_CODE = new RegExp(String.raw`^${DATELINE_PLACE}(?:\s*\([^()\n]{1,30}\))?(?:,[^()\n]{1,30}?)?\s*\((\p{L}[\p{L} .-]{1,30})\)\s*[-–—]`, 'u');

/** The credit of a dateline as printed: "PARIS (CP) —" → "CP", "AMSTERDAM/BRUSSELS, Dec 3 (Reuters) -" → "Reuters". */
export function datelineCode(paragraph: string): string | undefined {
  return DATELINE_CODE.exec(paragraph)?.[1];
}

/**
 * Whether a credit code is the outlet's own initials ("CP" for "Continental Press", "LMN" for "Le
 * Matin National"), the leading article apart or not: then it names the outlet itself, not the
 * wire agency the same letters stand for elsewhere.
 */
export function isOwnInitials(code: string, outlet: string): boolean {
  const letters = code.replace(/[.\s]/gu, '').toUpperCase();
  if (letters.length < 2 || !/^\p{L}+$/u.test(letters)) return false;
  const words = outlet.split(/[\s-]+/u).filter((w) => /^\p{L}/u.test(w));
  const initials = (ws: string[]) => ws.map((w) => w.charAt(0)).join('').toUpperCase();
  return initials(words) === letters || initials(words.slice(1)) === letters;
}

/** A wire code closing a paragraph: "(ats/jch)", "(AFP)", "(Reuters)". */
export const TRAILING_WIRE_CODE = /\s*\((\p{L}[\p{L}-]*(?:\s[\p{L}]+)?)(?:\/[\p{L}]+)*\)\s*$/u;

export function trailingWireAgency(paragraph: string): string | undefined {
  const m = TRAILING_WIRE_CODE.exec(paragraph);
  return m ? agencyName(m[1]) : undefined;
}

/** "agences", "agencies": a credit to wire agencies not named. */
const UNNAMED_AGENCIES = /^agenc(?:e|es|y|ies)$/iu;

/**
 * The agencies of a credit ("AFP et Reuters", "agencies"): the first one named, or null when the
 * credit names none; undefined when a part is not a wire agency (then the line is no credit).
 */
function creditAgencies(text: string): string | null | undefined {
  let first: string | null = null;
  for (const part of text.split(/\s*(?:,|&|\bet\b|\band\b)\s*/u).map((p) => p.replace(/[.\s]+$/u, '')).filter(Boolean)) {
    const name = agencyName(part);
    if (name) first ??= name;
    else if (!UNNAMED_AGENCIES.test(part)) return undefined;
  }
  return first;
}

/** A credit sentence: returns what it tells, or undefined when the sentence is not a credit. */
export function readCredit(sentence: string): { outlet?: string; byline?: string; agency?: string } | undefined {
  for (const pattern of [...languages.fr.creditPatterns, ...languages.en.creditPatterns]) {
    const m = pattern.exec(sentence.trim());
    if (!m) continue;
    let agency: string | undefined;
    if (m.groups?.agency !== undefined) {
      const named = creditAgencies(m.groups.agency);
      if (named === undefined) continue;
      agency = named ?? undefined;
    }
    const outlet = m.groups?.outlet ? spaceCamelCase(m.groups.outlet.replace(/[.\s]+$/u, '')) : undefined;
    // "Jane Smith (now) and John Smith (earlier)": the shifts in brackets are no part of the names.
    let byline = m.groups?.names?.replace(/\s*\([^()]*\)/gu, '').trim();
    // A byline of one word is a wire agency ("By Reuters", "Par AFP") or no byline at all ("By Monday").
    if (byline && !/\s/u.test(byline)) {
      const wire = agencyName(byline);
      if (!wire) continue;
      agency ??= wire;
      byline = undefined;
    }
    return { outlet, byline, agency };
  }
  return undefined;
}

