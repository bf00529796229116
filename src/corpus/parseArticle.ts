/**
 * Turns one file's bytes into an Article, or a problem a user can act on. Front matter is read
 * with gray-matter; what it does not say is inferred from the text; page noise and credit
 * lines are kept out of the paragraphs.
 */
import matter from 'gray-matter';
import path from 'node:path';
import type { Article, ArticleMeta, CorpusProblem, Lang, Paragraph } from './article.js';
import { corpusProblem, type ProblemCode } from './problems.js';
import { agencyName, datelineAgency, datelineCode, isOwnInitials, isQuoteEndedTitle, readCredit, takeDateMarker, trailingWireAgency, TRAILING_WIRE_CODE } from './inferMetadata.js';
import { detectLang } from '../text/analyzer.js';
import { cleanText, normalizeForMatch, withoutMarkdownEmphasis } from '../text/normalize.js';
import { readDateStamp, readDayMonth } from '../text/dateStamp.js';
import { DATELINE, liveStampMinutes, stampLineMinutes } from '../text/dateline.js';
import { asksUnlabelledQuestion, interviewLabel, labelName } from '../text/interview.js';
import { classifyParagraphs, copyrightSite, isHeadingLike, isPageMarker, isSectionCut, mastheadName, isQuestionSubheading, isSubheading, splitBoxLabels, splitLiveGreetings, splitTrailingCredits } from '../text/noise.js';
import { splitParagraphs, splitSentences } from '../text/segment.js';

/** Files larger than this are reported, not loaded: no news article is this long. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
export const ARTICLE_EXTENSIONS = ['.md', '.txt'];

export type ParseResult = { ok: true; article: Article } | { ok: false; problem: CorpusProblem };

const fail = (file: string, code: ProblemCode, params: Record<string, string | number> = {}): ParseResult => ({ ok: false, problem: corpusProblem(file, code, params) });

/** Windows-1252's characters for the bytes 0x80–0x9F (empty: undefined in it). */
const WINDOWS_1252 = ['€', '', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '', 'Ž', '', '', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '', 'ž', 'Ÿ'];

/**
 * The file's text: UTF-8, or else Windows-1252 (Latin-1), the other encoding French and English
 * text files come in; null when it is no text at all (NUL bytes, or control characters throughout).
 */
function decodeText(bytes: Buffer): string | null {
  if (bytes.subarray(0, 8000).includes(0)) return null;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Node decodes "windows-1252" as ISO-8859-1: 0x80–0x9F (€ ’ œ … –) are mapped here.
    text = bytes.toString('latin1').replace(/[\x80-\x9F]/g, (c) => WINDOWS_1252[c.charCodeAt(0) - 0x80] || c);
  }
  const sample = text.slice(0, 8000);
  const control = (sample.match(/[\x01-\x08\x0E-\x1F\x7F-\x9F]/g) ?? []).length;
  return control / Math.max(1, sample.length) > 0.02 ? null : text;
}

/** A date-time that ends with an offset from UTC other than "Z". */
const LOCAL_OFFSET = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?[+-]\d{2}:?\d{2}$/;
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** Whether an ISO date or date-time, as written, exists on the calendar (no 30 February, no hour 25). */
function onCalendar(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  if (month !== undefined && (month < 1 || month > 12)) return false;
  if (day !== undefined && (day < 1 || day > new Date(Date.UTC(year!, month!, 0)).getUTCDate())) return false;
  return (hour ?? 0) <= 23 && (minute ?? 0) <= 59 && (second ?? 0) <= 59;
}

/**
 * `published` as written: an ISO date or date-time that exists on the calendar, undefined when it
 * is not one. YAML reads an unquoted date into a Date and rolls an impossible one over
 * ("2024-02-30" becomes 1 March), so the text as written (`written`) is checked, not the Date.
 */
function isoDate(value: unknown, written?: string): string | null | undefined {
  if (value === undefined || value === null || value === '') return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime()) || (written !== undefined && !onCalendar(written.trim()))) return undefined;
    // A date-time with its UTC offset stays as written: its date part is the article's own local date
    // ("2026-03-10T20:05:00-07:00" was published on 10 March, though it is already the 11th in UTC).
    if (written !== undefined && LOCAL_OFFSET.test(written.trim())) {
      return written
        .trim()
        .replace(' ', 'T')
        .replace(/:00(?:\.0+)?(?=[+-]\d{2}:?\d{2}$)/, '')
        .replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
    }
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace(/:00\.000Z$/, 'Z');
  }
  const s = String(value).trim();
  return onCalendar(s) ? s.replace(' ', 'T') : undefined;
}

