/**
 * The passage index: one passage per sentence (title lines are passages too), scored with
 * BM25+ as MiniSearch scores a single-field index (same formula, same parameters, same
 * typo and prefix weights), but kept in a few typed arrays: a sorted term list and, for each
 * term, the passages holding it and how often. That makes it small in memory, quick to save
 * and quick to load (the arrays are read back as they were written, nothing to rebuild).
 *
 * The same French/English analysis runs on documents and queries (see src/text/analyzer.ts).
 * Typo (fuzzy) and prefix matching are spent only on query words the index does not hold,
 * which keeps queries fast on large corpora. A phrase and coverage re-ranking puts passages
 * holding the query's words together, and all of them, first.
 */
import type { Article, Lang } from '../corpus/article.js';
import { PackedCorpus, packedSlot, paragraphsOf } from '../corpus/packedCorpus.js';
import { baseForm, contentWords, isStopword, searchTerm, stem, tokenize } from '../text/analyzer.js';

export interface Passage {
  /** Position in the passage list. */
  id: number;
  articleId: string;
  paragraph: number;
  sentence: number;
  text: string;
  /** A title line or subhead rather than prose. */
  heading: boolean;
  lang: Lang;
}

export interface PassageHit {
  passage: Passage;
  score: number;
  /** The query's content words were found side by side, in order. */
  phrase: boolean;
  /** Share of the query's words the passage matched (0–1). */
  coverage: number;
}

export interface PassageSearchOptions {
  limit?: number;
  /** Only passages of these articles. */
  articleIds?: Set<string>;
  /** Leave out title lines and subheads. */
  proseOnly?: boolean;
}

/** What is saved in the cache besides the packed corpus: the term list and postings. */
export interface PassageIndexSnapshot {
  /** Sorted terms, joined with newlines (UTF-8). */
  terms: Uint8Array;
  /** Where each term's postings start (terms + 1). */
  postingStart: Uint32Array;
  postingPassage: Uint32Array;
  postingFrequency: Uint16Array;
  /** Distinct terms per passage (BM25's field length). */
  passageLength: Uint32Array;
  averageLength: number;
}

/** BM25+ parameters and typo/prefix weights, as MiniSearch's defaults and our former settings. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const WEIGHTS = { fuzzy: 0.45, prefix: 0.35 };

/** Query terms: stemmed in each language the corpus has, since a query's language is unknown. */
export function processQueryTerm(token: string, langs: readonly Lang[] = ['fr', 'en']): string[] | null {
  const word = baseForm(token);
  if (!word || isStopword(word)) return null;
  return [...new Set(langs.map((lang) => stem(word, lang)))];
}

const languagesOf = (langs: Iterable<Lang>): Lang[] => {
  const list = [...new Set(langs)].sort();
  return list.length ? list : ['fr'];
};

export function passagesOf(articles: Article[]): Passage[] {
  const passages: Passage[] = [];
  for (const article of articles) {
    for (const paragraph of article.paragraphs) {
      for (const sentence of paragraph.sentences) {
        passages.push({
          id: passages.length,
          articleId: article.id,
          paragraph: paragraph.index,
          sentence: sentence.index,
          text: sentence.text,
          heading: paragraph.kind === 'heading',
          lang: article.lang,
        });
      }
    }
  }
  return passages;
}

/** A passage of the index; its text is read from the packed corpus when asked for. */
class IndexedPassage implements Passage {
  readonly #packed: PackedCorpus;

  constructor(
    packed: PackedCorpus,
    readonly id: number,
    readonly articleId: string,
    readonly paragraph: number,
    readonly sentence: number,
    readonly heading: boolean,
    readonly lang: Lang,
  ) {
    this.#packed = packed;
  }

  get text(): string {
    return this.#packed.sentenceText(this.id);
  }

  toJSON(): Passage {
    const { id, articleId, paragraph, sentence, text, heading, lang } = this;
    return { id, articleId, paragraph, sentence, text, heading, lang };
  }
}

