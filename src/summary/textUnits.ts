/**
 * The sentences a summary or a timeline may quote. A quotation that runs over several
 * sentences stays whole (the segmenter splits "« … immortelle. Kim Jong Un 2023. 9. 13 »."),
 * title lines and subheads are left out, and what is shown is the sentence as printed,
 * minus a leading dateline ("SEOUL (Reuters) - ") and a dangling connective ("Cependant,").
 */
import type { Article, Lang } from '../corpus/article.js';
import { escapeRegExp, foldAccents, normalizeForMatch } from '../text/normalize.js';
import { isListItem, withoutDateline, withoutLiveStamp } from '../text/dateline.js';
import { DIALOGUE_DASH, followUpInterview, interviewQuestionLines, namedAnswerSpeakers, withAnswerLabel, withoutAnswerLabel } from '../text/interview.js';
import { speech } from '../lang/speech.js';
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
  /**
   * A list item under a lead-in ending with a colon (« L'accord prévoit : » / "- un comité de suivi, réuni en
   * mars."): a piece of that sentence, not one of its own.
   */
  listItem?: boolean;
  /**
   * The interviewee whose answer line the unit is in ("Marc Ravenel: The appeal… It will not."): every
   * sentence of the answer is their words, shown with their name, never the article's own telling.
   */
  speaker?: string;
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
  return cuePattern(summaryCues[lang].selfReference);
}

/** Whether a sentence speaks of its own article or coverage rather than of the news. */
export function speaksOfItself(text: string, lang: Lang): boolean {
  return SELF_REFERENCE[lang].test(cueForm(text.replace(QUOTED, ' ')));
}

const NO_COMMENT: Record<Lang, RegExp> = { fr: cuePattern(summaryCues.fr.noComment), en: cuePattern(summaryCues.en.noComment) };

