/**
 * What reading one article gives the quotation store, kept per article so that a corpus change
 * reads again only what changed: an untouched article keeps its reading, a changed or added one
 * is read, a removed one is dropped. Speakers, groups and the index are then made from every
 * article's reading, as after a full reading.
 *
 * A title may name a person only in other articles ("le dirigeant nord-coréen"), so an article's
 * reading can depend on the rest of the corpus: each reading keeps the corpus titles it looked up
 * and the name each gave it, and is done again when one of them now names someone else.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Article } from '../corpus/article.js';
import { paragraphsOf } from '../corpus/packedCorpus.js';
import type { Engine } from '../engine/engine.js';
import { descriptorKey, genderKey, headTitleKey, nameKey, type CastMember, type CorpusTitles } from './articleCast.js';
import type { AttributionHow } from './attributeSpeaker.js';
import { extractQuotes, type ArticleQuotations } from './extractQuotes.js';

/** Bump when extraction or the kept shape changes (the quotes cache, built from readings, keys on it too). */
export const READINGS_VERSION = 73;

/** A speaker of the article as the speaker registry needs it. */
export type ArticleSpeaker = Pick<CastMember, 'id' | 'kind' | 'name' | 'nameForms' | 'nameTokens' | 'acronym' | 'display' | 'descriptors' | 'roleTitle' | 'gender' | 'possessiveTitles'>;

/** One quotation as positions in its article, and its attribution. */
export interface ReadQuotation {
  paragraph: number;
  /** The quoted words' offsets in the paragraph, then the offsets of the sentence(s) holding them. */
  start: number;
  end: number;
  textStart: number;
  textEnd: number;
  quote: string;
  kind: 'direct' | 'indirect';
  heading: boolean;
  how: AttributionHow;
  speakerPhrase: string | null;
  /** Index in the reading's `speakers`, -1 for none. */
  speaker: number;
}

export interface ArticleReading {
  id: string;
  /** The article's text and language, hashed: the reading is kept while it is unchanged. */
  fingerprint: string;
  /** From the first reading (without corpus titles): the titles it looked up… */
  titlesAsked: string[];
  /** …and the titles it introduces people with, as [title, full name], in reading order. */
  titlesGiven: [string, string][];
  /**
   * Null when the kept reading is the first; for a second reading, the corpus titles it looked up
   * and the one name each stood for (null: none, or several people).
   */
  titlesSeen: [string, string | null][] | null;
  /** The article's speakers of a quotation, in order of first quotation. */
  speakers: ArticleSpeaker[];
  quotations: ReadQuotation[];
}

export interface Readings {
  /** One reading per article, in corpus order. */
  readings: ArticleReading[];
  /** Articles extracted for this result (the others kept their reading). */
  read: string[];
}

/** The name a corpus title stands for when it stands for exactly one person. */
const onlyName = (titles: CorpusTitles, key: string): string | null => {
  const names = titles.get(key);
  return names?.size === 1 ? names.values().next().value! : null;
};

/**
 * Every article's reading, the previous ones kept where still valid. The result is the same as
 * reading the whole corpus afresh: a first reading of every article without corpus titles, the
 * corpus titles gathered from them in corpus order, and a second reading with them of each article
 * that looked up a title naming exactly one person.
 */
export function readArticles(articles: readonly Article[], previous: ReadonlyMap<string, ArticleReading> = new Map()): Readings {
  const read = new Set<string>();
  const extract = (article: Article, titles: CorpusTitles) => {
    read.add(article.id);
    return extractQuotes(article, titles);
  };
  const firsts = articles.map((article) => {
    const fingerprint = fingerprintOf(article);
    const kept = previous.get(article.id);
    if (kept && kept.fingerprint === fingerprint) return { article, fingerprint, kept, first: null };
    return { article, fingerprint, kept: null, first: firstReading(extract(article, new Map())) };
  });
  const titles: CorpusTitles = new Map();
  // A person's first printed form stands for them; the names already in, as keys, tell a new person apart.
  const keysOf = new Map<string, Set<string>>();
  for (const { kept, first } of firsts) {
    for (const [key, name] of (kept ?? first!).titlesGiven) {
      const names = titles.get(key) ?? titles.set(key, new Set()).get(key)!;
      const keys = keysOf.get(key) ?? keysOf.set(key, new Set()).get(key)!;
      const person = nameKey(name);
      if (keys.has(person)) continue;
      keys.add(person);
      names.add(name);
    }
  }
  const readings = firsts.map(({ article, fingerprint, kept, first }): ArticleReading => {
    const asked = (kept ?? first!).titlesAsked;
    const given = (kept ?? first!).titlesGiven;
    if (!asked.some((key) => onlyName(titles, key) !== null)) {
      if (kept && kept.titlesSeen === null) return kept;
      // The kept reading used corpus titles that no longer name anyone alone: the first reading stands.
      return toReading(article.id, fingerprint, first?.quotations ?? extract(article, new Map()), asked, given, null);
    }
    if (kept?.titlesSeen && kept.titlesSeen.every(([key, name]) => onlyName(titles, key) === name)) return kept;
    const second = extract(article, titles);
    const seen = [...second.cast!.titlesAsked].map((key): [string, string | null] => [key, onlyName(titles, key)]);
    return toReading(article.id, fingerprint, second, asked, given, seen);
  });
  return { readings, read: [...read] };
}

