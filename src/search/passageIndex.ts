/**
 * The passage index: a MiniSearch index of passages, one per sentence (title lines are passages
 * too). The same French/English analysis runs on documents and queries (see src/text/analyzer.ts).
 * Typo (fuzzy) and prefix matching are spent only on query words the index does not hold, which
 * keeps queries fast on large corpora. A phrase and coverage re-ranking puts passages holding the
 * query's words together, and all of them, first.
 *
 * Passage texts are not copied into the index: a passage reads its sentence from the packed
 * corpus (src/corpus/packedCorpus.ts) when asked for. MiniSearch document ids stay with a
 * passage across reloads (an article's passages have consecutive ids), so a reload discards
 * the passages of changed and removed articles and adds the new ones, and leaves the rest alone.
 */
import MiniSearch, { type AsPlainObject, type Options, type SearchOptions, type SearchResult, type VacuumOptions } from 'minisearch';
import type { Article, Lang, Paragraph } from '../corpus/article.js';
import { PackedCorpus, packedSlot, paragraphsOf } from '../corpus/packedCorpus.js';
import { baseForm, contentWords, isStopword, searchTerm, stem, tokenize } from '../text/analyzer.js';

export interface Passage {
  /** Position in the passage list (sentence number in the packed corpus). */
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

/** What is saved in the cache besides the packed corpus. */
export interface PassageIndexSnapshot {
  /** The MiniSearch index as MiniSearch serializes it (`JSON.stringify(miniSearch)`), UTF-8. */
  miniSearch: Uint8Array;
  /** The number of passages holding each term, in the order of MiniSearch's serialized index. */
  termPassages: Uint32Array;
  /** MiniSearch id of each article's first passage; its other passages follow. */
  firstIds: Uint32Array;
  /** The id the next added passage gets. */
  nextId: number;
}

/** A passage as MiniSearch sees it: its id, its text and the language to analyse it in. */
interface PassageDocument {
  id: number;
  text: string;
  lang: Lang;
}

/** Typo and prefix matches count less than the word itself (MiniSearch's defaults: 0.45, 0.375). */
const WEIGHTS = { fuzzy: 0.45, prefix: 0.35 };

/**
 * Edits a query word may be away from an indexed word. A swapped pair of letters is two edits:
 * long words get two; a five-letter word two edits away is another word ("green", "coreen").
 */
export function typoDistance(term: string): number {
  return term.length >= 7 ? 2 : term.length >= 4 ? 1 : 0;
}

/**
 * A query word held by more passages than this share of them (and than `COMMON_MIN_PASSAGES`) is
 * common: it adds to the score of passages the other words find, and finds none itself (see `prunedSearch`).
 */
const COMMON_SHARE = 0.02;
const COMMON_MIN_PASSAGES = 1000;
/** Passages a query of common words only is scored on. */
const COMMON_CANDIDATES = 2000;

/** Removed passages go from MiniSearch's inverted index in a few large batches after an update. */
const VACUUM: VacuumOptions = { batchSize: 20_000, batchWait: 1 };

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

/** Analyses passage text into terms, each spelling once per language (kept for one build or update). */
class TermAnalysis {
  private readonly seen = { fr: new Map<string, string | null>(), en: new Map<string, string | null>() };

