/**
 * A deterministic (seeded) generator of French news corpora for the benchmarks.
 *
 * Generated articles recombine real French sentences taken from the bundled articles, with:
 * - vocabulary growth: some content words are replaced by derived forms (a real stem plus a French
 *   suffix), drawn from a Zipf distribution, so the index vocabulary grows with the corpus as it
 *   does in real news (Heaps' law) instead of repeating the same few thousand words;
 * - synthetic speakers (names, titles, organisations) and quotations in French shapes
 *   (« … », a déclaré X ; X a affirmé que « … » ; Selon X, « … ») whose quoted words are
 *   fragments of real sentences;
 * - front matter (title, outlet, published, lang) and, now and then, page noise ("Publicité").
 *
 * Article `i` depends only on (seed, i, sources): a corpus of 1,000 is the first 1,000 articles of
 * the corpus of 10,000. The real articles are copied verbatim into every corpus; sentences holding
 * one of the `holdOut` phrases are kept out of generated articles so that the real articles remain
 * the only place where an evaluated quotation lives (hard negatives share all its other words).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

/** Bump when the generator's output changes, so cached corpora are rebuilt. */
export const GENERATOR_VERSION = 3;

export interface SourceArticle {
  /** File name without extension. */
  id: string;
  /** File name, as written into the generated corpus. */
  file: string;
  /** Full file content (front matter included when it has one). */
  content: string;
  /** Body text without front matter. */
  body: string;
}

export interface GeneratedArticle {
  id: string;
  file: string;
  content: string;
}

export interface GenerateOptions {
  /** Total number of articles, real ones included (at least the number of real ones). */
  size: number;
  seed: number;
  sources: SourceArticle[];
  /** Phrases that must not appear in generated articles (compared accent- and case-folded). */
  holdOut?: string[];
}

/** Accent-, case- and quote-folded text, for comparisons that must not depend on typography. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/[«»“”„"]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** mulberry32: small, fast, good enough for test data, and identical on every platform. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashSeed(...parts: (string | number)[]): number {
  const digest = createHash('sha1').update(parts.join('\u0000')).digest();
  return digest.readUInt32LE(0);
}

/** Reads the real articles: `.md` files of a Depeche corpus folder, or the seeds' `.txt` files. */
export function readSourceArticles(dir: string): SourceArticle[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => (f.endsWith('.md') || f.endsWith('.txt')) && !/^readme/i.test(f))
    .sort()
    .map((file) => {
      const content = readFileSync(join(dir, file), 'utf8');
      const body = content.startsWith('---') ? content.replace(/^---\n[\s\S]*?\n---\n?/, '') : content;
      return { id: basename(file, extname(file)), file, content, body };
    });
}

/** The bundled articles: the project's corpus folder when it has articles, else the seeds. */
export function defaultSources(projectDir: string): SourceArticle[] {
  const corpus = readSourceArticles(join(projectDir, 'corpus'));
  if (corpus.length > 0) return corpus;
  return readSourceArticles(join(projectDir, '..', 'shared', 'seeds'));
}

const QUOTE_CHARS = /[«»“”"]/;

function isProse(line: string): boolean {
  const words = line.split(/\s+/).filter(Boolean);
  if (words.length < 6) return false;
  const letters = line.replace(/[^\p{L}]/gu, '');
  const upper = line.replace(/[^\p{Lu}]/gu, '');
  return letters.length > 0 && upper.length / letters.length < 0.5;
}

/** Splits prose into sentences at end punctuation followed by a capital or an opening quote. */
export function splitSentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?…](?:\s*[»”"])?)\s+(?=[«“"A-ZÀ-ÖØ-Þ])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

interface SentencePools {
  narrative: string[];
  quoted: string[];
  /** Clause fragments (no quote marks) used as the words of synthetic quotations. */
  fragments: string[];
  /** Lower-case content words (length ≥ 6) that vocabulary variation may replace. */
  stems: string[];
}

function buildPools(sources: SourceArticle[], holdOut: string[]): SentencePools {
  const folded = holdOut.map(foldText).filter(Boolean);
  const narrative = new Set<string>();
  const quoted = new Set<string>();
  const fragments = new Set<string>();
  const stems = new Set<string>();
  for (const source of sources) {
    for (const line of source.body.split(/\n+/)) {
      if (!isProse(line)) continue;
      for (const sentence of splitSentences(line)) {
        if (!isProse(sentence)) continue;
        if (folded.some((phrase) => foldText(sentence).includes(phrase))) continue;
        (QUOTE_CHARS.test(sentence) ? quoted : narrative).add(sentence);
        if (!QUOTE_CHARS.test(sentence)) {
          for (const clause of sentence.split(/[,;:]\s+/)) {
            const words = clause.replace(/[.!?…]+$/, '').split(/\s+/);
            if (words.length >= 5 && words.length <= 16) fragments.add(words.join(' '));
          }
        }
        for (const word of sentence.split(/[^\p{L}]+/u)) {
          if (word.length >= 6 && word === word.toLowerCase()) stems.add(word);
        }
      }
    }
  }
  return {
    narrative: [...narrative],
    quoted: [...quoted],
    fragments: [...fragments],
    // Zipf ranks follow a seeded shuffle, not alphabetical order.
    stems: shuffle([...stems].sort(), createRandom(hashSeed('stems', sources.length))),
  };
}

