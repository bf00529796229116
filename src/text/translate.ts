/**
 * French and English words that name the same thing (see `newsWordPairs`, `titleWordPairs`), read at the level of
 * search terms: "grève" and "strike", "incendie", "feu" and "fire" are linked, in either
 * direction, with every word linked to them through the pairs. Terms are keyed by language, since
 * a French stem may be an unrelated English word ("dam" is the stem of French "dame").
 */
import type { Lang } from '../corpus/article.js';
import { frenchVerbEndings, newsWordPairs, titleWordPairs } from '../lang/translations.js';
import { baseForm, contentWords, isStopword, searchTerms, tokenize } from './analyzer.js';
import { normalizeForMatch } from './normalize.js';
import { dateWords } from '../lang/dates.js';
import { numberValues } from '../lang/tallies.js';

/** A word the lexicon links another to: its search term in its language, and the word to search it by. */
export interface LinkedTerm {
  lang: Lang;
  term: string;
  word: string;
}

const key = (lang: Lang, term: string) => `${lang}:${term}`;

/** Each term of the lexicon, keyed by language, with all the terms linked to it (itself included). */
function linkGroups(): Map<string, LinkedTerm[]> {
  const neighbours = new Map<string, LinkedTerm[]>();
  const terms = new Map<string, LinkedTerm>();
  const link = (a: LinkedTerm, b: LinkedTerm) => {
    const list = neighbours.get(key(a.lang, a.term)) ?? [];
    if (!list.some((t) => t.lang === b.lang && t.term === b.term)) list.push(b);
    neighbours.set(key(a.lang, a.term), list);
  };
  for (const [frWord, enWord] of [...newsWordPairs, ...titleWordPairs]) {
    const [fr] = searchTerms(frWord, 'fr');
    const [en] = searchTerms(enWord, 'en');
    if (!fr || !en) continue;
    // The first word met for a term searches for it.
    if (!terms.has(key('fr', fr))) terms.set(key('fr', fr), { lang: 'fr', term: fr, word: frWord });
    if (!terms.has(key('en', en))) terms.set(key('en', en), { lang: 'en', term: en, word: enWord });
    link(terms.get(key('fr', fr))!, terms.get(key('en', en))!);
    link(terms.get(key('en', en))!, terms.get(key('fr', fr))!);
  }
  const groups = new Map<string, LinkedTerm[]>();
  for (const [start, first] of terms) {
    if (groups.has(start)) continue;
    const group = [first];
    for (let i = 0; i < group.length; i++) {
      for (const next of neighbours.get(key(group[i].lang, group[i].term)) ?? []) if (!group.includes(next)) group.push(next);
    }
    for (const t of group) groups.set(key(t.lang, t.term), group);
  }
  return groups;
}

const GROUPS = linkGroups();

/**
 * The terms a word is linked to through the lexicon, in both languages, leaving out the word's
 * own terms: "grève" → strike; "fire" → incendie, feu; "feu" → fire, incendie. Empty for a word
 * outside the lexicon. The word may be of either language: it is read as both.
 */
export function linkedTerms(word: string): LinkedTerm[] {
  const own = { fr: searchTerms(word, 'fr')[0], en: searchTerms(word, 'en')[0] };
  const linked: LinkedTerm[] = [];
  for (const lang of ['fr', 'en'] as const) {
    const term = own[lang];
    if (!term) continue;
    // A French past participle (« entrés », « rouverte ») is looked up by its infinitive when its stem is not listed.
    const group = GROUPS.get(key(lang, term)) ?? (lang === 'fr' && FRENCH_PARTICIPLE.test(word.toLowerCase()) ? infinitiveGroup(word) : undefined);
    for (const t of group ?? []) {
      if (t.term !== own[t.lang] && !linked.includes(t)) linked.push(t);
    }
  }
  return linked;
}

/** A French past participle of an "-er" verb, as typed: « entré », « entrées » (a noun such as « portes » is not one). */
const FRENCH_PARTICIPLE = /\p{L}{3}(?:é|ée|és|ées)$/u;

/**
 * A text with each word the lexicon knows replaced by the words it is linked to, the others kept
 * ("barrage de Chaunac" → "dam chaunac"), for searching the other language; null when the
 * lexicon knows none of its words.
 */
export function translatedQuery(text: string): string | null {
  let translated = false;
  // Words as typed: a French participle is told by its accent (« entrés », not « entres »).
  const words = tokenize(text)
    .map((token) => ({ token, word: baseForm(token) }))
    .filter(({ word }) => word && !isStopword(word))
    .map(({ token, word }) => {
      const linked = linkedTerms(token);
      if (linked.length === 0) return word;
      translated = true;
      return linked.map((t) => t.word).join(' ');
    });
  return translated ? words.join(' ') : null;
}

