/**
 * An extractive multi-outlet summary. Each sentence is taken from an article as printed (only
 * a leading dateline or dangling connective is trimmed). Sentences are chosen greedily for the
 * facts they cover, where a fact's weight is how many outlets report its words (concept
 * coverage, after Gillick & Favre), times how much the sentence matters on its own: near the
 * lead, a report rather than a quotation, readable without the sentence before it, holding
 * news cue words (confirmed, denied, accepted, concern…). Words already covered earn nothing,
 * and a sentence too close to one already chosen is skipped, so nothing is said twice. Each
 * chosen sentence cites every article that reports the same fact.
 */
import type { Engine } from '../engine/engine.js';
import { buildFactModel, type FactModel, type UnitTerms } from './factModel.js';
import { cueCount, leansOnPreviousSentence, opensWithAnaphor, opensWithQuote, tidySentence, wordCount, type TextUnit } from './textUnits.js';
import { topicMatcher } from './topicFilter.js';

export const DEFAULT_SUMMARY_SENTENCES = 6;

/** Similarity (telling words, see FactModel) from which another outlet's sentence reports the same fact. */
export const SAME_FACT_SIMILARITY = 0.3;
/** Similarity from which a candidate repeats a chosen sentence: lower, so nothing is said twice. */
export const REPEAT_SIMILARITY = 0.13;

export interface SummaryOptions {
  /** Only sentences about this topic (French or English words). */
  topic?: string;
  /** At most this many sentences (default 6). */
  maxSentences?: number;
}

export interface SummarySentence {
  /** As shown: the article's sentence, trimmed of a leading dateline or connective. */
  text: string;
  unit: TextUnit;
  /** Every article reporting this fact, the quoted one first. */
  articleIds: string[];
}

export interface Summary {
  sentences: SummarySentence[];
  /** With a topic: the topic's content words; an empty list means the topic had none. */
  topicWords?: string[];
}

/** Sentences shorter than this are labels or fragments; longer than `LONG` read as run-ons. */
const MIN_WORDS = 8;
const LONG_WORDS = 50;

/** The fact model of the engine's current corpus, built once per corpus version. */
export function factModelOf(engine: Engine): FactModel {
  return engine.derived('summary/fact-model', (e) => buildFactModel(e.articles));
}

/** How much a sentence matters on its own, before counting what it covers. */
function standalone(u: UnitTerms): number {
  const { text, lang, position } = u.unit;
  const words = wordCount(text);
  let weight = 1 / (1 + 0.03 * position);
  if (opensWithQuote(text)) weight *= 0.6;
  if (opensWithAnaphor(text, lang) || leansOnPreviousSentence(text, lang)) weight *= 0.5;
  weight *= 1 + 0.4 * Math.min(2, cueCount(text, lang));
  if (words > LONG_WORDS) weight *= LONG_WORDS / words;
  return weight;
}

export function isSummarizable(u: UnitTerms): boolean {
  const { unit } = u;
  return !unit.isTitle && unit.balancedQuotes && wordCount(unit.text) >= MIN_WORDS && /[.!?…»”"]$/u.test(unit.text.trim());
}

/** The other articles that report the same fact as `u`, most similar first. */
export function reportingArticles(model: FactModel, u: UnitTerms, threshold = SAME_FACT_SIMILARITY): string[] {
  const others = model.units
    .filter((v) => v.unit.articleId !== u.unit.articleId)
    .map((v) => ({ v, sim: model.similarity(u, v) }))
    .filter((x) => x.sim >= threshold)
    .sort((a, b) => b.sim - a.sim);
  const ids = [u.unit.articleId];
  for (const { v } of others) if (!ids.includes(v.unit.articleId)) ids.push(v.unit.articleId);
  return ids;
}

export function summarize(engine: Engine, options: SummaryOptions = {}): Summary {
  const model = factModelOf(engine);
  const max = Math.max(1, options.maxSentences ?? DEFAULT_SUMMARY_SENTENCES);
  let candidates = model.units.filter(isSummarizable);
  let relevance = (_: UnitTerms) => 1;
  let topicWords: string[] | undefined;
  let topicTerm: ((term: string) => boolean) | undefined;
  if (options.topic !== undefined) {
    const matcher = topicMatcher(options.topic);
    topicWords = matcher.words;
    const coverage = new Map(candidates.map((u) => [u, matcher.coverage(u.unit.text, u.unit.lang)]));
    // Every word of a short topic, most words of a longer one.
    const needed = matcher.words.length <= 2 ? 1 : 0.6;
    candidates = candidates.filter((u) => coverage.get(u)! >= needed - 1e-9);
    relevance = (u) => coverage.get(u) ?? 0;
    // Every sentence shares the topic's own words: they say nothing about repeating a fact.
    topicTerm = (term) => matcher.coverage(term, 'fr') > 0 || matcher.coverage(term, 'en') > 0;
  }

  // A concept counts when more than one outlet uses it (or, in a single-outlet corpus, more than one sentence).
  const multiSource = model.sourceCount > 1;
  const unitsUsing = new Map<string, number>();
  if (!multiSource) for (const u of model.units) for (const c of [...u.terms, ...u.pairs]) unitsUsing.set(c, (unitsUsing.get(c) ?? 0) + 1);
  const conceptWeight = (c: string) => Math.max(0, (multiSource ? model.sourcesUsing(c) : unitsUsing.get(c) ?? 0) - 1);

  const covered = new Set<string>();
  const chosen: UnitTerms[] = [];
  const base = new Map(candidates.map((u) => [u, standalone(u) * relevance(u)]));
  while (chosen.length < max) {
    let best: UnitTerms | null = null;
    let bestScore = 0;
    for (const u of candidates) {
      if (chosen.includes(u)) continue;
      if (chosen.some((c) => model.similarity(c, u, topicTerm) >= REPEAT_SIMILARITY)) continue;
      let gain = 0;
      // A quotation relayed by many outlets is one source's wording: its words count half.
      for (const c of u.terms) if (!covered.has(c)) gain += conceptWeight(c) * (u.quotedOnly.has(c) ? 0.5 : 1);
      for (const c of u.pairs) if (!covered.has(c)) gain += conceptWeight(c);
      // The square root keeps coverage from drowning out how much the sentence matters on its own.
      const score = Math.sqrt(gain / Math.sqrt(Math.max(1, u.terms.size))) * base.get(u)!;
      if (score > bestScore) {
        best = u;
        bestScore = score;
      }
    }
    if (!best) break;
    chosen.push(best);
    for (const c of [...best.terms, ...best.pairs]) covered.add(c);
  }

  return {
    sentences: chosen.map((u) => ({ text: tidySentence(u.unit.text, u.unit.lang), unit: u.unit, articleIds: reportingArticles(model, u) })),
    ...(topicWords ? { topicWords } : {}),
  };
}
