/**
 * The corpus's text packed in one buffer: every paragraph's UTF-8 bytes end to end, with
 * typed arrays saying where each article, paragraph and sentence starts. This is what the
 * index cache stores and what the engine keeps in memory: an article's paragraphs are decoded
 * the first time something reads them (a search result, a quotation extraction), and its
 * sentences are slices of its paragraph texts rather than copies. Passage n of the index is
 * sentence n of this store.
 */
import type { Article, Paragraph, Sentence } from './article.js';

/** The arrays a packed corpus is made of, as stored in the cache (see `sections()`). */
export interface PackedSections {
  /** Paragraph texts, UTF-8, end to end. */
  text: Uint8Array;
  /** First paragraph of each article (articles + 1 entries). */
  articleParagraphs: Uint32Array;
  /** Byte offset of each paragraph in `text` (paragraphs + 1). */
  paragraphBytes: Uint32Array;
  /** 1 for a heading (title line, subhead), 0 for prose. */
  paragraphKind: Uint8Array;
  /** First sentence of each paragraph (paragraphs + 1). */
  paragraphSentences: Uint32Array;
  /** Each sentence's start and end in its paragraph's text (UTF-16 offsets, as in `Sentence`). */
  sentenceStart: Uint32Array;
  sentenceEnd: Uint32Array;
  /** Each article's removed lines as JSON, UTF-8, end to end; `removedBytes` has articles + 1 offsets. */
  removed: Uint8Array;
  removedBytes: Uint32Array;
}

const encoder = new TextEncoder();

/** Growable byte buffer for packing. */
class ByteSink {
  private buffer = new Uint8Array(1 << 16);
  length = 0;

  append(text: string): void {
    // A UTF-8 encoding takes at most 3 bytes per UTF-16 unit.
    this.reserve(text.length * 3);
    this.length += encoder.encodeInto(text, this.buffer.subarray(this.length)).written;
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buffer.subarray(0, this.length));
    this.buffer = next;
  }

  bytes(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

/** Growable array of 32-bit unsigned integers. */
class U32Sink {
  private buffer = new Uint32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.buffer.length) {
      const next = new Uint32Array(this.buffer.length * 2);
      next.set(this.buffer);
      this.buffer = next;
    }
    this.buffer[this.length++] = value;
  }

  array(): Uint32Array {
    return this.buffer.slice(0, this.length);
  }
}

const decoder = new TextDecoder('utf-8');

export class PackedCorpus {
  readonly sections: PackedSections;
  /** Article of each paragraph, paragraph of each sentence: derived, not stored. */
  readonly paragraphArticle: Uint32Array;
  readonly sentenceParagraph: Uint32Array;
  /** Articles whose paragraphs are decoded and kept (see `DECODED_ARTICLES`), and a count of reads to age them by. */
  readonly decoded = new Set<PackedState>();
  reads = 0;

  constructor(sections: PackedSections) {
    this.sections = sections;
    const { articleParagraphs, paragraphSentences } = sections;
    const paragraphs = paragraphSentences.length - 1;
    this.paragraphArticle = new Uint32Array(paragraphs);
    for (let a = 0; a + 1 < articleParagraphs.length; a++) this.paragraphArticle.fill(a, articleParagraphs[a], articleParagraphs[a + 1]);
    this.sentenceParagraph = new Uint32Array(paragraphSentences[paragraphs] ?? 0);
    for (let p = 0; p < paragraphs; p++) this.sentenceParagraph.fill(p, paragraphSentences[p], paragraphSentences[p + 1]);
  }

  /** Packs the articles' paragraphs (read with `paragraphsOf`, which does not keep decoded text). */
  static pack(articles: readonly Article[]): PackedCorpus {
    const text = new ByteSink();
    const removed = new ByteSink();
    const articleParagraphs = new U32Sink();
    const paragraphBytes = new U32Sink();
    const paragraphKind: number[] = [];
    const paragraphSentences = new U32Sink();
    const sentenceStart = new U32Sink();
    const sentenceEnd = new U32Sink();
    const removedBytes = new U32Sink();
    for (const article of articles) {
      articleParagraphs.push(paragraphKind.length);
      removedBytes.push(removed.length);
      removed.append(JSON.stringify(removedOf(article)));
      for (const paragraph of paragraphsOf(article)) {
        paragraphBytes.push(text.length);
        paragraphKind.push(paragraph.kind === 'heading' ? 1 : 0);
        paragraphSentences.push(sentenceStart.length);
        text.append(paragraph.text);
        for (const s of paragraph.sentences) {
          sentenceStart.push(s.start);
          sentenceEnd.push(s.end);
        }
      }
    }
    articleParagraphs.push(paragraphKind.length);
    removedBytes.push(removed.length);
    paragraphBytes.push(text.length);
    paragraphSentences.push(sentenceStart.length);
    return new PackedCorpus({
      text: text.bytes(),
      articleParagraphs: articleParagraphs.array(),
      paragraphBytes: paragraphBytes.array(),
      paragraphKind: Uint8Array.from(paragraphKind),
      paragraphSentences: paragraphSentences.array(),
      sentenceStart: sentenceStart.array(),
      sentenceEnd: sentenceEnd.array(),
      removed: removed.bytes(),
      removedBytes: removedBytes.array(),
    });
  }

  get articleCount(): number {
    return this.sections.articleParagraphs.length - 1;
  }

