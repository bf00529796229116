/**
 * The quotations of the whole corpus, built once per corpus version (and aliases file): every
 * article's quotations attributed to corpus-wide speakers and grouped across outlets. Answers
 * "who said these words?" and "what did this speaker say?".
 */
import MiniSearch from 'minisearch';
import type { Lang } from '../corpus/article.js';
import type { AnswerResult } from '../engine/answer.js';
import { processQueryTerm } from '../search/passageIndex.js';
import { searchTerm, tokenize } from '../text/analyzer.js';
import type { Engine } from '../engine/engine.js';
import { normalizeForMatch } from '../text/normalize.js';
import { descriptorKey, nameKey, type CorpusTitles } from './articleCast.js';
import { groupQuotations, type AttributedQuotation, type QuoteGroup } from './corroborate.js';
import { extractQuotes, type ArticleQuotations } from './extractQuotes.js';
import { matchWords, queryWords, sameWord, type WordMatch } from './matchWords.js';
import { quoteCacheKey, readQuoteCache, writeQuoteCache } from './quoteCache.js';
import { aliasStamp, loadSpeakerAliases, SpeakerRegistry, type Speaker } from './speakerRegistry.js';

export interface QuoteHit {
  group: QuoteGroup;
  /** The report that matched best: its words are shown. */
  member: AttributedQuotation;
  match: WordMatch;
  score: number;
}

/** Share of the query's words a quotation must hold to count as a match. */
export const MIN_COVERAGE = 0.75;
/** Reports scored word by word per query: the head of a MiniSearch ranking, so a query costs the same at any corpus size. */
export const CANDIDATES = 60;

interface IndexedReport {
  id: number;
  quote: string;
  lang: Lang;
}

/**
 * An index of every report's words (same analysis as the passage index) that narrows a query
 * to a few candidates before the forgiving word-by-word match runs on them.
 */
function indexReports(reports: AttributedQuotation[]): MiniSearch<IndexedReport> {
  // As in the passage index: typo and prefix matching only for words no report holds.
  const vocabulary = new Set<string>();
  const unknown = (term: string) => !vocabulary.has(term);
  const index = new MiniSearch<IndexedReport>({
    fields: ['quote'],
    storeFields: [],
    tokenize: (text) => tokenize(text),
    processTerm: (term) => term,
    extractField: (doc, field) => {
      if (field === 'id') return doc.id as unknown as string;
      const terms = tokenize(doc.quote).map((t) => searchTerm(t, doc.lang)).filter((t): t is string => Boolean(t));
      for (const t of terms) vocabulary.add(t);
      return terms.join(' ');
    },
    searchOptions: {
      fuzzy: (term) => (unknown(term) ? 0.34 : false),
      prefix: (term) => unknown(term) && term.length >= 4,
      combineWith: 'OR',
      processTerm: processQueryTerm,
      tokenize: (text) => tokenize(text),
    },
  });
  index.addAll(reports.map((r, id) => ({ id, quote: r.quote, lang: r.lang })));
  return index;
}

export class QuoteStore {
  readonly groups: QuoteGroup[];
  readonly speakers: Speaker[];
  readonly articles: ArticleQuotations[];
  /** A problem with the aliases file, to report. */
  readonly aliasProblem: string | null;
  private readonly quoteCount = new Map<string, number>();
  private readonly reports: { group: QuoteGroup; member: AttributedQuotation }[];
  /** Each report's words in matching form, for queries made only of function words. */
  private readonly reportTexts: string[];
  private readonly reportIndex: MiniSearch<IndexedReport>;

  constructor(articles: ArticleQuotations[], registry: SpeakerRegistry, aliasProblem: string | null) {
    this.articles = articles;
    this.aliasProblem = aliasProblem;
    const attributed: AttributedQuotation[] = articles.flatMap((a) => a.quotations.map((q) => ({ ...q, speakerRef: registry.speakerOf(a.article.id, q.speaker) })));
    this.groups = groupQuotations(attributed);
    for (const g of this.groups) if (g.speaker) this.quoteCount.set(g.speaker.id, (this.quoteCount.get(g.speaker.id) ?? 0) + 1);
    this.reports = this.groups.flatMap((group) => group.members.map((member) => ({ group, member })));
    this.reportIndex = indexReports(this.reports.map((r) => r.member));
    this.reportTexts = this.reports.map((r) => normalizeForMatch(r.member.quote));
    this.speakers = registry.speakers.filter((s) => this.quoteCount.has(s.id)).sort((a, b) => this.countOf(b) - this.countOf(a) || a.name.localeCompare(b.name));
  }

  /** Builds the store, reusing the cached extraction when the corpus and aliases are unchanged. */
  static build(engine: Engine): QuoteStore {
    const { aliases, problem } = loadSpeakerAliases(engine.corpusDir);
    const key = quoteCacheKey(engine, aliasStamp(engine.corpusDir));
    let articles = readQuoteCache(engine, key);
    if (!articles) {
      articles = QuoteStore.extract(engine);
      writeQuoteCache(engine, key, articles);
    }
    return new QuoteStore(articles, new SpeakerRegistry(articles, aliases), problem);
  }

