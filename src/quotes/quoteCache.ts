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
import type { Engine } from '../engine/engine.js';
import type { AttributionHow } from './attributeSpeaker.js';
import type { AttributedQuotation, QuoteGroup } from './corroborate.js';
import { QuoteIndex, type IndexedWording, type QuoteIndexSnapshot } from './quoteIndex.js';
import type { Speaker } from './speakerRegistry.js';

/** Bump when extraction, attribution, grouping or the cached shape changes. */
const QUOTES_CACHE_VERSION = 4;

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
 * One report: article, paragraph, quotation offsets, its sentence's offsets in the paragraph,
 * wording (index), kind (0 direct, 1 indirect), heading (0 or 1), how the speaker was found,
 * the speaker phrase, the speaker (index, -1 for none).
 */
type CachedReport = [string, number, number, number, number, number, number, 0 | 1, 0 | 1, AttributionHow, string | null, number];
/** A group: kind, speaker (index, -1 for none), reports. */
type CachedGroup = [0 | 1, number, CachedReport[]];
interface CacheFile {
  key: string;
  /** Every speaker a group or a report names: id, name, kind, forms. */
  speakers: [string, string, Speaker['kind'], string[]][];
  /** The store's speakers (those with quotations), most quoted first, as indices. */
  listed: number[];
  /** Each distinct wording once (same words, same language): a quotation relayed by a thousand outlets is stored once. */
  wordings: string[];
  /** The wordings' index, analysed once. */
  index: QuoteIndexSnapshot;
  groups: CachedGroup[];
}

const KINDS = ['direct', 'indirect'] as const;

function paragraphOf(article: Article, index: number): Paragraph | undefined {
  const paragraphs = article.paragraphs;
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
    private readonly textStart: number,
    private readonly textEnd: number,
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

export function quoteCacheKey(engine: Engine, aliasStamp: string): string {
  return `v${QUOTES_CACHE_VERSION}:${engine.corpusKey}:${aliasStamp}`;
}

/** The compact form of a store, as written to the cache. */
export function encodeStore(key: string, store: StoreContents): string {
  const speakers: Speaker[] = [];
  const speakerIndex = new Map<Speaker, number>();
  const ref = (s: Speaker | null) => {
    if (!s) return -1;
    let i = speakerIndex.get(s);
    if (i === undefined) {
      i = speakers.push(s) - 1;
      speakerIndex.set(s, i);
    }
    return i;
  };
  const wordings: IndexedWording[] = [];
  const wordingIndex = new Map<string, number>();
  const wording = (quote: string, lang: Lang) => {
    const key = `${lang}\u0000${quote}`;
    let i = wordingIndex.get(key);
    if (i === undefined) {
      i = wordings.push({ text: quote, lang }) - 1;
      wordingIndex.set(key, i);
    }
    return i;
  };
  const groups = store.groups.map((g): CachedGroup => {
    const reports = g.members.map((m): CachedReport => {
      const textStart = m.context.indexOf(m.text);
      return [m.articleId, m.paragraph, m.start, m.end, textStart, textStart + m.text.length, wording(m.quote, m.lang), m.kind === 'direct' ? 0 : 1, m.heading ? 1 : 0, m.how, m.speakerPhrase, ref(m.speakerRef)];
    });
    return [g.kind === 'direct' ? 0 : 1, ref(g.speaker), reports];
  });
  const listed = store.speakers.map(ref);
  const cache: CacheFile = {
    key,
    speakers: speakers.map((s) => [s.id, s.name, s.kind, s.forms]),
    listed,
    wordings: wordings.map((w) => w.text),
    index: QuoteIndex.analyse(wordings),
    groups,
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
  const all: Speaker[] = cache.speakers.map(([id, name, kind, forms]) => ({ id, name, kind, forms }));
  const groups: QuoteGroup[] = [];
  const wordingOfReport: number[] = [];
  for (const [kind, speaker, reports] of cache.groups) {
    const members: AttributedQuotation[] = [];
    for (const [articleId, paragraph, start, end, textStart, textEnd, wording, reportKind, heading, how, speakerPhrase, ref] of reports) {
      const article = engine.article(articleId);
      const quote = cache.wordings[wording];
      if (!article || quote === undefined) return null;
      wordingOfReport.push(wording);
      members.push(new StoredReport(article, paragraph, start, end, textStart, textEnd, quote, KINDS[reportKind], heading === 1, how, speakerPhrase, ref < 0 ? null : all[ref]));
    }
    groups.push({ id: members[0].id, members, speaker: speaker < 0 ? null : all[speaker], kind: KINDS[kind] });
  }
  const index = new QuoteIndex(cache.index);
  if (index.size !== cache.wordings.length) return null;
  return { groups, speakers: cache.listed.map((i) => all[i]), wordings: cache.wordings, wordingOfReport: Int32Array.from(wordingOfReport), index };
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
