/**
 * The tallies a sentence gives: how many dead, injured, evacuated, missing or arrested it counts
 * ("Two people were killed and about 1,200 residents were evacuated" → dead 2, evacuated 1200;
 * « Le bilan s'est encore alourdi : un quatrième corps » → dead 4). A count stands right beside
 * its word (before it, or just after: "killed two"), in the same clause; a running total's figure
 * ("bilan", "toll") is the first count after it in the sentence. A number that is an age, a
 * duration, a sum, a share or a date is no count. Language data: src/lang/tallies.ts.
 */
import type { Lang } from '../corpus/article.js';
import { amountJoins, amountUnits, countedThings, countWords, sumNouns, multipliers, noOne, notCountBefore, notCountUnits, numberValues, partOf, peopleNouns, shareOf, shareUnits, talliedWords, totalNouns, type Tally } from '../lang/tallies.js';
import { isStopword } from '../text/analyzer.js';
import { foldAccents } from '../text/normalize.js';
import { cognateKey, linkKey } from '../text/translate.js';

const fold = (word: string) => foldAccents(word.toLowerCase());

const TALLY_OF = new Map<string, Tally>();
for (const [tally, words] of Object.entries(talliedWords) as [Tally, string[]][]) for (const w of words) if (!TALLY_OF.has(fold(w))) TALLY_OF.set(fold(w), tally);
const TOTAL_NOUNS = new Map(Object.entries(totalNouns).map(([w, tally]) => [fold(w), tally]));
const VALUES: Record<Lang, Map<string, number>> = {
  fr: new Map(Object.entries(numberValues.fr).map(([w, v]) => [fold(w), v])),
  en: new Map(Object.entries(numberValues.en).map(([w, v]) => [fold(w), v])),
};
const MULTIPLIERS = new Map(Object.entries(multipliers).map(([w, v]) => [fold(w), v]));
const NOT_COUNT_AFTER = new Set(notCountUnits.map(fold));
const NOT_COUNT_BEFORE = new Set(notCountBefore.map(fold));
const PART_OF = new Set(partOf.map(fold));
const PEOPLE = new Set(peopleNouns.map(fold));

