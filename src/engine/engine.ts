/**
 * The engine: the corpus, its passage index and everything derived from them (quotations,
 * speakers, dates), kept current as files change. It imports nothing from any chat platform.
 */
import { EventEmitter } from 'node:events';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import type { Article, Corpus, CorpusProblem } from '../corpus/article.js';
import { readStamped, statCorpus, type FileStamp } from '../corpus/loadCorpus.js';
import { attachPacked } from '../corpus/packedCorpus.js';
import { watchCorpus } from '../corpus/watchCorpus.js';
import { ANALYZER_VERSION } from '../text/analyzer.js';
import { LANGUAGE_DATA_STAMP } from '../lang/index.js';
import { PassageIndex, type PassageHit, type PassageSearchOptions } from '../search/passageIndex.js';
import type { Citation } from './answer.js';
import { CACHE_FILE, LEGACY_CACHE_FILES, readIndexCache, writeIndexCache } from './indexCache.js';

export interface EngineOptions {
  /** Folder of articles. */
  corpusDir: string;
  /** Where the index cache is kept; null keeps nothing on disk. */
  dataDir?: string | null;
  logger?: Logger;
  /**
   * How long after a reload the index cache is rewritten (default 30 s; 0 writes it before the
   * reload returns). Writing serialises the whole MiniSearch index, which holds the event loop for
   * seconds on a large corpus: a burst of changes is written once, and `close()` writes what is
   * pending. A cache left behind by a crash is stale, and stale caches are never used.
   */
  cacheSaveDelayMs?: number;
}

const CACHE_SAVE_DELAY_MS = 30_000;

export interface CorpusChange {
  added: string[];
  changed: string[];
  removed: string[];
}

/** Cache format version, on top of the analyzer's and the language data's: bump when the cached shape or the cleaning code changes. */
export const CACHE_VERSION = 47;

export class Engine extends EventEmitter {
  readonly corpusDir: string;
  readonly dataDir: string | null;
  /** Increases with every change of the corpus; derived data is rebuilt when it moves. */
  version = 0;
  corpus: Corpus;
  index: PassageIndex;
  /** Identifies the corpus files' current versions: caches of derived data are keyed on it. */
  corpusKey: string;
  /** How the engine started: from the cache or by indexing. */
  readonly startedFrom: 'cache' | 'index';

  private stamps: Map<string, FileStamp>;
  private articleById = new Map<string, Article>();
  private derivedValues = new Map<string, { version: number; value: unknown }>();
  private stopWatching?: () => Promise<void>;
  private readonly logger?: Logger;
  private reloading: Promise<CorpusChange> | null = null;
  private reloadAgain = false;
  private readonly cacheSaveDelayMs: number;
  /** Set when a reload changed the corpus since the cache was written: the problems to write with it. */
  private unsavedProblems: CorpusProblem[] | null = null;
  private cacheTimer?: NodeJS.Timeout;

  private constructor(options: EngineOptions, corpus: Corpus, index: PassageIndex, stamps: FileStamp[], startedFrom: 'cache' | 'index', corpusKey: string) {
    super();
    this.corpusKey = corpusKey;
    this.corpusDir = options.corpusDir;
    this.dataDir = options.dataDir ?? null;
    this.logger = options.logger;
    this.cacheSaveDelayMs = options.cacheSaveDelayMs ?? CACHE_SAVE_DELAY_MS;
    this.corpus = corpus;
    this.index = index;
    this.startedFrom = startedFrom;
    this.stamps = new Map(stamps.map((s) => [s.file, s]));
    this.refreshLookups();
  }

