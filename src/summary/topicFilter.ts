/**
 * Which sentences are about a topic the user typed. Topic words may be French or English,
 * with or without accents, singular or plural, or a derived form ("armes" finds "armement",
 * "satellite" finds "satellites"); a single slip of the keyboard in a long word is forgiven. A
 * word also finds its translations in the other language ("grève" finds "strike", "fire" finds
 * "incendie" and "feu", see `linkedTerms`).
 */
import type { Lang } from '../corpus/article.js';
import { languages } from '../lang/index.js';
import { baseForm, contentWords, stem, tokenize } from '../text/analyzer.js';
import { linkedTerms } from '../text/translate.js';
import { topicFamilies } from '../lang/questions.js';
import { dateWords } from '../lang/dates.js';

interface TopicWord {
  base: string;
  stems: string[];
  /** The words the lexicon links it to (see `linkedTerms`): their stems and base forms, by language. */
  linked: Record<Lang, { stem: string; base: string }[]>;
  /** Typed as a French masculine past participle ("blessés"): its feminine forms are the same word. */
  participle: boolean;
  /** The stems, by language, of the words of its topic family (see `topicFamilies`): « foule » is about a protest. */
  family: Record<Lang, Set<string>>;
}

/** French "-ée" nouns are their own words (armée ≠ arme, entrée ≠ entre) though they stem alike. */
const FEMININE_NOUN = /ees?$/;

/**
 * A word's key in a family: its stem, marked when it is a French "-ée" noun, so « entrées » in a family
 * does not bring in « entre » (see FEMININE_NOUN).
 */
const familyKey = (base: string, lang: Lang) => (FEMININE_NOUN.test(base) ? `${stem(base, lang)}|ee` : stem(base, lang));

/** Each topic family's words as keys (see `familyKey`), by language; a compound word ("box-office") also by its whole form. */
const FAMILY_STEMS = topicFamilies.map((family) => ({
  fr: new Set(family.flatMap((w) => [familyKey(baseForm(w), 'fr'), baseForm(w)])),
  en: new Set(family.flatMap((w) => [familyKey(baseForm(w), 'en'), baseForm(w)])),
}));

/** Each month's names in both languages, as a family of their own: « décembre » is "December". */
const MONTH_STEMS = Array.from({ length: 12 }, (_, i) => {
  const names = [...dateWords.fr.months[i], ...dateWords.en.months[i]].filter((n) => !n.includes('.')).map(baseForm);
  return { fr: new Set(names.map((n) => stem(n, 'fr'))), en: new Set(names.map((n) => stem(n, 'en'))) };
});

export interface TopicMatcher {
  /** The topic's content words. */
  words: string[];
  /** Share of the topic's words the text holds (0 when none). */
  coverage(text: string, lang: Lang): number;
}

/** Stems shorter than this must match exactly; longer ones also match words they begin. */
const MIN_PREFIX_STEM = 4;
/** The rest of a longer word a topic stem begins, when made of derivation endings only ("-ers", "-alisme"). */
const derivedRest = (lang: Lang) =>
  new RegExp(`^(?:${[...new Set(languages[lang].derivationEndings)].sort((a, b) => b.length - a.length).join('|')}){1,3}$`);
const DERIVED_REST = { fr: derivedRest('fr'), en: derivedRest('en') };

/**
 * A word the topic stem begins is a derived form ("nation" → "nationalism") when what follows
 * the stem is endings only; when it is another word ("share" → "shareholder"), it is a compound.
 */
function derivedFrom(base: string, topicStem: string, lang: Lang): boolean {
  return base.startsWith(topicStem) && DERIVED_REST[lang].test(base.slice(topicStem.length));
}

/** A verb root read from a noun by an alternation of `derivationAlternations` is at least this long ("suspend", not "pend" from "pension"). */
const MIN_ALTERNATED_ROOT = 6;

/** The verb roots a noun alternates with ("suspension" → "suspend"; "reconstruction" → "reconstruire", "reconstruit"), by the language's alternations. */
function alternatedRoots(base: string, lang: Lang): string[] {
  const roots: string[] = [];
  for (const { noun, verb } of languages[lang].derivationAlternations) {
    if (!base.endsWith(noun)) continue;
    const root = base.slice(0, base.length - noun.length) + verb;
    if (root.length >= MIN_ALTERNATED_ROOT) roots.push(root);
  }
  return roots;
}

