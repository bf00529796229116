/**
 * The quotations of the whole corpus, built once per corpus version (and aliases file): every
 * article's quotations attributed to corpus-wide speakers and grouped across outlets. Answers
 * "who said these words?" and "what did this speaker say?".
 */
import type { Lang } from '../corpus/article.js';
import type { AnswerResult } from '../engine/answer.js';
import type { Engine } from '../engine/engine.js';
import { withoutLeadingMarks } from '../text/dateline.js';
import { normalizeForMatch } from '../text/normalize.js';
import { keepReadings, previousReadings, readArticles, type ArticleReading, type Readings } from './articleReadings.js';
import { groupQuotations, type AttributedQuotation, type QuoteGroup } from './corroborate.js';
import { baseForm, tokenize } from '../text/analyzer.js';
import { matchWords, printsInOrder, queryWords, type WordMatch } from './matchWords.js';
import { decodeStore, encodeStore, quoteCacheKey, readQuoteCache, storedReport, writeQuoteCache, type DecodedStore, type StoreContents } from './quoteCache.js';
import type { QuoteIndex } from './quoteIndex.js';
import { SpeakerLookup, type ResolvedSpeaker } from './speakerLookup.js';
import { aliasStamp, loadSpeakerAliases, SpeakerRegistry, type AliasEntry, type Speaker } from './speakerRegistry.js';

export interface QuoteHit {
  group: QuoteGroup;
  /** The report that matched best: its words are shown. */
  member: AttributedQuotation;
  match: WordMatch;
  score: number;
}

/** Share of the query's words a quotation must hold to count as a match. */
export const MIN_COVERAGE = 0.75;
/** A wording printing the query word for word, function words included, outranks one holding only its content words. */
const VERBATIM_BONUS = 0.4;
/** Wordings scored word by word per query: the head of the index's ranking, so a query costs the same at any corpus size. */
export const CANDIDATES = 60;
/** A query of function words only: wordings holding them all that are read for the phrase, per candidate wanted. */
const PHRASE_CHECKS = 10;

export class QuoteStore {
  readonly groups: QuoteGroup[];
  /** Speakers with quotations, most quoted first. */
  readonly speakers: Speaker[];
  /** A problem with the aliases file, to report. */
  readonly aliasProblem: string | null;
  private readonly quoteCount = new Map<string, number>();
  /** Every report, and the group it belongs to. */
  private readonly reports: AttributedQuotation[] = [];
  private readonly groupOf: QuoteGroup[] = [];
  /** Distinct wordings (a quotation relayed by a thousand outlets is matched once), and the reports printing each. */
  private readonly wordings: string[];
  private readonly reportsOf: number[][];
  private readonly wordingIndex: QuoteIndex;
  /** What a wording's best report adds to a match's score (direct, widely reported): candidates alike in words are told apart by it. */
  private readonly prior: Float32Array;
  /** Speakers' forms in matching form, for autocomplete. */
  private speakerForms?: string[][];
  private speakerLookup?: SpeakerLookup;

  /**
   * `articlesRead`: the articles this build extracted (none when read from the cache; after a
   * corpus change, the changed ones and those a changed corpus title concerns).
   */
  constructor({ groups, speakers, wordings, wordingOfReport, index }: DecodedStore, aliasProblem: string | null, readonly articlesRead: readonly string[] = []) {
    this.aliasProblem = aliasProblem;
    this.groups = groups;
    this.speakers = speakers;
    this.wordings = wordings;
    this.wordingIndex = index;
    this.reportsOf = wordings.map(() => []);
    for (const g of groups) if (g.speaker) this.quoteCount.set(g.speaker.id, (this.quoteCount.get(g.speaker.id) ?? 0) + 1);
    this.prior = new Float32Array(wordings.length);
    for (const group of groups) {
      for (const member of group.members) {
        const r = this.reports.push(member) - 1;
        const w = wordingOfReport[r];
        this.groupOf.push(group);
        this.reportsOf[w].push(r);
        this.prior[w] = Math.max(this.prior[w], reportBonus(member, group));
      }
    }
  }

