/**
 * The shortlist behind /who-said: an inverted index of the distinct wordings of the corpus's
 * quotations, with the passage index's analysis (Snowball stems, no stopwords) and MiniSearch's
 * BM25+ scoring, typo and prefix weights. It is kept in flat typed arrays and scores a query in
 * one reused array, so a word printed in tens of thousands of quotations ("Poutine") costs a
 * loop over integers, not an object per quotation: a query costs about the same at any size.
 */
import SearchableMap from 'minisearch/SearchableMap';
import type { Lang } from '../corpus/article.js';
import { processQueryTerm } from '../search/passageIndex.js';
import { baseForm, isStopword, stem, tokenize } from '../text/analyzer.js';

export interface IndexedWording {
  text: string;
  lang: Lang;
}

/** The index in plain form, as the quotation cache keeps it (lists of ids as gaps, which are short). */
export interface QuoteIndexSnapshot {
  terms: string[];
  /** For each term, the wordings holding it (ascending, as gaps), the terms' lists end to end. */
  postings: number[];
  /** Length of each term's list. */
  postingLengths: number[];
  /** Frequencies above 1: (position in the postings laid end to end, frequency) pairs. */
  frequencies: number[];
  /** Terms per wording. */
  lengths: number[];
  /** Words per wording, function words included. */
  wordCounts: number[];
  functionWords: string[];
  /** For each function word, the wordings printing it (ascending, as gaps), end to end. */
  functionPostings: number[];
  functionLengths: number[];
}

/** Lists of ascending ids as gaps, end to end (what the cache stores: short numbers, one array). */
function flatGaps(lists: number[][]): { gaps: number[]; lengths: number[] } {
  const gaps: number[] = [];
  for (const list of lists) list.forEach((id, i) => gaps.push(i === 0 ? id : id - list[i - 1]));
  return { gaps, lengths: lists.map((l) => l.length) };
}

/** The ids back from `flatGaps`, in one array; `starts` says where each list begins (lists + 1 entries). */
function fromGaps(gaps: number[], lengths: number[]): { ids: Int32Array; starts: Int32Array } {
  const ids = new Int32Array(gaps.length);
  const starts = new Int32Array(lengths.length + 1);
  let at = 0;
  lengths.forEach((length, l) => {
    starts[l] = at;
    let id = 0;
    for (let k = 0; k < length; k++, at++) ids[at] = id += gaps[at];
  });
  starts[lengths.length] = at;
  return { ids, starts };
}

/** BM25+ parameters, MiniSearch's defaults. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
/** A word no quotation holds is looked up with typos (up to a third of its letters) and as a prefix. */
const FUZZY = 0.34;
const MAX_FUZZY = 6;
const MIN_PREFIX = 4;
const WEIGHTS = { fuzzy: 0.45, prefix: 0.375 };

export class QuoteIndex {
  /** Number of wordings indexed. */
  readonly size: number;
  private readonly terms: string[];
  private readonly termIds: Map<string, number>;
  /** The terms as a radix tree, for typo and prefix look-ups: built on the first query that needs one. */
  private termTree?: SearchableMap<number>;
  /** Postings of term t: `postings[postingStart[t] .. postingStart[t + 1])`, wording ids ascending. */
  private readonly postingStart: Int32Array;
  private readonly postings: Int32Array;
  /** How often the term occurs in that wording (capped at 255). */
  private readonly frequencies: Uint8Array;
  /** Terms per wording. */
  private readonly lengths: Uint16Array;
  /** Words per wording, function words included. */
  readonly wordCounts: Uint16Array;
  /** Function words ("de", "la", "we"), which carry no term: which wordings print each, for queries made only of them. */
  private readonly functionWordIds = new Map<string, number>();
  private readonly functionPostings: Int32Array[];
  private readonly averageLength: number;
  /** Scratch space of one query: scores by wording, query words held, and the wordings scored. */
  private readonly scores: Float64Array;
  private readonly wordsHeld: Uint8Array;
  private readonly lastWord: Int32Array;
  private wordStamp = 0;
  private readonly touched: Int32Array;

