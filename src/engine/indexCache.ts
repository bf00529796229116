/**
 * The index cache file: what `Engine.open` reads instead of parsing and indexing the corpus
 * again. One file: a short JSON header (cache key, corpus problems, each article's metadata,
 * where each section is) followed by the packed corpus text and its typed arrays, written as raw
 * bytes and read back as views on one buffer, and the MiniSearch index as MiniSearch serializes
 * it (`JSON.stringify(miniSearch)`, loaded back with `MiniSearch.loadJS`).
 *
 *   "DEPECHE\n" | header length (u32 LE) | header JSON | padding to 8 | arrays, each padded to 8
 */
import { promises as fs } from 'node:fs';
import { endianness } from 'node:os';
import type { Article, CorpusProblem } from '../corpus/article.js';
import { attachPacked, PackedCorpus, type PackedSections } from '../corpus/packedCorpus.js';
import { PassageIndex, type PassageIndexSnapshot } from '../search/passageIndex.js';

export const CACHE_FILE = 'index-cache.bin';
/** Files of earlier cache formats, removed when a new cache is written. */
export const LEGACY_CACHE_FILES = ['index-cache.json'];

const MAGIC = Buffer.from('DEPECHE\n', 'latin1');
const PREFIX_BYTES = MAGIC.length + 4;

type ArrayType = 'u8' | 'u16' | 'u32';
type TypedArray = Uint8Array | Uint16Array | Uint32Array;

interface SectionEntry {
  name: string;
  type: ArrayType;
  /** Byte offset in the data part (after the header), a multiple of 8. */
  offset: number;
  /** Number of elements. */
  length: number;
}

interface Header {
  key: string;
  endianness: 'LE' | 'BE';
  problems: CorpusProblem[];
  /** Each article without its paragraphs and removed lines (those are in the packed text), by column: `values[k][i]` is field `fields[k]` of article i. */
  articles: { fields: string[]; values: unknown[][] };
  /** The id the passage index gives the next passage it adds. */
  nextId: number;
  sections: SectionEntry[];
}

export interface CachedIndex {
  articles: Article[];
  problems: CorpusProblem[];
  index: PassageIndex;
}

const PACKED_SECTIONS: (keyof PackedSections)[] = ['text', 'articleParagraphs', 'paragraphBytes', 'paragraphKind', 'paragraphSentences', 'sentenceStart', 'sentenceEnd', 'removed', 'removedBytes'];
/** MiniSearch's JSON last: a reader keeps the arrays before it and lets the JSON go once loaded. */
const INDEX_SECTIONS = ['firstIds', 'termPassages', 'miniSearch'] as const;

const typeOf = (array: TypedArray): ArrayType => (array instanceof Uint32Array ? 'u32' : array instanceof Uint16Array ? 'u16' : 'u8');
const padTo8 = (n: number) => (n + 7) & ~7;

const TEXT_FIELDS = new Set(['paragraphs', 'removed']);

/** The articles' fields but their text (paragraphs, removed lines), by column, read without decoding the text. */
function articleColumns(articles: Article[]): Header['articles'] {
  const fields = [...new Set(articles.flatMap((a) => Object.keys(a)))].filter((f) => !TEXT_FIELDS.has(f));
  return { fields, values: fields.map((f) => articles.map((a) => (a as unknown as Record<string, unknown>)[f])) };
}

function articlesFromColumns({ fields, values }: Header['articles'], count: number): Article[] {
  const articles: Article[] = [];
  for (let i = 0; i < count; i++) {
    const article: Record<string, unknown> = {};
    fields.forEach((f, k) => {
      if (values[k][i] !== undefined) article[f] = values[k][i];
    });
    articles.push(article as unknown as Article);
  }
  return articles;
}