  /** Loads the corpus, from the cache under `dataDir` when the files have not changed since. */
  static async open(options: EngineOptions): Promise<Engine> {
    const dir = path.resolve(options.corpusDir);
    const { stamps, problems: statProblems } = await statCorpus(dir);
    const key = cacheKey(stamps);
    if (options.dataDir) {
      const cached = await readIndexCache(path.join(options.dataDir, CACHE_FILE), key);
      if (!('miss' in cached)) {
        const corpus: Corpus = { dir, articles: cached.articles, problems: [...statProblems, ...cached.problems] };
        return new Engine({ ...options, corpusDir: dir }, corpus, cached.index, stamps, 'cache', key);
      }
      options.logger?.info({ reason: cached.miss }, 'index cache not used: indexing the corpus');
    }
    const articles: Article[] = [];
    const problems: CorpusProblem[] = [];
    await readStamped(dir, stamps, articles, problems);
    const index = indexArticles(articles);
    // Every file is stamped, broken ones too (as from the cache): a reload re-reads only files that changed.
    const engine = new Engine({ ...options, corpusDir: dir }, { dir, articles, problems: [...statProblems, ...problems] }, index, stamps, 'index', key);
    await engine.saveCache(key, problems);
    return engine;
  }

  get articles(): Article[] {
    return this.corpus.articles;
  }

  article(id: string): Article | undefined {
    return this.articleById.get(id);
  }

  citation(articleId: string): Citation {
    const a = this.articleById.get(articleId);
    return {
      id: articleId,
      outlet: a?.outlet ?? null,
      title: a?.title ?? null,
      url: a?.url ?? null,
      published: a?.published ?? null,
    };
  }

  search(query: string, options?: PassageSearchOptions): PassageHit[] {
    return this.index.search(query, options);
  }

  /** The query's words no passage holds (answers for them are typo or prefix matches). */
  unknownWords(query: string): string[] {
    return this.index.unknownWords(query);
  }

  /**
   * A value computed from the corpus (quotations, speakers, dates…), built once per corpus
   * version. Analyses live in their own modules and hang off the engine through this.
   */
  derived<T>(key: string, build: (engine: Engine) => T): T {
    const entry = this.derivedValues.get(key);
    if (entry && entry.version === this.version) return entry.value as T;
    const value = build(this);
    this.derivedValues.set(key, { version: this.version, value });
    return value;
  }

  /** Re-reads the folder; only files whose size or time changed are parsed again. */
  async reload(): Promise<CorpusChange> {
    if (this.reloading) {
      this.reloadAgain = true;
      return this.reloading;
    }
    this.reloading = this.reloadOnce().finally(() => {
      this.reloading = null;
    });
    const change = await this.reloading;
    if (this.reloadAgain) {
      this.reloadAgain = false;
      return this.reload();
    }
    return change;
  }

  private async reloadOnce(): Promise<CorpusChange> {
    const { stamps, problems: statProblems } = await statCorpus(this.corpusDir);
    const change: CorpusChange = { added: [], changed: [], removed: [] };
    const current = new Map(stamps.map((s) => [s.file, s]));
    for (const file of this.stamps.keys()) if (!current.has(file)) change.removed.push(file);
    const toRead: FileStamp[] = [];
    for (const s of stamps) {
      const old = this.stamps.get(s.file);
      if (!old) change.added.push(s.file);
      else if (old.size !== s.size || old.mtimeMs !== s.mtimeMs) change.changed.push(s.file);
      else continue;
      toRead.push(s);
    }
    // A file that failed before and still fails is not news; a file that failed and is untouched stays reported.
    const keepProblems = this.corpus.problems.filter((p) => current.has(p.file) && !toRead.some((s) => s.file === p.file));
    if (toRead.length === 0 && change.removed.length === 0) {
      this.corpus = { ...this.corpus, problems: [...statProblems, ...keepProblems.filter((p) => current.has(p.file))] };
      return change;
    }
    const touched = new Set([...change.removed, ...toRead.map((s) => s.file)]);
    const articles = this.corpus.articles.filter((a) => !touched.has(a.file));
    const problems: CorpusProblem[] = [];
    const fresh: Article[] = [];
    const readable = await readStamped(this.corpusDir, toRead, fresh, problems, new Set(articles.map((a) => a.id)));
    articles.push(...fresh);
    articles.sort((a, b) => a.file.localeCompare(b.file));
    this.corpus = { dir: this.corpusDir, articles, problems: [...statProblems, ...keepProblems, ...problems] };
    this.index = indexArticles(articles, this.index);
    for (const file of touched) this.stamps.delete(file);
    for (const s of readable) this.stamps.set(s.file, s);
    // Files that failed to parse are still stamped, so an untouched broken file is not re-read each time.
    for (const p of problems) {
      const s = current.get(p.file);
      if (s) this.stamps.set(p.file, s);
    }
    this.version++;
    this.corpusKey = cacheKey([...current.values()]);
    this.refreshLookups();
    this.unsavedProblems = this.corpus.problems.filter((p) => current.has(p.file));
    if (this.cacheSaveDelayMs <= 0) await this.saveUnsavedCache();
    else if (this.dataDir) {
      clearTimeout(this.cacheTimer);
      this.cacheTimer = setTimeout(() => void this.saveUnsavedCache(), this.cacheSaveDelayMs);
      this.cacheTimer.unref();
    }
    this.logger?.info({ ...change, articles: articles.length }, 'corpus reloaded');
    this.emit('reload', change);
    return change;
  }

