/**
 * What each sentence says, as weighted terms, and how close two sentences are: the basis for
 * "several outlets report this" and "these two sentences say the same thing". Terms are the
 * analyzer's stems; spellings of one name that differ by a letter across outlets
 * ("Vostochny" / "Vostotchny") are counted as one term.
 */
import type { Article } from '../corpus/article.js';
import type { Lang } from '../corpus/article.js';
import { dateWords } from '../lang/dates.js';
import { searchTerm, searchTerms, tokenize } from '../text/analyzer.js';
import { buildTextUnits, type TextUnit } from './textUnits.js';

export interface UnitTerms {
  unit: TextUnit;
  /** Which outlet printed it: the outlet's name, or the article id when the outlet is unknown. */
  source: string;
  /** Distinct canonical terms of the unit. */
  terms: Set<string>;
  /** Adjacent term pairs ("cosmodrom vostochny"). */
  pairs: Set<string>;
  /** Terms found only inside quotation marks or brackets: a relayed quote's wording or a gloss, not the outlet's report. */
  quotedOnly: Set<string>;
}

export interface FactModel {
  units: UnitTerms[];
  /** Each titled article's headline, as terms (same spellings as the units'). */
  titles: Map<string, Set<string>>;
  /** Number of distinct sources in the corpus. */
  sourceCount: number;
  /** Inverse document frequency of a term over units. */
  idf(term: string): number;
  /** How many distinct sources use a term (or term pair). */
  sourcesUsing(term: string): number;
  /**
   * Whether a term names the story rather than a fact: with three outlets or more, every outlet
   * uses it, or every outlet writing in its language ("incendie" in each French report, "fire"
   * in each English one, when each language has three outlets or more).
   */
  storyWide(term: string): boolean;
  /** Whether a sentence written in this language uses the term (names, numbers and shared spellings cross languages). */
  writtenIn(term: string, lang: string): boolean;
  /** Cosine of two units' telling terms, weighted by idf (0–1). */
  similarity(a: UnitTerms, b: UnitTerms, ignore?: (term: string) => boolean): number;
}

/** Edit distance of at most one, for long words only. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Maps each term to one spelling when another term differs from it by a single letter. */
function canonicalSpellings(counts: Map<string, number>): Map<string, string> {
  const canonical = new Map<string, string>();
  const buckets = new Map<string, string[]>();
  for (const term of counts.keys()) {
    if (term.length < 7 || /\d/.test(term)) continue;
    const key = term.slice(0, 3);
    (buckets.get(key) ?? buckets.set(key, []).get(key)!).push(term);
  }
  for (const terms of buckets.values()) {
    // Most frequent spelling first, so it becomes the name others map to.
    terms.sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b));
    for (let i = 0; i < terms.length; i++) {
      if (canonical.has(terms[i])) continue;
      for (let j = i + 1; j < terms.length; j++) {
        if (!canonical.has(terms[j]) && oneEditApart(terms[i], terms[j])) canonical.set(terms[j], terms[i]);
      }
    }
  }
  return canonical;
}

/**
 * Month names as one term in both languages ("janvier" and "January" are the same
 * word of a fact): a French and an English report of "in January" then share it, as they share
 * names and numbers. Built from the date words (data); names too short to be told from other
 * words (abbreviations) are left out.
 */
const MONTH_TERMS: Map<string, string> = (() => {
  const terms = new Map<string, string>();
  for (const lang of ['fr', 'en'] as Lang[]) {
    const add = (names: string[][], kind: string) =>
      names.forEach((forms, i) => {
        for (const form of forms) if (!/\./.test(form) && form.length > 3) for (const t of searchTerms(form, lang)) terms.set(t, `${kind}${i + 1}`);
      });
    add(dateWords[lang].months, 'month:');
  }
  return terms;
})();

/**
 * One term for a name in both languages: the French and English stemmers cut a name differently
 * ("Varenne" → "varen" / "varenn", "Sophie" → "soph" / "sophi"), so a French and an English report
 * naming the same person or place would share nothing. A word capitalised inside a sentence (not
 * the sentence's first word, which any word may be) and read in both languages maps to its more
 * frequent term.
 */
function nameSpellings(units: TextUnit[], counts: Map<string, number>): Map<string, string> {
  const termsOf = new Map<string, Map<string, string>>();
  for (const unit of units) {
    tokenize(unit.text).forEach((token, i) => {
      // A capital opening the sentence may be any word's.
      if (i === 0 || !/^\p{Lu}/u.test(token)) return;
      const term = searchTerm(token, unit.lang);
      if (!term) return;
      const key = token.toLowerCase();
      (termsOf.get(key) ?? termsOf.set(key, new Map()).get(key)!).set(unit.lang, term);
    });
  }
  const canonical = new Map<string, string>();
  for (const byLang of termsOf.values()) {
    const terms = new Set(byLang.values());
    if (terms.size < 2) continue;
    const [first, ...rest] = [...terms].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b));
    for (const t of rest) if (!canonical.has(t)) canonical.set(t, first);
  }
  return canonical;
}

/**
 * Words for a thousand million and a million as one term in both languages (« 1,2 milliard », "1.2bn",
 * "1.2 billion"; « 80 millions », "80m" is left alone: a metre too), a figure's suffix split from it ("2bn" → "2", billion).
 */
const MAGNITUDES: Record<string, string> = { milliard: 'magnitude:9', milliards: 'magnitude:9', md: 'magnitude:9', mds: 'magnitude:9', billion: 'magnitude:9', billions: 'magnitude:9', bn: 'magnitude:9', million: 'magnitude:6', millions: 'magnitude:6', mn: 'magnitude:6' };
function withMagnitudes(term: string): string[] {
  const suffixed = /^(\d+)(bn|mn)$/.exec(term);
  if (suffixed) return [suffixed[1], MAGNITUDES[suffixed[2]]];
  return [MAGNITUDES[term] ?? term];
}

