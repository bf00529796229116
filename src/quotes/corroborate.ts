/**
 * Corroboration: the same quotation reported by several outlets (the same words, nearly the
 * same words, or another translation of it) becomes one group listing every article. Groups
 * never join two different speakers; a report that does not name the speaker takes the
 * speaker the other outlets give.
 */
import type { Lang } from '../corpus/article.js';
import { contentWords, stem } from '../text/analyzer.js';
import { normalizeForMatch } from '../text/normalize.js';
import { cognateKey, linkKey } from '../text/translate.js';
import type { Quotation } from './extractQuotes.js';
import type { Speaker } from './speakerRegistry.js';

/** A report as the store keeps it: the article-level cast member gives way to the corpus-wide speaker. */
export interface AttributedQuotation extends Omit<Quotation, 'speaker'> {
  /** The corpus-wide speaker; null when the article does not say. */
  speakerRef: Speaker | null;
}

export interface QuoteGroup {
  id: string;
  /** Every report of the quotation, in corpus order. */
  members: AttributedQuotation[];
  speaker: Speaker | null;
  kind: 'direct' | 'indirect';
}

/** Share of the shorter quotation's words the other must hold to be the same quotation. */
export const SAME_QUOTE_OVERLAP = 0.75;
/** A longer report may hold the quotation with more around it, within this length ratio. */
const MAX_LENGTH_RATIO = 3;
const MIN_WORDS = 3;
/** Reports compared through one probe word at most (see groupQuotations). */
const MAX_PROBE_REPORTS = 500;

function stems(q: Pick<Quotation, 'quote' | 'lang'>): Set<string> {
  return new Set(contentWords(q.quote).map((w) => stem(w, q.lang)));
}

export function sameQuotation(
  a: AttributedQuotation,
  b: AttributedQuotation,
  wa = stems(a),
  wb = stems(b),
  na = normalizeForMatch(a.quote),
  nb = normalizeForMatch(b.quote),
): boolean {
  if (a.articleId === b.articleId || a.kind !== b.kind) return na === nb && a.articleId !== b.articleId;
  if (a.speakerRef && b.speakerRef && a.speakerRef.id !== b.speakerRef.id) return false;
  if (na === nb) return true;
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  if (small.size < MIN_WORDS || large.size > small.size * MAX_LENGTH_RATIO) return false;
  let common = 0;
  for (const w of small) if (large.has(w)) common++;
  return common / small.size >= SAME_QUOTE_OVERLAP;
}

/**
 * Groups the reports of each quotation. Pairs are not all compared: a report is only compared
 * with the reports sharing one of its rarest words (enough of them that a pair meeting
 * SAME_QUOTE_OVERLAP must share one), so grouping stays near-linear on large corpora.
 */