/** Words, figures ("1,200", "1 200", "1,2") and the punctuation that ends a clause or marks a sum. */
const TOKEN = /\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+(?!\d)|\d+(?:[.,]\d+)?|\p{L}(?:[\p{L}'’-]|\.(?=\p{L}))*|[€$£%;:,.!?()«»"“”—–]/gu;
const CLAUSE_END = new Set([';', ':', ',', '.', '!', '?', '(', ')', '—', '–', '«', '»', '"', '“', '”', ...countWords.conjunctions.map(fold)]);
const SENTENCE_END = new Set([';', '.', '!', '?']);
const RANGE_TO = new Set(countWords.rangeTo.map(fold));
const SIZE_OF = new Set(countWords.sizeOf.map(fold));
const ARTICLE_ONE = new Set(countWords.articleOne.map(fold));
const NUMBER_JOINS = new Set(countWords.numberJoins.map(fold));
const ABOUT_BEFORE_OF = new Set(countWords.aboutBeforeOf.map(fold));
const ASIDE_OPENERS = new Set(countWords.asideOpeners.map(fold));
/** How long an aside between a count and its word may be (« , dont plusieurs touristes français , »). */
const ASIDE_LENGTH = 10;
/**
 * Where the count before a tally word is looked for once past an aside that ends at comma `j`
 * (« neuf personnes, dont plusieurs touristes, ont été tuées »): the token before the aside's opening comma, or -1.
 */
function beforeAside(tokens: string[], j: number): number {
  if (tokens[j] !== ',') return -1;
  for (let k = j - 2; k >= 0 && k >= j - ASIDE_LENGTH; k--) {
    // An aside may join two groups (« dont un enfant et deux femmes »), never cross other punctuation.
    if (CLAUSE_END.has(fold(tokens[k])) && tokens[k] !== ',' && !/^\p{L}/u.test(tokens[k])) return -1;
    if (tokens[k] === ',') return ASIDE_OPENERS.has(fold(tokens[k + 1] ?? '')) ? k - 1 : -1;
  }
  return -1;
}
/** A size before the count at `j` (« un village de 600 habitants »), not « près de 600 habitants ». */
const sizeBefore = (tokens: string[], j: number) => SIZE_OF.has(fold(tokens[j - 1] ?? '')) && !ABOUT_BEFORE_OF.has(fold(tokens[j - 2] ?? ''));

const APPROXIMATELY = new Set(countWords.approximately.map(fold));
const APPROXIMATELY_JOINS = new Set(countWords.approximatelyJoins.map(fold));
const DETERMINERS = new Set(countWords.determiners.map(fold));

/** The count at token `j` or after the words of an approximate figure there ("around 480", « près de 300 »). */
function countAfter(tokens: string[], j: number, lang: Lang): Count | null {
  // "freed the 19 crew members", « libéré les 21 marins »: the article before the count.
  let k = DETERMINERS.has(fold(tokens[j] ?? '')) ? j + 1 : j;
  const start = k;
  while (k < start + 2 && APPROXIMATELY.has(fold(tokens[k] ?? ''))) k++;
  if (k > start && APPROXIMATELY_JOINS.has(fold(tokens[k] ?? ''))) k++;
  return countAt(tokens, k, lang);
}

/** How far before its word a count may stand ("about 1,200 residents were evacuated": 3 words). */
const BEFORE = 5;
/** How far after a running total its figure may come ("the death toll from flooding in the region rose to four"). */
const TOTAL_AFTER = 20;
/**
 * How far after a running total the word saying what it counts may come, within its clause ("le nombre de
 * blessés", « le nombre de personnes malades », "the number of people who have fallen ill").
 */
const TOTAL_OF = 6;

/** A tally's figure, and the noun it counts when one follows it ("1 200 habitants"). */
export interface Count {
  value: number;
  noun: string | null;
}

function figure(token: string, lang: Lang): number | null {
  if (/^\d/.test(token)) {
    // "1,200" / "1 200" / "1.200": thousands; "1,2": a decimal (French) or "1.2".
    const thousands = /^\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+$/.test(token);
    const value = Number(thousands ? token.replace(/[ ,.\u00a0\u202f]/g, '') : token.replace(',', '.'));
    return Number.isFinite(value) ? value : null;
  }
  const whole = VALUES[lang].get(fold(token));
  if (whole !== undefined || !token.includes('-')) return whole ?? null;
  // A number written in words joined by hyphens ("vingt-deux", "twenty-two", "dix-sept", "quatre-vingt-dix",
  // "vingt-et-un"): a smaller part adds to the one before it; twenty or a hundred multiplies a smaller one
  // ("quatre-vingt", "deux-cents"); any other larger part is no number ("one-third").
  let value = 0;
  let last = Infinity;
  for (const part of token.split('-').map(fold).filter((p) => !NUMBER_JOINS.has(p))) {
    const v = VALUES[lang].get(part);
    if (v === undefined) return null;
    if (v < last) value += v;
    else if (v === 20 || v === 100) value *= v;
    else return null;
    last = v;
  }
  return value;
}

/** The count at token `i`, or null when it is none (a year, an age, a sum, a date, a time, a part of another count). */
function countAt(tokens: string[], i: number, lang: Lang): Count | null {
  let value = figure(tokens[i], lang);
  if (value === null) return null;
  const word = (k: number) => fold(tokens[k] ?? '').replace(/^d['’]/, '');
  if (/^\d{4}$/.test(tokens[i]) && value >= 1800 && value <= 2100) return null;
  if (NOT_COUNT_AFTER.has(word(i + 1)) || NOT_COUNT_BEFORE.has(word(i - 1)) || PART_OF.has(fold(tokens[i + 1] ?? ''))) return null;
  if (noOne[lang].some(([a, b]) => word(i - 1) === a && word(i) === b)) return { value: 0, noun: null };
  let next = i + 1;
  const times = MULTIPLIERS.get(word(i + 1));
  if (times) {
    if (NOT_COUNT_AFTER.has(word(i + 2))) return null;
    value *= times;
    next++;
  } else if (figure(tokens[i + 1] ?? '', lang) !== null) {
    // "un quatrième corps", "a fourth victim": the count is the word after.
    return null;
  }
  const noun = /^\p{L}/u.test(tokens[next] ?? '') && !TALLY_OF.has(word(next)) && !isStopword(word(next), lang) ? word(next) : null;
  return { value, noun };
}

/** The tallies a sentence gives, each with its count (a running total's, else the last one given). */
export function talliesOf(text: string, lang: Lang): Map<Tally, Count> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<Tally, Count>();
  const totals = new Map<Tally, Count>();
  for (let i = 0; i < tokens.length; i++) {
    const word = fold(tokens[i]);
    if (TOTAL_NOUNS.has(word)) {
      let tally = TOTAL_NOUNS.get(word) ?? null;
      for (let j = i + 1; j <= i + TOTAL_OF && !tally && j < tokens.length && !CLAUSE_END.has(fold(tokens[j])); j++) tally = TALLY_OF.get(fold(tokens[j]).replace(/^d['’]/, '')) ?? null;
      for (let j = i + 1; tally && j < tokens.length && j <= i + TOTAL_AFTER && !SENTENCE_END.has(tokens[j]); j++) {
        const count = countAt(tokens, j, lang);
        if (count) {
          // "passé de deux à quatre", "from two to four": the total is the second.
          let then = RANGE_TO.has(fold(tokens[j + 1] ?? '')) ? countAt(tokens, j + 2, lang) : null;
          // « Le nombre de blessés, annoncé mardi à 22, a été revu à 19 », "the toll, put at three, was raised
          // to seven": a later figure the total is brought to, in the same sentence, is the total now, unless
          // it counts a tally of its own ("rose to seven, with six people missing and 22 injured").
          for (let k = j + 2; !then && k < tokens.length && k <= i + TOTAL_AFTER && !SENTENCE_END.has(tokens[k]); k++) {
            if (!RANGE_TO.has(fold(tokens[k - 1])) || TALLY_OF.has(fold(tokens[k + 1] ?? ''))) continue;
            then = countAt(tokens, k, lang);
          }
          totals.set(tally, then ?? count);
          break;
        }
      }
      continue;
    }
    // « l'expulsion », « d'arrestations »: the word after an elided article.
    const tally = TALLY_OF.get(word.replace(/^[ld]['’]/, ''));
    if (!tally) continue;
    // Nearest first, before the word ("deux morts", "1,200 residents were evacuated"), then right after it ("killed two"), within its clause.
    let found: Count | null = null;
    // After a running total's noun, « de » before a figure gives the total's parts, not a size
    // (« le bilan faisait état de 12 interpellations et de 8 blessés »).
    const afterTotal = tokens.slice(0, i).some((t, k) => TOTAL_NOUNS.has(fold(t)) && !tokens.slice(k, i).some((p) => SENTENCE_END.has(p)));
    // An aside between the count and its word is skipped, and does not count in the distance.
    let skipped = 0;
    for (let j = i - 1; j >= 0 && j >= i - BEFORE - skipped && !found; j--) {
      if (CLAUSE_END.has(fold(tokens[j]))) {
        const past = beforeAside(tokens, j);
        if (past < 0) break;
        skipped += j - past;
        j = past + 1;
        continue;
      }
      // « un village de 600 habitants évacué », "a town of 5,000 evacuated": the size of what was hit, not a count.
      // « un », "one" far from the word is an article or a pronoun (« un village de … évacué »), not a count.
      if (!(sizeBefore(tokens, j) && !afterTotal) && !(i - j - skipped > 2 && ARTICLE_ONE.has(fold(tokens[j])))) found = countAt(tokens, j, lang);
    }
    if (!found && i + 1 < tokens.length && !CLAUSE_END.has(fold(tokens[i + 1]))) found = countAfter(tokens, i + 1, lang);
    // « l'expulsion de quatre diplomates », "the evacuation of 300 residents": a count of people after the noun and "de"/"of".
    if (!found && SIZE_OF.has(fold(tokens[i + 1] ?? ''))) {
      const after = countAfter(tokens, i + 2, lang);
      if (after?.noun && PEOPLE.has(after.noun)) found = after;
    }
    if (found) out.set(tally, found);
  }
  for (const [tally, count] of totals) out.set(tally, count);
  return out;
}

/** A figure this small ("one", « un ») is too common to say two sentences count the same thing. */
export const TELLING_COUNT = 2;

/** Whether two counts give the same figure of the same kind ("41 morts", "the toll rose to 41"). */
export function sameFigure(a: Count, b: Count): boolean {
  return a.value === b.value && sameKind(a, b);
}

/** Whether two counts count the same kind: the same noun, people both, or a noun left unsaid. */
export function sameKind(a: Count, b: Count): boolean {
  if (a.noun === null || b.noun === null || a.noun === b.noun) return true;
  return PEOPLE.has(a.noun) && PEOPLE.has(b.noun);
}

const AMOUNT_UNITS = new Set(amountUnits.map(fold));
const AMOUNT_JOINS = new Set(amountJoins.map(fold));
const SUM_NOUNS = new Set(sumNouns.map(fold));
/** Each counted thing's noun, by the first noun of its group (see countedThings). */
const COUNTED_THING = new Map(countedThings.flatMap((group) => group.map((w) => [fold(w), fold(group[0])] as const)));

const SHARE_UNITS = shareUnits.map((words) => words.map(fold));
const SHARE_OF = new Set(shareOf.map(fold));
/** How far after a share's unit the word saying what it is a share of may come (« 38 % de sa charge »). */
const SHARE_THING_AFTER = 3;

/** How many tokens the share unit after token `i` spans ("%": 1, "per cent": 2), or 0 when the figure is no share. */
function shareUnitAt(tokens: string[], i: number): number {
  const unit = SHARE_UNITS.find((words) => words.every((w, k) => fold(tokens[i + 1 + k] ?? '') === w));
  return unit?.length ?? 0;
}

/**
 * What the share at token `i` is a share of, as a key across languages: the first word after its
 * unit and "de"/"of" that is no little word (« 38 % de sa charge », "24 per cent of its charge" → one
 * key). Null when the sentence does not say: a share of nothing named is no figure to compare.
 */
function shareKey(tokens: string[], i: number, span: number, lang: Lang): string | null {
  let k = i + 1 + span;
  const first = fold(tokens[k] ?? '');
  // « d'eau »: the elided "de" and the word in one token.
  const elided = /^d['’]\p{L}/u.test(first) ? first.slice(2) : null;
  if (!elided && !SHARE_OF.has(first)) return null;
  if (elided) return `share:${linkKey(elided, lang) ?? cognateKey(elided)}`;
  for (k++; k <= i + span + 1 + SHARE_THING_AFTER && k < tokens.length; k++) {
    const w = fold(tokens[k]).replace(/^[ld]['’]/, '');
    if (!/^\p{L}+$/u.test(w)) return null;
    if (w.length >= 3 && !isStopword(w, lang)) return `share:${linkKey(w, lang) ?? cognateKey(w)}`;
  }
  return null;
}

/**
 * The amounts a sentence gives besides its tallies, keyed by what they count in words that cross
 * languages: a figure and its noun (« 38 objets », "112 objects" → one key, a sum of money whatever
 * its currency word, by what it measures (« le coût … 6,5 milliards d'euros », "cost … 8.2 billion euros" → one key). Only figures written in
 * digits: a number in words is too often no amount (« un des trois navires »). Ages, durations,
 * dates and sizes give none; a share only when the sentence says what it is a share of (see shareKey).
 */
export function amountsOf(text: string, lang: Lang): Map<string, Count> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, Count>();
  const word = (k: number) => fold(tokens[k] ?? '').replace(/^d['’]/, '');
  // What a sum measures: the first such noun of the sentence, read once.
  let measured: string | undefined | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (!/^\d/.test(tokens[i]) || NOT_COUNT_BEFORE.has(word(i - 1))) continue;
    if (/^\d{4}$/.test(tokens[i])) continue;
    let value = figure(tokens[i], lang);
    if (value === null) continue;
    // A share of a thing it names ("24 per cent of its charge"); a share of nothing named is no amount.
    const span = shareUnitAt(tokens, i);
    if (span > 0) {
      const key = shareKey(tokens, i, span, lang);
      if (key && !out.has(key)) out.set(key, { value, noun: null });
      continue;
    }
    let next = i + 1;
    const times = MULTIPLIERS.get(word(next));
    if (times) {
      value = Math.round(value * times);
      next++;
      if (AMOUNT_JOINS.has(fold(tokens[next] ?? ''))) next++;
    }
    const noun = word(next);
    if (AMOUNT_UNITS.has(noun) || AMOUNT_UNITS.has(word(i - 1))) {
      // A sum by what it measures; none named: no sum to compare.
      if (measured === null) measured = tokens.map(fold).find((t) => SUM_NOUNS.has(t));
      const key = measured && `sum:${linkKey(measured, lang) ?? measured}`;
      if (key && !out.has(key)) out.set(key, { value, noun: null });
      continue;
    }
    if (value < TELLING_COUNT || !/^\p{L}{3,}$/u.test(noun) || NOT_COUNT_AFTER.has(noun) || TALLY_OF.has(noun) || PEOPLE.has(noun) || isStopword(noun, lang)) continue;
    // Nouns of one counted thing are one key ("tickets", « entrées »); other nouns by their link across languages.
    const key = `amount:${COUNTED_THING.get(noun) ?? linkKey(noun, lang) ?? cognateKey(noun)}`;
    if (!out.has(key)) out.set(key, { value, noun: null });
  }
  return out;
}

/**
 * The counts a sentence gives, in figures or in words, whatever they count ("a group of nine", « neuf
 * skieurs », "23 cars"): the same count in two reports of one event is one of the things they share. Ages,
 * durations, sizes, sums, times, dates and years are no counts; nor is a figure below `TELLING_COUNT`.
 */
export function countsIn(text: string, lang: Lang): Set<number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Set<number>();
  const word = (k: number) => fold(tokens[k] ?? '').replace(/^d['’]/, '');
  for (let i = 0; i < tokens.length; i++) {
    if (/^\d{4}$/.test(tokens[i]) || /^\d+[.,]\d+$/.test(tokens[i])) continue;
    const value = figure(tokens[i], lang);
    if (value === null || value < TELLING_COUNT || NOT_COUNT_BEFORE.has(word(i - 1)) || NOT_COUNT_AFTER.has(word(i + 1))) continue;
    out.add(value);
  }
  return out;
}