/** First index at or after `from` whose term does not start with `prefix` (terms sorted, terms[from - 1] starts with it). */
function endOfPrefix(terms: readonly string[], prefix: string, from: number): number {
  let lo = from;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid].startsWith(prefix)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose term is not below `term`. */
function lowerBound(terms: readonly string[], term: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid] < term) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Terms within `maxDistance` edits (Levenshtein) of `query`, with their distance. Walks the sorted
 * term list as a trie: rows of the edit table are shared by terms with a common prefix, and a
 * prefix already too far skips every term that starts with it.
 */
export function fuzzyTerms(terms: readonly string[], query: string, maxDistance: number): Map<number, number> {
  const found = new Map<number, number>();
  const m = query.length;
  const rows: Int32Array[] = [Int32Array.from({ length: m + 1 }, (_, j) => j)];
  let previous = '';
  let valid = 0;
  let i = 0;
  while (i < terms.length) {
    const term = terms[i];
    let depth = 0;
    const shared = Math.min(valid, term.length);
    while (depth < shared && term.charCodeAt(depth) === previous.charCodeAt(depth)) depth++;
    let dead = false;
    while (depth < term.length) {
      const above = rows[depth];
      const row = (rows[depth + 1] ??= new Int32Array(m + 1));
      const c = term.charCodeAt(depth);
      row[0] = depth + 1;
      let min = row[0];
      for (let j = 1; j <= m; j++) {
        const v = Math.min(above[j] + 1, row[j - 1] + 1, above[j - 1] + (query.charCodeAt(j - 1) === c ? 0 : 1));
        row[j] = v;
        if (v < min) min = v;
      }
      depth++;
      if (min > maxDistance) {
        dead = true;
        break;
      }
    }
    previous = term;
    valid = depth;
    if (dead) {
      i = endOfPrefix(terms, term.slice(0, depth), i + 1);
      continue;
    }
    const distance = rows[term.length][m];
    if (distance <= maxDistance) found.set(i, distance);
    i++;
  }
  return found;
}

/** The `k` best of scored candidates (higher score first, earlier candidate on ties), as a small heap. */
class TopK {
  readonly ids: number[] = [];
  readonly scores: number[] = [];
  readonly orders: number[] = [];
  constructor(private readonly k: number) {}

  private worse(a: number, b: number): boolean {
    return this.scores[a] < this.scores[b] || (this.scores[a] === this.scores[b] && this.orders[a] > this.orders[b]);
  }

  private swap(a: number, b: number): void {
    [this.ids[a], this.ids[b]] = [this.ids[b], this.ids[a]];
    [this.scores[a], this.scores[b]] = [this.scores[b], this.scores[a]];
    [this.orders[a], this.orders[b]] = [this.orders[b], this.orders[a]];
  }

  offer(id: number, score: number, order: number): void {
    const n = this.ids.length;
    if (n < this.k) {
      this.ids.push(id);
      this.scores.push(score);
      this.orders.push(order);
      for (let i = n; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!this.worse(i, parent)) break;
        this.swap(i, parent);
        i = parent;
      }
      return;
    }
    // The root is the worst kept: replace it when the newcomer is better.
    if (!(score > this.scores[0] || (score === this.scores[0] && order < this.orders[0]))) return;
    this.ids[0] = id;
    this.scores[0] = score;
    this.orders[0] = order;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < n && this.worse(l, worst)) worst = l;
      if (r < n && this.worse(r, worst)) worst = r;
      if (worst === i) break;
      this.swap(i, worst);
      i = worst;
    }
  }

  /** Kept candidates, best first. */
  sorted(): { id: number; score: number; order: number }[] {
    return this.ids.map((id, i) => ({ id, score: this.scores[i], order: this.orders[i] })).sort((a, b) => b.score - a.score || a.order - b.order);
  }
}

