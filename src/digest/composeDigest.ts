/**
 * What a digest says, as a platform-neutral answer: the articles added since the channel's
 * previous digest (title, outlet, link through their citations), the key new quotations with
 * their speakers, and a short cited summary of what is new. Adapters only render and post it.
 */
import type { Article } from '../corpus/article.js';
import type { Answer, AnswerResult } from '../engine/answer.js';
import type { Locale } from '../engine/commandDefinition.js';
import type { Engine } from '../engine/engine.js';
import { hitsToResults } from '../engine/passageResults.js';
import { digestText, formatMoment } from './messages.js';

/** Articles listed one by one; more are counted in a line. */
export const DIGEST_MAX_ARTICLES = 10;
export const DIGEST_MAX_QUOTES = 3;
export const DIGEST_MAX_SUMMARY = 3;

/**
 * Sections other modules can supply (quotations, summaries). Each receives only the new
 * articles' ids and returns cited results, best first; a missing one is left out (quotes)
 * (quotes) or replaced by the passages that best match the new articles' titles (summary).
 */
export interface DigestSections {
  quotes?(engine: Engine, articleIds: string[], locale: Locale, limit: number): AnswerResult[];
  summary?(engine: Engine, articleIds: string[], locale: Locale, limit: number): AnswerResult[];
}

export interface DigestRequest {
  engine: Engine;
  /** The new articles' ids (any order). */
  articleIds: string[];
  locale: Locale;
  timeZone: string;
  /** When the channel's previous digest was made (or its schedule started); null: first ever. */
  since: number | null;
  /** Set for a digest sent late because the bot was down at its due time. */
  catchUpFor?: number;
  /** Digests skipped during an outage since the previous one. */
  skipped?: { count: number; lastDueAt: number };
  sections?: DigestSections;
}

/** Newest first; undated articles after dated ones, then by id for a stable order. */
function byPublished(a: Article, b: Article): number {
  return (b.published ?? '').localeCompare(a.published ?? '') || a.id.localeCompare(b.id);
}

function articleLine(article: Article, locale: Locale): string {
  const title = article.title ?? digestText(locale, 'untitled');
  return article.agency && article.agency !== article.outlet ? `${title} (${article.agency})` : title;
}

/** Passages of the new articles closest to what their titles announce: a summary without a summarizer. */
function topPassages(engine: Engine, articles: Article[], limit: number): AnswerResult[] {
  const query = articles.map((a) => a.title ?? '').join(' ').trim();
  const ids = new Set(articles.map((a) => a.id));
  if (query) {
    const results = hitsToResults(engine, engine.search(query, { articleIds: ids, proseOnly: true, limit: limit * 6 }), limit);
    if (results.length) return results;
  }
  // No titles, or nothing matched them: each article's opening sentence.
  return articles.slice(0, limit).flatMap((a) => {
    const lead = a.paragraphs.find((p) => p.kind === 'text')?.sentences[0]?.text;
    return lead ? [{ text: lead, articles: [engine.citation(a.id)] }] : [];
  });
}

/** The digest, or null when nothing is new (the caller decides between silence and a line). */
export function composeDigest(request: DigestRequest): Answer | null {
  const { engine, locale, timeZone } = request;
  const articles = request.articleIds.map((id) => engine.article(id)).filter((a): a is Article => Boolean(a)).sort(byPublished);
  if (articles.length === 0) return null;

  const lines: string[] = [];
  if (request.catchUpFor !== undefined) lines.push(digestText(locale, 'catchUp', { due: formatMoment(request.catchUpFor, locale, timeZone) }));
  if (request.skipped?.count) lines.push(digestText(locale, 'skippedNote', { count: request.skipped.count, due: formatMoment(request.skipped.lastDueAt, locale, timeZone) }));
  lines.push(
    request.since === null
      ? digestText(locale, 'headerFirst', { count: articles.length })
      : digestText(locale, 'header', { count: articles.length, since: formatMoment(request.since, locale, timeZone) }),
  );
  const listed = articles.slice(0, DIGEST_MAX_ARTICLES);
  if (articles.length > listed.length) lines.push(digestText(locale, 'moreArticles', { count: articles.length - listed.length }));

  const ids = articles.map((a) => a.id);
  const results: AnswerResult[] = listed.map((a) => ({ text: articleLine(a, locale), articles: [engine.citation(a.id)] }));
  const quotes = request.sections?.quotes?.(engine, ids, locale, DIGEST_MAX_QUOTES) ?? [];
  results.push(...quotes.slice(0, DIGEST_MAX_QUOTES));
  const summarized = request.sections?.summary?.(engine, ids, locale, DIGEST_MAX_SUMMARY) ?? [];
  const summary = summarized.length ? summarized : topPassages(engine, articles, DIGEST_MAX_SUMMARY);
  results.push(...summary.slice(0, DIGEST_MAX_SUMMARY));

  return { command: 'digest', query: '', results, notice: lines.join('\n') };
}

/** The one line posted when nothing is new (unless the channel asked for silence). */
export function nothingNewAnswer(request: Pick<DigestRequest, 'locale' | 'timeZone' | 'since' | 'catchUpFor'>): Answer {
  const lines: string[] = [];
  if (request.catchUpFor !== undefined) lines.push(digestText(request.locale, 'catchUp', { due: formatMoment(request.catchUpFor, request.locale, request.timeZone) }));
  lines.push(digestText(request.locale, 'nothingNew', { since: request.since === null ? '—' : formatMoment(request.since, request.locale, request.timeZone) }));
  return { command: 'digest', query: '', results: [], notice: lines.join('\n') };
}