  terms(text: string, lang: Lang): string[] {
    const seen = this.seen[lang];
    const terms: string[] = [];
    for (const token of tokenize(text)) {
      let term = seen.get(token);
      if (term === undefined) {
        term = searchTerm(token, lang);
        seen.set(token, term);
      }
      if (term) terms.push(term);
    }
    return terms;
  }
}

/** What MiniSearch's options read: the terms indexed, the corpus's languages, the analysis of the running build. */
interface IndexState {
  /** Every term the index holds, with the number of passages holding it. */
  vocabulary: Map<string, number>;
  langs: Lang[];
  analysis?: TermAnalysis;
  /**
   * While a query is searched: the readings of its words one reading of which the index holds. Such a
   * word is that word: its other readings are not stretched to other words by typo or prefix
   * ("mener", held in French, is not "miner" in English).
   */
  heldReadings?: Set<string>;
}

function miniSearchOptions(state: IndexState): Options<PassageDocument> {
  // Words the index holds are matched exactly; typo and prefix matching only for the others.
  const unknown = (term: string) => !state.vocabulary.has(term) && !state.heldReadings?.has(term);
  return {
    idField: 'id',
    fields: ['text'],
    storeFields: [],
    // Documents are analysed (and stemmed in their own language) by extractField: the field
    // value is its terms, space-separated, taken as they are.
    extractField: (doc: PassageDocument, field: string): unknown => {
      if (field === 'id') return doc.id;
      const terms = (state.analysis ??= new TermAnalysis()).terms(doc.text, doc.lang);
      for (const term of new Set(terms)) state.vocabulary.set(term, (state.vocabulary.get(term) ?? 0) + 1);
      return terms.join(' ');
    },
    tokenize: (terms: string) => terms.split(' '),
    processTerm: (term: string) => term,
    // An update vacuums once, after its discards (see `update`).
    autoVacuum: false,
    searchOptions: {
      fuzzy: (term: string) => (unknown(term) && typoDistance(term)) || false,
      prefix: (term: string) => term.length >= 4 && unknown(term),
      combineWith: 'OR',
      processTerm: (token: string) => processQueryTerm(token, state.langs),
      tokenize: (text: string) => tokenize(text),
      weights: WEIGHTS,
    },
  };
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

/** First and end (exclusive) passage of article `slot` in `packed`. */
function passageRange(packed: PackedCorpus, slot: number): [number, number] {
  const { articleParagraphs, paragraphSentences } = packed.sections;
  return [paragraphSentences[articleParagraphs[slot]], paragraphSentences[articleParagraphs[slot + 1]]];
}

/** The MiniSearch documents of an article's passages, ids from `firstId` on. */
function documentsOf(paragraphs: Paragraph[], firstId: number, lang: Lang): PassageDocument[] {
  const documents: PassageDocument[] = [];
  for (const paragraph of paragraphs) {
    for (const sentence of paragraph.sentences) documents.push({ id: firstId + documents.length, text: sentence.text, lang });
  }
  return documents;
}

type ArticleKey = Pick<Article, 'id' | 'lang'>;

export class PassageIndex {
  /** The corpus text the passages are sentences of. */
  readonly packed: PackedCorpus;
  /** Resolves once MiniSearch has vacuumed the passages an update discarded. */
  readonly vacuumed: Promise<void>;
  private readonly miniSearch: MiniSearch<PassageDocument>;
  private readonly state: IndexState;
  private readonly firstIds: Uint32Array;
  private readonly nextId: number;
  /** Passage position of each MiniSearch id (-1: not in this index). */
  private readonly positionOfId: Int32Array;
  private readonly articleIds: string[];
  private readonly articleLangs: Lang[];
  private articleSlots?: Map<string, number>;
  private passageList?: Passage[];
  /** Which common query words each passage holds, during a search (see `prunedSearch`). */
  private heldWords?: Uint32Array;

  private constructor(
    packed: PackedCorpus,
    miniSearch: MiniSearch<PassageDocument>,
    state: IndexState,
    articles: readonly ArticleKey[],
    ids: { firstIds: Uint32Array; nextId: number },
    vacuumed: Promise<void> = Promise.resolve(),
  ) {
    this.packed = packed;
    this.miniSearch = miniSearch;
    this.state = state;
    this.articleIds = articles.map((a) => a.id);
    this.articleLangs = articles.map((a) => a.lang);
    this.firstIds = ids.firstIds;
    this.nextId = ids.nextId;
    this.vacuumed = vacuumed;
    this.positionOfId = new Int32Array(this.nextId).fill(-1);
    for (let slot = 0; slot < articles.length; slot++) {
      const [from, to] = passageRange(packed, slot);
      for (let p = from; p < to; p++) this.positionOfId[this.firstIds[slot] + p - from] = p;
    }
  }

  static build(articles: Article[]): PassageIndex {
    const packed = PackedCorpus.pack(articles);
    const state: IndexState = { vocabulary: new Map(), langs: languagesOf(articles.map((a) => a.lang)) };
    const miniSearch = new MiniSearch<PassageDocument>(miniSearchOptions(state));
    // In a fresh index a passage's id is its position.
    const firstIds = new Uint32Array(articles.length);
    articles.forEach((article, slot) => {
      firstIds[slot] = passageRange(packed, slot)[0];
      miniSearch.addAll(documentsOf(paragraphsOf(article), firstIds[slot], article.lang));
    });
    state.analysis = undefined;
    return new PassageIndex(packed, miniSearch, state, articles, { firstIds, nextId: packed.sentenceCount });
  }

  /**
   * The index of `articles` after a change of the corpus. Articles `previous` already held (the
   * same objects, their files untouched) keep their passages in MiniSearch; the passages of the
   * others are discarded and the new ones added. Gives the answers of `build(articles)`.
   * `previous` hands its MiniSearch index over and is not to be searched after.
   */
  static update(previous: PassageIndex, articles: Article[]): PassageIndex {
    const packed = PackedCorpus.pack(articles);
    const { miniSearch, state } = previous;
    state.langs = languagesOf(articles.map((a) => a.lang));
    const firstIds = new Uint32Array(articles.length);
    const kept = new Uint8Array(previous.articleIds.length);
    const added: number[] = [];
    let nextId = previous.nextId;
    articles.forEach((article, slot) => {
      const [from, to] = passageRange(packed, slot);
      const old = packedSlot(article, previous.packed);
      if (old !== undefined && !kept[old]) {
        const [oldFrom, oldTo] = passageRange(previous.packed, old);
        if (oldTo - oldFrom === to - from) {
          kept[old] = 1;
          firstIds[slot] = previous.firstIds[old];
          return;
        }
      }
      firstIds[slot] = nextId;
      nextId += to - from;
      added.push(slot);
    });

    state.analysis = new TermAnalysis();
    const discarded: number[] = [];
    previous.articleLangs.forEach((lang, old) => {
      if (kept[old]) return;
      for (const passage of documentsOf(previous.packed.paragraphs(old), previous.firstIds[old], lang)) {
        discarded.push(passage.id);
        // A word only discarded passages held is unknown again: typo and prefix matching apply to it.
        for (const term of new Set(state.analysis!.terms(passage.text, lang))) {
          const held = (state.vocabulary.get(term) ?? 0) - 1;
          if (held > 0) state.vocabulary.set(term, held);
          else state.vocabulary.delete(term);
        }
      }
    });
    miniSearch.discardAll(discarded);
    for (const slot of added) miniSearch.addAll(documentsOf(paragraphsOf(articles[slot]), firstIds[slot], articles[slot].lang));
    state.analysis = undefined;

    const vacuumed = discarded.length ? miniSearch.vacuum(VACUUM) : Promise.resolve();
    return new PassageIndex(packed, miniSearch, state, articles, { firstIds, nextId }, vacuumed);
  }

  /** Restores an index saved with `toSnapshot()`, with the packed corpus saved beside it. */
  static fromSnapshot(snapshot: PassageIndexSnapshot, packed: PackedCorpus, articles: readonly ArticleKey[]): PassageIndex {
    const plain = JSON.parse(new TextDecoder().decode(snapshot.miniSearch)) as AsPlainObject;
    const state: IndexState = { vocabulary: new Map(), langs: languagesOf(articles.map((a) => a.lang)) };
    const counts = snapshot.termPassages.length === plain.index.length ? snapshot.termPassages : null;
    plain.index.forEach(([term, fields], i) => state.vocabulary.set(term, counts ? counts[i] : Object.keys(fields['0'] ?? {}).length));
    const miniSearch = MiniSearch.loadJS<PassageDocument>(plain, miniSearchOptions(state));
    return new PassageIndex(packed, miniSearch, state, articles, snapshot);
  }

  /** What the cache saves; call once `vacuumed` has resolved, so discarded passages are not saved. */
  toSnapshot(): PassageIndexSnapshot {
    const plain = this.miniSearch.toJSON();
    const termPassages = Uint32Array.from(plain.index, ([term]) => this.state.vocabulary.get(term) ?? 0);
    return { miniSearch: Buffer.from(JSON.stringify(plain), 'utf8'), termPassages, firstIds: this.firstIds, nextId: this.nextId };
  }

  get documentCount(): number {
    return this.miniSearch.documentCount;
  }

  /** Every passage, in corpus order (made on first use). */
  get passages(): Passage[] {
    if (!this.passageList) {
      const list: Passage[] = [];
      for (let id = 0; id < this.packed.sentenceCount; id++) list.push(this.passage(id));
      this.passageList = list;
    }
    return this.passageList;
  }

  /** The passage at a position of the passage list. */
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
    const [from, to] = passageRange(this.packed, slot);
    const out: Passage[] = [];
    for (let id = from; id < to; id++) out.push(this.passage(id));
    return out;
  }

  /** Whether the index holds the term (a word's stem, as `searchTerm` gives it). */
  hasTerm(term: string): boolean {
    return this.state.vocabulary.has(term);
  }

  /** The query's content words the index holds in no language's spelling: only typo and prefix matches stand for them. */
  unknownWords(query: string): string[] {
    return [...new Set(contentWords(query))].filter((w) => !(processQueryTerm(w, this.state.langs) ?? []).some((t) => this.state.vocabulary.has(t)));
  }

  private scoredPassages(query: string, filter?: (r: SearchResult) => boolean): SearchResult[] {
    const { sentenceStart, sentenceEnd } = this.packed.sections;
    const length = (id: number) => {
      const p = this.positionOfId[id];
      return p < 0 ? Infinity : sentenceEnd[p] - sentenceStart[p];
    };
    const { langs, vocabulary } = this.state;
    this.state.heldReadings = new Set(
      tokenize(query).flatMap((token) => {
        const readings = processQueryTerm(token, langs) ?? [];
        return readings.some((term) => vocabulary.has(term)) ? readings : [];
      }),
    );
    try {
      return this.languageSearch(query, filter, length);
    } finally {
      this.state.heldReadings = undefined;
    }
  }

  private languageSearch(query: string, filter: ((r: SearchResult) => boolean) | undefined, length: (id: number) => number): SearchResult[] {
    const { langs } = this.state;
    const read = (lang: Lang) => (token: string) => processQueryTerm(token, [lang]);
    const ambiguous = tokenize(query).some((token) => new Set(processQueryTerm(token, langs)).size > 1);
    const held = (this.heldWords ??= new Uint32Array(this.nextId));
    if (!ambiguous) return prunedSearch(this.miniSearch, this.state, query, filter, length, held);
    // A word stemmed one way in French and another in English ("mener": "men", "mener") is read in
    // each passage's own language: the French reading finds no English passage ("nine men").
    const { sentenceParagraph, paragraphArticle } = this.packed;
    const langOf = (id: number) => this.articleLangs[paragraphArticle[sentenceParagraph[this.positionOfId[id]]]];
    const results = langs.flatMap((lang) => {
      const inLang = (r: SearchResult) => langOf(r.id as number) === lang && (!filter || filter(r));
      return prunedSearch(this.miniSearch, this.state, query, inLang, length, held, read(lang));
    });
    return results.sort((a, b) => b.score - a.score);
  }

  search(query: string, options: PassageSearchOptions = {}): PassageHit[] {
    const limit = options.limit ?? 10;
    const queryWords = contentWords(query);
    if (queryWords.length === 0) return [];
    const { sentenceParagraph, paragraphArticle, sections } = this.packed;
    const { proseOnly, articleIds } = options;
    const filter =
      proseOnly || articleIds
        ? (r: SearchResult) => {
            const p = sentenceParagraph[this.positionOfId[r.id as number]];
            if (p === undefined || (proseOnly && sections.paragraphKind[p] === 1)) return false;
            return !articleIds || articleIds.has(this.articleIds[paragraphArticle[p]]);
          }
        : undefined;
    const raw = this.scoredPassages(query, filter);
    const queryWordCount = new Set(queryWords).size;
    const hits: PassageHit[] = [];
    // Re-rank only the head of the list: the phrase check reads passage text.
    for (const r of raw.slice(0, Math.max(limit * 8, 50))) {
      const position = this.positionOfId[r.id as number];
      if (position === undefined || position < 0) continue;
      const passage = this.passage(position);
      // A word counts once, whichever of its stems (French, English) matched.
      const matched = queryWords.filter((w) => r.queryTerms.includes(stem(w, 'fr')) || r.queryTerms.includes(stem(w, 'en'))).length;
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
 * Passages scored by MiniSearch for `query`, best first. Scoring a word held by a large share
 * of the passages costs MiniSearch an object per passage holding it (a word in half the
 * passages of 10,000 articles: about 100 ms), so common words are handled as a "common terms"
 * query does: they add to the score of the passages the query's rarer words find (among those
 * `filter` keeps), and find none themselves. A query of common words only finds the passages
 * holding all of them, the shortest first as BM25 ranks them (at most `COMMON_CANDIDATES`). When
 * that finds nothing (one common word, rarer words absent from the filtered passages), the query
 * is scored in full.
 */
function prunedSearch(
  miniSearch: MiniSearch<PassageDocument>,
  state: IndexState,
  query: string,
  filter: ((r: SearchResult) => boolean) | undefined,
  passageLength: (id: number) => number,
  /** One entry per MiniSearch id, all 0; left all 0. */
  held: Uint32Array,
  /** How query words are read into terms (by default in every language of the corpus). */
  processTerm: (token: string) => string[] | null = (token) => processQueryTerm(token, state.langs),
): SearchResult[] {
  const search = (text: string, options: SearchOptions) => miniSearch.search(text, { ...options, processTerm });
  const cutoff = Math.max(COMMON_MIN_PASSAGES, COMMON_SHARE * miniSearch.documentCount);
  const rare: string[] = [];
  const common: { token: string; terms: string[] }[] = [];
  for (const token of tokenize(query)) {
    const terms = processTerm(token);
    if (!terms) continue;
    const passages = Math.max(...terms.map((term) => state.vocabulary.get(term) ?? 0));
    if (passages > cutoff) common.push({ token, terms });
    else rare.push(token);
  }
  if (common.length === 0 || common.length > 31) return search(query, { filter });

  let candidates: number[] = [];
  if (rare.length) candidates = search(rare.join(' '), { filter }).map((r) => r.id as number);
  if (candidates.length === 0 && common.length > 1) {
    // Which common words each passage holds, one bit per word, without MiniSearch scoring them.
    const bitOf = new Map<string, number>();
    common.forEach(({ terms }, i) => terms.forEach((term) => bitOf.set(term, (bitOf.get(term) ?? 0) | (1 << i))));
    const all = 2 ** common.length - 1;
    search(common.map((c) => c.token).join(' '), {
      boostDocument: (id: number, term: string) => {
        held[id] |= bitOf.get(term) ?? 0;
        return 0;
      },
    });
    for (let id = 0; id < held.length; id++) {
      if (held[id] === all && (!filter || filter({ id } as SearchResult))) candidates.push(id);
      held[id] = 0;
    }
    if (candidates.length > COMMON_CANDIDATES) {
      candidates = candidates.sort((a, b) => passageLength(a) - passageLength(b) || a - b).slice(0, COMMON_CANDIDATES);
    }
  }
  if (candidates.length === 0) return search(query, { filter });
  const scored = new Set(candidates);
  return search(query, { filter, boostDocument: (id: number) => (scored.has(id) ? 1 : 0) });
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