/** A first reading: what it asked and gave, and its quotations in case it is the one kept. */
function firstReading(result: ArticleQuotations) {
  const given: [string, string][] = [];
  for (const member of result.cast!.members) {
    if (member.kind !== 'person' || !member.name || member.nameTokens.length < 2) continue;
    // The gender the article tells ("la ministre X", "M. X"), which another article may need for a "she" (see genderKey).
    if (member.gender && !result.cast!.genderTaught.has(member)) given.push([genderKey(member.name), member.gender]);
    for (const d of member.descriptors) {
      given.push([descriptorKey(d), member.name]);
      // "maire de Valombre" also gives the bare title "maire": "l'édile" / "le maire" of another article may be them, when
      // the corpus knows no one else by it.
      if (d.length > 1 && !d[0].startsWith('\u0000') && result.cast!.isTitleWord(d[0])) given.push([headTitleKey(d[0]), member.name]);
      // "présidente du groupe Alliance populaire à l'Assemblée" also gives its shorter forms ("présidente du groupe Alliance
      // populaire"): another article may leave the last complement out; a form the corpus gives two people names no one.
      if (d.length > 2 && !d[0].startsWith('\u0000') && result.cast!.isTitleWord(d[0])) for (let k = 2; k < d.length; k++) given.push([descriptorKey(d.slice(0, k)), member.name]);
    }
  }
  return { titlesAsked: [...result.cast!.titlesAsked], titlesGiven: given, quotations: result };
}

function toReading(id: string, fingerprint: string, result: ArticleQuotations, titlesAsked: string[], titlesGiven: [string, string][], titlesSeen: [string, string | null][] | null): ArticleReading {
  const speakers: ArticleSpeaker[] = [];
  const index = new Map<CastMember, number>();
  const quotations = result.quotations.map((q): ReadQuotation => {
    let speaker = -1;
    if (q.speaker) {
      speaker = index.get(q.speaker) ?? -1;
      if (speaker < 0) {
        const { id: memberId, kind, name, nameForms, nameTokens, acronym, display, descriptors, roleTitle, gender, possessiveTitles } = q.speaker;
        speaker =
          speakers.push({
            id: memberId,
            kind,
            name,
            nameForms,
            nameTokens,
            acronym,
            display,
            descriptors,
            ...(roleTitle?.length ? { roleTitle } : {}),
            ...(gender ? { gender } : {}),
            ...(possessiveTitles?.length ? { possessiveTitles } : {}),
          }) - 1;
        index.set(q.speaker, speaker);
      }
    }
    const textStart = q.context.indexOf(q.text);
    return { paragraph: q.paragraph, start: q.start, end: q.end, textStart, textEnd: textStart + q.text.length, quote: q.quote, kind: q.kind, heading: q.heading, how: q.how, speakerPhrase: q.speakerPhrase, speaker };
  });
  return { id, fingerprint, titlesAsked, titlesGiven, titlesSeen, speakers, quotations };
}

/** Fingerprints of articles already hashed: an untouched article stays the same object across reloads. */
const fingerprints = new WeakMap<Article, string>();

/** Hash of everything a reading depends on: language, paragraphs (kind, text) and sentence bounds. */
export function fingerprintOf(article: Article): string {
  let fingerprint = fingerprints.get(article);
  if (fingerprint) return fingerprint;
  const hash = createHash('sha1').update(`${article.lang}\n`);
  for (const p of paragraphsOf(article)) {
    hash.update(`${p.index}\t${p.kind}\t${p.sentences.map((s) => `${s.start}-${s.end}`).join(',')}\t${p.text.length}\n`);
    hash.update(p.text);
  }
  fingerprint = hash.digest('base64');
  fingerprints.set(article, fingerprint);
  return fingerprint;
}

/**
 * The readings of each engine's last store, when they could not be kept on disk (no data folder,
 * or it is read-only): a reload builds the next store from them. On disk they take no memory
 * between reloads (about 80 MB at 10,000 articles).
 */
const lastReadings = new WeakMap<Engine, ReadonlyMap<string, ArticleReading>>();

/** The readings to build on: the engine's last store's, else those kept on disk, else none. */
export function previousReadings(engine: Engine): ReadonlyMap<string, ArticleReading> {
  return lastReadings.get(engine) ?? readReadingsFile(engine);
}

/** Keeps a store's readings for the next build: on disk when a data folder is set, else in memory. */
export function keepReadings(engine: Engine, readings: ArticleReading[]): void {
  const file = readingsFile(engine);
  if (file) {
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ version: READINGS_VERSION, readings: readings.map(toJson) }));
      renameSync(tmp, file);
      lastReadings.delete(engine);
      return;
    } catch {
      // A read-only data folder: kept in memory instead.
    }
  }
  lastReadings.set(engine, new Map(readings.map((r) => [r.id, r])));
}

const readingsFile = (engine: Engine) => (engine.dataDir ? path.join(engine.dataDir, 'quotes-readings.json') : null);

type JsonReading = Omit<ArticleReading, 'speakers'> & { speakers: (Omit<ArticleSpeaker, 'nameForms'> & { nameForms: [string, number][] })[] };

const toJson = (r: ArticleReading): JsonReading => ({ ...r, speakers: r.speakers.map((s) => ({ ...s, nameForms: [...s.nameForms] })) });

function readReadingsFile(engine: Engine): ReadonlyMap<string, ArticleReading> {
  const file = readingsFile(engine);
  if (!file) return new Map();
  try {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as { version: number; readings: JsonReading[] };
    if (raw.version !== READINGS_VERSION || !Array.isArray(raw.readings)) return new Map();
    return new Map(raw.readings.map((r) => [r.id, { ...r, speakers: r.speakers.map((s) => ({ ...s, nameForms: new Map(s.nameForms) })) }]));
  } catch {
    // Missing or damaged: every article is read.
    return new Map();
  }
}
