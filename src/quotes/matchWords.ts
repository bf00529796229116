/**
 * Forgiving word matching for quotations: accents, case, elisions, inflections (Snowball
 * stems in French and English), small typos (one or two letters) and word order are forgiven.
 * Returns which of the query's words a text holds and where, for emphasis.
 */
import { baseForm, isStopword, stem, tokenize } from '../text/analyzer.js';

export interface WordAt {
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}\p{N}]+)*/gu;

/** Quotations are matched again and again: their words are read once. */
const WORDS_CACHE_LIMIT = 100_000;
const wordsCache = new Map<string, WordAt[]>();

export function wordsAt(text: string): WordAt[] {
  let words = wordsCache.get(text);
  if (!words) {
    words = readWordsAt(text);
    if (wordsCache.size >= WORDS_CACHE_LIMIT) wordsCache.clear();
    wordsCache.set(text, words);
  }
  return words;
}

function readWordsAt(text: string): WordAt[] {
  const out: WordAt[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = baseForm(m[0]);
    if (!word) continue;
    // Highlight the word itself, not the elided article before it ("l'artillerie" → "artillerie").
    const elided = /^(?:l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu)['’ʼ](?=\p{L})/iu.exec(m[0]);
    const start = m.index! + (elided ? elided[0].length : 0);
    out.push({ word, start, end: m.index! + m[0].length });
  }
  return out;
}

/** The words of a query that carry meaning; all of its words when it has only function words. */
export function queryWords(query: string): string[] {
  const all = tokenize(query).map(baseForm).filter(Boolean);
  const content = all.filter((w) => !isStopword(w));
  return [...new Set(content.length ? content : all)];
}

/** Edit distance with swapped neighbours counting as one edit (a typing slip), bounded by `max`. */
function editDistanceAtMost(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cur[j] = Math.min(cur[j], before[j - 2] + 1);
      best = Math.min(best, cur[j]);
    }
    if (best > max) return false;
    before = prev;
    prev = cur;
  }
  return prev[b.length] <= max;
}

/** Whether a text word matches a query word: same form, same stem, or a small typo apart. */
export function sameWord(query: string, word: string): boolean {
  if (query === word) return true;
  if (query.length >= 3 && word.length >= 3 && (stem(query, 'fr') === stem(word, 'fr') || stem(query, 'en') === stem(word, 'en'))) return true;
  if (query.length < 4) return false;
  return editDistanceAtMost(query, word, query.length >= 8 ? 2 : 1);
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
  const words = wordsAt(text);
  const ranges: [number, number][] = [];
  const firstAt: number[] = [];
  let found = 0;
  for (const q of query) {
    let hit = false;
    words.forEach((w, i) => {
      if (!sameWord(q, w.word)) return;
      if (!hit) firstAt.push(i);
      hit = true;
      ranges.push([w.start, w.end]);
    });
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
  return { coverage: query.length ? found / query.length : 0, phrase, ranges: merged, length: words.length };
}