/** The analysis of passages into terms, each spelling analysed once per language, and each term's postings. */
class Analysis {
  private readonly termIds = new Map<string, number>();
  /** Per term: passage, count, passage, count… */
  private readonly postings: number[][] = [];
  private readonly seen = { fr: new Map<string, number>(), en: new Map<string, number>() };
  private readonly counts = new Map<number, number>();

  /** Adds a passage's terms; returns how many distinct terms it has (BM25's field length). */
  add(passage: number, text: string, lang: Lang): number {
    this.counts.clear();
    for (const token of tokenize(text)) {
      const t = this.termOf(token, lang);
      if (t >= 0) this.counts.set(t, (this.counts.get(t) ?? 0) + 1);
    }
    for (const [t, n] of this.counts) this.postings[t].push(passage, Math.min(n, 0xffff));
    return this.counts.size;
  }

  /** Term id of a token, or -1 when it is no term (stopword). */
  private termOf(token: string, lang: Lang): number {
    let t = this.seen[lang].get(token);
    if (t !== undefined) return t;
    const term = searchTerm(token, lang);
    t = term ? this.termIds.get(term) : -1;
    if (t === undefined) {
      t = this.postings.length;
      this.termIds.set(term!, t);
      this.postings.push([]);
    }
    this.seen[lang].set(token, t);
    return t;
  }

  lists(): Map<string, number[]> {
    return new Map([...this.termIds].map(([term, t]) => [term, this.postings[t]]));
  }
}

/** Two postings lists (passage, count pairs, in passage order) as one, in passage order. */
function mergePostings(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i] < b[j])) {
      out.push(a[i], a[i + 1]);
      i += 2;
    } else {
      out.push(b[j], b[j + 1]);
      j += 2;
    }
  }
  return out;
}

export class PassageIndex {
  /** The corpus text the passages are sentences of. */
  readonly packed: PackedCorpus;
  private readonly terms: string[];
  private readonly snapshot: PassageIndexSnapshot;
  private readonly articleIds: string[];
  private readonly articleLangs: Lang[];
  private readonly langs: Lang[];
  private articleSlots?: Map<string, number>;
  private passageList?: Passage[];
  /** Per-query scratch, reused. */
  private scratch?: Scoring;

  private constructor(packed: PackedCorpus, snapshot: PassageIndexSnapshot, articles: readonly Pick<Article, 'id' | 'lang'>[]) {
    this.packed = packed;
    this.snapshot = snapshot;
    this.terms = snapshot.terms.length ? new TextDecoder().decode(snapshot.terms).split('\n') : [];
    this.articleIds = articles.map((a) => a.id);
    this.articleLangs = articles.map((a) => a.lang);
    this.langs = languagesOf(this.articleLangs);
  }

  static build(articles: Article[]): PassageIndex {
    const packed = PackedCorpus.pack(articles);
    const analysis = new Analysis();
    const passageLength = new Uint32Array(packed.sentenceCount);
    let id = 0;
    for (const article of articles) {
      for (const paragraph of paragraphsOf(article)) {
        for (const sentence of paragraph.sentences) passageLength[id] = analysis.add(id++, sentence.text, article.lang);
      }
    }
    return PassageIndex.assemble(packed, articles, passageLength, analysis.lists());
  }