  /** Reads every article's quotations, in two passes (titles first, corpus-wide). */
  static extract(engine: Engine): ArticleQuotations[] {
    // First reading: which titles name which person anywhere in the corpus ("le dirigeant nord-coréen").
    const titles: CorpusTitles = new Map();
    for (const article of engine.articles) {
      for (const member of extractQuotes(article).cast!.members) {
        if (member.kind !== 'person' || !member.name || member.nameTokens.length < 2) continue;
        for (const d of member.descriptors) {
          const key = descriptorKey(d);
          const names = titles.get(key) ?? new Set<string>();
          if (![...names].some((n) => nameKey(n) === nameKey(member.name!))) names.add(member.name);
          titles.set(key, names);
        }
      }
    }
    return engine.articles.map((a) => extractQuotes(a, titles));
  }

  countOf(speaker: Speaker): number {
    return this.quoteCount.get(speaker.id) ?? 0;
  }

  /** Quotations closest to the words given, best first; only those holding most of the words. */
  search(query: string, limit = 5): QuoteHit[] {
    const words = queryWords(query);
    if (words.length === 0) return [];
    const candidates = this.reportIndex.search(query).slice(0, CANDIDATES);
    const byGroup = new Map<QuoteGroup, AttributedQuotation[]>();
    // Only function words ("ce que nous"): no index term to narrow with, so the words must stand as written.
    const phrase = normalizeForMatch(query);
    const shortlist = candidates.length
      ? candidates.map((c) => this.reports[c.id as number])
      : this.reports.filter((_, i) => this.reportTexts[i].includes(phrase));
    for (const { group, member } of shortlist) byGroup.set(group, [...(byGroup.get(group) ?? []), member]);
    const hits: QuoteHit[] = [];
    for (const [group, members] of byGroup) {
      let best: QuoteHit | null = null;
      for (const member of members) {
        const match = matchWords(words, member.quote);
        if (match.coverage < (words.length <= 2 ? 1 : MIN_COVERAGE)) continue;
        const tightness = Math.min(1, words.length / Math.max(1, match.length));
        const score = match.coverage * 2 + (match.phrase ? 0.6 : 0) + tightness * 0.3 + (member.kind === 'direct' ? 0.2 : 0) + Math.min(group.members.length - 1, 3) * 0.05;
        if (!best || score > best.score) best = { group, member, match, score };
      }
      if (best) hits.push(best);
    }
    return hits.sort((a, b) => b.score - a.score).slice(0, limit);
  }

  /** Speakers a typed name stands for: exact forms first, then every speaker whose name holds the words. */
  findSpeakers(typed: string): Speaker[] {
    const key = normalizeForMatch(typed).replace(/^(?:l'|la |le |les |the )/u, '');
    if (!key) return [];
    const exact = this.speakers.filter((s) => s.forms.some((f) => normalizeForMatch(f).replace(/^(?:l'|la |le |les |the )/u, '') === key));
    if (exact.length) return exact;
    const typedWords = key.split(' ');
    return this.speakers.filter((s) =>
      s.forms.some((f) => {
        const formWords = normalizeForMatch(f).split(' ');
        return typedWords.every((t) => formWords.some((w) => sameWord(t, w) || (t.length >= 3 && w.startsWith(t))));
      }),
    );
  }

  /** Every quotation group of a speaker, in corpus order. */
  quotesOf(speaker: Speaker): QuoteGroup[] {
    return this.groups.filter((g) => g.speaker?.id === speaker.id);
  }

  /** Known speaker names for autocomplete, most quoted first. */
  complete(typed: string, limit = 25): string[] {
    const key = normalizeForMatch(typed);
    const matches = this.speakers.filter((s) => !key || s.forms.some((f) => normalizeForMatch(f).includes(key)));
    return matches.slice(0, limit).map((s) => s.name);
  }
}

/** The quotation store of the engine's current corpus (memoised per corpus version and aliases file). */
export function quoteStore(engine: Engine): QuoteStore {
  return engine.derived(`quotes@${aliasStamp(engine.corpusDir)}`, QuoteStore.build);
}

/** One answer result for a quotation group: the shown report's words, every outlet. */
export function groupToResult(engine: Engine, group: QuoteGroup, shown: AttributedQuotation = group.members[0], highlights?: [number, number][]): AnswerResult {
  const others = group.members.filter((m) => m.articleId !== shown.articleId);
  const ids = [shown.articleId, ...others.map((m) => m.articleId)].filter((id, i, all) => all.indexOf(id) === i);
  return {
    speaker: group.speaker?.name ?? null,
    quote: shown.quote,
    text: shown.text,
    articles: ids.map((id) => engine.citation(id)),
    context: shown.context !== shown.text ? shown.context : undefined,
    highlights,
    kind: group.kind,
  };
}
