/**
 * Turns text into search terms: tokens, elisions removed, accents folded, stopwords dropped,
 * Snowball stems. The same analysis runs at index and at query time, so "lutte sacrée",
 * "LUTTE SACREE" and "lutte sacree" meet on the same terms.
 */
import snowball from 'snowball-stemmers';
import type { Lang } from '../corpus/article.js';
import { englishIrregularPasts, languages } from '../lang/index.js';
import { foldAccents } from './normalize.js';

/** Bump when the analysis changes: cached indexes built with another version are rebuilt. */
export const ANALYZER_VERSION = 9;

const stemmers = {
  fr: snowball.newStemmer('french'),
  en: snowball.newStemmer('english'),
};

const foldedSet = (words: string[]) => new Set(words.map((w) => foldAccents(w.toLowerCase())));
const STOPWORDS = { fr: foldedSet(languages.fr.stopwords), en: foldedSet(languages.en.stopwords) };
const IRREGULAR_PASTS = new Map(Object.entries(englishIrregularPasts));
const ELISION = new RegExp(`^(?:${[...new Set([...languages.fr.elisions])].join('|')})'(?=\\p{L})`, 'u');

/** Words: runs of letters and digits; apostrophes inside a word are kept for elision handling. */
const WORD = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}\p{N}]+)*/gu;

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Lower-cases, straightens and removes the elided article ("l'invitation" → "invitation", "Putin's" → "putin"). */
export function baseForm(token: string): string {
  let word = token.toLowerCase().replace(/['’ʼ]/g, "'");
  word = word.replace(ELISION, '');
  word = word.replace(/'s$/, '');
  return foldAccents(word);
}

export function isStopword(word: string, lang?: Lang): boolean {
  if (lang) return STOPWORDS[lang].has(word);
  return STOPWORDS.fr.has(word) || STOPWORDS.en.has(word);
}

/** Memoised stems: Snowball is the hot spot of indexing and of forgiving word matching. */
const STEM_CACHE_LIMIT = 200_000;
const stemCache = { fr: new Map<string, string>(), en: new Map<string, string>() };

/**
 * French "-ée(s)" once folded: Snowball strips "-ée" and "-ées" but keeps an "e" of the folded
 * "-ee" and "-ees", so "blessées" would not meet "blessés". Folded French has no other "-ee".
 */
const FOLDED_FEMININE = /ee(s?)$/;

/**
 * Snowball's French stem, with a plural "-s" taken off where Snowball keeps it after a vowel ("emplois", "amis", "lois"):
 * a plural then meets its singular. A verb ending in "-s" that Snowball reads as one ("renforcerons") is left to it;
 * "-ss" is no plural.
 */
function frenchStem(word: string): string {
  const snowball = (w: string) => stemmers.fr.stem(w.replace(FOLDED_FEMININE, 'e$1'));
  const stemmed = snowball(word);
  if (word.length < 4 || !/[^s]s$/.test(word)) return stemmed;
  return stemmed.endsWith('s') ? snowball(word.slice(0, -1)) : stemmed;
}

/** A French stem ending like a noun in "-sion"/"-tion", left by a verb made on it ("demissionn-" → "demission"). */
const FRENCH_ION_VERB_STEM = /[st]ion$/;

/**
 * Stem of an accent-folded base form; stemming after folding keeps "sacree" and "sacrée" equal.
 * An English irregular past or participle stems as its base form ("fell", "fallen" → "fall").
 */
export function stem(word: string, lang: Lang): string {
  if (word.length < 3 || /^\d+$/.test(word)) return word;
  const cache = stemCache[lang];
  let stemmed = cache.get(word);
  if (stemmed === undefined) {
    stemmed = lang === 'fr' ? frenchStem(word) : stemmers.en.stem(IRREGULAR_PASTS.get(word) ?? word);
    // A French verb made on a noun in "-sion"/"-tion" ("démissionné", "sanctionner") stems to that noun, which Snowball
    // stems further ("démission" → "demiss"): stemming the verb's stem again lets "a démissionné" meet "sa démission".
    if (lang === 'fr' && FRENCH_ION_VERB_STEM.test(stemmed) && stemmed !== word) stemmed = stemmers.fr.stem(stemmed);
    if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
    cache.set(word, stemmed);
  }
  return stemmed;
}

/**
 * The analysis for indexing and querying. Terms are stemmed with the article's language;
 * a query (language unknown) is stemmed with the corpus's main language.
 */
export function searchTerm(token: string, lang: Lang): string | null {
  const word = baseForm(token);
  if (!word || isStopword(word)) return null;
  return stem(word, lang);
}

export function searchTerms(text: string, lang: Lang): string[] {
  const terms: string[] = [];
  for (const token of tokenize(text)) {
    const term = searchTerm(token, lang);
    if (term) terms.push(term);
  }
  return terms;
}

/** Content words of a text (folded base forms, no stopwords), for overlap and phrase checks. */
export function contentWords(text: string): string[] {
  return tokenize(text).map(baseForm).filter((w) => w && !isStopword(w));
}

/** Detects French or English by which stopword list the text's words hit more. */
export function detectLang(text: string): Lang {
  let frHits = 0;
  let enHits = 0;
  for (const token of tokenize(text.slice(0, 5000))) {
    const w = baseForm(token);
    if (STOPWORDS.fr.has(w)) frHits++;
    if (STOPWORDS.en.has(w)) enHits++;
  }
  return enHits > frHits ? 'en' : 'fr';
}