  get sentenceCount(): number {
    return this.sentenceParagraph.length;
  }

  paragraphText(p: number): string {
    const { text, paragraphBytes } = this.sections;
    return decoder.decode(text.subarray(paragraphBytes[p], paragraphBytes[p + 1]));
  }

  /** Decodes an article's paragraphs; sentences are slices of their paragraph's text. */
  paragraphs(article: number): Paragraph[] {
    const { articleParagraphs, paragraphKind, paragraphSentences, sentenceStart, sentenceEnd } = this.sections;
    const first = articleParagraphs[article];
    const out: Paragraph[] = [];
    for (let p = first; p < articleParagraphs[article + 1]; p++) {
      const text = this.paragraphText(p);
      const sentences: Sentence[] = [];
      for (let s = paragraphSentences[p]; s < paragraphSentences[p + 1]; s++) {
        sentences.push({ index: sentences.length, text: text.slice(sentenceStart[s], sentenceEnd[s]), start: sentenceStart[s], end: sentenceEnd[s] });
      }
      out.push({ index: p - first, kind: paragraphKind[p] === 1 ? 'heading' : 'text', text, sentences });
    }
    return out;
  }

  removed(article: number): Article['removed'] {
    const { removed, removedBytes } = this.sections;
    return JSON.parse(decoder.decode(removed.subarray(removedBytes[article], removedBytes[article + 1]))) as Article['removed'];
  }

  /** One sentence's text, decoding only its paragraph. */
  sentenceText(s: number): string {
    return this.paragraphText(this.sentenceParagraph[s]).slice(this.sections.sentenceStart[s], this.sections.sentenceEnd[s]);
  }

  /** Bytes held in memory. */
  get byteLength(): number {
    return Object.values(this.sections).reduce((n: number, a: ArrayBufferView) => n + a.byteLength, 0) + this.paragraphArticle.byteLength + this.sentenceParagraph.byteLength;
  }
}

/** Hidden state of an article whose text lives in a packed corpus. */
interface PackedState {
  packed: PackedCorpus;
  slot: number;
  paragraphs?: Paragraph[];
  removed?: Article['removed'];
  /** When its paragraphs were last read (the packed corpus's read count then). */
  used: number;
}

const PACKED = Symbol('packed');
type PackedArticle = Article & { [PACKED]?: PackedState };

/**
 * How many articles of a packed corpus keep their decoded paragraphs: beyond it, the half least
 * recently read let theirs go (decoded again if read again). A pass over the whole corpus
 * (quotation extraction) then does not leave every article's text decoded in memory.
 */
export const DECODED_ARTICLES = 2000;

function keepDecoded(state: PackedState): void {
  const kept = state.packed.decoded;
  kept.add(state);
  if (kept.size <= DECODED_ARTICLES) return;
  const byAge = [...kept].sort((a, b) => a.used - b.used);
  for (const old of byAge.slice(0, byAge.length - Math.floor(DECODED_ARTICLES / 2))) {
    old.paragraphs = undefined;
    kept.delete(old);
  }
}

function packedParagraphs(this: PackedArticle): Paragraph[] {
  const state = this[PACKED]!;
  state.used = ++state.packed.reads;
  if (!state.paragraphs) {
    state.paragraphs = state.packed.paragraphs(state.slot);
    keepDecoded(state);
  }
  return state.paragraphs;
}

function packedRemoved(this: PackedArticle): Article['removed'] {
  const state = this[PACKED]!;
  return (state.removed ??= state.packed.removed(state.slot));
}

/**
 * Makes `article.paragraphs` and `article.removed` read from the packed corpus (article number
 * `slot`), decoded on first use and then kept. Text already decoded stays: the packed copy holds
 * the same words. Both stay ordinary enumerable properties for callers (spread, JSON, equality).
 */
export function attachPacked(article: Article, packed: PackedCorpus, slot: number): void {
  const target = article as PackedArticle;
  const previous = target[PACKED];
  // A freshly parsed article lets its parsed text go: the packed copy replaces it.
  const state: PackedState = { packed, slot, paragraphs: previous?.paragraphs, removed: previous?.removed, used: 0 };
  previous?.packed.decoded.delete(previous);
  if (state.paragraphs) keepDecoded(state);
  Object.defineProperty(target, PACKED, { value: state, enumerable: false, configurable: true, writable: true });
  Object.defineProperty(target, 'paragraphs', { get: packedParagraphs, enumerable: true, configurable: true });
  Object.defineProperty(target, 'removed', { get: packedRemoved, enumerable: true, configurable: true });
}

/** The article's number in `packed` when its text is read from there, else undefined. */
export function packedSlot(article: Article, packed: PackedCorpus): number | undefined {
  const state = (article as PackedArticle)[PACKED];
  return state?.packed === packed ? state.slot : undefined;
}

/** The article's paragraphs without keeping a decoded copy on it (for packing and indexing). */
export function paragraphsOf(article: Article): Paragraph[] {
  const state = (article as PackedArticle)[PACKED];
  if (!state) return article.paragraphs;
  return state.paragraphs ?? state.packed.paragraphs(state.slot);
}

function removedOf(article: Article): Article['removed'] {
  const state = (article as PackedArticle)[PACKED];
  if (!state) return article.removed;
  return state.removed ?? state.packed.removed(state.slot);
}
