/**
 * The sentences a summary or a timeline may quote. A quotation that runs over several
 * sentences stays whole (the segmenter splits "« … immortelle. Kim Jong Un 2023. 9. 13 »."),
 * title lines and subheads are left out, and what is shown is the sentence as printed,
 * minus a leading dateline ("SEOUL (Reuters) - ") and a dangling connective ("Cependant,").
 */
import type { Article, Lang } from '../corpus/article.js';
import { escapeRegExp, foldAccents, normalizeForMatch } from '../text/normalize.js';
import { withoutDateline } from '../text/dateline.js';
import { summaryCues } from './cues.js';

export interface TextUnit {
  /** Position in the corpus-wide unit list. */
  id: number;
  articleId: string;
  lang: Lang;
  paragraph: number;
  /** First sentence of the unit in its paragraph. */
  sentence: number;
  /** Order of the unit in its article (0 = lead). */
  position: number;
  /** The text exactly as printed (one or more whole sentences). */
  text: string;
  /** Quotation marks open and close within the unit. */
  balancedQuotes: boolean;
  /** The unit repeats the article's title. */
  isTitle: boolean;
  /** The article speaks of itself or its coverage ("… fait le point sur ce que l'on sait"): no fact. */
  aboutItself: boolean;
}

const PAIRS: [string, string][] = [['«', '»'], ['“', '”'], ['‹', '›']];

/** Whether every quotation mark opened in the text is closed in it. */
export function quotesBalanced(text: string): boolean {
  for (const [open, close] of PAIRS) {
    if (count(text, open) !== count(text, close)) return false;
  }
  return count(text, '"') % 2 === 0;
}

function count(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}

const lettersOnly = (text: string) => normalizeForMatch(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Lower case, no accents, straight apostrophes: the form self-reference phrases and sentences are compared in. */
const cueForm = (text: string) => foldAccents(text.toLowerCase()).replace(/[’']/g, "'");

const SELF_REFERENCE: Record<Lang, RegExp> = {
  fr: selfReferencePattern('fr'),
  en: selfReferencePattern('en'),
};

function selfReferencePattern(lang: Lang): RegExp {
  const phrases = summaryCues[lang].selfReference.map((p) => escapeRegExp(cueForm(p)));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

/** Whether a sentence speaks of its own article or coverage rather than of the news. */
export function speaksOfItself(text: string, lang: Lang): boolean {
  return SELF_REFERENCE[lang].test(cueForm(text));
}

/** Splits the articles' prose into units, merging sentences whose quotation is still open. */
export function buildTextUnits(articles: Article[]): TextUnit[] {
  const units: TextUnit[] = [];
  for (const article of articles) {
    const title = article.title ? lettersOnly(article.title) : null;
    let position = 0;
    for (const paragraph of article.paragraphs) {
      if (paragraph.kind === 'heading') continue;
      const sentences = paragraph.sentences;
      for (let i = 0; i < sentences.length; i++) {
        let j = i;
        let text = sentences[i].text;
        while (!quotesBalanced(text) && j + 1 < sentences.length) {
          j++;
          text = paragraph.text.slice(sentences[i].start, sentences[j].end);
        }
        const normal = lettersOnly(text);
        units.push({
          id: units.length,
          articleId: article.id,
          lang: article.lang,
          paragraph: paragraph.index,
          sentence: sentences[i].index,
          position: position++,
          text,
          balancedQuotes: quotesBalanced(text),
          isTitle: title !== null && normal === title,
          aboutItself: speaksOfItself(text, article.lang),
        });
        i = j;
      }
    }
  }
  return units;
}


function connectivePattern(words: string[], commaRequired: boolean): RegExp {
  const alts = [...words].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(foldAccents(w)).replace(/'/g, "['’]").replace(/ /g, '\\s+'));
  return new RegExp(`^(?:${alts.join('|')})${commaRequired ? '\\s*,' : '\\s*,?'}\\s+`, 'iu');
}

const CONNECTIVES = {
  fr: [connectivePattern(summaryCues.fr.leadingConnectives, false), connectivePattern(summaryCues.fr.leadingConnectivesWithComma, true)],
  en: [connectivePattern(summaryCues.en.leadingConnectives, false), connectivePattern(summaryCues.en.leadingConnectivesWithComma, true)],
};

/**
 * The sentence as a summary shows it: the leading dateline and dangling connectives taken
 * off, the first letter then capitalised. Nothing else changes.
 */
export function tidySentence(text: string, lang: Lang): string {
  let out = withoutDateline(text);
  for (let changed = true; changed; ) {
    changed = false;
    // Patterns are written accent-free: match on a folded copy of the same length.
    const folded = foldAccents(out);
    const sameLength = folded.length === out.length;
    for (const re of CONNECTIVES[lang]) {
      const m = re.exec(sameLength ? folded : out);
      if (m && m[0].length < out.length) {
        out = out.slice(m[0].length);
        changed = true;
      }
    }
  }
  return out.replace(/^(\P{L}*)(\p{Ll})/u, (_, lead: string, letter: string) => lead + letter.toUpperCase());
}

/** The sentence starts with a pronoun or demonstrative standing for something said before. */
export function opensWithAnaphor(text: string, lang: Lang): boolean {
  const first = /^\P{L}*([\p{L}'’-]+)/u.exec(text)?.[1]?.toLowerCase();
  return first !== undefined && summaryCues[lang].anaphoricOpeners.includes(first);
}

/** A contrastive aside after the subject ("Poutine, lui, a…", "Kim, for his part, …") answers a sentence the reader has not seen. */
export function leansOnPreviousSentence(text: string, lang: Lang): boolean {
  const folded = foldAccents(text.slice(0, 80)).toLowerCase().replace(/’/g, "'");
  if (summaryCues[lang].contrastiveAsides.some((aside) => folded.includes(`, ${foldAccents(aside)},`))) return true;
  // "Dans un message publié sur Instagram, il affirme…": the subject is a pronoun after an opening phrase.
  const afterOpening = /^[^,]{3,60}, ([\p{L}]+) /u.exec(folded)?.[1];
  if (afterOpening && summaryCues[lang].subjectPronouns.includes(afterOpening)) return true;
  // "Le président a aussi évoqué…": an additive adverb among the first words.
  const firstWords = folded.split(/[^\p{L}'-]+/u).slice(0, 7);
  return summaryCues[lang].additiveAdverbs.some((adverb) => firstWords.includes(foldAccents(adverb)));
}

/** The sentence opens with a quotation mark: a quote, not a report of what happened. */
export function opensWithQuote(text: string): boolean {
  return /^[«“"‹'‘]/u.test(text.trim());
}

/** How many of the language's news cue words the sentence holds. */
export function cueCount(text: string, lang: Lang): number {
  const folded = ' ' + foldAccents(text).toLowerCase().replace(/[’]/g, "'") + ' ';
  let n = 0;
  for (const cue of summaryCues[lang].bonusWords) {
    const word = foldAccents(cue).toLowerCase();
    if (folded.includes(' ' + word) || folded.includes("'" + word)) n++;
  }
  return n;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