export function groupQuotations(quotations: AttributedQuotation[]): QuoteGroup[] {
  const words = quotations.map(stems);
  const parent = quotations.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  // Speakers named in each group, so a join never puts two speakers together through a third report.
  const speakersOf = new Map<number, Set<string>>();
  quotations.forEach((q, i) => speakersOf.set(i, new Set(q.speakerRef ? [q.speakerRef.id] : [])));
  const speakerById = new Map(quotations.flatMap((q) => (q.speakerRef ? [[q.speakerRef.id, q.speakerRef] as const] : [])));
  const join = (i: number, j: number) => {
    const [ri, rj] = [find(i), find(j)];
    if (ri === rj) return;
    const [si, sj] = [speakersOf.get(ri)!, speakersOf.get(rj)!];
    if (si.size && sj.size && ![...si].some((s) => sj.has(s)) && !rolesFitOneName([...si, ...sj].map((id) => speakerById.get(id)!))) return;
    parent[ri] = rj;
    speakersOf.set(rj, new Set([...si, ...sj]));
    speakersOf.delete(ri);
  };

  const texts = quotations.map((q) => normalizeForMatch(q.quote));
  const same = (i: number, j: number) => sameQuotation(quotations[i], quotations[j], words[i], words[j], texts[i], texts[j]);
  // Reports printing the same words: the first stands for the others, which join it directly,
  // so a quotation relayed by a thousand articles is compared with the rest once.
  const copies = new Map<string, number[]>();
  const isFirst = texts.map((key, i) => {
    const list = copies.get(key);
    if (list) list.push(i);
    else copies.set(key, [i]);
    return !list;
  });
  const postings = new Map<string, number[]>();
  words.forEach((set, i) => {
    if (!isFirst[i]) return;
    for (const w of set) (postings.get(w) ?? postings.set(w, []).get(w)!).push(i);
  });

  // Which report last compared itself with each report (i + 1), and each report's number of words.
  const seenBy = new Int32Array(quotations.length);
  const sizes = Int32Array.from(words, (set) => set.size);
  for (let i = 0; i < quotations.length; i++) {
    if (!isFirst[i]) {
      // Join an earlier copy (a few are tried: one may be in the same article, or of another kind).
      const earlier = copies.get(texts[i])!.slice(0, 4).filter((j) => j < i);
      for (const j of earlier) if (find(i) !== find(j) && same(i, j)) join(i, j);
      // A copy that joined none (another speaker named) is compared like any other report.
      if (earlier.some((j) => find(i) === find(j))) continue;
    }
    const own = [...words[i]].sort((a, b) => (postings.get(a)?.length ?? 0) - (postings.get(b)?.length ?? 0));
    if (own.length < MIN_WORDS) continue;
    // As the smaller side of a pair, i shares at least one of these with the other report.
    const probes = own.slice(0, Math.floor((1 - SAME_QUOTE_OVERLAP) * own.length) + 1);
    for (const w of probes) {
      const reports = postings.get(w) ?? [];
      // A word in that many reports tells no quotation apart: comparing through it would be quadratic.
      if (reports.length > MAX_PROBE_REPORTS) continue;
      for (const j of reports) {
        if (j === i || seenBy[j] === i + 1 || sizes[j] < sizes[i] || (sizes[j] === sizes[i] && j > i)) continue;
        seenBy[j] = i + 1;
        if (find(i) !== find(j) && same(i, j)) join(i, j);
      }
    }
  }
  echoedHeadings(quotations, texts).forEach(([heading, body]) => join(heading, body));
  // Translations: a French and an English report of one quotation, joined once each side is grouped in its language.
  const langsOf = new Map<number, Set<Lang>>();
  quotations.forEach((q, i) => {
    const root = find(i);
    (langsOf.get(root) ?? langsOf.set(root, new Set()).get(root)!).add(q.lang);
  });
  for (const [i, j] of translatedPairs(quotations, isFirst)) {
    const [ri, rj] = [find(i), find(j)];
    if (ri === rj) continue;
    const [li, lj] = [langsOf.get(ri)!, langsOf.get(rj)!];
    // Each side joins one report of the other language at most: two quotations of one language never meet through a translation.
    if (li.has(quotations[j].lang) || lj.has(quotations[i].lang)) continue;
    join(i, j);
    if (find(i) === ri) continue;
    langsOf.set(find(i), new Set([...li, ...lj]));
  }
  const byRoot = new Map<number, AttributedQuotation[]>();
  quotations.forEach((q, i) => {
    const root = find(i);
    (byRoot.get(root) ?? byRoot.set(root, []).get(root)!).push(q);
  });
  return [...byRoot.values()].map((members) => ({ id: members[0].id, members, speaker: majoritySpeaker(members), kind: members[0].kind }));
}

/** Share of the shorter quotation's words the other must hold, through the lexicon, to be its translation. */
export const TRANSLATION_OVERLAP = 0.5;
/** Words the shorter of a quotation and its translation must hold: a few words are too easily shared by two statements. */
const MIN_TRANSLATED_WORDS = 3;

/**
 * A quotation's words as both languages share them: the lexicon's key for a word it knows
 * ("grève" and "strike" alike), the cognate key otherwise (names, numbers, words spelled alike or
 * nearly in both languages: "Marvik", "2030", « carbone » / "carbon", see `cognateKey`).
 */
