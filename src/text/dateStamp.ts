/**
 * Publication stamps: a line that gives the date (and time) an article was published or
 * updated, in figures ("14.09.2023, 03:59", "Updated 16/05/2024 10:05", "date 2024-05-17") or in words
 * ("Publié le mercredi 15 mai 2024 à 18h32", "Published May 15, 2024 6:32 pm"). Month and
 * weekday names come from src/lang/dates.ts, the stamp's other words from src/lang/.
 */
import { dateWords } from '../lang/dates.js';
import { languages, timeZones } from '../lang/index.js';
import { escapeRegExp as escape, foldAccents } from './normalize.js';

const fold = (s: string) => foldAccents(s.toLowerCase()).replace(/’/g, "'");
const byLength = (a: string, b: string) => b.length - a.length;

/** Folded month name or abbreviation → month number (1–12). */
const MONTHS = new Map<string, number>();
for (const lang of [dateWords.fr, dateWords.en]) {
  lang.months.forEach((names, i) => {
    for (const name of names) MONTHS.set(fold(name).replace(/\.$/, ''), i + 1);
  });
}
const MONTH = `(${[...MONTHS.keys()].sort(byLength).map(escape).join('|')})\\.?`;
const WEEKDAYS = [dateWords.fr, dateWords.en].flatMap((l) => l.weekdays.flat()).map((w) => fold(w).replace(/\.$/, ''));
const STAMP_WORDS = [...languages.fr.dateStampWords, ...languages.en.dateStampWords, ...Object.keys(timeZones)].map(fold);
const ZONE_NAMES = Object.keys(timeZones).map(fold).sort(byLength).map(escape).join('|');
/**
 * A zone printed right after the time, on folded text: "gmt+1", "utc -05:00", "+01:00", "z",
 * "cet", "(edt)". Groups: zone name, sign, hours, minutes.
 */
const ZONE = new RegExp(String.raw`^\s*\(?\s*(?:(${ZONE_NAMES})(?:\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?)?|([+-])(\d{2}):?(\d{2}))(?![\p{L}\d])`, 'u');

/** An optional time after the date, on folded text ("à 18h32" → "a 18h32", "at 6:32 pm"). */
const TIME = String.raw`(?:,?\s*(?:a|at|-)?\s*(\d{1,2})\s*[:h.]\s*(\d{2})\s*(am|pm|a\.m\.|p\.m\.)?)?`;
/** "2024-05-17", "2023-09", "2024-05-17T10:05", "2024-05-17T10:05:00+02:00" (a "date 2024-05-17" line under the title). */
const ISO = /(?<![\d-])(\d{4})-(\d{2})(?:-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?)?(?![\d])/u;
/** "14.09.2023", "13/09/2023, 03:59". */
const FIGURES = new RegExp(String.raw`(\d{1,2})[./](\d{1,2})[./](\d{4})` + TIME, 'u');
/** "15 mai 2024", "1er mai 2024", "15 May 2024". */
const DAY_MONTH = new RegExp(String.raw`(?<![\p{L}\d])(\d{1,2})(?:er|st|nd|rd|th)?\s+${MONTH}\s+(\d{4})` + TIME, 'u');
/** "May 15, 2024", "Sept. 13 2023". */
const MONTH_DAY = new RegExp(String.raw`(?<![\p{L}\d])${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})` + TIME, 'u');
const all = (pattern: RegExp) => new RegExp(pattern.source, 'gu');
const ALL_FIGURES = all(FIGURES);
const ALL_DAY_MONTH = all(DAY_MONTH);
const ALL_MONTH_DAY = all(MONTH_DAY);
/** A time printed without a date, on folded text: "mis a jour a 19h05", "updated 7:05pm". */
const LONE_TIME = /(?<![\p{L}\d])\d{1,2}\s*[:h.]\s*\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?(?![\p{L}\d])/gu;
/** A word that makes a time printed without a date a stamp: "Live · Updated 21:30", « Mis à jour à 19h05 ». */
const STAMP_VERB = new RegExp(`(?<![\\p{L}\\d])(?:${[...languages.fr.stampVerbs, ...languages.en.stampVerbs].map(fold).sort(byLength).map(escape).join('|')})(?![\\p{L}\\d])`, 'u');
const AGO = [languages.fr.stampAgo, languages.en.stampAgo];
const agoWords = (pick: (a: (typeof AGO)[number]) => string[]) => [...new Set(AGO.flatMap(pick).map(fold))].sort(byLength).map(escape).join('|');
const AGO_COUNT = `(?:\\d{1,3}|${agoWords((a) => a.one)})\\s*(?:${agoWords((a) => a.units)})`;
/** A time told relative to now, on folded text: "il y a 2 heures", "2 hours ago", "an hour ago". */
const ALL_AGO = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:${agoWords((a) => a.before)})\\s+${AGO_COUNT}|${AGO_COUNT}\\s+(?:${agoWords((a) => a.after)}))(?![\\p{L}\\d])`,
  'gu',
);
const ANY_WORD = new RegExp(`(?<![\\p{L}\\d])(?:${[...WEEKDAYS, ...STAMP_WORDS].sort(byLength).map(escape).join('|')})(?![\\p{L}\\d])`, 'gu');

function iso(y: string, mo: number, d: string, h?: string, mi?: string, half?: string): string | undefined {
  const day = Number(d);
  if (mo < 1 || mo > 12 || day < 1 || day > 31) return undefined;
  const date = `${y}-${String(mo).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (h === undefined || mi === undefined) return date;
  let hour = Number(h);
  if (half?.startsWith('p') && hour < 12) hour += 12;
  if (half?.startsWith('a') && hour === 12) hour = 0;
  return hour < 24 ? `${date}T${String(hour).padStart(2, '0')}:${mi}` : date;
}