  /**
   * The index of `articles` after a change of the corpus: articles `previous` already held
   * (the same objects, their files untouched) keep their analysed passages, renumbered; only
   * the others are analysed. Gives the same index as `build(articles)`.
   */
  static update(previous: PassageIndex, articles: Article[]): PassageIndex {
    const packed = PackedCorpus.pack(articles);
    const analysis = new Analysis();
    const passageLength = new Uint32Array(packed.sentenceCount);
    const renumbered = new Int32Array(previous.documentCount).fill(-1);
    const now = packed.sections;
    const before = previous.packed.sections;
    articles.forEach((article, a) => {
      const from = now.paragraphSentences[now.articleParagraphs[a]];
      const to = now.paragraphSentences[now.articleParagraphs[a + 1]];
      const slot = packedSlot(article, previous.packed);
      const oldFrom = slot === undefined ? 0 : before.paragraphSentences[before.articleParagraphs[slot]];
      if (slot !== undefined && before.paragraphSentences[before.articleParagraphs[slot + 1]] - oldFrom === to - from) {
        for (let k = 0; k < to - from; k++) {
          renumbered[oldFrom + k] = from + k;
          passageLength[from + k] = previous.snapshot.passageLength[oldFrom + k];
        }
        return;
      }
      let id = from;
      for (const paragraph of paragraphsOf(article)) {
        for (const sentence of paragraph.sentences) passageLength[id] = analysis.add(id++, sentence.text, article.lang);
      }
    });
    // Kept passages keep their order, so each term's renumbered postings stay in passage order.
    const lists = new Map<string, number[]>();
    const { postingStart, postingPassage, postingFrequency } = previous.snapshot;
    previous.terms.forEach((term, t) => {
      const list: number[] = [];
      for (let i = postingStart[t]; i < postingStart[t + 1]; i++) {
        const id = renumbered[postingPassage[i]];
        if (id >= 0) list.push(id, postingFrequency[i]);
      }
      if (list.length) lists.set(term, list);
    });
    for (const [term, fresh] of analysis.lists()) {
      const kept = lists.get(term);
      lists.set(term, kept ? mergePostings(kept, fresh) : fresh);
    }
    return PassageIndex.assemble(packed, articles, passageLength, lists);
  }

  /** The index from each term's postings (passage, count, passage, count… in passage order). */
  private static assemble(packed: PackedCorpus, articles: readonly Pick<Article, 'id' | 'lang'>[], passageLength: Uint32Array, lists: Map<string, number[]>): PassageIndex {
    const terms = [...lists.keys()].sort();
    const postingStart = new Uint32Array(terms.length + 1);
    let total = 0;
    terms.forEach((term, i) => {
      postingStart[i] = total;
      total += lists.get(term)!.length / 2;
    });
    postingStart[terms.length] = total;
    const postingPassage = new Uint32Array(total);
    const postingFrequency = new Uint16Array(total);
    terms.forEach((term, i) => {
      const list = lists.get(term)!;
      for (let j = 0, at = postingStart[i]; j < list.length; j += 2, at++) {
        postingPassage[at] = list[j];
        postingFrequency[at] = list[j + 1];
      }
    });
    // A running average, as MiniSearch keeps it.
    let averageLength = 0;
    passageLength.forEach((length, id) => {
      averageLength = (averageLength * id + length) / (id + 1);
    });
    const snapshot: PassageIndexSnapshot = { terms: new TextEncoder().encode(terms.join('\n')), postingStart, postingPassage, postingFrequency, passageLength, averageLength };
    return new PassageIndex(packed, snapshot, articles);
  }

  /** Restores an index saved with `toSnapshot()`, with the packed corpus saved beside it. */
  static fromSnapshot(snapshot: PassageIndexSnapshot, packed: PackedCorpus, articles: readonly Pick<Article, 'id' | 'lang'>[]): PassageIndex {
    return new PassageIndex(packed, snapshot, articles);
  }

  toSnapshot(): PassageIndexSnapshot {
    return this.snapshot;
  }

  get documentCount(): number {
    return this.packed.sentenceCount;
  }

  /** Every passage, in corpus order (made on first use). */
  get passages(): Passage[] {
    if (!this.passageList) {
      const list: Passage[] = [];
      for (let id = 0; id < this.documentCount; id++) list.push(this.passage(id));
      this.passageList = list;
    }
    return this.passageList;
  }