/** The value of a front matter field as its YAML text says it (before YAML turns it into a Date). */
function writtenValue(frontMatter: string, key: string): string | undefined {
  const m = new RegExp(`^${key}[ \\t]*:[ \\t]*(['"]?)([^\\n#]*?)\\1[ \\t]*(?:#.*)?$`, 'm').exec(frontMatter);
  return m ? m[2] : undefined;
}

/** A text field; a list or a mapping where text is expected is broken front matter (undefined). */
function stringField(data: Record<string, unknown>, key: string): string | null | undefined {
  const v = data[key];
  if (v === undefined || v === null) return null;
  if (typeof v === 'object' && !(v instanceof Date)) return undefined;
  const s = String(v).trim();
  return s || null;
}

const TEXT_FIELDS = ['title', 'outlet', 'agency', 'url', 'byline', 'lang'] as const;

export function parseArticle(file: string, bytes: Buffer): ParseResult {
  const id = path.basename(file, path.extname(file));
  if (bytes.length === 0) return fail(file, 'empty');
  if (bytes.length > MAX_ARTICLE_BYTES) return fail(file, 'tooLarge', { bytes: bytes.length, limit: MAX_ARTICLE_BYTES });
  const decoded = decodeText(bytes);
  if (decoded === null) return fail(file, 'binary');

  let text = cleanText(decoded);
  let data: Record<string, unknown> = {};
  let frontMatter = '';
  if (/^---\s*\n/.test(text) || path.extname(file) === '.md') {
    try {
      // gray-matter caches by content; pass a fresh options object to skip the cache.
      const parsed = matter(text, {});
      data = (parsed.data ?? {}) as Record<string, unknown>;
      frontMatter = parsed.matter ?? '';
      text = parsed.content;
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      return fail(file, 'brokenFrontMatter', { detail: reason });
    }
    if (typeof data !== 'object' || Array.isArray(data)) return fail(file, 'brokenFrontMatter', { detail: 'not a set of fields' });
  }
  if (!text.trim()) return fail(file, 'noText');

  const dateKey = data.published !== undefined ? 'published' : 'date';
  const writtenDate = data[dateKey] instanceof Date ? writtenValue(frontMatter, dateKey) : undefined;
  const published = isoDate(data[dateKey], writtenDate);
  if (published === undefined) return fail(file, 'badDate', { value: writtenDate ?? String(data[dateKey]) });
  const broken = TEXT_FIELDS.find((key) => stringField(data, key) === undefined);
  if (broken) return fail(file, 'notText', { field: broken });
  const langField = stringField(data, 'lang') ?? null;
  if (langField && langField !== 'fr' && langField !== 'en') return fail(file, 'badLang', { value: langField });

  const marker = takeDateMarker(text);
  text = marker.text;

  const meta: ArticleMeta = {
    title: stringField(data, 'title') ?? null,
    outlet: stringField(data, 'outlet') ?? null,
    agency: stringField(data, 'agency') ?? null,
    url: stringField(data, 'url') ?? null,
    published: published ?? marker.published ?? null,
    lang: (langField as Lang | null) ?? detectLang(text),
    byline: stringField(data, 'byline') ?? null,
  };

  const { paragraphs, removed, inferred } = buildParagraphs(text);
  if (paragraphs.length === 0) return fail(file, 'noTextAfterNoise');
  meta.title ??= inferred.title ?? null;
  meta.outlet ??= inferred.outlet ?? null;
  // "PARIS (CP) —" in Continental Press: the outlet's own initials credit the outlet itself, not the agency they stand for elsewhere.
  const ownCode = meta.agency === null && meta.outlet !== null && inferred.agencyCode !== undefined && isOwnInitials(inferred.agencyCode, meta.outlet);
  meta.agency ??= ownCode ? meta.outlet : inferred.agency ?? null;
  meta.published ??= inferred.published ?? datelineDate(inferred.datelineDay, id) ?? null;
  meta.byline ??= inferred.byline ?? null;

  return { ok: true, article: { id, file, ...meta, paragraphs, removed } };
}

