/** The quotation module's public surface, for commands and digests. */
import type { AnswerResult } from '../engine/answer.js';
import type { Engine } from '../engine/engine.js';
import { groupToResult, quoteStore } from './quoteStore.js';

export { quoteStore, groupToResult, QuoteStore } from './quoteStore.js';

/**
 * The key quotations first reported in the given articles (a digest's new articles): attributed
 * direct quotations first, the most widely reported first, each citing every outlet.
 */
export function digestQuotes(engine: Engine, articleIds: string[], limit: number): AnswerResult[] {
  const wanted = new Set(articleIds);
  const groups = quoteStore(engine).groups.filter((g) => g.speaker && g.members.some((m) => wanted.has(m.articleId)));
  groups.sort((a, b) => Number(b.kind === 'direct') - Number(a.kind === 'direct') || b.members.length - a.members.length);
  return groups.slice(0, limit).map((g) => groupToResult(engine, g, g.members.find((m) => wanted.has(m.articleId))));
}