  passage(id: number): Passage {
    if (this.passageList) return this.passageList[id];
    const { packed } = this;
    const p = packed.sentenceParagraph[id];
    const a = packed.paragraphArticle[p];
    const s = packed.sections;
    return new IndexedPassage(packed, id, this.articleIds[a], p - s.articleParagraphs[a], id - s.paragraphSentences[p], s.paragraphKind[p] === 1, this.articleLangs[a]);
  }

  passagesOfArticle(articleId: string): Passage[] {
    this.articleSlots ??= new Map(this.articleIds.map((id, slot) => [id, slot]));
    const slot = this.articleSlots.get(articleId);
    if (slot === undefined) return [];
    const { articleParagraphs, paragraphSentences } = this.packed.sections;
    const out: Passage[] = [];
    for (let id = paragraphSentences[articleParagraphs[slot]]; id < paragraphSentences[articleParagraphs[slot + 1]]; id++) out.push(this.passage(id));
    return out;
  }

  /** Whether the index holds the term. */
  hasTerm(term: string): boolean {
    const i = lowerBound(this.terms, term);
    return i < this.terms.length && this.terms[i] === term;
  }

  search(query: string, options: PassageSearchOptions = {}): PassageHit[] {
    const limit = options.limit ?? 10;
    const queryWords = contentWords(query);
    if (queryWords.length === 0) return [];
    const queryTerms: string[] = [];
    for (const token of tokenize(query)) queryTerms.push(...(processQueryTerm(token, this.langs) ?? []));
    const scoring = this.scoring(queryTerms);
    try {
      for (const term of queryTerms) this.scoreTerm(scoring, term);
      return this.rank(scoring, queryWords, limit, options);
    } finally {
      scoring.clear();
    }
  }

  private scoring(queryTerms: string[]): Scoring {
    const n = this.documentCount;
    const terms = new Set(queryTerms).size;
    if (this.scratch?.fits(n, terms)) return this.scratch.reset(queryTerms);
    this.scratch = new Scoring(n, terms);
    return this.scratch.reset(queryTerms);
  }

  /** Adds one query term's BM25+ scores, as MiniSearch does: exactly when the index holds it, else by prefix and typo. */
  private scoreTerm(scoring: Scoring, term: string): void {
    const at = lowerBound(this.terms, term);
    if (at < this.terms.length && this.terms[at] === term) {
      // Words the index holds are matched exactly; typo and prefix matching only for the others.
      this.addPostings(scoring, at, 1, scoring.bit(term));
      return;
    }
    // A swapped pair of letters is two edits: long unknown words get two.
    const maxDistance = term.length >= 5 ? 2 : term.length >= 4 ? 1 : 0;
    const fuzzy = maxDistance ? fuzzyTerms(this.terms, term, maxDistance) : new Map<number, number>();
    if (term.length >= 4) {
      for (let t = at, end = endOfPrefix(this.terms, term, at); t < end; t++) {
        const length = this.terms[t].length;
        fuzzy.delete(t);
        this.addPostings(scoring, t, (WEIGHTS.prefix * length) / (length + 0.3 * (length - term.length)), scoring.bit(term));
      }
    }
    for (const [t, distance] of fuzzy) {
      const length = this.terms[t].length;
      this.addPostings(scoring, t, (WEIGHTS.fuzzy * length) / (length + distance), scoring.bit(term));
    }
  }