interface Built {
  paragraphs: Paragraph[];
  removed: Article['removed'];
  /** agencyCode: the code the agency was read from ("CP" of "PARIS (CP) —"). */
  inferred: { title?: string; agency?: string; agencyCode?: string; outlet?: string; published?: string; byline?: string; datelineDay?: { month: number; day: number } };
}

/** How many days a dateline's day may lie from the date in the file's name and still take its year. */
const DATELINE_FILE_DAYS = 3;

/**
 * The publication date a wire dateline gives ("LYON, June 3 (Reuters) -") when nothing else
 * does. A dateline prints no year: it is taken from a date in the file's name
 * ("reuters-2025-06-03"), and only when that date is within a few days of the dateline's day (the
 * two agree); without such a name the date stays unknown.
 */
function datelineDate(day: { month: number; day: number } | undefined, id: string): string | undefined {
  const named = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/u.exec(id);
  if (!day || !named) return undefined;
  const file = Date.UTC(Number(named[1]), Number(named[2]) - 1, Number(named[3]));
  for (const year of [Number(named[1]), Number(named[1]) - 1, Number(named[1]) + 1]) {
    const at = Date.UTC(year, day.month - 1, day.day);
    // A day the month has not (31 June) rolls over into the next month: no date.
    if (new Date(at).getUTCDate() !== day.day) continue;
    if (Math.abs(at - file) <= DATELINE_FILE_DAYS * 86_400_000) return new Date(at).toISOString().slice(0, 10);
  }
  return undefined;
}

function buildParagraphs(text: string): Built {
  const raw = splitLiveGreetings(splitTrailingCredits(splitBoxLabels(splitParagraphs(withoutMarkdownEmphasis(text), (line) => isSectionCut(line) || isPageMarker(line)))));
  const verdicts = classifyParagraphs(raw);
  const removed: Article['removed'] = [];
  const inferred: Built['inferred'] = {};
  const kept: string[] = [];

  raw.forEach((p, i) => {
    if (verdicts[i].keep) kept.push(p);
    else {
      removed.push({ text: p, reason: verdicts[i].reason! });
      if (verdicts[i].reason === 'date-stamp') inferred.published ??= readDateStamp(p);
    }
  });

  inferred.title = titleAboveStamp(raw, verdicts);
  const subheadings = findSubheadings(kept);
  const paragraphs: Paragraph[] = [];
  /** The agency of a dateline: the outlet only when no credit names the publication ("Par Le Progrès (avec AFP)"). */
  let datelineOutlet: string | undefined;
  for (let [i, p] of kept.entries()) {
    if (subheadings.has(i)) {
      removed.push({ text: p, reason: 'subheading' });
      continue;
    }
    const printed = DATELINE.exec(p)?.[0];
    if (printed) inferred.datelineDay ??= readDayMonth(printed);
    const dateline = datelineAgency(p);
    if (dateline) {
      if (!inferred.agency) inferred.agencyCode = datelineCode(p);
      inferred.agency ??= dateline;
      // A wire dispatch under its own dateline is the agency's own publication.
      datelineOutlet ??= dateline;
    }
    const wire = trailingWireAgency(p);
    if (wire) {
      if (!inferred.agency) inferred.agencyCode = TRAILING_WIRE_CODE.exec(p)![1];
      inferred.agency ??= wire;
      removed.push({ text: TRAILING_WIRE_CODE.exec(p)![0].trim(), reason: 'credit' });
      p = p.replace(TRAILING_WIRE_CODE, '');
    }
    const sentences = splitSentences(p).filter((s) => {
      const credit = readCredit(s.text);
      if (!credit) return true;
      inferred.outlet ??= credit.outlet;
      inferred.byline ??= credit.byline;
      inferred.agency ??= credit.agency;
      removed.push({ text: s.text, reason: 'credit' });
      return false;
    });
    if (sentences.length === 0) continue;
    const body = sentences.map((s) => s.text).join(' ');
    // The first line may be a title that ends on a quotation ("Grève : les contrôleurs « à bout »").
    const title = sentences.length === 1 && (isHeadingLike(body) || (paragraphs.length === 0 && isQuoteEndedTitle(body)));
    const kind = title ? 'heading' : 'text';
    if (kind === 'heading' && !inferred.title && paragraphs.length < 3 && body.split(/\s+/).length >= 4) inferred.title = body;
    paragraphs.push({ index: paragraphs.length, kind, text: body, sentences: splitSentences(body) });
  }
  // The page's own copyright notice names the site ("© 2025 The Courier Ltd."); a wire agency's notice names the agency, not the outlet.
  // A masthead that prints the first words of the notice's name ("CAPITAL NEWS" over "© Capital News Media Ltd.") names the outlet; the notice, its company.
  const notice = copyrightSite(raw);
  const masthead = raw.find((_, i) => verdicts[i].reason === 'masthead');
  const site = notice && masthead ? mastheadName(masthead, notice) ?? notice : notice;
  if (site && !agencyName(site)) inferred.outlet ??= site;
  inferred.outlet ??= datelineOutlet;
  return { paragraphs, removed, inferred };
}