/**
 * A day of a month as one term in both languages, beside the month's: « d'ici au 2 mars », "until
 * March 2" and "by 2 March" name one date, rarer than the month and the number apart.
 */
function withDays(terms: string[]): string[] {
  const days: string[] = [];
  terms.forEach((t, k) => {
    if (!t.startsWith('month:')) return;
    for (const near of [terms[k - 1], terms[k + 1]]) if (near && /^\d{1,2}$/.test(near) && Number(near) >= 1 && Number(near) <= 31) days.push(`day:${t.slice(6)}-${Number(near)}`);
  });
  return days.length > 0 ? [...terms, ...days] : terms;
}

/** The text without its quotations ("« … »", "“ … ”", '" … "') and parenthetical glosses. */
export function withoutQuotations(text: string): string {
  return text.replace(/«[^»]*»|“[^”]*”|"[^"]*"|\([^)]*\)/gu, ' ');
}

export function sourceOf(article: Pick<Article, 'id' | 'outlet'>): string {
  return article.outlet ? article.outlet.toLowerCase() : `article:${article.id}`;
}

export function buildFactModel(articles: Article[]): FactModel {
  const units = buildTextUnits(articles);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const raw = units.map((u) => searchTerms(u.text, u.lang));
  const counts = new Map<string, number>();
  for (const terms of raw) for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  const canonical = canonicalSpellings(counts);
  const names = nameSpellings(units, counts);
  const canon = (t: string) => MONTH_TERMS.get(t) ?? names.get(t) ?? canonical.get(t) ?? t;

  const unitTerms: UnitTerms[] = units.map((unit, i) => {
    const list = withDays(raw[i].flatMap(withMagnitudes).map(canon));
    const pairs = new Set<string>();
    for (let k = 0; k + 1 < list.length; k++) pairs.add(`${list[k]} ${list[k + 1]}`);
    const outside = new Set(searchTerms(withoutQuotations(unit.text), unit.lang).map(canon));
    const quotedOnly = new Set(list.filter((t) => !outside.has(t)));
    return { unit, source: sourceOf(byId.get(unit.articleId)!), terms: new Set(list), pairs, quotedOnly };
  });

  const titles = new Map(articles.filter((a) => a.title).map((a) => [a.id, new Set(searchTerms(a.title!, a.lang).map(canon))]));

  const df = new Map<string, number>();
  const sources = new Map<string, Set<string>>();
  for (const u of unitTerms) {
    for (const t of [...u.terms, ...u.pairs]) {
      df.set(t, (df.get(t) ?? 0) + 1);
      (sources.get(t) ?? sources.set(t, new Set()).get(t)!).add(u.source);
    }
  }
  const n = Math.max(1, unitTerms.length);
  const sourceCount = new Set(unitTerms.map((u) => u.source)).size;
  // Outlets per language, and the languages each term is written in.
  const outletsIn = new Map<string, Set<string>>();
  const termLangs = new Map<string, Set<string>>();
  for (const u of unitTerms) {
    (outletsIn.get(u.unit.lang) ?? outletsIn.set(u.unit.lang, new Set()).get(u.unit.lang)!).add(u.source);
    for (const t of u.terms) (termLangs.get(t) ?? termLangs.set(t, new Set()).get(t)!).add(u.unit.lang);
  }
  const idf = (t: string) => Math.log(1 + n / (df.get(t) ?? 1));
  const sourcesUsing = (t: string) => sources.get(t)?.size ?? 0;
  const storyWide = (t: string) => {
    if (sourceCount < 3) return false;
    if (sourcesUsing(t) >= sourceCount) return true;
    const langs = termLangs.get(t);
    if (!langs || langs.size !== 1) return false;
    const outlets = outletsIn.get([...langs][0])!.size;
    return outlets >= 3 && outlets < sourceCount && sourcesUsing(t) >= outlets;
  };
  /**
   * The words that tell facts apart: shared by at least two outlets (one outlet's own wording
   * says nothing about agreement) and not story-wide (the story's names and its day are in every
   * fact; see FactModel.storyWide). With fewer than three outlets, every word but the most common.
   */
  const telling = (t: string) =>
    sourceCount >= 3 ? sourcesUsing(t) >= 2 && !storyWide(t) : (df.get(t) ?? 0) < n / 2;
  const norms = new Map<UnitTerms, number>();
  const norm = (u: UnitTerms) => {
    let v = norms.get(u);
    if (v === undefined) {
      v = Math.sqrt([...u.terms].filter(telling).reduce((s, t) => s + idf(t) ** 2, 0));
      norms.set(u, v);
    }
    return v;
  };

  return {
    units: unitTerms,
    titles,
    sourceCount,
    idf,
    sourcesUsing,
    storyWide,
    writtenIn: (t, lang) => termLangs.get(t)?.has(lang) ?? false,
    similarity(a, b, ignore) {
      const [small, large] = a.terms.size <= b.terms.size ? [a, b] : [b, a];
      let dot = 0;
      let ignored = [0, 0];
      for (const t of small.terms) if (large.terms.has(t) && telling(t)) dot += ignore?.(t) ? 0 : idf(t) ** 2;
      if (ignore) ignored = [a, b].map((u) => [...u.terms].filter((t) => telling(t) && ignore(t)).reduce((s, t) => s + idf(t) ** 2, 0));
      const d = Math.sqrt((norm(a) ** 2 - ignored[0]) * (norm(b) ** 2 - ignored[1]));
      return d <= 0 ? 0 : dot / d;
    },
  };
}
