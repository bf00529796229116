/**
 * The search libraries Depeche is measured against, behind one small interface, each configured
 * as its own documentation recommends for French text:
 * - MiniSearch with its defaults (the floor Depeche's analysis adds to);
 * - Lunr with lunr-languages' French plugin (`lunr.fr`: French trimmer, stop words and stemmer);
 * - FlexSearch with its Latin "balance" charset and its bundled French language pack
 *   (`flexsearch/lang/fr`: French stop words, stemmer and elision handling);
 * - Orama with its French tokenizer (`language: 'french'`), stemming on. Orama's French stemmer
 *   ships in `@orama/stemmers`, which is not installed here; the same Snowball French algorithm
 *   comes from `snowball-stemmers`, and French stop words from `stopword` (Orama's own list lives
 *   in `@orama/stopwords`, also not installed).
 */
import { createRequire } from 'node:module';
import MiniSearch from 'minisearch';
import lunr from 'lunr';
import { Charset, Encoder, Index as FlexIndex } from 'flexsearch';
import FrenchPreset from 'flexsearch/lang/fr';
import { create as createOrama, insertMultiple, load as loadOrama, save as saveOrama, search as searchOrama } from '@orama/orama';
import snowball from 'snowball-stemmers';
import { fra as frenchStopwords } from 'stopword';
import type { Passage } from './passages.js';

export interface PeerEngine {
  name: string;
  /** Indexes the passages (ids are `Passage.id`). */
  build(passages: Passage[]): Promise<void>;
  /** Passage ids, best first. */
  search(query: string, limit: number): string[] | Promise<string[]>;
  /** The index as a string, for the on-disk size and the cold start. */
  serialize(): Promise<string>;
  /** Restores an index from `serialize()`'s output (the passages themselves are loaded apart). */
  load(serialized: string, passages: Passage[]): Promise<void>;
}

const require = createRequire(import.meta.url);

class MiniSearchPeer implements PeerEngine {
  name = 'minisearch';
  private index = new MiniSearch<Passage>({ fields: ['text'] });
  async build(passages: Passage[]): Promise<void> {
    this.index.addAll(passages);
  }
  search(query: string, limit: number): string[] {
    return this.index.search(query).slice(0, limit).map((r) => r.id as string);
  }
  async serialize(): Promise<string> {
    return JSON.stringify(this.index);
  }
  async load(serialized: string): Promise<void> {
    this.index = MiniSearch.loadJSON<Passage>(serialized, { fields: ['text'] });
  }
}

let lunrFrenchReady = false;
function lunrWithFrench(): typeof lunr {
  if (!lunrFrenchReady) {
    require('lunr-languages/lunr.stemmer.support')(lunr);
    require('lunr-languages/lunr.fr')(lunr);
    lunrFrenchReady = true;
  }
  return lunr;
}

/** Lunr's query language gives meaning to these characters; a user's words must not trip it. */
const LUNR_SYNTAX = /[:~^+\-*]/g;

class LunrPeer implements PeerEngine {
  name = 'lunr-fr';
  private index?: lunr.Index;
  async build(passages: Passage[]): Promise<void> {
    const l = lunrWithFrench();
    this.index = l(function () {
      this.use((l as unknown as { fr: lunr.Builder.Plugin }).fr);
      this.ref('id');
      this.field('text');
      for (const passage of passages) this.add(passage);
    });
  }
  search(query: string, limit: number): string[] {
    return this.index!.search(query.replace(LUNR_SYNTAX, ' ')).slice(0, limit).map((r) => r.ref);
  }
  async serialize(): Promise<string> {
    return JSON.stringify(this.index);
  }
  async load(serialized: string): Promise<void> {
    this.index = lunrWithFrench().Index.load(JSON.parse(serialized));
  }
}

function frenchFlexIndex(): FlexIndex {
  // The docs' way to add a language pack to a charset: `new Encoder(charset, languagePack)`
  // (the constructor assigns each argument in turn; its typings declare only one).
  const encoder = new Encoder(Charset.LatinBalance);
  encoder.assign(FrenchPreset);
  return new FlexIndex({ encoder });
}

class FlexSearchPeer implements PeerEngine {
  name = 'flexsearch-fr';
  private index = frenchFlexIndex();
  private ids: string[] = [];
  async build(passages: Passage[]): Promise<void> {
    this.ids = passages.map((p) => p.id);
    passages.forEach((p, i) => this.index.add(i, p.text));
  }
  search(query: string, limit: number): string[] {
    return (this.index.search(query, { limit }) as number[]).map((i) => this.ids[i]!);
  }
  async serialize(): Promise<string> {
    const parts: Record<string, string> = {};
    await this.index.export((key: string, data: string) => {
      parts[key] = data;
    });
    return JSON.stringify(parts);
  }
  async load(serialized: string, passages: Passage[]): Promise<void> {
    this.index = frenchFlexIndex();
    this.ids = passages.map((p) => p.id);
    const parts = JSON.parse(serialized) as Record<string, string>;
    for (const [key, data] of Object.entries(parts)) await this.index.import(key, data);
  }
}

function frenchOrama() {
  const stemmer = snowball.newStemmer('french');
  return createOrama({
    schema: { text: 'string' } as const,
    components: {
      tokenizer: {
        language: 'french',
        stemming: true,
        stemmer: (word: string) => stemmer.stem(word),
        stopWords: frenchStopwords,
      },
    },
  });
}

class OramaPeer implements PeerEngine {
  name = 'orama-fr';
  private db = frenchOrama();
  async build(passages: Passage[]): Promise<void> {
    await insertMultiple(this.db, passages.map((p) => ({ id: p.id, text: p.text })), 1000);
  }
  async search(query: string, limit: number): Promise<string[]> {
    const results = await searchOrama(this.db, { term: query, properties: ['text'], limit });
    return results.hits.map((h) => h.id);
  }
  async serialize(): Promise<string> {
    return JSON.stringify(saveOrama(this.db));
  }
  async load(serialized: string): Promise<void> {
    this.db = frenchOrama();
    loadOrama(this.db, JSON.parse(serialized));
  }
}

export const PEER_NAMES = ['minisearch', 'lunr-fr', 'flexsearch-fr', 'orama-fr'] as const;
export type PeerName = (typeof PEER_NAMES)[number];

export function createPeer(name: PeerName): PeerEngine {
  switch (name) {
    case 'minisearch':
      return new MiniSearchPeer();
    case 'lunr-fr':
      return new LunrPeer();
    case 'flexsearch-fr':
      return new FlexSearchPeer();
    case 'orama-fr':
      return new OramaPeer();
  }
}