/** A rubric label in capitals opening a headline ("ANALYSE. Retraites : …", "EXCLUSIVE. …"): no part of the title. */
const RUBRIC_LABEL = /^\p{Lu}{3,}(?:[\s-]\p{Lu}{2,})*\.\s+(?=\p{Lu})/u;
/** At most this many words in a headline printed above its stamp or byline. */
const STAMPED_TITLE_WORDS = 40;
/** A standfirst bullet under a headline ("• Boss axed hours after defeat"). */
const BULLET = /^[•·*▪►–-]\s/u;

/**
 * The headline of a web page: the line printed right above its date stamp or byline ("Publié le
 * 10/11/2025…", "By Jane Smith"), standfirst bullets apart, before any prose. A page opens with a
 * cookie banner, menus and widgets above its headline: the first heading of the page is not its title.
 * A line with a final period (a sentence), or of fewer than four words, is no headline.
 */
function titleAboveStamp(raw: string[], verdicts: { keep: boolean; reason?: string }[]): string | undefined {
  const isStamp = (i: number) => verdicts[i].reason === 'date-stamp' || (verdicts[i].keep && isHeadingLike(raw[i]) && readCredit(raw[i])?.byline !== undefined);
  for (let i = 0; i < raw.length; i++) {
    const kept = verdicts[i].keep;
    const stamp = isStamp(i);
    // Prose before any stamp: the page has none above its text. A headline printed as sentences sits right above its stamp.
    // A short question ("… mais à quel prix ?") may be the headline itself, above the outlet's name and the stamp.
    const question = /\?\s*$/u.test(raw[i]) && isSentenceHeadline(raw[i].trim());
    if (kept && !stamp && !isHeadingLike(raw[i]) && !/[^.!?…]\s*$/u.test(raw[i]) && !question && !(i + 1 < raw.length && isStamp(i + 1) && isSentenceHeadline(raw[i].trim()))) return undefined;
    if (!stamp) continue;
    // A wire page prints its own headline in capitals right above its stamp: dropped as a related
    // story's headline, it is the title all the same (other stories' headlines are not stamped).
    if (i > 0 && verdicts[i - 1].reason === 'capitals-headline' && raw[i - 1].trim().split(/\s+/u).length >= 4) return raw[i - 1].trim();
    // The block of kept lines right above the stamp (a dropped line, menu or banner, ends it): its
    // topmost headline-like line is the title, a standfirst or bullets under it are not.
    let title: string | undefined;
    /** The first line above the stamp, bullets apart: a headline printed as sentences when nothing above it is one. */
    let first: string | undefined;
    let j = i - 1;
    for (; j >= 0 && verdicts[j].keep; j--) {
      const line = raw[j].trim();
      if (BULLET.test(line)) continue;
      const words = line.split(/\s+/u).length;
      first ??= line;
      // A headline may ask a question ("Retraites : Castagnet sauvée, mais à quel prix ?"); a final period makes a sentence.
      if (words >= 4 && words <= STAMPED_TITLE_WORDS && !/[.!…]\s*$/u.test(line) && !/[«»“”"]/u.test(line)) title = line.replace(RUBRIC_LABEL, '');
      else if (words >= 4) break;
    }
    // "Thieves took a painting in seven minutes. Experts say it was at risk." right above the
    // byline, under a section label ("Museums") or page furniture only: the headline, not a standfirst.
    if (!title && first !== undefined && j >= 0 && raw[j].trim() === first && isSentenceHeadline(first) && !headlineAbove(raw, verdicts, j)) title = first;
    return title;
  }
  return undefined;
}

/** At most this many sentences in a headline printed as sentences. */
const HEADLINE_SENTENCES = 2;

/** A short line of one or two sentences, without a quotation (a quoted sentence is someone's words). */
function isSentenceHeadline(line: string): boolean {
  const words = line.split(/\s+/u).length;
  return words >= 4 && words <= STAMPED_TITLE_WORDS && !/[«»“”"]/u.test(line) && splitSentences(line).length <= HEADLINE_SENTENCES;
}

/** Whether a kept line of four words or more stands above line `at` in its block (then the line at `at` is a standfirst). */
function headlineAbove(raw: string[], verdicts: { keep: boolean }[], at: number): boolean {
  for (let k = at - 1; k >= 0 && verdicts[k].keep; k--) if (raw[k].trim().split(/\s+/u).length >= 4) return true;
  return false;
}

/** A heading made of a quotation alone ("'A first step, not a reconciliation'", "« Un premier pas »"). */
const QUOTED_HEADING = /^\s*['‘’"“«]\s*(?<words>[^'‘’"“”«»]{3,120}?)\s*['’"”»]\s*$/u;
/** At most this many words in a quoted entry heading. */
const QUOTED_HEADING_WORDS = 12;

/**
 * A quoted heading over the paragraph that quotes the same words with their speaker (a live blog's
 * entry heading): it repeats the paragraph's quotation without its speaker, the paragraph tells it.
 */
function quotesNext(heading: string, next: string): boolean {
  const words = QUOTED_HEADING.exec(heading)?.groups?.words;
  if (!words || words.split(/\s+/u).length > QUOTED_HEADING_WORDS) return false;
  return normalizeForMatch(next).includes(normalizeForMatch(words).replace(/[.,;:!?…]+$/u, ''));
}

/**
 * The subheadings among the kept paragraphs: a short title line between two paragraphs of prose
 * ("Une deuxième suspicion", "Talks resume", "Who won, who lost?"). It structures the page but says nothing a passage
 * should answer with; the prose it heads is kept. Lines before the body (title, kicker) and
 * credits ("Par Jeanne Roux") are not subheadings.
 */
/** A line opening with an interview's question label ("Q : …", "Question: …"), in either language. */
const asksInterviewQuestion = (line: string) => (['fr', 'en'] as const).some((lang) => interviewLabel(line, lang) === 'question');
/**
 * "Launch Review: Is it over?" then "Priya Raman: For now, yes.": a question one name puts and
 * another name's line answers is a turn of an interview, however short, not a subheading.
 */
function asksNamedQuestion(line: string, next: string | undefined): boolean {
  const asker = labelName(line);
  const answerer = next === undefined ? undefined : labelName(next);
  return (/\?\s*$/u.test(line) && asker !== undefined && answerer !== undefined && asker !== answerer) || asksUnlabelledQuestion(line, next);
}

function findSubheadings(kept: string[]): Set<number> {
  const found = new Set<number>();
  let prose = false;
  kept.forEach((p, i) => {
    const next = kept[i + 1];
    // An interview's short question line ("Q : Qu'est-ce qui a pu céder ?") is the question the next answer answers, and the
    // line heading the interview ("Trois questions à X, ingénieure") names who answers: neither is a mere subheading.
    if (asksInterviewQuestion(p) || (next !== undefined && asksInterviewQuestion(next)) || asksNamedQuestion(p, next)) {
      prose = true;
      return;
    }
    // A live blog's clock stamp on a line of its own ("23:32"), or opening the entry's headline ("10:05 — Mayday off
    // the coast"), opens an entry and tells its day (src/timeline/liveEntries.ts): no subheading to drop.
    if (stampLineMinutes(p) !== null || liveStampMinutes(p) !== null) return;
    if (prose && next !== undefined && !isHeadingLike(next) && (isSubheading(p) || isQuestionSubheading(p) || quotesNext(p, next)) && !readCredit(p)) found.add(i);
    else if (!isHeadingLike(p)) prose = true;
  });
  return found;
}