/** The offset from UTC, in minutes, of a zone printed at the start of `rest`; undefined when none is. */
function zoneOffset(rest: string): number | undefined {
  const z = ZONE.exec(rest);
  if (!z) return undefined;
  const [, name, sign, hours, minutes, isoSign, isoHours, isoMinutes] = z;
  const printed = (s: string, h: string, mi = '0') => (s === '-' ? -1 : 1) * (Number(h) * 60 + Number(mi));
  if (isoSign) return printed(isoSign, isoHours, isoMinutes);
  return timeZones[name] + (sign ? printed(sign, hours, minutes) : 0);
}

/**
 * A stamp's date-time with the zone printed after it: its local time with the offset
 * ("2025-03-11T18:12+01:00"), as front matter's "2025-03-11T18:12:00+01:00" is stored, so the
 * article keeps its own local date; a zone of no offset is UTC ("…T17:12Z"). Without a zone the
 * time stays local, as printed.
 */
function withZone(local: string | undefined, rest: string): string | undefined {
  if (!local || local.length < 16) return local;
  const offset = zoneOffset(rest);
  if (offset === undefined || Number.isNaN(offset)) return local;
  if (offset === 0) return `${local}Z`;
  const abs = Math.abs(offset);
  return `${local}${offset < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const BYLINE_WORDS = [...languages.fr.stampBylineWords, ...languages.en.stampBylineWords].flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]).map(escape).join('|');
const STAMP_NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}`;
/** Several names in a byline: "Jane Smith and John Smith", "Jeanne Roux et Paul Blanc", "A, B & C". */
const STAMP_NAMES = String.raw`${STAMP_NAME}(?:\s*(?:,|&|\bet\b|\band\b)\s*${STAMP_NAME}){0,3}`;
/** The writer's desk or outlet after a comma, a few words without sentence punctuation: ", Health Desk", ", service Politique". */
const STAMP_DESK = String.raw`(?:\s*,\s*[\p{L}][\p{L}'’&-]*(?:\s+[\p{L}][\p{L}'’&-]*){0,4})?`;

/**
 * A byline closing a stamp line, on the line as printed: "… at 10:20 by Skyline Staff", "… à 10h20 par
 * Jeanne Roux", "Posted June 3, 2026 by Jane Smith, Health Desk", "Publié le 3 juin 2026 par Jeanne
 * Roux et Paul Blanc", after a bar and a role word "… at 09:30 | Interview by Sam Whitfield" (one to
 * four capitalised words a name, up to four names, then maybe the writer's desk).
 */
const STAMP_BYLINE = new RegExp(String.raw`(?:\s*[|·•]\s*(?:\p{Lu}\p{Ll}+\s+)?|\s+)(?:${BYLINE_WORDS})\s+${STAMP_NAMES}${STAMP_DESK}\s*$`, 'u');

/**
 * A byline opening a stamp line, before a dash or a bar: "Par Mathilde Roussel - Publié le …",
 * "By Jane Smith and John Smith | Updated …".
 */
const LEADING_STAMP_BYLINE = new RegExp(String.raw`^\s*(?:${BYLINE_WORDS})\s+${STAMP_NAMES}\s*[-–—|·•]\s*`, 'u');

/** A place opening a statement's date line: one to four capitalised words (maybe hyphenated), then a comma. */
const PLACE_BEFORE_DATE = /^\s*\p{Lu}[\p{L}'’.]*(?:[\s-]+\p{Lu}[\p{L}'’.]*){0,3}\s*,\s*/u;

