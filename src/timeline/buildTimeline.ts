/**
 * The dated events of the story, in order. Each sentence that mentions a date becomes an
 * event on the first date it names (the main clause's, in news prose), resolved against its
 * article's publication date. Sentences from several outlets on the same date that report
 * the same fact become one event citing all of them. Every date keeps at least its best event;
 * the rest are kept by how many outlets report them, up to the limit.
 */
import type { Engine } from '../engine/engine.js';
import { factModelOf, SAME_FACT_SIMILARITY } from '../summary/summarize.js';
import { buildFactModel, type FactModel, type UnitTerms } from '../summary/factModel.js';
import { topicArticles } from '../summary/scope.js';
import { opensWithAnaphor, opensWithQuote, tidySentence, wordCount } from '../summary/textUnits.js';
import { topicMatcher } from '../summary/topicFilter.js';
import { readDates, type DateMention } from './readDates.js';
import { searchTerms } from '../text/analyzer.js';

export const DEFAULT_TIMELINE_EVENTS = 12;
/** At most this many events on one day, so one busy day does not fill the timeline. */
export const EVENTS_PER_DATE = 3;

export interface TimelineEvent {
  /** ISO date, as precise as the articles allow ("2023-09-13", "2023-07"). */
  date: string;
  /** The words that gave the date ("dimanche soir", "13 septembre"). */
  mention: DateMention;
  /** The sentence as shown (a leading dateline or connective trimmed). */
  text: string;
  /** Every article reporting this event, the quoted one first. */
  articleIds: string[];
}

export interface TimelineOptions {
  topic?: string;
  maxEvents?: number;
}

export interface Timeline {
  events: TimelineEvent[];
  topicWords?: string[];
}

interface Candidate {
  unit: UnitTerms;
  mention: DateMention;
  articleIds: string[];
  sources: Set<string>;
  weight: number;
}

/** The dated sentences of a fact model's articles. */
function datedUnitsOf(engine: Engine, model: FactModel): { unit: UnitTerms; mention: DateMention }[] {
  const out: { unit: UnitTerms; mention: DateMention }[] = [];
  for (const unit of model.units) {
    if (unit.unit.isTitle || unit.unit.aboutItself || wordCount(unit.unit.text) < 5) continue;
    const article = engine.article(unit.unit.articleId);
    // A date that only ends a state ("qui court jusqu'en 2027") is not when the sentence's fact happened.
    const first = readDates(unit.unit.text, unit.unit.lang, article?.published).find((m) => !m.endsAState);
    if (first) out.push({ unit, mention: first });
  }
  return out;
}

export function buildTimeline(engine: Engine, options: TimelineOptions = {}): Timeline {
  // A large corpus is read in part: its most recent articles, or the most recent on the topic (see scope.ts).
  const scoped = options.topic !== undefined ? topicArticles(engine, options.topic) : null;
  const model = scoped ? buildFactModel(scoped) : factModelOf(engine);
  const max = Math.max(1, options.maxEvents ?? DEFAULT_TIMELINE_EVENTS);
  let dated = scoped ? datedUnitsOf(engine, model) : engine.derived('timeline/dated-units', (e) => datedUnitsOf(e, model));
  let topicWords: string[] | undefined;
  if (options.topic !== undefined) {
    const matcher = topicMatcher(options.topic);
    topicWords = matcher.words;
    const needed = matcher.words.length <= 2 ? 1 : 0.6;
    dated = dated.filter((d) => matcher.coverage(d.unit.unit.text, d.unit.unit.lang) >= needed - 1e-9);
  }

  // Group the same fact on the same date; the group's sentence is its most readable one.
  const groups: Candidate[] = [];
  for (const d of dated) {
    // The date's own words ("vendredi", "Friday") are what the group shares by construction, not evidence of one fact.
    const same = groups.find((g) => {
      if (g.mention.date !== d.mention.date) return false;
      const dateTerms = new Set([...searchTerms(g.mention.text, g.unit.unit.lang), ...searchTerms(d.mention.text, d.unit.unit.lang)]);
      return model.similarity(g.unit, d.unit, (t) => dateTerms.has(t)) >= SAME_FACT_SIMILARITY;
    });
    const weight = readability(d.unit);
    if (same) {
      if (!same.articleIds.includes(d.unit.unit.articleId)) same.articleIds.push(d.unit.unit.articleId);
      same.sources.add(d.unit.source);
      if (weight > same.weight) {
        same.articleIds.splice(same.articleIds.indexOf(d.unit.unit.articleId), 1);
        same.articleIds.unshift(d.unit.unit.articleId);
        Object.assign(same, { unit: d.unit, mention: d.mention, weight });
      }
      continue;
    }
    groups.push({ unit: d.unit, mention: d.mention, articleIds: [d.unit.unit.articleId], sources: new Set([d.unit.source]), weight });
  }

  const score = (g: Candidate) => g.sources.size + g.weight + (g.mention.precision === 'day' ? 0.5 : 0);
  const ranked = [...groups].sort((a, b) => score(b) - score(a));
  const kept: Candidate[] = [];
  const perDate = new Map<string, number>();
  const keep = (g: Candidate) => {
    kept.push(g);
    perDate.set(g.mention.date, (perDate.get(g.mention.date) ?? 0) + 1);
  };
  for (const g of ranked) if (kept.length < max && !perDate.has(g.mention.date)) keep(g);
  for (const g of ranked) if (kept.length < max && !kept.includes(g) && (perDate.get(g.mention.date) ?? 0) < EVENTS_PER_DATE) keep(g);

  kept.sort((a, b) => a.mention.date.localeCompare(b.mention.date) || score(b) - score(a));
  return {
    events: kept.map((g) => ({ date: g.mention.date, mention: g.mention, text: tidySentence(g.unit.unit.text, g.unit.unit.lang), articleIds: g.articleIds })),
    ...(topicWords ? { topicWords } : {}),
  };
}

/** A report reads better than a quotation, and a sentence that names its subject better than one that says "il". */
function readability(u: UnitTerms): number {
  let w = 1;
  if (!u.unit.balancedQuotes) w -= 0.4;
  if (opensWithQuote(u.unit.text)) w -= 0.3;
  if (opensWithAnaphor(u.unit.text, u.unit.lang)) w -= 0.3;
  return w;
}
