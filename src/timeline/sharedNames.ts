/**
 * Evidence that a French and an English sentence on the same date report the same fact. Their
 * stems hardly meet ("contre-expertise" / "counter-analysis"), but the names, acronyms and
 * numbers they print are written alike in both languages ("Lausanne", "UCI", "EPO", "612").
 * Two sentences whose telling names and numbers largely coincide, on a date they already share,
 * say the same thing; a name every outlet prints (the story's protagonist) tells nothing, and
 * neither do the date's own words ("Thursday", "mars").
 */
import type { Lang } from '../corpus/article.js';
import { dateWords } from '../lang/dates.js';
import { tidySentence } from '../summary/textUnits.js';
import type { UnitTerms } from '../summary/factModel.js';
import { foldAccents } from '../text/normalize.js';

const fold = (w: string) => foldAccents(w).toLowerCase().replace(/\.$/, '');

/** Weekday and month names in either language: they date a sentence, they do not tell its fact. */
const CALENDAR_WORDS = new Set(
  Object.values(dateWords).flatMap((w) => [...w.weekdays.flat(), ...w.months.flat()].map(fold)),
);

/**
 * The names, acronyms and numbers of a sentence, folded: capitalised words that do not open it
 * (a leading dateline is trimmed first), words in capitals, and numbers.
 */
export function namesAndNumbers(text: string, lang: Lang): Set<string> {
  const sentence = tidySentence(text, lang);
  const out = new Set<string>();
  let first = true;
  for (const m of sentence.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = m[0];
    const opensSentence = first || /[.!?:«"“—–]\s*$/u.test(sentence.slice(0, m.index));
    first = false;
    const isNumber = /^\p{N}+$/u.test(word);
    const isName = /^\p{Lu}/u.test(word) && (!opensSentence || /^\p{Lu}{2,}$/u.test(word));
    if ((isNumber || (isName && word.length > 1)) && !CALENDAR_WORDS.has(fold(word))) out.add(fold(word));
  }
  return out;
}

/**
 * Builds the comparison for a set of sentences (all the units of the articles read): how close
 * two sentences' telling names and numbers are, as an idf-weighted cosine (0–1). `ignore` holds
 * words both share by construction (the words of their dates: "22" in "22 février" / "Feb. 22").
 * `minShared`: the least number of telling names and numbers the two must have in common.
 */
export function sharedNamesSimilarity(units: UnitTerms[]): (a: UnitTerms, b: UnitTerms, ignore: Set<string>, minShared?: number) => number {
  const names = new Map<UnitTerms, Set<string>>();
  const df = new Map<string, number>();
  const sources = new Map<string, Set<string>>();
  for (const u of units) {
    const found = namesAndNumbers(u.unit.text, u.unit.lang);
    names.set(u, found);
    for (const t of found) {
      df.set(t, (df.get(t) ?? 0) + 1);
      (sources.get(t) ?? sources.set(t, new Set()).get(t)!).add(u.source);
    }
  }
  const sourceCount = new Set(units.map((u) => u.source)).size;
  const idf = (t: string) => Math.log(1 + units.length / (df.get(t) ?? 1));
  // With fewer than three outlets, a name in all of them may still tell a fact from another.
  const telling = (t: string) => sourceCount < 3 || (sources.get(t)?.size ?? 0) < sourceCount;
  const weightOf = (ts: string[]) => ts.reduce((s, t) => s + idf(t) ** 2, 0);
  const tellingNames = (u: UnitTerms) => [...(names.get(u) ?? namesAndNumbers(u.unit.text, u.unit.lang))].filter(telling);
  // `minShared`: fewer telling names or numbers in common than this is no evidence (0).
  return (a, b, ignore, minShared = 1) => {
    const [na, nb] = [tellingNames(a), tellingNames(b)].map((ts) => ts.filter((t) => !ignore.has(t)));
    const shared = na.filter((t) => nb.includes(t));
    if (shared.length < minShared) return 0;
    const d = Math.sqrt(weightOf(na) * weightOf(nb));
    return d > 0 ? weightOf(shared) / d : 0;
  };
}
