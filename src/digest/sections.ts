/**
 * The digest's quotation and summary sections come from the quotation and summary modules
 * when they are there; loaded by name at start-up so the digest keeps working (articles and
 * top passages) in a tree without them, or when their API moves.
 *
 * Contracts looked for:
 * - `src/summary/summarize.ts` exports `summarize(engine, { maxSentences })` returning
 *   `{ sentences: { text, unit: { articleId }, articleIds }[] }` (the /summary engine);
 * - `src/quotes/index.ts` exports `digestQuotes(engine, articleIds, limit)` returning cited
 *   `AnswerResult`s with `speaker` and `quote`, best first.
 */
import type { AnswerResult } from '../engine/answer.js';
import type { Engine } from '../engine/engine.js';
import type { DigestSections } from './composeDigest.js';

/** Sentences of the corpus summary looked through for ones taken from the new articles. */
const SUMMARY_POOL = 20;

interface SummaryModule {
  summarize(engine: Engine, options: { maxSentences?: number; fresh?: string[] }): { sentences: { text: string; unit: { articleId: string }; articleIds: string[] }[] };
}

interface QuotesModule {
  digestQuotes(engine: Engine, articleIds: string[], limit: number): AnswerResult[];
}

async function importOptional<T>(specifier: string, has: (m: Record<string, unknown>) => boolean): Promise<T | null> {
  try {
    // A computed specifier: the type checker does not require the module to exist.
    const module = (await import(new URL(specifier, import.meta.url).href)) as Record<string, unknown>;
    return has(module) ? (module as T) : null;
  } catch {
    return null;
  }
}

export function summarySection(module: SummaryModule): NonNullable<DigestSections['summary']> {
  return (engine, articleIds, _locale, limit) => {
    const fresh = new Set(articleIds);
    return module
      .summarize(engine, { maxSentences: SUMMARY_POOL, fresh: articleIds })
      .sentences.filter((s) => fresh.has(s.unit.articleId))
      .slice(0, limit)
      .map((s) => ({ text: s.text, articles: s.articleIds.map((id) => engine.citation(id)) }));
  };
}

export async function loadDigestSections(): Promise<DigestSections> {
  const [summary, quotes] = await Promise.all([
    importOptional<SummaryModule>('../summary/summarize.js', (m) => typeof m.summarize === 'function'),
    importOptional<QuotesModule>('../quotes/index.js', (m) => typeof m.digestQuotes === 'function'),
  ]);
  return {
    ...(summary ? { summary: summarySection(summary) } : {}),
    ...(quotes ? { quotes: (engine, ids, _locale, limit) => quotes.digestQuotes(engine, ids, limit) } : {}),
  };
}