/** The date (and time) a stamp line gives, as ISO; undefined when it holds none. */
export function readDateStamp(line: string): string | undefined {
  const text = fold(line);
  const after = (m: RegExpExecArray) => text.slice(m.index + m[0].length);
  let m = ISO.exec(text);
  if (m) return m[3] === undefined ? `${m[1]}-${m[2]}` : withZone(iso(m[1], Number(m[2]), m[3], m[4], m[5]), after(m));
  m = FIGURES.exec(text);
  if (m) return withZone(iso(m[3], Number(m[2]), m[1], m[4], m[5], m[6]), after(m));
  m = DAY_MONTH.exec(text);
  if (m) return withZone(iso(m[3], MONTHS.get(m[2])!, m[1], m[4], m[5], m[6]), after(m));
  m = MONTH_DAY.exec(text);
  if (m) return withZone(iso(m[3], MONTHS.get(m[1])!, m[2], m[4], m[5], m[6]), after(m));
  return undefined;
}

/**
 * Whether a line is a stamp and nothing else: mostly figures ("14.09.2023, 03:59"), or a date
 * in words whose other words are all stamp words ("Mis à jour le jeudi 16 mai 2024 à 10h05"),
 * maybe with a time told relative to now ("June 3, 2025 5:41 PM GMT+2 Updated 2 hours ago",
 * "Mis à jour il y a 3 heures").
 */
export function isDateStamp(printed: string): boolean {
  // "Posted March 3, 2026 at 10:20 by Skyline Staff": the stamp with its byline is a stamp all the same.
  let line = printed.replace(STAMP_BYLINE, '').replace(LEADING_STAMP_BYLINE, '');
  // « Port-Royal, le 3 mars 2026 », "Kingsport, 3 March 2026": a statement's place and date, before its text.
  const place = PLACE_BEFORE_DATE.exec(line);
  if (place && readDateStamp(line.slice(place[0].length)) !== undefined) line = line.slice(place[0].length);
  if (line.length > 80) return false;
  const digits = line.replace(/[^\d]/g, '').length;
  if (digits >= 6 && line.replace(/[^\p{L}]/gu, '').length <= 12) return true;
  const text = fold(line);
  // A stamp may tell its time relative to now ("Updated 2 hours ago"), with or without a date, or
  // give only a time after a stamp word ("Live · Updated 21:30"; "21:30" alone is a live blog's entry time).
  const relative = text.replace(ALL_AGO, ' ');
  const timeOnly = text.replace(LONE_TIME, ' ') !== text && STAMP_VERB.test(text);
  if (readDateStamp(line) === undefined && relative === text && !timeOnly) return false;
  // Every date of the line goes, with its time: "Publié le … à 18h32 - Mis à jour le … à 19h05".
  const rest = text
    .replace(ALL_DAY_MONTH, ' ')
    .replace(ALL_MONTH_DAY, ' ')
    .replace(ALL_FIGURES, ' ')
    .replace(LONE_TIME, ' ')
    .replace(ALL_AGO, ' ')
    .replace(ANY_WORD, ' ');
  return rest.replace(/[^\p{L}]/gu, '').length === 0;
}

/** "3 juin", "June 3", "Sept. 13": a day and month without a year, on folded text. */
const DAY_OF_MONTH = new RegExp(String.raw`(?<![\p{L}\d])(?:(\d{1,2})(?:er|st|nd|rd|th)?\s+${MONTH}|${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?)(?![\p{L}\d])`, 'u');

/**
 * The day and month a wire dateline prints without a year ("LYON, June 3 (Reuters) -",
 * "GENÈVE, 3 juin (AFP) -"); undefined when it prints none.
 */
export function readDayMonth(text: string): { month: number; day: number } | undefined {
  const m = DAY_OF_MONTH.exec(fold(text));
  if (!m) return undefined;
  const month = MONTHS.get(m[2] ?? m[3])!;
  const day = Number(m[1] ?? m[4]);
  return day >= 1 && day <= 31 ? { month, day } : undefined;
}