function sharedTerms(q: Pick<Quotation, 'quote' | 'lang'>): Set<string> {
  return new Set(contentWords(q.quote).map((w) => linkKey(w, q.lang) ?? cognateKey(w)));
}

const isNumber = (term: string) => /^\d/.test(term);

/**
 * Whether two reports in different languages print one quotation: the same speaker named on
 * both sides, and the shorter's words, read through the lexicon, are mostly in the other; a
 * number of one missing from the other tells two statements apart.
 */
export function sameTranslatedQuotation(a: AttributedQuotation, b: AttributedQuotation, ta = sharedTerms(a), tb = sharedTerms(b)): boolean {
  if (a.lang === b.lang || a.kind !== b.kind || a.articleId === b.articleId) return false;
  if (!a.speakerRef || !b.speakerRef || (a.speakerRef.id !== b.speakerRef.id && !rolesFitOneName([a.speakerRef, b.speakerRef]))) return false;
  const [small, large, longer] = ta.size <= tb.size ? [ta, tb, b] : [tb, ta, a];
  if (small.size < MIN_TRANSLATED_WORDS) return false;
  if (large.size <= small.size * MAX_LENGTH_RATIO && translates(small, large)) return true;
  // One report may print only one sentence of the words the other prints in full ("La commune n'a aucun pouvoir… Les
  // panneaux étaient là." and "The municipality has no power…"): the shorter is then that sentence's translation.
  const sentences = longer.quote.split(/(?<=[.!?…])\s+(?=\P{Ll})/u);
  return sentences.length > 1 && sentences.some((sentence) => {
    const terms = sharedTerms({ quote: sentence, lang: longer.lang });
    const [few, many] = terms.size <= small.size ? [terms, small] : [small, terms];
    return few.size >= MIN_TRANSLATED_WORDS && many.size <= few.size * MAX_LENGTH_RATIO && translates(few, many);
  });
}

/** The smaller set's terms are mostly in the larger, and none of its numbers is missing there. */
function translates(small: Set<string>, large: Set<string>): boolean {
  let common = 0;
  for (const t of small) {
    if (large.has(t)) common++;
    else if (isNumber(t)) return false;
  }
  return common / small.size >= TRANSLATION_OVERLAP;
}

/**
 * Pairs of reports in different languages by one named speaker that print one quotation (see
 * sameTranslatedQuotation); only the first report of each wording is compared, and only with
 * reports of its speaker sharing one of its rarest terms.
 */
function translatedPairs(quotations: AttributedQuotation[], isFirst: boolean[]): [number, number][] {
  const terms = new Map<number, Set<string>>();
  const postings = new Map<string, number[]>();
  // A speaker known only by a role ("la ministre des Transports") may be the person another language's report names: their
  // reports are listed under one key for every such speaker, looked up alongside each named speaker's own.
  const speakerKey = (s: Speaker) => (s.described ? '\u0000described' : s.id);
  quotations.forEach((q, i) => {
    if (!isFirst[i] || !q.speakerRef) return;
    const set = sharedTerms(q);
    terms.set(i, set);
    for (const t of set) {
      const k = `${speakerKey(q.speakerRef)}\u0000${q.lang}\u0000${t}`;
      (postings.get(k) ?? postings.set(k, []).get(k)!).push(i);
    }
  });
  const pairs: [number, number][] = [];
  for (const [i, own] of terms) {
    const q = quotations[i];
    const other: Lang = q.lang === 'fr' ? 'en' : 'fr';
    const keys = [...new Set([q.speakerRef!.id, speakerKey(q.speakerRef!), '\u0000described'])];
    const at = (t: string) => keys.flatMap((k) => postings.get(`${k}\u0000${other}\u0000${t}`) ?? []);
    const sorted = [...own].sort((x, y) => at(x).length - at(y).length);
    if (sorted.length < MIN_TRANSLATED_WORDS) continue;
    // Any report sharing a term with i is a candidate: i may translate one sentence of it, sharing few of its own terms.
    const seen = new Set<number>();
    for (const t of sorted) {
      for (const j of at(t)) {
        if (seen.has(j) || terms.get(j)!.size < own.size) continue;
        seen.add(j);
        if (sameTranslatedQuotation(q, quotations[j], own, terms.get(j))) pairs.push([i, j]);
      }
    }
  }
  // In corpus order: which of two rival translations a report joins does not depend on the order terms were read.
  return pairs.sort((x, y) => Math.min(...x) - Math.min(...y) || Math.max(...x) - Math.max(...y));
}