/** Writes the cache to a temporary file, then renames it over the old one. */
export async function writeIndexCache(file: string, content: { key: string; problems: CorpusProblem[]; articles: Article[]; index: PassageIndex }): Promise<void> {
  const snapshot = content.index.toSnapshot();
  const arrays: [string, TypedArray][] = [
    ...PACKED_SECTIONS.map((name): [string, TypedArray] => [name, content.index.packed.sections[name]]),
    ...INDEX_SECTIONS.map((name): [string, TypedArray] => [name, snapshot[name]]),
  ];
  const sections: SectionEntry[] = [];
  let offset = 0;
  for (const [name, array] of arrays) {
    sections.push({ name, type: typeOf(array), offset, length: array.length });
    offset = padTo8(offset + array.byteLength);
  }
  const header: Header = {
    key: content.key,
    endianness: endianness(),
    problems: content.problems,
    articles: articleColumns(content.articles),
    nextId: snapshot.nextId,
    sections,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(headerBytes.length);
  const tmp = `${file}.${process.pid}.tmp`;
  const handle = await fs.open(tmp, 'w');
  try {
    const zeros = Buffer.alloc(8);
    const start = PREFIX_BYTES + headerBytes.length;
    await handle.writev([MAGIC, length, headerBytes, zeros.subarray(0, padTo8(start) - start)]);
    for (const [, array] of arrays) {
      const bytes = Buffer.from(array.buffer, array.byteOffset, array.byteLength);
      await handle.writev([bytes, zeros.subarray(0, padTo8(bytes.length) - bytes.length)]);
    }
  } finally {
    await handle.close();
  }
  await fs.rename(tmp, file);
}

async function readFully(handle: fs.FileHandle, into: Buffer, position: number): Promise<void> {
  for (let done = 0; done < into.length; ) {
    const { bytesRead } = await handle.read(into, done, into.length - done, position + done);
    if (bytesRead === 0) throw new Error('index cache is truncated');
    done += bytesRead;
  }
}

/**
 * Reads the cache when it was written for `key` (the corpus files and analysis as they are now);
 * otherwise says why not (missing, stale, another format, damaged): the caller indexes instead.
 */
export async function readIndexCache(file: string, key: string): Promise<CachedIndex | { miss: string }> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch (error) {
    return { miss: `no cache (${(error as NodeJS.ErrnoException).code ?? error})` };
  }
  try {
    const size = (await handle.stat()).size;
    if (size < PREFIX_BYTES) return { miss: 'truncated' };
    const prefix = Buffer.alloc(PREFIX_BYTES);
    await readFully(handle, prefix, 0);
    if (!prefix.subarray(0, MAGIC.length).equals(MAGIC)) return { miss: 'not an index cache' };
    const headerLength = prefix.readUInt32LE(MAGIC.length);
    if (PREFIX_BYTES + headerLength > size) return { miss: 'truncated' };
    // The key sits at the start of the header: compare before reading anything else.
    const expected = Buffer.from(`{"key":${JSON.stringify(key)}`, 'utf8');
    const headerBytes = Buffer.alloc(headerLength);
    await readFully(handle, headerBytes, PREFIX_BYTES);
    if (!headerBytes.subarray(0, expected.length).equals(expected)) return { miss: 'the corpus files or the analysis changed' };
    const header = JSON.parse(headerBytes.toString('utf8')) as Header;
    if (header.key !== key) return { miss: 'the corpus files or the analysis changed' };
    if (header.endianness !== endianness()) return { miss: 'written on a machine of another byte order' };
    const dataStart = padTo8(PREFIX_BYTES + headerLength);
    // MiniSearch's JSON comes last and is let go once loaded: it is read into a buffer apart from
    // the arrays that stay in memory (one buffer of their own, offset 0, so every view is aligned).
    const json = header.sections.find((s) => s.name === 'miniSearch');
    if (!json || json.offset + json.length > size - dataStart || header.sections.some((s) => s.offset > json.offset)) return { miss: 'damaged' };
    const data = Buffer.allocUnsafeSlow(json.offset);
    await readFully(handle, data, dataStart);
    const miniSearch = Buffer.allocUnsafe(json.length);
    await readFully(handle, miniSearch, dataStart + json.offset);
    return restore(header, data, miniSearch) ?? { miss: 'damaged' };
  } catch (error) {
    return { miss: `damaged (${error instanceof Error ? error.message : String(error)})` };
  } finally {
    await handle.close();
  }
}

function restore(header: Header, data: Buffer, miniSearch: Buffer): CachedIndex | null {
  const views = new Map<string, TypedArray>();
  for (const s of header.sections) {
    if (s.name === 'miniSearch') continue;
    const width = s.type === 'u32' ? 4 : s.type === 'u16' ? 2 : 1;
    if (s.offset % 8 !== 0 || s.offset + s.length * width > data.length) return null;
    const at = data.byteOffset + s.offset;
    views.set(s.name, s.type === 'u32' ? new Uint32Array(data.buffer, at, s.length) : s.type === 'u16' ? new Uint16Array(data.buffer, at, s.length) : new Uint8Array(data.buffer, at, s.length));
  }
  const view = <T extends TypedArray>(name: string, type: new (...args: never[]) => T): T => {
    const v = views.get(name);
    if (!(v instanceof type)) throw new Error(`index cache lacks ${name}`);
    return v;
  };
  const sections = {
    text: view('text', Uint8Array),
    articleParagraphs: view('articleParagraphs', Uint32Array),
    paragraphBytes: view('paragraphBytes', Uint32Array),
    paragraphKind: view('paragraphKind', Uint8Array),
    paragraphSentences: view('paragraphSentences', Uint32Array),
    sentenceStart: view('sentenceStart', Uint32Array),
    sentenceEnd: view('sentenceEnd', Uint32Array),
    removed: view('removed', Uint8Array),
    removedBytes: view('removedBytes', Uint32Array),
  } satisfies PackedSections;
  const count = sections.articleParagraphs.length - 1;
  if (header.articles.values.some((column) => column.length !== count)) return null;
  const packed = new PackedCorpus(sections);
  const snapshot: PassageIndexSnapshot = {
    miniSearch,
    termPassages: view('termPassages', Uint32Array),
    firstIds: view('firstIds', Uint32Array),
    nextId: header.nextId,
  };
  if (snapshot.firstIds.length !== count || !Number.isInteger(snapshot.nextId)) return null;
  const articles = articlesFromColumns(header.articles, count);
  articles.forEach((article, slot) => attachPacked(article, packed, slot));
  return { articles, problems: header.problems, index: PassageIndex.fromSnapshot(snapshot, packed, articles) };
}
