/**
 * Forgiving word matching for quotations: accents, case, elisions, inflections (Snowball
 * stems in French and English), small typos (one or two letters) and word order are forgiven.
 * Returns which of the query's words a text holds and where, for emphasis.
 */
import { baseForm, isStopword, stem, tokenize } from '../text/analyzer.js';

/** A text's words, read once: base forms (shared strings), where each is, and stems when asked. */
interface TextWords {
  words: string[];
  /** Start and end of word i at 2i and 2i + 1. */
  spans: Int32Array;
  /** Stems, computed the first time a comparison needs them. */
  fr: (string | undefined)[];
  en: (string | undefined)[];
}

const WORD = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}\p{N}]+)*/gu;
const ELIDED = /^(?:l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu)['’ʼ](?=\p{L})/iu;

/** Quotations are matched again and again: their words are read once. */
const WORDS_CACHE_LIMIT = 100_000;
const wordsCache = new Map<string, TextWords>();
/** One string per distinct word across every text read. */
const WORD_FORMS_LIMIT = 500_000;
const wordForms = new Map<string, string>();

function wordsOf(text: string): TextWords {
  let words = wordsCache.get(text);
  if (!words) {
    words = readWords(text);
    if (wordsCache.size >= WORDS_CACHE_LIMIT) wordsCache.clear();
    wordsCache.set(text, words);
  }
  return words;
}

function readWords(text: string): TextWords {
  const words: string[] = [];
  const spans: number[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = baseForm(m[0]);
    if (!word) continue;
    const shared = wordForms.get(word);
    if (shared !== undefined) word = shared;
    else {
      if (wordForms.size >= WORD_FORMS_LIMIT) wordForms.clear();
      wordForms.set(word, word);
    }
    // Highlight the word itself, not the elided article before it ("l'artillerie" → "artillerie").
    const elided = m[0].length > 2 ? ELIDED.exec(m[0]) : null;
    words.push(word);
    spans.push(m.index! + (elided ? elided[0].length : 0), m.index! + m[0].length);
  }
  return { words, spans: Int32Array.from(spans), fr: new Array(words.length), en: new Array(words.length) };
}

/** The words of a query that carry meaning; all of its words when it has only function words. */
export function queryWords(query: string): string[] {
  const all = tokenize(query).map(baseForm).filter(Boolean);
  const content = all.filter((w) => !isStopword(w));
  return [...new Set(content.length ? content : all)];
}

const stemOf = (word: string, lang: 'fr' | 'en') => (word.length >= 3 ? stem(word, lang) : word);

/** Three rows of the edit-distance table, reused by every comparison (words are short). */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Edit distance with swapped neighbours counting as one edit (a typing slip), bounded by `max`. */
function editDistanceAtMost(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (rows[0].length <= b.length) rows = rows.map(() => new Int32Array(b.length * 2));
  let [before, prev, cur] = rows;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) d = Math.min(d, before[j - 2] + 1);
      cur[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return false;
    [before, prev, cur] = [prev, cur, before];
  }
  return prev[b.length] <= max;
}

/** A query word read once for matching: its stems and how many typing slips it forgives. */
interface QueryWord {
  word: string;
  fr: string;
  en: string;
  slips: number;
}

function readQueryWord(word: string): QueryWord {
  return { word, fr: stemOf(word, 'fr'), en: stemOf(word, 'en'), slips: word.length < 4 ? 0 : word.length >= 8 ? 2 : 1 };
}

/**
 * Whether word i of a text matches a query word: same form, same stem in French or English, or
 * a small typo apart. Stems only remove or change endings, so words whose first two letters
 * differ never share one: most pairs are told apart without stemming.
 */
function matchesAt(q: QueryWord, t: TextWords, i: number): boolean {
  const word = t.words[i];
  if (q.word === word) return true;
  if (q.word.length >= 3 && word.length >= 3 && q.word.charCodeAt(0) === word.charCodeAt(0) && q.word.charCodeAt(1) === word.charCodeAt(1)) {
    if (q.fr === (t.fr[i] ??= stemOf(word, 'fr')) || q.en === (t.en[i] ??= stemOf(word, 'en'))) return true;
  }
  return q.slips > 0 && editDistanceAtMost(q.word, word, q.slips);
}

/** Whether a text word matches a query word: same form, same stem, or a small typo apart. */
export function sameWord(query: string, word: string): boolean {
  return matchesAt(readQueryWord(query), { words: [word], spans: new Int32Array(2), fr: [], en: [] }, 0);
}

/** Whether a text prints these words (base forms) side by side, in this order. */
export function printsInOrder(phrase: string[], text: string): boolean {
  const words = wordsOf(text).words;
  if (phrase.length === 0) return false;
  for (let i = 0; i + phrase.length <= words.length; i++) {
    let j = 0;
    while (j < phrase.length && words[i + j] === phrase[j]) j++;
    if (j === phrase.length) return true;
  }
  return false;
}

export interface WordMatch {
  /** Share of the query's words found (0–1). */
  coverage: number;
  /** The query's words appear side by side, in order. */
  phrase: boolean;
  /** Ranges of the text that matched. */
  ranges: [number, number][];
  /** Words in the text. */
  length: number;
}

export function matchWords(query: string[], text: string): WordMatch {
  const t = wordsOf(text);
  const ranges: [number, number][] = [];
  const firstAt: number[] = [];
  let found = 0;
  for (const q of query.map(readQueryWord)) {
    let hit = false;
    for (let i = 0; i < t.words.length; i++) {
      if (!matchesAt(q, t, i)) continue;
      if (!hit) firstAt.push(i);
      hit = true;
      ranges.push([t.spans[2 * i], t.spans[2 * i + 1]]);
    }
    if (hit) found++;
  }
  const phrase = query.length > 1 && found === query.length && firstAt.every((at, i) => i === 0 || (at > firstAt[i - 1] && at - firstAt[i - 1] <= 3));
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return { coverage: query.length ? found / query.length : 0, phrase, ranges: merged, length: t.words.length };
}
