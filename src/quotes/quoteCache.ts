/**
 * The quotation store is costly to build (every article read, speakers merged, reports grouped
 * across outlets); what it builds is kept in `DEPECHE_DATA/quotes-cache.json`, keyed on the
 * corpus files' versions and the aliases file, so a restart on an unchanged corpus only reads it.
 *
 * The store is always made from this compact form, freshly built or read back: each distinct
 * wording once, and each report as positions in its article, whose sentence and paragraph are
 * read from the article when a result shows them. Loading decodes no article text.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Article, Lang, Paragraph } from '../corpus/article.js';
import { paragraphsOf } from '../corpus/packedCorpus.js';
import type { Engine } from '../engine/engine.js';
import { READINGS_VERSION, type ReadQuotation } from './articleReadings.js';
import type { AttributionHow } from './attributeSpeaker.js';
import type { AttributedQuotation, QuoteGroup } from './corroborate.js';
import { QuoteIndex, type IndexedWording, type QuoteIndexSnapshot } from './quoteIndex.js';
import type { Speaker } from './speakerRegistry.js';

/** Bump when extraction, attribution, grouping or the cached shape changes. */
const QUOTES_CACHE_VERSION = 98;

/** What the store is made of: its groups, and its speakers most quoted first. */
export interface StoreContents {
  groups: QuoteGroup[];
  speakers: Speaker[];
}

/** A store as read back: its distinct wordings, which one each report prints (in group order), and their index. */
export interface DecodedStore extends StoreContents {
  wordings: string[];
  wordingOfReport: Int32Array;
  index: QuoteIndex;
}

/**
 * The file, in columns (a few long arrays of numbers parse fast and leave little garbage):
 * groups in order, each with its reports in order.
 */
interface CacheFile {
  key: string;
  /** Every speaker a group or a report names: id, name, kind, forms, roles, a person's gender when known (else null), and 1 when known only by a role. */
  speakers: [string, string, Speaker['kind'], string[], string[], ('f' | 'm' | null)?, 1?][];
  /** The store's speakers (those with quotations), most quoted first, as indices. */
  listed: number[];
  /** Each distinct wording once (same words, same language): a quotation relayed by a thousand outlets is stored once. */
  wordings: string[];
  /** The wordings' index, analysed once. */
  index: QuoteIndexSnapshot;
  /** Strings the reports point to: article ids, how speakers were found, speaker phrases. */
  articleIds: string[];
  hows: AttributionHow[];
  phrases: string[];
  /** Per group: kind (0 direct, 1 indirect), speaker (index, -1 for none), number of reports. */
  groups: { kind: number[]; speaker: number[]; size: number[] };
  /**
   * Per report: article, paragraph, quotation offsets, its sentence's offsets in the paragraph,
   * wording, flags (1 indirect, 2 heading), how, speaker phrase (-1 for none), speaker (-1 for none).
   */
  reports: { article: number[]; paragraph: number[]; start: number[]; end: number[]; textStart: number[]; textEnd: number[]; wording: number[]; flags: number[]; how: number[]; phrase: number[]; speaker: number[] };
}

/** Ids for distinct values, in order of first use. */
class Table<T> {
  readonly values: T[] = [];
  private readonly ids = new Map<T, number>();
  id(value: T): number {
    let i = this.ids.get(value);
    if (i === undefined) {
      i = this.values.push(value) - 1;
      this.ids.set(value, i);
    }
    return i;
  }
}

const KINDS = ['direct', 'indirect'] as const;

/**
 * Articles whose paragraphs were read last, decoded: a result reads its sentence and paragraph,
 * often of the same few articles, while the store as a whole keeps no article text.
 */
const RECENT_ARTICLES = 64;
const recentParagraphs = new Map<Article, Paragraph[]>();

function paragraphOf(article: Article, index: number): Paragraph | undefined {
  let paragraphs = recentParagraphs.get(article);
  if (paragraphs) recentParagraphs.delete(article);
  else {
    paragraphs = paragraphsOf(article);
    if (recentParagraphs.size >= RECENT_ARTICLES) recentParagraphs.delete(recentParagraphs.keys().next().value!);
  }
  recentParagraphs.set(article, paragraphs);
  const at = paragraphs[index];
  return at?.index === index ? at : paragraphs.find((p) => p.index === index);
}

/** A report as the store keeps it: its sentence and paragraph are read from the article when needed. */
class StoredReport implements AttributedQuotation {
  readonly articleId: string;
  readonly lang: Lang;

  constructor(
    private readonly article: Article,
    readonly paragraph: number,
    readonly start: number,
    readonly end: number,
    /** Offsets of the sentence(s) holding the quotation, in the paragraph. */
    readonly textStart: number,
    readonly textEnd: number,
    readonly quote: string,
    readonly kind: 'direct' | 'indirect',
    readonly heading: boolean,
    readonly how: AttributionHow,
    readonly speakerPhrase: string | null,
    readonly speakerRef: Speaker | null,
  ) {
    this.articleId = article.id;
    this.lang = article.lang;
  }

  get id(): string {
    return `${this.articleId}#${this.paragraph}:${this.start}`;
  }

  get context(): string {
    return paragraphOf(this.article, this.paragraph)?.text ?? this.quote;
  }

  get text(): string {
    return paragraphOf(this.article, this.paragraph)?.text.slice(this.textStart, this.textEnd) ?? this.quote;
  }
}

/** A report of an article's reading, attributed to a corpus-wide speaker. */
export function storedReport(article: Article, q: ReadQuotation, speaker: Speaker | null): AttributedQuotation {
  return new StoredReport(article, q.paragraph, q.start, q.end, q.textStart, q.textEnd, q.quote, q.kind, q.heading, q.how, q.speakerPhrase, speaker);
}