  /**
   * Builds the store, from the cache when the corpus and aliases are unchanged. Otherwise only
   * the articles that changed since the last build (in this process, else the one kept on disk)
   * are read again; speakers, groups and the index are made anew from every article's reading.
   */
  static build(engine: Engine): QuoteStore {
    const { aliases, problem } = loadSpeakerAliases(engine.corpusDir);
    const key = quoteCacheKey(engine, aliasStamp(engine.corpusDir));
    const cached = readQuoteCache(engine, key);
    let contents = cached === null ? null : decodeStore(engine, cached);
    let read: string[] = [];
    if (!contents) {
      const built = QuoteStore.read(engine, aliases, previousReadings(engine));
      read = built.read;
      keepReadings(engine, built.readings);
      // Kept in its compact form from the start, so a fresh store is as lean as one read from the cache.
      const compact = encodeStore(key, built);
      writeQuoteCache(engine, compact);
      contents = decodeStore(engine, compact)!;
    }
    return new QuoteStore(contents, problem, read);
  }

  /** Attributes and groups every quotation of the corpus, reading again only the articles whose reading in `previous` no longer holds. */
  static read(engine: Engine, aliases: AliasEntry[], previous?: ReadonlyMap<string, ArticleReading>): StoreContents & Readings {
    const { readings, read } = readArticles(engine.articles, previous);
    const textOf = (id: string) => {
      const article = engine.article(id);
      return article ? [article.title ?? '', ...article.paragraphs.map((p) => p.text)].join('\n') : '';
    };
    const registry = new SpeakerRegistry(readings, aliases, textOf);
    const attributed: AttributedQuotation[] = readings.flatMap((r) => {
      const article = engine.article(r.id)!;
      // The article-level speaker is left behind: the corpus-wide speaker replaces it.
      return r.quotations.map((q) => storedReport(article, q, registry.speakerOf(r.id, q.speaker < 0 ? null : r.speakers[q.speaker])));
    });
    const groups = groupQuotations(attributed);
    const count = new Map<string, number>();
    for (const g of groups) if (g.speaker) count.set(g.speaker.id, (count.get(g.speaker.id) ?? 0) + 1);
    const speakers = registry.speakers.filter((s) => count.has(s.id)).sort((a, b) => count.get(b.id)! - count.get(a.id)! || a.name.localeCompare(b.name));
    return { groups, speakers, readings, read };
  }

  countOf(speaker: Speaker): number {
    return this.quoteCount.get(speaker.id) ?? 0;
  }

  /** Quotations closest to the words given, best first; only those holding most of the words. */
  search(query: string, limit = 5): QuoteHit[] {
    const words = queryWords(query);
    if (words.length === 0) return [];
    let shortlist = this.wordingIndex.shortlist(query, CANDIDATES, this.prior);
    // Only function words ("ce que nous"): no index term to narrow with, so the words must stand as written.
    if (shortlist.length === 0) shortlist = this.wordingsHolding(query, words, CANDIDATES);
    // The query as typed, function words included: "n'est pas fixé" is not "est fixé".
    const typed = tokenize(query).map(baseForm).filter(Boolean);
    const best = new Map<QuoteGroup, QuoteHit>();
    for (const w of shortlist) {
      const match = matchWords(words, this.wordings[w]);
      if (match.coverage < (words.length <= 2 ? 1 : MIN_COVERAGE)) continue;
      const tightness = Math.min(1, words.length / Math.max(1, match.length));
      const verbatim = typed.length > words.length && printsInOrder(typed, this.wordings[w]);
      const wordingScore = match.coverage * 2 + (match.phrase ? 0.6 : 0) + (verbatim ? VERBATIM_BONUS : 0) + tightness * 0.3;
      for (const r of this.reportsOf[w]) {
        const member = this.reports[r];
        const group = this.groupOf[r];
        // A headline is short by nature: its brevity is no closer match than the quotation it echoes.
        const score = wordingScore - (member.heading ? tightness * 0.3 : 0) + reportBonus(member, group);
        const kept = best.get(group);
        if (!kept || score > kept.score) best.set(group, { group, member, match, score });
      }
    }
    return [...best.values()].sort((a, b) => b.score - a.score).slice(0, limit);
  }

  /**
   * The wordings printing a phrase of function words side by side (accents and case aside), those
   * that would score best first: the tightest (fewest words around the phrase), then direct and
   * widely reported.
   */
  private wordingsHolding(query: string, words: string[], limit: number): number[] {
    const phrase = tokenize(query).map(baseForm).filter(Boolean);
    const counts = this.wordingIndex.wordCounts;
    const ranked = this.wordingIndex
      .holdingFunctionWords(words)
      .map((w) => ({ w, estimate: Math.min(1, words.length / Math.max(1, counts[w])) * 0.3 + this.prior[w] }))
      .sort((a, b) => b.estimate - a.estimate || a.w - b.w);
    const found: number[] = [];
    // Holding the words is not printing them side by side: the best few are read in full.
    for (let i = 0; i < ranked.length && i < limit * PHRASE_CHECKS && found.length < limit; i++) {
      if (printsInOrder(phrase, this.wordings[ranked[i].w])) found.push(ranked[i].w);
    }
    return found;
  }

