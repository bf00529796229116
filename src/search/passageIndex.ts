/**
 * A MiniSearch index of passages: one per sentence, with its neighbouring sentences as context
 * and the article title. The same French/English analysis runs on documents and queries
 * (see src/text/analyzer.ts). A phrase and coverage re-ranking puts passages holding the
 * query's words together, and all of them, first.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
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
  /** Share of the query's terms the passage matched (0–1). */
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
  context: string;
  title: string;
  lang: Lang;
}

/** Field weights: the sentence itself matters most; its neighbours and the title help. */
const BOOST = { text: 3, title: 1.2, context: 0.8 };

/** Documents are stemmed in their own language; a query, whose language is unknown, in both. */
function processDocumentTerm(lang: Lang) {
  return (token: string) => searchTerm(token, lang);
}

/** Query terms: stemmed in French and English at once, since a query's language is unknown. */
export function processQueryTerm(token: string): string[] | null {
  const word = baseForm(token);
  if (!word || isStopword(word)) return null;
  const stems = new Set([stem(word, 'fr'), stem(word, 'en')]);
  return [...stems];
}

function miniSearchOptions() {
  return {
    idField: 'id',
    fields: ['text', 'context', 'title'],
    storeFields: [] as string[],
    tokenize: (text: string) => tokenize(text),
    // Per-document language is carried in the text's first token slot by `extractField`.
    processTerm: (term: string) => term,
    extractField: (doc: IndexedFields, field: string): string | number => {
      if (field === 'id') return doc.id;
      const value = (doc as unknown as Record<string, string>)[field] ?? '';
      return tokenize(value)
        .map(processDocumentTerm(doc.lang))
        .filter((t): t is string => Boolean(t))
        .join(' ');
    },
    searchOptions: {
      boost: BOOST,
      fuzzy: (term: string) => (term.length >= 5 ? 0.2 : term.length >= 4 ? 1 : false),
      prefix: (term: string) => term.length >= 4,
      combineWith: 'OR' as const,
      processTerm: processQueryTerm,
      tokenize: (text: string) => tokenize(text),
      weights: { fuzzy: 0.45, prefix: 0.35 },
    },
  };
}

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

  private constructor(passages: Passage[], search: MiniSearch<IndexedFields>) {
    this.passages = passages;
    this.search_ = search;
    this.byArticle = new Map();
    for (const p of passages) {
      const list = this.byArticle.get(p.articleId);
      if (list) list.push(p);
      else this.byArticle.set(p.articleId, [p]);
    }
  }

  static build(articles: Article[]): PassageIndex {
    const passages = passagesOf(articles);
    const search = new MiniSearch<IndexedFields>(miniSearchOptions());
    const titles = new Map(articles.map((a) => [a.id, a.title ?? '']));
    search.addAll(passages.map((p) => indexedFields(p, passages, titles.get(p.articleId) ?? '')));
    return new PassageIndex(passages, search);
  }

  /** Restores an index saved with `toJSON()` for the same articles. */
  static fromJSON(json: string, articles: Article[]): PassageIndex {
    const search = MiniSearch.loadJSON<IndexedFields>(json, miniSearchOptions());
    return new PassageIndex(passagesOf(articles), search);
  }

  toJSON(): string {
    return JSON.stringify(this.search_);
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
    const queryTermCount = new Set(queryWords.map((w) => stem(w, 'fr'))).size;
    const hits: PassageHit[] = [];
    // Re-rank only the head of the list: the phrase check reads passage text.
    for (const r of raw.slice(0, Math.max(limit * 8, 50))) {
      const passage = this.passages[r.id as number];
      const matchedQueryTerms = new Set(r.queryTerms.map((t) => t)).size;
      const coverage = Math.min(1, matchedQueryTerms / Math.max(1, queryTermCount));
      const phrase = queryWords.length > 1 && containsPhrase(passage.text, queryWords);
      let score = r.score * (0.5 + coverage) * (phrase ? 2 : 1);
      if (passage.heading) score *= 0.6;
      hits.push({ passage, score, phrase, coverage });
    }
    hits.sort((a, b) => b.score - a.score || a.passage.id - b.passage.id);
    return hits.slice(0, limit);
  }
}

function indexedFields(p: Passage, all: Passage[], title: string): IndexedFields {
  const prev = all[p.id - 1];
  const next = all[p.id + 1];
  const context = [prev, next]
    .filter((n) => n && n.articleId === p.articleId && n.paragraph === p.paragraph)
    .map((n) => n!.text)
    .join(' ');
  return { id: p.id, text: p.text, context, title, lang: p.lang };
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