  constructor(snapshot: QuoteIndexSnapshot) {
    const { terms, frequencies, lengths, wordCounts, functionWords } = snapshot;
    this.size = lengths.length;
    this.lengths = Uint16Array.from(lengths);
    this.wordCounts = Uint16Array.from(wordCounts);
    const postings = fromGaps(snapshot.postings, snapshot.postingLengths);
    this.postings = postings.ids;
    this.postingStart = postings.starts;
    this.frequencies = new Uint8Array(this.postings.length).fill(1);
    for (let i = 0; i < frequencies.length; i += 2) this.frequencies[frequencies[i]] = frequencies[i + 1];
    functionWords.forEach((word, f) => this.functionWordIds.set(word, f));
    const functionPostings = fromGaps(snapshot.functionPostings, snapshot.functionLengths);
    this.functionPostings = functionWords.map((_, f) => functionPostings.ids.subarray(functionPostings.starts[f], functionPostings.starts[f + 1]));
    let total = 0;
    for (const n of this.lengths) total += n;
    this.averageLength = this.size ? total / this.size : 1;
    this.terms = terms;
    this.termIds = new Map(terms.map((term, id) => [term, id]));
    this.scores = new Float64Array(this.size);
    this.wordsHeld = new Uint8Array(this.size);
    this.lastWord = new Int32Array(this.size);
    this.touched = new Int32Array(this.size);
  }

  /** Reads the wordings (the costly part: every word stemmed) into the index's plain form, as cached. */
  static analyse(wordings: IndexedWording[]): QuoteIndexSnapshot {
    const ids = new Map<string, number>();
    const terms: string[] = [];
    const postings: number[][] = [];
    const repeats: number[] = [];
    const lengths: number[] = [];
    const wordCounts: number[] = [];
    const functionIds = new Map<string, number>();
    const functionPostings: number[][] = [];
    wordings.forEach((w, i) => {
      const tokens = tokenize(w.text);
      wordCounts.push(Math.min(tokens.length, 0xffff));
      const counts = new Map<number, number>();
      let length = 0;
      for (const token of tokens) {
        // The passage index's analysis (searchTerm), with the function words kept aside.
        const word = baseForm(token);
        if (!word) continue;
        if (isStopword(word)) {
          let f = functionIds.get(word);
          if (f === undefined) {
            f = functionPostings.push([]) - 1;
            functionIds.set(word, f);
          }
          const list = functionPostings[f];
          if (list[list.length - 1] !== i) list.push(i);
          continue;
        }
        const term = stem(word, w.lang);
        let id = ids.get(term);
        if (id === undefined) {
          id = terms.push(term) - 1;
          postings.push([]);
          ids.set(term, id);
        }
        counts.set(id, (counts.get(id) ?? 0) + 1);
        length++;
      }
      lengths.push(Math.min(length, 0xffff));
      for (const [id, n] of counts) {
        // A term repeated in a wording: (term, its place in the term's postings, frequency).
        if (n > 1) repeats.push(id, postings[id].length, Math.min(n, 255));
        postings[id].push(i);
      }
    });
    const start = [0];
    for (const list of postings) start.push(start[start.length - 1] + list.length);
    const frequencies: number[] = [];
    for (let k = 0; k < repeats.length; k += 3) frequencies.push(start[repeats[k]] + repeats[k + 1], repeats[k + 2]);
    const flat = flatGaps(postings);
    const flatFunction = flatGaps(functionPostings);
    return {
      terms,
      postings: flat.gaps,
      postingLengths: flat.lengths,
      frequencies,
      lengths,
      wordCounts,
      functionWords: [...functionIds.keys()],
      functionPostings: flatFunction.gaps,
      functionLengths: flatFunction.lengths,
    };
  }

