/**
 * The digest's quotation and summary sections: the /summary engine's sentences taken from the
 * new articles, and the new articles' key quotations, each cited.
 */
import { digestQuotes } from '../quotes/index.js';
import { summarize } from '../summary/summarize.js';
import type { DigestSections } from './composeDigest.js';

/** Sentences of the summary looked through for ones taken from the new articles. */
const SUMMARY_POOL = 20;

export const summarySection: NonNullable<DigestSections['summary']> = (engine, articleIds, _locale, limit) => {
  const fresh = new Set(articleIds);
  return summarize(engine, { maxSentences: SUMMARY_POOL, fresh: articleIds })
    .sentences.filter((s) => fresh.has(s.unit.articleId))
    .slice(0, limit)
    // A digest tells what is new: each sentence cites the new articles that report it, not older ones.
    .map((s) => ({ text: s.text, articles: s.articleIds.filter((id) => fresh.has(id)).map((id) => engine.citation(id)) }));
};

export const quotesSection: NonNullable<DigestSections['quotes']> = (engine, articleIds, _locale, limit) => digestQuotes(engine, articleIds, limit);

export function digestSections(): DigestSections {
  return { summary: summarySection, quotes: quotesSection };
}