// Generator data: French word endings, name parts and page furniture. Test data, not product rules.
const SUFFIXES = ['ation', 'ement', 'ique', 'eur', 'ité', 'isme', 'iste', 'age', 'ence', 'ure', 'oir', 'ier', 'elle', 'ance', 'ois', 'ien', 'ette', 'erie', 'aire', 'if'];
const SYLLABLES = ['ba', 'ber', 'cha', 'dou', 'fon', 'gar', 'lan', 'mar', 'nou', 'pel', 'ran', 'sau', 'tel', 'vin', 'bro', 'cor', 'del', 'fer', 'gui', 'lor', 'mon', 'nar', 'par', 'ros', 'sal', 'tor', 'val', 'bel', 'cla', 'dam', 'kov', 'lin', 'mir', 'sen', 'vich', 'ski', 'rov', 'ley', 'ton', 'mann'];
const FIRST_NAMES = ['Anne', 'Marc', 'Sophie', 'Pierre', 'Claire', 'Julien', 'Nadia', 'Thomas', 'Léa', 'Karim', 'Hélène', 'Olivier', 'Inès', 'François', 'Amélie', 'Youssef', 'Camille', 'Étienne', 'Mei', 'Sergueï', 'Olga', 'Dmitri', 'Hyun', 'Ji-woo', 'Lukas', 'Maria', 'João', 'Aïcha', 'Rémi', 'Zoé'];
const TITLES = ['le ministre des Affaires étrangères', 'la porte-parole du gouvernement', 'le président de la commission', 'la ministre de la Défense', "l'ambassadeur", 'le secrétaire général', 'la directrice de l’agence', 'le chef de la diplomatie', 'le premier ministre', 'la présidente du Parlement', 'un haut responsable', 'le général'];
const ORGS = ['le Kremlin', 'la Maison Blanche', "l'Élysée", 'le Conseil de sécurité', "l'Union européenne", 'Pékin', "l'OTAN", 'Séoul', 'Tokyo', "l'agence officielle", 'le ministère de la Défense', 'les Nations unies'];
const VERBS = ['a déclaré', 'a affirmé', 'a ajouté', 'a estimé', 'a souligné', 'a assuré', 'a expliqué', 'a indiqué', 'a martelé', 'a prévenu', 'a dit', 'a rappelé'];
const INVERTED = ['a-t-il déclaré', 'a-t-elle ajouté', 'a-t-il affirmé', 'a-t-elle souligné', 'a-t-il précisé', 'a-t-elle estimé'];
const OUTLETS = ['Le Quotidien du Matin', 'La Dépêche régionale', 'Info Monde', 'Le Journal du Soir', 'Agence Nord', 'Radio Capitale', 'La Tribune de l’Est', 'Le Courrier International', 'Le Petit Républicain', 'Nouvelles du Pacifique'];
const NOISE = ['Publicité', 'Lire aussi', 'Partager cet article', 'Abonnez-vous à notre newsletter'];