  /**
   * The ids of the `limit` wordings that best match the query's words, best first: those holding
   * the most of the query's words, then by BM25 score (times 1 + `boost` of the wording, when
   * given), then in corpus order. (A matching
   * quotation must hold most of the words: a short wording with one rare word does not push a
   * wording holding them all out of the shortlist.) Empty when the query has only function words.
   */
  shortlist(query: string, limit: number, boost?: Float32Array): number[] {
    let touchedCount = 0;
    const add = (termId: number, weight: number) => {
      const from = this.postingStart[termId];
      const to = this.postingStart[termId + 1];
      const df = to - from;
      const idf = Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
      for (let p = from; p < to; p++) {
        const doc = this.postings[p];
        const tf = this.frequencies[p];
        const norm = 1 - BM25.b + (BM25.b * this.lengths[doc]) / this.averageLength;
        const score = weight * idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * norm));
        if (this.scores[doc] === 0) this.touched[touchedCount++] = doc;
        this.scores[doc] += score;
        if (this.lastWord[doc] !== this.wordStamp) {
          this.lastWord[doc] = this.wordStamp;
          if (this.wordsHeld[doc] < 255) this.wordsHeld[doc]++;
        }
      }
    };
    for (const token of tokenize(query)) {
      // One stamp per query word: its stems, typo and prefix forms count once towards the words held.
      this.wordStamp = (this.wordStamp + 1) | 0 || 1;
      const terms = processQueryTerm(token) ?? [];
      const known = terms.map((term) => this.termIds.get(term));
      for (const [t, term] of terms.entries()) {
        const exact = known[t];
        if (exact !== undefined) {
          add(exact, 1);
          continue;
        }
        // Typo and prefix matching only for words no quotation holds (in any of their stems:
        // "vladimir" stemmed in English is no typo when French quotations hold it).
        if (known.some((id) => id !== undefined)) continue;
        const prefixed = new Set<string>();
        if (term.length >= MIN_PREFIX) {
          for (const [found, id] of this.tree().atPrefix(term)) {
            const distance = found.length - term.length;
            prefixed.add(found);
            add(id, (WEIGHTS.prefix * found.length) / (found.length + 0.3 * distance));
          }
        }
        const maxDistance = Math.min(MAX_FUZZY, Math.round(term.length * FUZZY));
        if (maxDistance === 0) continue;
        for (const [found, [id, distance]] of this.tree().fuzzyGet(term, maxDistance)) {
          if (distance === 0 || prefixed.has(found)) continue;
          add(id, (WEIGHTS.fuzzy * found.length) / (found.length + distance));
        }
      }
    }
    if (boost) for (let n = 0; n < touchedCount; n++) this.scores[this.touched[n]] *= 1 + boost[this.touched[n]];
    const held = this.wordsHeld;
    const better = (a: number, b: number) =>
      held[a] > held[b] || (held[a] === held[b] && (this.scores[a] > this.scores[b] || (this.scores[a] === this.scores[b] && a < b)));
    // The best `limit` in a min-heap (its root is the weakest kept), then sorted.
    const heap: number[] = [];
    const siftDown = (i: number) => {
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let weakest = i;
        if (l < heap.length && better(heap[weakest], heap[l])) weakest = l;
        if (r < heap.length && better(heap[weakest], heap[r])) weakest = r;
        if (weakest === i) return;
        [heap[i], heap[weakest]] = [heap[weakest], heap[i]];
        i = weakest;
      }
    };
    for (let n = 0; n < touchedCount && limit > 0; n++) {
      const doc = this.touched[n];
      if (heap.length < limit) {
        heap.push(doc);
        for (let i = heap.length - 1; i > 0; ) {
          const parent = (i - 1) >> 1;
          if (!better(heap[parent], heap[i])) break;
          [heap[i], heap[parent]] = [heap[parent], heap[i]];
          i = parent;
        }
      } else if (better(doc, heap[0])) {
        heap[0] = doc;
        siftDown(0);
      }
    }
    const best = heap.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
    for (let n = 0; n < touchedCount; n++) {
      this.scores[this.touched[n]] = 0;
      held[this.touched[n]] = 0;
    }
    return best;
  }

  private tree(): SearchableMap<number> {
    if (!this.termTree) {
      this.termTree = new SearchableMap<number>();
      this.terms.forEach((term, id) => this.termTree!.set(term, id));
    }
    return this.termTree;
  }

  /** The wordings printing every one of these function words (base forms), in corpus order. */
  holdingFunctionWords(words: string[]): number[] {
    const lists: Int32Array[] = [];
    for (const word of new Set(words)) {
      const f = this.functionWordIds.get(word);
      if (f === undefined) return [];
      lists.push(this.functionPostings[f]);
    }
    if (lists.length === 0) return [];
    lists.sort((a, b) => a.length - b.length);
    // Walk the shortest list; the others are sorted, so each is searched from where the last search ended.
    const at = lists.map(() => 0);
    const out: number[] = [];
    for (const doc of lists[0]) {
      let all = true;
      for (let l = 1; l < lists.length && all; l++) {
        const list = lists[l];
        while (at[l] < list.length && list[at[l]] < doc) at[l]++;
        all = at[l] < list.length && list[at[l]] === doc;
      }
      if (all) out.push(doc);
    }
    return out;
  }
}