/**
 * One key for a word and every word the lexicon links it to, whatever their language: "grève"
 * (read as French) and "strike" (read as English) give the same key. Null for a word outside the
 * lexicon.
 */
export function linkKey(word: string, lang: Lang): string | null {
  const group = lexiconGroup(word, lang) ?? (lang === 'fr' ? infinitiveGroup(word) : undefined);
  return group ? key(group[0].lang, group[0].term) : null;
}

function lexiconGroup(word: string, lang: Lang): LinkedTerm[] | undefined {
  const [term] = searchTerms(word, lang);
  return term ? GROUPS.get(key(lang, term)) : undefined;
}

/** A conjugated French verb the lexicon lists by its infinitive ("vérifié" → "vérifier"), see `frenchVerbEndings`. */
function infinitiveGroup(word: string): LinkedTerm[] | undefined {
  const folded = normalizeForMatch(word);
  for (const [ending, infinitive] of frenchVerbEndings) {
    if (!folded.endsWith(ending) || folded.length - ending.length < 3) continue;
    const group = lexiconGroup(folded.slice(0, -ending.length) + infinitive, 'fr');
    if (group) return group;
  }
  return undefined;
}

/** Letters a long word shares with its cognate in the other language ("monoxyde" / "monoxide", "Kestrie" / "Kestria"). */
export const COGNATE_PREFIX = 5;

/**
 * A folded word as French and English cognates are spelled: a long word by its first letters
 * ("carbone" / "carbon", "électrique" / "electric"), a short one or a figure as it is ("162", "port").
 */
export function cognateKey(word: string): string {
  const w = word.replace(/s$/, '');
  return w.length > COGNATE_PREFIX && !/^\d/.test(w) ? w.slice(0, COGNATE_PREFIX) : w;
}

/** Month names of both languages as one key each ("mars", "March" → month:3). */
const MONTH_KEYS: Map<string, string> = (() => {
  const keys = new Map<string, string>();
  for (const lang of ['fr', 'en'] as const) {
    dateWords[lang].months.forEach((forms, i) => {
      for (const form of forms) if (!form.includes('.')) keys.set(normalizeForMatch(form), `month:${i + 1}`);
    });
  }
  return keys;
})();

/** Numbers written in words of both languages by their figure ("neuf", "nine" → "9"); not "un"/"one", an article as often as a count. */
const numberKeys = (lang: Lang) => new Map(Object.entries(numberValues[lang]).filter(([, v]) => v >= 2).map(([w, v]) => [normalizeForMatch(w), String(v)]));
const NUMBER_KEYS: Record<Lang, Map<string, string>> = { fr: numberKeys('fr'), en: numberKeys('en') };

/** A word of a text as it crosses languages (see conceptTerms). */
export interface ConceptWord {
  keys: string[];
  /** Capitalised inside the text: a name of a person, place or organisation. */
  name: boolean;
}

/**
 * What a text speaks of, in keys that cross languages, one entry per distinct word: the lexicon's
 * link key for a word it knows (see `linkKey`: « tempête » and "storm" are one) and its cognate key
 * (names, figures and cognates are written alike or nearly in both languages: "Brenmouth", "162",
 * « monoxyde » / "monoxide"; the lexicon may know a word in one language and not its cognate in the
 * other); a month name by its number, an ordinal figure by its figure (« 1er mars », "1 March"), a
 * number written in words by its figure (« neuf », "nine", "9").
 * `skip` leaves out the words whose search term it names.
 */
export function conceptTerms(text: string, lang: Lang, skip?: (term: string) => boolean): ConceptWord[] {
  const words = new Map<string, ConceptWord>();
  tokenize(text).forEach((token, i) => {
    const word = baseForm(token);
    if (!word || isStopword(word) || words.has(word)) return;
    // Words the caller leaves out, by their search term (reporting and day words: "said", « lundi »).
    if (skip && searchTerms(word, lang).some(skip)) return;
    // A month's name or a number in words: one key, its number.
    const numbered = MONTH_KEYS.get(word) ?? NUMBER_KEYS[lang].get(word);
    const ordinal = /^(\d+)(?:er|re|e|st|nd|rd|th)$/.exec(word);
    const linked = linkKey(word, lang);
    const keys = numbered ? [numbered] : ordinal ? [ordinal[1]] : linked ? [linked, cognateKey(word)] : [cognateKey(word)];
    words.set(word, { keys, name: i > 0 && /^\p{Lu}/u.test(token) });
  });
  return [...words.values()];
}