function shuffle<T>(items: T[], rand: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

/** Zipf-distributed index in [0, n): rank r has weight 1/(r+1). */
function zipf(rand: () => number, n: number): number {
  // Inverse CDF of the continuous approximation: fast and monotonic.
  const u = rand();
  return Math.min(n - 1, Math.floor(Math.exp(u * Math.log(n + 1)) - 1));
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function personName(rand: () => number): string {
  const surname = capitalize(pick(rand, SYLLABLES) + pick(rand, SYLLABLES) + (rand() < 0.4 ? pick(rand, SYLLABLES) : ''));
  return `${pick(rand, FIRST_NAMES)} ${surname}`;
}

function speaker(rand: () => number): string {
  const r = rand();
  if (r < 0.5) return personName(rand);
  if (r < 0.8) return `${pick(rand, TITLES)}, ${personName(rand)},`;
  return pick(rand, ORGS);
}

/** A derived word: a real stem (shortened) plus a suffix and maybe a syllable; Zipf over forms. */
function variantWord(rand: () => number, stems: string[]): string {
  const stem = stems[zipf(rand, stems.length)]!;
  const cut = Math.max(3, stem.length - 2 - Math.floor(rand() * 3));
  const middle = rand() < 0.5 ? SYLLABLES[zipf(rand, SYLLABLES.length)]! : '';
  return stem.slice(0, cut) + middle + SUFFIXES[zipf(rand, SUFFIXES.length)]!;
}

function varyWords(rand: () => number, sentence: string, stems: string[], rate: number): string {
  return sentence.replace(/\p{L}{6,}/gu, (word) =>
    word === word.toLowerCase() && rand() < rate ? variantWord(rand, stems) : word,
  );
}

function syntheticQuote(rand: () => number, pools: SentencePools): string {
  let fragment = varyWords(rand, pick(rand, pools.fragments), pools.stems, 0.25);
  fragment = fragment.charAt(0).toLowerCase() + fragment.slice(1);
  const who = speaker(rand);
  const shape = rand();
  if (shape < 0.35) return `« ${capitalize(fragment)} », ${pick(rand, VERBS)} ${who.replace(/,$/, '')}.`;
  if (shape < 0.6) return `${capitalize(who.replace(/,$/, ''))} ${pick(rand, VERBS)} que « ${fragment} ».`;
  if (shape < 0.8) return `Selon ${who.replace(/,$/, '')}, « ${fragment} ».`;
  return `“${capitalize(fragment)}”, ${pick(rand, INVERTED)}.`;
}

function generateArticle(index: number, seed: number, pools: SentencePools): GeneratedArticle {
  const rand = createRandom(hashSeed(seed, index));
  const id = `gen-${String(index).padStart(6, '0')}`;
  const paragraphs: string[] = [];
  const paragraphCount = 4 + Math.floor(rand() * 9);
  const rate = 0.08 + rand() * 0.2;
  for (let p = 0; p < paragraphCount; p++) {
    if (rand() < 0.05) paragraphs.push(pick(rand, NOISE));
    const sentences: string[] = [];
    const sentenceCount = 1 + Math.floor(rand() * 3);
    for (let s = 0; s < sentenceCount; s++) {
      const r = rand();
      if (r < 0.25) sentences.push(syntheticQuote(rand, pools));
      else if (r < 0.35 && pools.quoted.length > 0) sentences.push(varyWords(rand, pick(rand, pools.quoted), pools.stems, rate));
      else sentences.push(varyWords(rand, pick(rand, pools.narrative), pools.stems, rate));
    }
    paragraphs.push(sentences.join(' '));
  }
  const title = capitalize(varyWords(rand, pick(rand, pools.fragments), pools.stems, 0.3));
  const day = 1 + Math.floor(rand() * 28);
  const month = 1 + Math.floor(rand() * 12);
  const published = `2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const frontMatter = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `outlet: ${JSON.stringify(pick(rand, OUTLETS))}`,
    `published: ${published}`,
    'lang: fr',
    '---',
  ].join('\n');
  return { id, file: `${id}.md`, content: `${frontMatter}\n\n${paragraphs.join('\n\n')}\n` };
}

/** Every article of the corpus, real ones first; deterministic for (size, seed, sources, holdOut). */
export function* generateCorpus(options: GenerateOptions): Generator<GeneratedArticle> {
  const { sources, seed } = options;
  for (const source of sources) yield { id: source.id, file: source.file, content: source.content };
  if (options.size <= sources.length) return;
  const pools = buildPools(sources, options.holdOut ?? []);
  if (pools.narrative.length === 0 || pools.fragments.length === 0) {
    throw new Error('generateCorpus: the source articles hold no usable French prose');
  }
  for (let i = sources.length; i < options.size; i++) yield generateArticle(i, seed, pools);
}

/** A short fingerprint of everything the output depends on, for cache folder names. */
export function corpusFingerprint(options: GenerateOptions): string {
  const hash = createHash('sha1');
  hash.update(`v${GENERATOR_VERSION}|${options.size}|${options.seed}|${(options.holdOut ?? []).join('|')}`);
  for (const source of options.sources) hash.update(`|${source.file}|${source.content}`);
  return hash.digest('hex').slice(0, 12);
}

/**
 * Writes the corpus into `cacheDir/corpus-<size>-<fingerprint>` unless it is already there
 * (a `<folder>.complete` marker beside it is written last, so the corpus folder holds only
 * articles), and returns the folder.
 */
export function writeCorpus(cacheDir: string, options: GenerateOptions): string {
  const dir = join(cacheDir, `corpus-${options.size}-${corpusFingerprint(options)}`);
  if (existsSync(`${dir}.complete`)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let count = 0;
  for (const article of generateCorpus(options)) {
    writeFileSync(join(dir, article.file), article.content);
    count++;
  }
  writeFileSync(`${dir}.complete`, `${count}\n`);
  return dir;
}
