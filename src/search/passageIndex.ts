/**
 * A MiniSearch index of passages, one per sentence (title lines are passages too). The same
 * French/English analysis runs on documents and queries (see src/text/analyzer.ts). Typo
 * (fuzzy) and prefix matching are spent only on query words the index does not hold, which
 * keeps queries fast on large corpora. A phrase and coverage re-ranking puts passages holding
 * the query's words together, and all of them, first.
 */
import MiniSearch, { type AsPlainObject, type Options, type SearchResult } from 'minisearch';
import type { Article, Lang } from '../corpus/article.js';
import { baseForm, contentWords, isStopword, searchTerm, stem, tokenize } from '../text/analyzer.js';

export interface Passage {
  /** Position in the passage list; also the MiniSearch document id. */
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

interface IndexedFields {
  id: number;
  text: string;
  lang: Lang;
}

/** What is saved in the cache: the MiniSearch index as a plain object, and its vocabulary. */
export interface PassageIndexSnapshot {
  index: AsPlainObject;
  vocabulary: string[];
}

/** Query terms: stemmed in each language the corpus has, since a query's language is unknown. */
export function processQueryTerm(token: string, langs: readonly Lang[] = ['fr', 'en']): string[] | null {
  const word = baseForm(token);
  if (!word || isStopword(word)) return null;
  return [...new Set(langs.map((lang) => stem(word, lang)))];
}

function miniSearchOptions(vocabulary: Set<string>, langs: readonly Lang[]): Options<IndexedFields> {
  // Words the index holds are matched exactly; typo and prefix matching only for the others.
  const unknown = (term: string) => !vocabulary.has(term);
  return {
    idField: 'id',
    fields: ['text'],
    storeFields: [],
    tokenize: (text: string) => tokenize(text),
    processTerm: (term: string) => term,
    // Documents are stemmed in their own language when indexed.
    extractField: (doc: IndexedFields, field: string): string => {
      if (field === 'id') return doc.id as unknown as string;
      const terms: string[] = [];
      for (const token of tokenize(doc.text)) {
        const term = searchTerm(token, doc.lang);
        if (!term) continue;
        vocabulary.add(term);
        terms.push(term);
      }
      return terms.join(' ');
    },
    searchOptions: {
      // A swapped pair of letters is two edits: long unknown words get two.
      fuzzy: (term: string) => (!unknown(term) ? false : term.length >= 5 ? 2 : term.length >= 4 ? 1 : false),
      prefix: (term: string) => term.length >= 4 && unknown(term),
      combineWith: 'OR',
      processTerm: (token: string) => processQueryTerm(token, langs),
      tokenize: (text: string) => tokenize(text),
      weights: { fuzzy: 0.45, prefix: 0.35 },
    },
  };
}

const languagesOf = (articles: Article[]): Lang[] => {
  const langs = [...new Set(articles.map((a) => a.lang))].sort();
  return langs.length ? langs : ['fr'];
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

export class PassageIndex {
  readonly passages: Passage[];
  private readonly search_: MiniSearch<IndexedFields>;
  private readonly byArticle: Map<string, Passage[]>;
  private readonly vocabulary: Set<string>;

  private constructor(passages: Passage[], search: MiniSearch<IndexedFields>, vocabulary: Set<string>) {
    this.passages = passages;
    this.search_ = search;
    this.vocabulary = vocabulary;
    this.byArticle = new Map();
    for (const p of passages) {
      const list = this.byArticle.get(p.articleId);
      if (list) list.push(p);
      else this.byArticle.set(p.articleId, [p]);
    }
  }

  static build(articles: Article[]): PassageIndex {
    const passages = passagesOf(articles);
    const vocabulary = new Set<string>();
    const search = new MiniSearch<IndexedFields>(miniSearchOptions(vocabulary, languagesOf(articles)));
    search.addAll(passages.map((p) => ({ id: p.id, text: p.text, lang: p.lang })));
    return new PassageIndex(passages, search, vocabulary);
  }

  /** Restores an index saved with `toSnapshot()` for the same articles. */
  static fromSnapshot(snapshot: PassageIndexSnapshot, articles: Article[]): PassageIndex {
    const vocabulary = new Set(snapshot.vocabulary);
    const search = MiniSearch.loadJS<IndexedFields>(snapshot.index, miniSearchOptions(vocabulary, languagesOf(articles)));
    return new PassageIndex(passagesOf(articles), search, vocabulary);
  }

  toSnapshot(): PassageIndexSnapshot {
    return { index: this.search_.toJSON(), vocabulary: [...this.vocabulary] };
  }

  get documentCount(): number {
    return this.search_.documentCount;
  }

  passagesOfArticle(articleId: string): Passage[] {
    return this.byArticle.get(articleId) ?? [];
  }

  search(query: string, options: PassageSearchOptions = {}): PassageHit[] {
    const limit = options.limit ?? 10;
    const queryWords = contentWords(query);
    if (queryWords.length === 0) return [];
    const filter = (r: SearchResult) => {
      const p = this.passages[r.id as number];
      if (!p) return false;
      if (options.proseOnly && p.heading) return false;
      return !options.articleIds || options.articleIds.has(p.articleId);
    };
    const raw = this.search_.search(query, { filter });
    const queryWordCount = new Set(queryWords).size;
    const hits: PassageHit[] = [];
    // Re-rank only the head of the list: the phrase check reads passage text.
    for (const r of raw.slice(0, Math.max(limit * 8, 50))) {
      const passage = this.passages[r.id as number];
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