  /** Watches the corpus folder and reloads on changes (debounced). */
  async watch(debounceMs = 300): Promise<void> {
    if (this.stopWatching) return;
    this.stopWatching = await watchCorpus(this.corpusDir, debounceMs, () => {
      this.reload().catch((error) => this.logger?.error({ err: error }, 'corpus reload failed'));
    });
  }

  async close(): Promise<void> {
    await this.stopWatching?.();
    this.stopWatching = undefined;
    await this.reloading?.catch(() => undefined);
    await this.saveUnsavedCache();
  }

  /** Writes the index cache if a reload changed the corpus since it was last written. */
  private async saveUnsavedCache(): Promise<void> {
    clearTimeout(this.cacheTimer);
    this.cacheTimer = undefined;
    const problems = this.unsavedProblems;
    if (!problems) return;
    this.unsavedProblems = null;
    // Searches already see the new passages; the cache waits for MiniSearch to drop the discarded ones.
    await this.index.vacuumed;
    await this.saveCache(this.corpusKey, problems);
  }

  private refreshLookups(): void {
    this.articleById = new Map(this.corpus.articles.map((a) => [a.id, a]));
  }

  private async saveCache(key: string, problems: CorpusProblem[]): Promise<void> {
    if (!this.dataDir) return;
    try {
      await fs.mkdir(this.dataDir, { recursive: true });
      await writeIndexCache(path.join(this.dataDir, CACHE_FILE), { key, problems, articles: this.corpus.articles, index: this.index });
      // A cache of an older format is never read again.
      for (const old of LEGACY_CACHE_FILES) await fs.rm(path.join(this.dataDir, old), { force: true });
    } catch (error) {
      // A read-only data folder costs start-up time, not answers.
      this.logger?.warn({ err: error, dataDir: this.dataDir }, 'could not write the index cache');
    }
  }
}

/**
 * Indexes the articles (`previous` keeps the passages of the articles it held and takes in the
 * changed ones), then lets their parsed text go: from here on each article reads its paragraphs
 * from the index's packed copy, decoded when first asked for.
 */
function indexArticles(articles: Article[], previous?: PassageIndex): PassageIndex {
  const index = previous ? PassageIndex.update(previous, articles) : PassageIndex.build(articles);
  articles.forEach((article, slot) => attachPacked(article, index.packed, slot));
  return index;
}

function cacheKey(stamps: FileStamp[]): string {
  const hash = createHash('sha256');
  hash.update(`v${CACHE_VERSION}/a${ANALYZER_VERSION}/l${LANGUAGE_DATA_STAMP}\n`);
  for (const s of [...stamps].sort((a, b) => a.file.localeCompare(b.file))) hash.update(`${s.file}\t${s.size}\t${s.mtimeMs}\n`);
  return hash.digest('hex');
}