/** Any of the phrases, as whole words, in `cueForm`. */
function cuePattern(phrases: string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.map((p) => escapeRegExp(cueForm(p))).join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

/** Whether the sentence tells that someone did not speak ("X declined to comment", « X ne s'est pas exprimé »): no fact. */
export function saysNothingSaid(text: string, lang: Lang): boolean {
  return NO_COMMENT[lang].test(cueForm(text.replace(QUOTED, ' ')));
}

const QUESTION_PUT: Record<Lang, RegExp> = { fr: cuePattern(summaryCues.fr.questionPut), en: cuePattern(summaryCues.en.questionPut) };

/**
 * Whether the sentence only tells that a question was put ("The minister was asked whether the plan was dead.",
 * « La ministre s'est vu demander si… »): no quotation, and no reporting verb after the question giving the
 * answer ("…and said it was not"). Its content is the answer, which it does not hold.
 */
export function onlyPutsAQuestion(text: string, lang: Lang): boolean {
  if (/[«»“”"]/u.test(text)) return false;
  const t = cueForm(text);
  const match = QUESTION_PUT[lang].exec(t);
  if (match === null) return false;
  return !REPORTING_VERBS[lang].test(t.slice(match.index + match[0].length));
}

const EARLIER_STAGE: Record<Lang, RegExp> = { fr: cuePattern(summaryCues.fr.earlierStage), en: cuePattern(summaryCues.en.earlierStage) };

/**
 * Whether the sentence, in its own telling, tells what was done or said at an earlier stage since replaced
 * ("The company had initially offered a 50% refund."): outdated background. Not when the earlier stage is
 * an aside set off by commas, the sentence telling what replaced it ("The vote, initially set for Monday, took place on Tuesday.",
 * « L'arbitre, qui avait d'abord laissé jouer, a sanctionné une main »).
 */
export function tellsEarlierStage(text: string, lang: Lang): boolean {
  const t = cueForm(text.replace(QUOTED, ' '));
  const match = EARLIER_STAGE[lang].exec(t);
  if (match === null) return false;
  // Between two commas: an aside (", initially set for Monday,", « , qui avait d'abord laissé jouer, »).
  const inAside = t.slice(0, match.index).includes(',') && t.slice(match.index + match[0].length).includes(',');
  return !inAside;
}

const ANSWER_OPENERS: Record<Lang, RegExp> = { fr: answerOpenerPattern('fr'), en: answerOpenerPattern('en') };

function answerOpenerPattern(lang: Lang): RegExp {
  const alts = (phrases: string[]) => phrases.map((p) => escapeRegExp(cueForm(p))).join('|');
  const { answerOpeners, answerInterjections } = summaryCues[lang];
  // "because" then a word, but not "because of"; "yes" then a punctuation mark.
  return new RegExp(`^(?:(?:${alts(answerOpeners)})(?:(?<=')|(?![\\p{L}\\p{N}]))(?!\\s+of\\b)|(?:${alts(answerInterjections)})\\s*[,.;:!—–-])`, 'u');
}

/**
 * Whether an interview answer's sentence only answers its question ("Because I made a promise.", « Non, pas
 * encore. », "Yes, we did."): it leans on a question the reader has not seen and says nothing alone.
 */
export function onlyAnswersAQuestion(unit: Pick<TextUnit, 'text' | 'lang' | 'speaker'>): boolean {
  if (unit.speaker === undefined && !DIALOGUE_DASH.test(unit.text)) return false;
  let text = tidySentence(unit.text, unit.lang);
  // The answer's words, past the speaker's name label ("Marc Ravenel: Because…").
  if (unit.speaker !== undefined && cueForm(text).startsWith(cueForm(unit.speaker))) text = text.slice(unit.speaker.length).replace(/^\s*:\s*/u, '');
  return ANSWER_OPENERS[unit.lang].test(cueForm(text));
}

/** A quotation's words: the article does not speak in them. */
const QUOTED = /«[^»]*»|“[^”]*”|"[^"]*"/gu;

/** Splits the articles' prose into units, merging sentences whose quotation is still open. */
export function buildTextUnits(articles: Article[]): TextUnit[] {
  const units: TextUnit[] = [];
  for (const article of articles) {
    const title = article.title ? lettersOnly(article.title) : null;
    let position = 0;
    // An interviewer's question ("Q : Vous avez signé hier soir ?", "— … ?" in a dialogue) tells no fact.
    const questions = new Set([...interviewQuestionLines(article), ...followUpInterview(article).questions]);
    const answerSpeakers = namedAnswerSpeakers(article);
    // Whether the lines read so far are a list under a lead-in ending with a colon.
    let inList = false;
    for (const paragraph of article.paragraphs) {
      const bulleted = isListItem(paragraph.text);
      const listItem: boolean = bulleted && inList;
      inList = /:\s*$/u.test(paragraph.text) || listItem;
      if (paragraph.kind === 'heading' || questions.has(paragraph.index)) continue;
      const sentences = paragraph.sentences;
      for (let i = 0; i < sentences.length; i++) {
        let j = i;
        let text = sentences[i].text;
        const speaker = answerSpeakers.get(paragraph.index);
        // An answer's sentence standing for the one before it (« Le chiffre de 8,2 milliards me paraît réaliste. Celui de
        // 11 milliards… ») is read with it, as the interviewee said it: alone it answers nothing.
        while ((!quotesBalanced(text) || (speaker !== undefined && opensWithAnaphor(sentences[j + 1]?.text ?? '', article.lang))) && j + 1 < sentences.length) {
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
          ...(listItem ? { listItem } : {}),
          ...(speaker !== undefined ? { speaker } : {}),
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
 * The sentence as a summary shows it: the leading dateline or live-blog clock stamp, an interview answer's label ("R : ") and dangling connectives taken
 * off, the first letter then capitalised when it opens the sentence. Nothing else changes.
 */
export function tidySentence(text: string, lang: Lang): string {
  // A list bullet ("- ", "• ") and a dialogue's dash ("— Non, …") are the page's layout, not the sentence.
  let out = withoutAnswerLabel(withoutLiveStamp(withoutDateline(text)).replace(/^\s*[-•*]\s+/u, '').replace(DIALOGUE_DASH, ''), lang);
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
  // Only a letter that opens the sentence: the "h" of "19h31" or the "e" of "3e" stays as printed.
  return out.replace(/^([^\p{L}\p{N}]*)(\p{Ll})/u, (_, lead: string, letter: string) => lead + letter.toUpperCase());
}

/** A unit as a summary or a timeline shows it: tidied (see tidySentence), and an interview answer's sentence with its speaker's name. */
export function shownUnit(unit: Pick<TextUnit, 'text' | 'lang' | 'speaker'>): string {
  const text = tidySentence(unit.text, unit.lang);
  return unit.speaker === undefined ? text : withAnswerLabel(unit.speaker, text, unit.lang);
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
  // "« … », a-t-elle promis", "'…,' he said": the speaker is a pronoun.
  if (PRONOUN_SPEAKER[lang].test(cueForm(text))) return true;
  // "Le président a aussi évoqué…": an additive adverb among the first words.
  const firstWords = folded.split(/[^\p{L}'-]+/u).slice(0, 7);
  return summaryCues[lang].additiveAdverbs.some((adverb) => firstWords.includes(foldAccents(adverb)));
}

/** A quotation's speaker given as a pronoun: an inverted verb ("a-t-elle promis", "dit-il") or a pronoun after the closing mark. */
const PRONOUN_SPEAKER: Record<Lang, RegExp> = {
  fr: pronounSpeaker('fr'),
  en: pronounSpeaker('en'),
};

function pronounSpeaker(lang: Lang): RegExp {
  const pronouns = summaryCues[lang].subjectPronouns.map((p) => escapeRegExp(cueForm(p))).join('|');
  const inverted = lang === 'fr' ? `\\p{L}-(?:t-)?(?:${pronouns})(?![\\p{L}-])|` : '';
  return new RegExp(`${inverted}[»”"],?\\s+(?:${pronouns})\\s+\\p{L}`, 'u');
}

/** Reporting verbs, every form, in the form cues are compared in. */
const REPORTING_VERBS: Record<Lang, RegExp> = {
  fr: reportingVerbs('fr'),
  en: reportingVerbs('en'),
};

function reportingVerbs(lang: Lang): RegExp {
  const forms = [...new Set(speech[lang].verbs.flat().map(cueForm))].map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

/**
 * The sentence only frames a quotation given before it ("C'est ainsi que la ministre résume le
 * projet.", "That is how the coach summed it up."): a frame opener, a reporting verb and no
 * quotation of its own. It tells who spoke, not what happened.
 */
export function onlyFramesAQuotation(text: string, lang: Lang): boolean {
  const t = cueForm(withoutDateline(text).trim());
  if (/[«»“”"]/u.test(t)) return false;
  if (!summaryCues[lang].quotationFrames.some((f) => t.startsWith(cueForm(f)))) return false;
  return REPORTING_VERBS[lang].test(t);
}

/**
 * The sentence only announces what follows (« …, la procureure communique les éléments suivants. »,
 * "The ministry issued the following statement."): it ends with an announcing phrase and holds no
 * quotation. It tells that someone speaks, not what.
 */
export function onlyAnnounces(text: string, lang: Lang): boolean {
  const t = cueForm(text.trim()).replace(/[\s.!…]+$/u, '');
  if (/[«»“”"]/u.test(t)) return false;
  return summaryCues[lang].announcingEndings.some((ending) => {
    const e = cueForm(ending);
    return t.endsWith(e) && !/[\p{L}\p{N}]/u.test(t.charAt(t.length - e.length - 1));
  });
}

/** The sentence is a quotation and nothing else: whose words they are was said before it. */
export function isBareQuotation(text: string): boolean {
  const t = text.trim();
  const closing = [...PAIRS, ['"', '"']].find(([open]) => open === t[0])?.[1];
  if (!closing) return false;
  const end = t.lastIndexOf(closing);
  return end > 0 && t.indexOf(closing, 1) === end && !/\p{L}/u.test(t.slice(end + 1));
}

/** Role nouns and titles ("ministre", "syndicaliste", "spokesman"), in the form cues are compared in. */
const ROLE_NOUNS: Record<Lang, Set<string>> = {
  fr: new Set([...speech.fr.titles, ...speech.fr.feminine, ...speech.fr.masculine].map(cueForm)),
  en: new Set([...speech.en.titles, ...speech.en.feminine, ...speech.en.masculine].map(cueForm)),
};

/** Words read after a role for the name that would tell who holds it ("le président russe Vladimir Poutine"). */
const ROLE_NAME_WINDOW = 4;

/**
 * The sentence's subject is a role with no name ("La syndicaliste a rappelé…", "Le dirigeant
 * nord-coréen a dit…", "The minister said…"): who holds it was said in a sentence the reader has not seen.
 */
export function opensWithBareRole(text: string, lang: Lang): boolean {
  const words = withoutDateline(text).trim().split(/\s+/u);
  // "L'avocate a indiqué…": the article is written onto the noun.
  const elided = /^(\p{L}['’])(\p{L}.*)$/u.exec(words[0] ?? '');
  const [article, ...rest] = elided ? [elided[1], elided[2], ...words.slice(1)] : words;
  if (!article || !summaryCues[lang].definiteArticles.includes(cueForm(article))) return false;
  const role = rest[0] ?? '';
  const twoWords = `${role} ${rest[1] ?? ''}`;
  // Role nouns are written in lower case ("la Maison Blanche" is a name).
  if (!/^\p{Ll}/u.test(role) || !(ROLE_NOUNS[lang].has(cueForm(role)) || ROLE_NOUNS[lang].has(cueForm(twoWords)))) return false;
  return !rest.slice(1, 1 + ROLE_NAME_WINDOW).some((w) => /^\P{L}*\p{Lu}/u.test(w));
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