/** Words only, one space apart: "« no viable future »" and "has no viable future as" compare as word runs. */
const wordRun = (normalized: string) => ` ${normalized.replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/ {2,}/g, ' ').trim()} `;

/**
 * A headline quoting a few words of a quotation its own article prints in full ("CEO sees 'no
 * viable future' for site" over "…has no viable future as a car plant…," the chief executive
 * said): pairs of a heading report naming no speaker and the body report holding its words, so
 * the headline takes the speaker of the words it echoes. Too short to be compared as quotations.
 */
function echoedHeadings(quotations: AttributedQuotation[], texts: string[]): [number, number][] {
  const bodies = new Map<string, number[]>();
  quotations.forEach((q, i) => {
    if (!q.heading && q.speakerRef) (bodies.get(q.articleId) ?? bodies.set(q.articleId, []).get(q.articleId)!).push(i);
  });
  const pairs: [number, number][] = [];
  quotations.forEach((q, i) => {
    if (!q.heading || q.speakerRef) return;
    const echoed = wordRun(texts[i]);
    if (echoed.trim() === '') return;
    const body = (bodies.get(q.articleId) ?? []).find((j) => wordRun(texts[j]).includes(echoed));
    if (body !== undefined) pairs.push([i, body]);
  });
  return pairs;
}

/** A role's words as both languages share them ("ministre" and "minister" alike), see sharedTerms. */
function roleTerms(role: string): Set<string> {
  return new Set(role.split(/\s+/u).filter(Boolean).flatMap((w) => [linkKey(w, 'fr'), linkKey(w, 'en'), cognateKey(w)].filter((k): k is string => k !== null)));
}

/**
 * Whether speakers can be one person: one of them at most is named, and every other is known only by a role (see
 * Speaker.described) the named one holds in some article, in either language ("la ministre" / "France's transport
 * minister"). Speakers named differently, or a role the named person is never given, are different people.
 */
export function rolesFitOneName(speakers: Speaker[]): boolean {
  const unique = [...new Map(speakers.map((s) => [s.id, s])).values()];
  const named = unique.filter((s) => !s.described);
  if (named.length > 1) return false;
  if (named.length === 0) return unique.length <= 1;
  const held = new Set(named[0].roles.flatMap((r) => [...roleTerms(r)]));
  const title = (role: string) => role.split(/\s+/u).filter(Boolean).slice(0, 1);
  return unique.filter((s) => s.described).every((s) => s.kind === named[0].kind && (!s.gender || !named[0].gender || s.gender === named[0].gender) && s.roles.some((r) => title(r).length > 0 && title(r).every((w) => [linkKey(w, 'fr'), linkKey(w, 'en'), cognateKey(w)].some((k) => k !== null && held.has(k)))));
}

function majoritySpeaker(members: AttributedQuotation[]): Speaker | null {
  const counts = new Map<string, { speaker: Speaker; n: number }>();
  for (const m of members) {
    if (!m.speakerRef) continue;
    const entry = counts.get(m.speakerRef.id) ?? { speaker: m.speakerRef, n: 0 };
    entry.n++;
    counts.set(m.speakerRef.id, entry);
  }
  // A person the group names outranks a role that stands for them ("la ministre des Transports" is Elodie Rameau).
  return [...counts.values()].sort((a, b) => Number(!!a.speaker.described) - Number(!!b.speaker.described) || b.n - a.n)[0]?.speaker ?? null;
}