/** The store's cache key: a store built from readings of an older extraction is stale too. */
export function quoteCacheKey(engine: Engine, aliasStamp: string): string {
  return `v${QUOTES_CACHE_VERSION}.${READINGS_VERSION}:${engine.corpusKey}:${aliasStamp}`;
}

/** The compact form of a store, as written to the cache. */
export function encodeStore(key: string, store: StoreContents): string {
  const speakers = new Table<Speaker>();
  const ref = (s: Speaker | null) => (s ? speakers.id(s) : -1);
  const wordings: IndexedWording[] = [];
  const wordingKeys = new Table<string>();
  const articleIds = new Table<string>();
  const hows = new Table<AttributionHow>();
  const phrases = new Table<string>();
  const groups: CacheFile['groups'] = { kind: [], speaker: [], size: [] };
  const reports: CacheFile['reports'] = { article: [], paragraph: [], start: [], end: [], textStart: [], textEnd: [], wording: [], flags: [], how: [], phrase: [], speaker: [] };
  for (const g of store.groups) {
    groups.kind.push(g.kind === 'direct' ? 0 : 1);
    groups.speaker.push(ref(g.speaker));
    groups.size.push(g.members.length);
    for (const m of g.members) {
      // A stored report knows its sentence's offsets: reading them would decode its article.
      const textStart = m instanceof StoredReport ? m.textStart : m.context.indexOf(m.text);
      const wording = wordingKeys.id(`${m.lang}\u0000${m.quote}`);
      if (wording === wordings.length) wordings.push({ text: m.quote, lang: m.lang });
      reports.article.push(articleIds.id(m.articleId));
      reports.paragraph.push(m.paragraph);
      reports.start.push(m.start);
      reports.end.push(m.end);
      reports.textStart.push(textStart);
      reports.textEnd.push(m instanceof StoredReport ? m.textEnd : textStart + m.text.length);
      reports.wording.push(wording);
      reports.flags.push((m.kind === 'direct' ? 0 : 1) | (m.heading ? 2 : 0));
      reports.how.push(hows.id(m.how));
      reports.phrase.push(m.speakerPhrase === null ? -1 : phrases.id(m.speakerPhrase));
      reports.speaker.push(ref(m.speakerRef));
    }
  }
  const listed = store.speakers.map(ref);
  const cache: CacheFile = {
    key,
    speakers: speakers.values.map((s) => (s.described ? [s.id, s.name, s.kind, s.forms, s.roles, s.gender ?? null, 1] : s.gender ? [s.id, s.name, s.kind, s.forms, s.roles, s.gender] : [s.id, s.name, s.kind, s.forms, s.roles])),
    listed,
    wordings: wordings.map((w) => w.text),
    index: QuoteIndex.analyse(wordings),
    articleIds: articleIds.values,
    hows: hows.values,
    phrases: phrases.values,
    groups,
    reports,
  };
  return JSON.stringify(cache);
}

/** The store a compact form describes, or null when it does not fit the engine's articles. */
export function decodeStore(engine: Engine, raw: string): DecodedStore | null {
  try {
    return decode(engine, JSON.parse(raw) as CacheFile);
  } catch {
    // A damaged or foreign file: the store is built again.
    return null;
  }
}

function decode(engine: Engine, cache: CacheFile): DecodedStore | null {
  // A new store follows a change of the corpus: no article read before is reused.
  recentParagraphs.clear();
  const all: Speaker[] = cache.speakers.map(([id, name, kind, forms, roles, gender, described]) => ({ id, name, kind, forms, roles, ...(gender ? { gender } : {}), ...(described ? { described: true as const } : {}) }));
  const articles = cache.articleIds.map((id) => engine.article(id));
  if (articles.some((a) => !a)) return null;
  const r = cache.reports;
  const groups: QuoteGroup[] = [];
  let at = 0;
  cache.groups.size.forEach((size, g) => {
    const members: AttributedQuotation[] = [];
    for (const end = at + size; at < end; at++) {
      const flags = r.flags[at];
      const phrase = r.phrase[at];
      const speaker = r.speaker[at];
      members.push(
        new StoredReport(
          articles[r.article[at]]!,
          r.paragraph[at],
          r.start[at],
          r.end[at],
          r.textStart[at],
          r.textEnd[at],
          cache.wordings[r.wording[at]],
          flags & 1 ? 'indirect' : 'direct',
          (flags & 2) !== 0,
          cache.hows[r.how[at]],
          phrase < 0 ? null : cache.phrases[phrase],
          speaker < 0 ? null : all[speaker],
        ),
      );
    }
    const speaker = cache.groups.speaker[g];
    groups.push({ id: members[0].id, members, speaker: speaker < 0 ? null : all[speaker], kind: KINDS[cache.groups.kind[g]] });
  });
  const index = new QuoteIndex(cache.index);
  if (index.size !== cache.wordings.length || at !== r.article.length) return null;
  return { groups, speakers: cache.listed.map((i) => all[i]), wordings: cache.wordings, wordingOfReport: Int32Array.from(r.wording), index };
}

const cacheFile = (engine: Engine) => (engine.dataDir ? path.join(engine.dataDir, 'quotes-cache.json') : null);

/** The cached compact form for this key, or null. */
export function readQuoteCache(engine: Engine, key: string): string | null {
  const file = cacheFile(engine);
  if (!file) return null;
  try {
    const raw = readFileSync(file, 'utf8');
    return raw.startsWith(`{"key":${JSON.stringify(key)}`) ? raw : null;
  } catch {
    return null;
  }
}

export function writeQuoteCache(engine: Engine, raw: string): void {
  const file = cacheFile(engine);
  if (!file) return;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, raw);
    renameSync(tmp, file);
  } catch {
    // A read-only data folder costs the next start time, not answers.
  }
}