  private addPostings(scoring: Scoring, t: number, weight: number, bit: number): void {
    const { postingStart, postingPassage, postingFrequency, passageLength, averageLength } = this.snapshot;
    const n = this.documentCount;
    const from = postingStart[t];
    const to = postingStart[t + 1];
    const df = to - from;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    const { k, b, d } = BM25;
    for (let i = from; i < to; i++) {
      const doc = postingPassage[i];
      const tf = postingFrequency[i];
      scoring.add(doc, weight * idf * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * passageLength[doc]) / averageLength))), bit);
    }
  }

  private rank(scoring: Scoring, queryWords: string[], limit: number, options: PassageSearchOptions): PassageHit[] {
    const { sentenceParagraph, paragraphArticle, sections } = this.packed;
    const best = new TopK(Math.max(limit * 8, 50));
    scoring.touched.forEach((doc, order) => {
      const p = sentenceParagraph[doc];
      if (options.proseOnly && sections.paragraphKind[p] === 1) return;
      if (options.articleIds && !options.articleIds.has(this.articleIds[paragraphArticle[p]])) return;
      // As MiniSearch: the score times the number of distinct query terms matched.
      best.offer(doc, scoring.scores[doc] * Math.max(1, scoring.matchedCount(doc)), order);
    });

    const queryWordCount = new Set(queryWords).size;
    const hits: PassageHit[] = [];
    // Re-rank only the head of the list: the phrase check reads passage text.
    for (const r of best.sorted()) {
      const passage = this.passage(r.id);
      // A word counts once, whichever of its stems (French, English) matched.
      const matched = queryWords.filter((w) => scoring.matched(r.id, stem(w, 'fr')) || scoring.matched(r.id, stem(w, 'en'))).length;
      const coverage = Math.min(1, matched / Math.max(1, queryWordCount));
      const phrase = queryWords.length > 1 && containsPhrase(passage.text, queryWords);
      let score = r.score * (0.5 + coverage) * (phrase ? 2 : 1);
      if (passage.heading) score *= 0.6;
      hits.push({ passage, score, phrase, coverage });
    }
    hits.sort((a, b) => b.score - a.score || a.passage.id - b.passage.id);
    return hits.slice(0, limit);
  }
}

/**
 * Per-query accumulators, sized to the passage count and reused: each passage's score, and
 * which distinct query terms it matched (one bit each), plus the passages touched, in order.
 */
class Scoring {
  readonly scores: Float64Array;
  private readonly masks: Uint32Array;
  private readonly words: number;
  private bits = new Map<string, number>();
  touched: number[] = [];

  constructor(readonly size: number, terms: number) {
    this.words = Math.max(1, Math.ceil(terms / 32));
    this.scores = new Float64Array(size);
    this.masks = new Uint32Array(size * this.words);
  }

  fits(size: number, terms: number): boolean {
    return size === this.size && terms <= this.words * 32;
  }

  reset(queryTerms: string[]): this {
    this.bits = new Map([...new Set(queryTerms)].map((t, i) => [t, i]));
    this.touched = [];
    return this;
  }

  /** The bit of a distinct query term. */
  bit(queryTerm: string): number {
    return this.bits.get(queryTerm)!;
  }

  add(doc: number, score: number, b: number): void {
    // Every contribution is positive: a zero score is a passage not seen yet.
    if (this.scores[doc] === 0) this.touched.push(doc);
    this.scores[doc] += score;
    this.masks[doc * this.words + (b >>> 5)] |= 1 << (b & 31);
  }

  matched(doc: number, queryTerm: string): boolean {
    const b = this.bits.get(queryTerm);
    return b !== undefined && (this.masks[doc * this.words + (b >>> 5)] & (1 << (b & 31))) !== 0;
  }

  matchedCount(doc: number): number {
    let count = 0;
    for (let w = 0; w < this.words; w++) count += popcount(this.masks[doc * this.words + w]);
    return count;
  }

  clear(): void {
    for (const doc of this.touched) {
      this.scores[doc] = 0;
      this.masks.fill(0, doc * this.words, (doc + 1) * this.words);
    }
    this.touched = [];
  }
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Whether the passage holds the query's content words side by side, in order (accents, case, elisions forgiven). */
export function containsPhrase(text: string, queryWords: string[]): boolean {
  const words = contentWords(text);
  const n = queryWords.length;
  outer: for (let i = 0; i + n <= words.length; i++) {
    for (let j = 0; j < n; j++) if (words[i + j] !== queryWords[j]) continue outer;
    return true;
  }
  return false;
}
