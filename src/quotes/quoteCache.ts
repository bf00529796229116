/**
 * Quotation extraction is the costly part of the quotation store (every article read twice);
 * its result is kept in `DEPECHE_DATA/quotes-cache.json`, keyed on the corpus files' versions
 * and the aliases file, so a restart on an unchanged corpus skips it.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Engine } from '../engine/engine.js';
import type { CastMember } from './articleCast.js';
import type { ArticleQuotations, Quotation } from './extractQuotes.js';

/** Bump when extraction or the cached shape changes. */
const QUOTES_CACHE_VERSION = 1;

type CachedMember = Omit<CastMember, 'nameForms'> & { nameForms: [string, number][] };
type CachedQuotation = Omit<Quotation, 'speaker'> & { speaker: number | null };
interface CacheFile {
  key: string;
  articles: { articleId: string; members: CachedMember[]; quotations: CachedQuotation[] }[];
}

export function quoteCacheKey(engine: Engine, aliasStamp: string): string {
  return `v${QUOTES_CACHE_VERSION}:${engine.corpusKey}:${aliasStamp}`;
}

const cacheFile = (engine: Engine) => (engine.dataDir ? path.join(engine.dataDir, 'quotes-cache.json') : null);

export function readQuoteCache(engine: Engine, key: string): ArticleQuotations[] | null {
  const file = cacheFile(engine);
  if (!file) return null;
  let cache: CacheFile;
  try {
    const raw = readFileSync(file, 'utf8');
    if (!raw.startsWith(`{"key":${JSON.stringify(key)}`)) return null;
    cache = JSON.parse(raw) as CacheFile;
  } catch {
    return null;
  }
  const out: ArticleQuotations[] = [];
  for (const entry of cache.articles) {
    const article = engine.article(entry.articleId);
    if (!article) return null;
    const members: CastMember[] = entry.members.map((m) => ({ ...m, nameForms: new Map(m.nameForms) }));
    out.push({ article, quotations: entry.quotations.map((q) => ({ ...q, speaker: q.speaker === null ? null : members[q.speaker] })) });
  }
  return out;
}

export function writeQuoteCache(engine: Engine, key: string, articles: ArticleQuotations[]): void {
  const file = cacheFile(engine);
  if (!file) return;
  const cache: CacheFile = {
    key,
    articles: articles.map((a) => {
      const members: CastMember[] = [];
      const indexOf = new Map<CastMember, number>();
      const quotations = a.quotations.map((q) => {
        let speaker: number | null = null;
        if (q.speaker) {
          speaker = indexOf.get(q.speaker) ?? members.push(q.speaker) - 1;
          indexOf.set(q.speaker, speaker);
        }
        return { ...q, speaker };
      });
      return { articleId: a.article.id, members: members.map((m) => ({ ...m, nameForms: [...m.nameForms] })), quotations };
    }),
  };
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(cache));
    renameSync(tmp, file);
  } catch {
    // A read-only data folder costs the next start time, not answers.
  }
}