/** Whether a word and the topic word are the noun and a form of its verb ("suspension" and "suspendu", "extension" and "extended"). */
function alternatedForms(base: string, topicBase: string, lang: Lang): boolean {
  const formOf = (word: string, root: string) => word === root || derivedFrom(word, root, lang);
  return alternatedRoots(topicBase, lang).some((root) => formOf(base, root)) || alternatedRoots(base, lang).some((root) => formOf(topicBase, root));
}

/** Base forms at least this long forgive one wrong, missing or extra letter. */
const MIN_FUZZY_LENGTH = 6;

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Whether a word (base form, stem) is a form of one of the stems: the stem itself or a form derived from it. */
function stemMatches(base: string, s: string, stems: string[], lang: Lang): boolean {
  return stems.some((ts) => s === ts || (ts.length >= MIN_PREFIX_STEM && s.startsWith(ts) && derivedFrom(base, ts, lang)));
}

/** A participle's folded form without its gender and number endings ("blesses", "blessees" → "bless"). */
const participleRoot = (base: string) => base.replace(languages.fr.participleFeminineFolded, '').replace(/es?$/u, '');

function wordMatches(topic: TopicWord, base: string, lang: Lang): boolean {
  if (base === topic.base) return true;
  // « blessés » typed finds « blessée », « blessées »: a participle used as an adjective agrees in gender.
  if (topic.participle && languages.fr.participleFeminineFolded.test(base) && participleRoot(base) === participleRoot(topic.base)) return true;
  const s = stem(base, lang);
  // A word of the text's language the lexicon links the topic word to ("grève" for "strike").
  if (topic.linked[lang].some((l) => FEMININE_NOUN.test(base) === FEMININE_NOUN.test(l.base) && stemMatches(base, s, [l.stem], lang))) return true;
  // A word of the topic word's family ("éleveurs" for "agriculteurs", "spectateurs" for "entrées").
  if (topic.family[lang].has(familyKey(base, lang))) return true;
  if (FEMININE_NOUN.test(base) !== FEMININE_NOUN.test(topic.base)) return false;
  if (stemMatches(base, s, topic.stems, lang)) return true;
  if (alternatedForms(base, topic.base, lang)) return true;
  return topic.base.length >= MIN_FUZZY_LENGTH && base.length >= MIN_FUZZY_LENGTH && withinOneEdit(base, topic.base);
}

function topicWord(base: string, participle: boolean): TopicWord {
  const linked: TopicWord['linked'] = { fr: [], en: [] };
  for (const l of linkedTerms(base)) linked[l.lang].push({ stem: l.term, base: baseForm(l.word) });
  // The first family that lists the word (as French or English) is its own.
  const family = [...MONTH_STEMS, ...FAMILY_STEMS].find((f) => f.fr.has(base) || f.fr.has(familyKey(base, 'fr')) || f.en.has(familyKey(base, 'en'))) ?? { fr: new Set<string>(), en: new Set<string>() };
  return { base, stems: [...new Set([stem(base, 'fr'), stem(base, 'en')])], linked, participle, family };
}

/**
 * The topic's words: its content words, except that a hyphenated compound a topic family lists
 * ("box-office") stays one word, found by its family's words rather than by its parts.
 */
function topicWordsOf(topic: string): string[] {
  const compounds: string[] = [];
  let rest = topic;
  for (const token of topic.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu) ?? []) {
    const whole = baseForm(token);
    if (!FAMILY_STEMS.some((f) => f.fr.has(whole) || f.en.has(whole))) continue;
    compounds.push(whole);
    rest = rest.replace(token, ' ');
  }
  return [...new Set([...compounds, ...contentWords(rest)])];
}

export function topicMatcher(topic: string): TopicMatcher {
  const words = topicWordsOf(topic);
  const participles = new Set(tokenize(topic).filter((t) => languages.fr.participleMasculine.test(t.toLowerCase())).map(baseForm));
  const topicWords = words.map((w) => topicWord(w, participles.has(w)));
  return {
    words,
    coverage(text, lang) {
      if (topicWords.length === 0) return 0;
      const bases = new Set(tokenize(text).map(baseForm).filter(Boolean));
      let hit = 0;
      for (const tw of topicWords) {
        for (const b of bases) {
          if (wordMatches(tw, b, lang)) {
            hit++;
            break;
          }
        }
      }
      return hit / topicWords.length;
    },
  };
}