  /** Speakers a typed name or role stands for ("kirby", "la ministre de la Mer"); see SpeakerLookup. */
  findSpeakers(typed: string): Speaker[] {
    return this.lookup().find(typed);
  }

  /** A speaker phrase and the topic words after it, read together: which words name the speaker, which are the topic. */
  resolveSpeaker(speaker: string, topic = ''): ResolvedSpeaker {
    return this.lookup().resolve(speaker, topic);
  }

  private lookup(): SpeakerLookup {
    return (this.speakerLookup ??= new SpeakerLookup(this.speakers));
  }

  /** Each speaker's forms in matching form, read once. */
  private formsOfSpeakers(): string[][] {
    return (this.speakerForms ??= this.speakers.map((s) => s.forms.map(normalizeForMatch)));
  }

  /** Every quotation group of a speaker, in corpus order. */
  quotesOf(speaker: Speaker): QuoteGroup[] {
    return this.groups.filter((g) => g.speaker?.id === speaker.id);
  }

  /** Known speaker names for autocomplete, most quoted first. */
  complete(typed: string, limit = 25): string[] {
    const key = normalizeForMatch(typed);
    const forms = this.formsOfSpeakers();
    const matches = this.speakers.filter((_, i) => !key || forms[i].some((f) => f.includes(key)));
    return matches.slice(0, limit).map((s) => s.name);
  }
}

/** What a report adds to its words' match: a direct quotation, and one several outlets reported. */
/**
 * What a report adds to an equal match of its words: direct speech, several outlets, a known
 * speaker, and a place in the body (a headline's scare quotes say less than the sentence they echo).
 */
const reportBonus = (member: AttributedQuotation, group: QuoteGroup) =>
  (member.kind === 'direct' ? 0.2 : 0) + Math.min(group.members.length - 1, 3) * 0.05 + (group.speaker ? 0.1 : 0) + (member.heading ? 0 : 0.05);

/** The quotation store of the engine's current corpus (memoised per corpus version and aliases file). */
export function quoteStore(engine: Engine): QuoteStore {
  return engine.derived(`quotes@${aliasStamp(engine.corpusDir)}`, QuoteStore.build);
}

/** Words only, one space apart, to tell whether one report's words are printed inside another's. */
const wordsOf = (quote: string) => ` ${normalizeForMatch(quote).replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/ {2,}/g, ' ').trim()} `;

/**
 * The report a group shows by default: the first (the first in `lang` when a report is in it: a French and an
 * English report of one quotation show the reader's language), unless another prints its words with more around
 * them (a headline quoting a few words of an interview answer): the longer quotation holding the shorter is the one to show.
 */
export function fullestReport(group: QuoteGroup, lang?: Lang): AttributedQuotation {
  const first = group.members.find((m) => m.lang === lang) ?? group.members[0];
  const words = wordsOf(first.quote);
  if (words.trim() === '') return first;
  let fullest = first;
  for (const m of group.members) if (m.quote.length > fullest.quote.length && wordsOf(m.quote).includes(words)) fullest = m;
  return fullest;
}

/** One answer result for a quotation group: the shown report's words, every outlet. */
export function groupToResult(engine: Engine, group: QuoteGroup, shown: AttributedQuotation = fullestReport(group), highlights?: [number, number][]): AnswerResult {
  // The shown report's article first, then every other article once (a group may hold thousands).
  const ids = [...new Set([shown.articleId, ...group.members.map((m) => m.articleId)])];
  return {
    speaker: group.speaker?.name ?? null,
    quote: shown.quote,
    // A wire dateline ("PARIS, March 11 (Reuters) - ") is no part of what was said or of its setting.
    text: withoutLeadingMarks(shown.text),
    articles: ids.map((id) => engine.citation(id)),
    context: shown.context !== shown.text ? withoutLeadingMarks(shown.context) : undefined,
    highlights,
    kind: group.kind,
  };
}
