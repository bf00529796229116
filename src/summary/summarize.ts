/**
 * An extractive multi-outlet summary. Each sentence is taken from an article as printed (only
 * a leading dateline or dangling connective is trimmed). A sentence's relevance is how many
 * other outlets have a sentence reporting the same fact (FactSpace cosine), its centrality, and
 * how it reads on its own (near the lead, a report rather than background or a quotation,
 * readable without the sentence before it, 12–40 words, news cue words, close to its article's
 * headline). The first sentence states the story itself (storyLead: the sentence closest to the
 * words every outlet uses); the others are picked by
 * maximal marginal relevance against the facts already told (the chosen sentences and the
 * sentences they cite), so each pick is a different fact; each cites only the articles whose
 * closest sentence reports that fact.
 */
import type { Lang } from '../corpus/article.js';
import type { Engine } from '../engine/engine.js';
import { dateWords } from '../lang/dates.js';
import { speech } from '../lang/speech.js';
import { baseForm, searchTerms, tokenize } from '../text/analyzer.js';
import { conceptTerms, type ConceptWord } from '../text/translate.js';
import { buildFactSpace, reportingTerm, type FactSpace } from './factClusters.js';
import { summaryCues } from './cues.js';
import { amountsOf, countsIn, sameFigure, sameKind, talliesOf, TELLING_COUNT, type Count } from './tallies.js';
import type { Tally } from '../lang/tallies.js';
import { buildFactModel, withoutQuotations, type FactModel, type UnitTerms } from './factModel.js';
import { cueCount, isBareQuotation, onlyAnnounces, onlyFramesAQuotation, onlyAnswersAQuestion, onlyPutsAQuestion, saysNothingSaid, tellsEarlierStage, leansOnPreviousSentence, opensWithAnaphor, opensWithBareRole, opensWithQuote, shownUnit, wordCount, type TextUnit } from './textUnits.js';
import { datelineLength } from '../text/dateline.js';
import { escapeRegExp, foldAccents } from '../text/normalize.js';
import { digestArticles, storyArticles, topicArticles } from './scope.js';
import { topicMatcher } from './topicFilter.js';
import { readDates } from '../timeline/readDates.js';

export const DEFAULT_SUMMARY_SENTENCES = 6;

/** Similarity (telling words, see FactModel) from which another outlet's sentence reports the same fact. */
export const SAME_FACT_SIMILARITY = 0.3;

export interface SummaryOptions {
  /** Only sentences about this topic (French or English words). */
  topic?: string;
  /** At most this many sentences (default 6). */
  maxSentences?: number;
  /**
   * Articles just added (a digest): in a corpus too large to read whole, these are read with
   * the most recent others (see scope.ts). A small corpus is always read whole.
   */
  fresh?: string[];
  /**
   * The reader's language: when another outlet reports a chosen fact in it, about as well, its
   * sentence is shown instead (a French reader of a bilingual story reads French where it can).
   */
  locale?: Lang;
}

export interface SummarySentence {
  /** As shown: the article's sentence, trimmed of a leading dateline or connective. */
  text: string;
  unit: TextUnit;
  /** Every article reporting this fact, the quoted one first. */
  articleIds: string[];
}

export interface Summary {
  sentences: SummarySentence[];
  /** With a topic: the topic's content words; an empty list means the topic had none. */
  topicWords?: string[];
}

/** Sentences shorter than this are labels or fragments; longer than `LONG` read as run-ons. */
const MIN_WORDS = 8;
/**
 * On a topic, a short complete sentence is kept ("The company was fined 300,000 euros."): the topic
 * already says what it is about, and it may be all the corpus says on it.
 */
const TOPIC_MIN_WORDS = 5;
const LONG_WORDS = 50;

/** The fact model of the engine's current story (see scope.ts), built once per corpus version. */
export function factModelOf(engine: Engine): FactModel {
  return engine.derived('summary/fact-model', (e) => buildFactModel(storyArticles(e.articles)));
}

/** The fact space of the engine's current corpus, built once per corpus version. */
export function factSpaceOf(engine: Engine): FactSpace {
  return engine.derived('summary/fact-space', () => buildFactSpace(factModelOf(engine)));
}

/** How much a sentence matters on its own, before counting what it covers. */
function standalone(u: UnitTerms): number {
  const { text, lang, position } = u.unit;
  const words = wordCount(text);
  let weight = 1 / (1 + 0.015 * position);
  if (opensWithQuote(text)) weight *= 0.6;
  if (opensWithAnaphor(text, lang) || leansOnPreviousSentence(text, lang) || opensWithBareRole(text, lang)) weight *= 0.5;
  weight *= 1 + 0.4 * Math.min(2, cueCount(text, lang));
  if (words > LONG_WORDS) weight *= LONG_WORDS / words;
  return weight;
}

export function isSummarizable(u: UnitTerms, minWords = MIN_WORDS): boolean {
  const { unit } = u;
  // A quotation standing alone does not say whose words they are.
  // A sentence that only frames a quotation given before it ("C'est ainsi que X résume…") tells who spoke, not what happened;
  // one that only announces what follows (« … s'en explique. ») tells that someone speaks, not what;
  // an interview answer that only answers its question ("Because I…", « Non, … ») says nothing without it;
  // what was done at first, since replaced ("had initially offered…"), is outdated: its article tells what replaced it.
  return !tellsEarlierStage(unit.text, unit.lang) && !unit.isTitle && !unit.aboutItself && !unit.listItem && unit.balancedQuotes && !isBareQuotation(unit.text) && !onlyFramesAQuotation(unit.text, unit.lang) && !onlyAnnounces(unit.text, unit.lang) && !saysNothingSaid(unit.text, unit.lang) && !onlyPutsAQuestion(unit.text, unit.lang) && !onlyAnswersAQuestion(unit) && wordCount(unit.text) >= minWords && /[.!?…»”"]$/u.test(unit.text.trim());
}

/** The fewest words of a title or sentence shown for a topic when no summarizable sentence holds it. */
const FALLBACK_MIN_WORDS = 4;

/**
 * A title or sentence shown for a topic that no summarizable sentence holds: any statement of the
 * article's own, even a headline or an interview's introduction, but no question, list item or bare quotation.
 */
function isTopicFallback(u: UnitTerms): boolean {
  const { unit } = u;
  return !unit.listItem && unit.balancedQuotes && !isBareQuotation(unit.text) && !/\?\s*$/u.test(unit.text) && wordCount(unit.text) >= FALLBACK_MIN_WORDS;
}

/** Cosine of fact words (see FactSpace) from which another article's sentence reports the same fact and is cited. */
export const CITE_SIMILARITY = 0.3;
/** Share of a sentence's fact-word weight that another outlet's sentence must hold to be cited beside it. */
export const CITE_COVERAGE = 0.3;
/**
 * An article published before the sentence's own is cited beside it, when the sentence names no
 * day, only from this close: an earlier report may tell an earlier stage of the story ("porté
 * disparu" where the later one says the body was found, a case count since revised).
 */
const EARLIER_CITE_SIMILARITY = 0.8;
/** A candidate this close to a chosen sentence says the same thing: never chosen. */
export const SAME_FACT_REPEAT = 0.3;
/** A cited sentence this close to the chosen one stands for the same fact when judging repetition. */
const TOLD_SIMILARITY = 0.35;
/** How strongly MMR penalises closeness to a fact already told (relevance is scaled to 0–1). */
const REDUNDANCY_PENALTY = 1.2;
/** Below this, another outlet's closest sentence is about something else and lends no support. */
const SUPPORT_FLOOR = 0.2;
/** Share of an outlet's support lent by a close sentence that does not report the fact by the citing test. */
const LOOSE_SUPPORT = 0.5;

/** Weight of a sentence that reports nothing said or done (no reporting verb, no day): background. */
const BACKGROUND_WEIGHT = 0.6;

const REPORT_WORDS: Record<Lang, Set<string>> = {
  fr: reportWords('fr'),
  en: reportWords('en'),
};

function reportWords(lang: Lang): Set<string> {
  const words = [...speech[lang].verbs.flat(), ...speech[lang].participles, ...speech[lang].accordingTo, ...dateWords[lang].weekdays.flat()];
  const reminders = new Set(summaryCues[lang].reminderVerbs);
  return new Set(words.filter((w) => !/\s/.test(w) && !reminders.has(w)).map((w) => baseForm(w.replace(/\.$/, ''))));
}

/** Whether the sentence reports something said or dated, rather than explaining the background. */
export function isReport(text: string, lang: Lang): boolean {
  return tokenize(text).some((w) => REPORT_WORDS[lang].has(baseForm(w)));
}

/** A mild preference for sentences of 12–40 words: shorter ones say little, longer ones run on. */
function lengthPreference(words: number): number {
  if (words < 12) return 0.6 + (0.4 * (Math.max(MIN_WORDS, words) - MIN_WORDS)) / (12 - MIN_WORDS);
  if (words > 40) return Math.max(0.3, (40 / words) ** 2);
  return 1;
}

interface Candidate {
  u: UnitTerms;
  /** How much it matters: outlets reporting the fact, centrality, and how it reads on its own. */
  relevance: number;
  /** The other articles reporting the same fact, closest first: those cited beside it. */
  cited: string[];
  /** Their sentences reporting it. */
  members: UnitTerms[];
  /** Articles in the other language giving one of its counts in a close sentence (see CROSS_LANGUAGE_CITE_SIMILARITY): cited beside it too. */
  alsoCited: string[];
  /** The quotation backing it in its own article (see backingQuotation): told with it. */
  backing: UnitTerms | null;
}

/**
 * For each other article, its sentence closest to `u` (among those sharing a fact word with it and,
 * with a topic, on the topic: an outlet that never speaks of the topic does not report a fact on it).
 */
function closestByArticle(space: FactSpace, u: UnitTerms, onTopic: (v: UnitTerms) => boolean): Map<string, { v: UnitTerms; sim: number }> {
  const best = new Map<string, { v: UnitTerms; sim: number }>();
  for (const [v, sim] of space.neighbours(u)) {
    if (v.unit.articleId === u.unit.articleId || !onTopic(v)) continue;
    const prev = best.get(v.unit.articleId);
    if (!prev || sim > prev.sim || (sim === prev.sim && v.unit.id < prev.v.unit.id)) best.set(v.unit.articleId, { v, sim });
  }
  return best;
}

/**
 * The articles that report the fact of `u`: their closest sentence is at least `CITE_SIMILARITY`
 * away and shares at least two fact words with it (one rare word in common is a topic, not a fact).
 */
function citedArticles(space: FactSpace, u: UnitTerms, closest: Map<string, { v: UnitTerms; sim: number }>): { id: string; v: UnitTerms }[] {
  return [...closest.entries()]
    .filter(([, c]) => c.sim >= CITE_SIMILARITY && space.shared(u, c.v).length >= 2)
    .sort((a, b) => b[1].sim - a[1].sim)
    .map(([id, c]) => ({ id, v: c.v }));
}

/**
 * From this close, a sentence in the other language that gives one of the same counts is cited too: only
 * names, figures and the lexicon's words cross languages, so the same report comes less close in the
 * other language ("au moins 48 décès en excès" / "the number of excess deaths at 48").
 */
const CROSS_LANGUAGE_CITE_SIMILARITY = SUPPORT_FLOOR;

/** Whether two sentences in different languages give one of the same counts (see countsIn). */
function sameCountInOtherLanguage(u: UnitTerms, v: UnitTerms): boolean {
  if (u.unit.lang === v.unit.lang) return false;
  const theirs = countsOfUnit(v, true);
  return [...countsOfUnit(u)].some((n) => theirs.has(n));
}

const factWeight = (space: FactSpace, terms: Iterable<string>): number => {
  let sum = 0;
  for (const t of terms) sum += space.weight(t);
  return sum;
};

/**
 * Weight of words for citing: their rarity alone. A word only the chosen sentence's outlet uses
 * counts fully here: it is what another outlet would have to say too for its report to be this one.
 */
const coverageWeight = (space: FactSpace, terms: Iterable<string>): number => {
  let sum = 0;
  for (const t of terms) if (space.weight(t) > 0 || space.model.sourcesUsing(t) === 1) sum += space.model.idf(t);
  return sum;
};

/** Single-word titles of both languages, as terms ("président", "director"): words that say who, not what. */
const TITLE_TERMS: Record<Lang, Set<string>> = {
  fr: new Set(speech.fr.titles.filter((w) => !/\s/.test(w)).flatMap((w) => searchTerms(w, 'fr'))),
  en: new Set(speech.en.titles.filter((w) => !/\s/.test(w)).flatMap((w) => searchTerms(w, 'en'))),
};

/**
 * The terms with which a sentence names someone: its capitalised words after the first (names of
 * people, places, organisations) and titles. Two sentences sharing only these are about the same
 * person, not the same report ("Pierre-Alain Rochat a salué…" / "Pierre-Alain Rochat recevra…").
 */
function namingTerms(u: UnitTerms): Set<string> {
  const { text, lang } = u.unit;
  return new Set([...capitalisedTerms(text.replace(/^\s*\S+/u, ''), lang), ...TITLE_TERMS[lang]]);
}

/** The terms of a text's capitalised words (names of people, places, organisations). */
function capitalisedTerms(text: string, lang: Lang): string[] {
  return searchTerms((text.match(/\p{Lu}[\p{L}'’-]*/gu) ?? []).join(' '), lang);
}

/**
 * The sentence after `u` when it gives, in quotation marks, the words of someone `u` names: the
 * quotation backing u's report ("Poutine a évoqué la possibilité que… » then "« … », a indiqué
 * Vladimir Poutine"). An outlet printing only the quotation reports the same thing in the speaker's words.
 */
function backingQuotation(model: FactModel, u: UnitTerms): UnitTerms | null {
  const next = model.units[u.unit.id + 1];
  if (!next || next.unit.articleId !== u.unit.articleId || !opensWithQuote(next.unit.text)) return null;
  const speaker = new Set(capitalisedTerms(withoutQuotations(next.unit.text), next.unit.lang));
  return capitalisedTerms(u.unit.text.replace(/^\s*\S+/u, ''), u.unit.lang).some((t) => speaker.has(t)) ? next : null;
}

/** Terms only the leading dateline of a sentence holds. */
function datelineWords(u: UnitTerms): Set<string> {
  const { text, lang } = u.unit;
  const length = datelineLength(text);
  if (length === 0) return new Set();
  const inBody = new Set(searchTerms(text.slice(length), lang));
  return new Set(searchTerms(text.slice(0, length), lang).filter((t) => !inBody.has(t)));
}

/**
 * How many separate things two sentences share: their words in common, a run of them side by side
 * in both counting once ("Tour des Alpes-Maritimes" is one name, not three words).
 */
function sharedPhrases(u: UnitTerms, v: UnitTerms, shared: string[]): number {
  const held = new Set(shared);
  let joined = 0;
  for (const pair of u.pairs) {
    if (!v.pairs.has(pair)) continue;
    const [a, b] = pair.split(' ');
    if (a !== b && held.has(a) && held.has(b)) joined++;
  }
  return shared.length - joined;
}

/** Any of a language's "now" words as a whole word, on accent-folded text. */
const nowPattern = (lang: Lang) => new RegExp(`(?<![\\p{L}'’])(?:${dateWords[lang].nowWords.map((w) => escapeRegExp(foldAccents(w))).join('|')})(?![\\p{L}])`, 'iu');
const NOW_WORDS: Record<Lang, RegExp> = { fr: nowPattern('fr'), en: nowPattern('en') };

/** Whether the text holds one of its language's "now" words ("now", « désormais »): it tells a fact as it stands when written. */
export function saysNow(text: string, lang: Lang): boolean {
  return NOW_WORDS[lang].test(foldAccents(text));
}

/**
 * When the fact of `u` happens, as far as the sentence says: the latest day it names that had come
 * when its article was published (not the start of a state, "depuis mardi"), and whether it names a
 * date still to come (a plan, "from January", which an earlier report may announce too).
 */
function timingOf(u: UnitTerms, published: string | null): { day?: string; plan: boolean } {
  const today = published?.slice(0, 10);
  // "are now out of their homes", « sont désormais 1 100 »: the fact as it stands when the article came out.
  if (today && saysNow(u.unit.text, u.unit.lang)) return { day: today, plan: false };
  const mentions = readDates(u.unit.text, u.unit.lang, published).filter((m) => !m.endsAState && !m.productLabel);
  const plan = !!today && mentions.some((m) => m.date > today.slice(0, m.date.length));
  const day = mentions
    .filter((m) => m.precision === 'day' && !m.startsAState && (!today || m.date <= today))
    .map((m) => m.date)
    .sort()
    .at(-1);
  return { day, plan };
}

/**
 * Whether an article published on `citedDay` can report the fact of `u` (published on `ownDay`):
 * not when it came out before the day that fact happened, and, when the sentence names no day and no
 * plan, not when it came out before the sentence's own article unless its sentence says nearly the
 * same. A report cannot tell what had not happened yet.
 */
function couldReport(space: FactSpace, u: UnitTerms, v: UnitTerms, ownDay: string | undefined, timing: () => { day?: string; plan: boolean }, citedDay: string | undefined): boolean {
  if (!citedDay || !ownDay || citedDay >= ownDay) return true;
  const { day, plan } = timing();
  if (day) return !publishedBeforeFact(citedDay, day);
  return plan || space.similarity(u, v) >= EARLIER_CITE_SIMILARITY;
}

/**
 * Whether an article published at `published` (an ISO date or date-time) came out before `factDate`,
 * compared at the fact date's precision (a day, a month, a year): such a report can announce the fact
 * but cannot tell it as done, so it is never cited beside a sentence that does (summary and timeline alike).
 */
export function publishedBeforeFact(published: string | null | undefined, factDate: string): boolean {
  const at = published?.slice(0, factDate.length);
  return at?.length === factDate.length && at < factDate;
}

const TALLIES = new WeakMap<UnitTerms, Map<Tally, Count>>();
/** The tallies a sentence gives (see src/summary/tallies.ts), read once. */
export function talliesOfUnit(u: UnitTerms): Map<Tally, Count> {
  let t = TALLIES.get(u);
  if (!t) TALLIES.set(u, (t = talliesOf(u.unit.text, u.unit.lang)));
  return t;
}

const FIGURES = new WeakMap<UnitTerms, Map<string, Count>>();
/**
 * The figures a later report may revise: a sentence's tallies and its amounts, a sum or a count of
 * things (see amountsOf: « 38 objets » then "112 objects", « 6,5 milliards d'euros » then "8.2 billion euros").
 */
function figuresOfUnit(u: UnitTerms): Map<string, Count> {
  let f = FIGURES.get(u);
  if (!f) FIGURES.set(u, (f = new Map<string, Count>([...amountsOf(u.unit.text, u.unit.lang), ...talliesOfUnit(u)])));
  return f;
}

/** Each article's counts of each figure (every count its sentences give, tallies and amounts), read once per fact model. */
const ARTICLE_FIGURES = new WeakMap<FactModel, Map<string, Map<string, Count[]>>>();
function articleFigures(model: FactModel, articleId: string, figure: string): Count[] {
  let byArticle = ARTICLE_FIGURES.get(model);
  if (!byArticle) {
    byArticle = new Map();
    for (const v of model.units) {
      for (const [t, count] of figuresOfUnit(v)) {
        const counts = byArticle.get(v.unit.articleId) ?? byArticle.set(v.unit.articleId, new Map()).get(v.unit.articleId)!;
        (counts.get(t) ?? counts.set(t, []).get(t)!).push(count);
      }
    }
    ARTICLE_FIGURES.set(model, byArticle);
  }
  return byArticle.get(articleId)?.get(figure) ?? [];
}

/**
 * Whether the article of `v` gives another figure for a tally `u` gives, and never u's ("four dead" where u
 * says "two killed"): it does not report u's fact, whatever its closest sentence says. So too for an amount
 * (a sum, a count of things) when that article came out no later than u's ("58,000 tickets" the day before
 * u's "87,000"): a later one may give the revised amount and still report u's fact.
 */
function countsOtherwise(model: FactModel, u: UnitTerms, v: UnitTerms, vCameOutLater: boolean): boolean {
  for (const [figure, count] of vCameOutLater ? talliesOfUnit(u) : figuresOfUnit(u)) {
    const theirs = articleFigures(model, v.unit.articleId, figure).filter((other) => sameKind(count, other));
    if (theirs.length > 0 && theirs.every((other) => other.value !== count.value)) return true;
  }
  return false;
}

/**
 * Whether the article of `v` gives none of the figures `u` counts ("nine dead and 21 injured" where it only
 * says "several people lost their lives"): it may report the event, not the figures u's fact is about.
 * Not when v's sentence gives a count u's gives too, in figures or words ("a group of nine" for « un groupe
 * de neuf skieurs … cinq personnes disparues »): it reports the same event, told at another stage.
 */
function givesNoneOfItsFigures(model: FactModel, u: UnitTerms, v: UnitTerms): boolean {
  const counts = [...talliesOfUnit(u)].filter(([, count]) => count.value >= TELLING_COUNT);
  if (counts.length === 0 || counts.some(([tally, count]) => articleFigures(model, v.unit.articleId, tally).some((other) => sameFigure(count, other)))) return false;
  const theirs = countsOfUnit(v, true);
  return ![...countsOfUnit(u)].some((n) => theirs.has(n));
}

const COUNTS = new WeakMap<UnitTerms, Set<number>>();
const OWN_COUNTS = new WeakMap<UnitTerms, Set<number>>();
/**
 * The counts a sentence gives, whatever they count (see countsIn), read once; not a score, a range, a
 * model or a flight number ("4-0", "10-12", "C-220", "VN417"). With `own`, only those it gives in its own telling, outside
 * quotations (« quatre familles peuvent guérir » counts no one released).
 */
function countsOfUnit(u: UnitTerms, own = false): Set<number> {
  const cache = own ? OWN_COUNTS : COUNTS;
  let c = cache.get(u);
  if (!c) {
    const text = (own ? withoutQuotations(u.unit.text) : u.unit.text).replace(/[\p{L}\d]+\s?[-–]\s?\d+|\p{L}+\d+/gu, ' ');
    cache.set(u, (c = countsIn(text, u.unit.lang)));
  }
  return c;
}

/** Whether a publication time comes after another; a bare day is only after an earlier day. */
function postedAfter(later: string | null, earlier: string | null): boolean {
  if (!later || !earlier) return false;
  if (later.length > 10 && earlier.length > 10) {
    const a = Date.parse(later);
    const b = Date.parse(earlier);
    if (Number.isFinite(a) && Number.isFinite(b)) return a > b;
  }
  return later.slice(0, 10) > earlier.slice(0, 10);
}

/**
 * The sentence that updates a figure `c` gives: when the latest article giving that tally (dead,
 * injured, evacuated…) was published after c's and gives another figure ("two killed" on
 * Wednesday, "the death toll rose to four" on Thursday), its most relevant sentence giving it;
 * told right after c, so the summary never leaves an outdated figure standing. Null when c's
 * figures are the latest.
 */
function laterFigure(c: Candidate, candidates: Candidate[], model: FactModel, published: (articleId: string) => string | null): Candidate | null {
  const own = published(c.u.unit.articleId);
  for (const [tally, count] of figuresOfUnit(c.u)) {
    // When the latest article with a sentence a summary may tell giving this tally (counting the same kind) after c's was published
    // (an interviewer's question or a caption may give it too, but cannot be told).
    let latest: string | null = null;
    for (const d of candidates) {
      const other = figuresOfUnit(d.u).get(tally);
      const when = published(d.u.unit.articleId);
      if (other && sameKind(count, other) && postedAfter(when, own) && (latest === null || postedAfter(when, latest))) latest = when;
    }
    if (latest === null) continue;
    const last = latest;
    const inLatest = (v: UnitTerms) => published(v.unit.articleId) === last;
    // The latest report still gives c's figure, and no other: nothing to update. One giving another figure
    // too recalls c's as the earlier one ("had initially reported 12 arrests" beside "raised the number of arrests to 31").
    const given = model.units.filter((v) => inLatest(v)).map((v) => figuresOfUnit(v).get(tally)).filter((other) => other !== undefined && sameKind(count, other));
    if (given.some((other) => other!.value === count.value) && given.every((other) => other!.value === count.value)) continue;
    let best: Candidate | null = null;
    for (const d of candidates) {
      const other = figuresOfUnit(d.u).get(tally);
      if (other && other.value !== count.value && sameKind(count, other) && inLatest(d.u) && (!best || d.relevance > best.relevance)) best = d;
    }
    if (best) return best;
  }
  return null;
}

function candidateOf(space: FactSpace, u: UnitTerms, topicRelevance: number, onTopic: (v: UnitTerms) => boolean, published: (articleId: string) => string | null): Candidate {
  const closest = closestByArticle(space, u, onTopic);
  // Where the wire filed from is no part of the fact: a dateline's words neither cite ("GRENOBLE, France -") nor count in what it says.
  const filedFrom = datelineWords(u);
  const said = [...u.terms].filter((t) => !filedFrom.has(t));
  const told = factWeight(space, said);
  const rarity = coverageWeight(space, said);
  // Cited beside it only when the words in common carry a good part of what it says: two
  // sentences sharing a title ("the transport secretary") are not one report.
  // A report in another language can only share what crosses languages (names, numbers, words spelt alike):
  // what it says is weighed against those of the sentence's words its language ever uses.
  const crossing = new Map<string, { told: number; rarity: number }>();
  const weighedIn = (lang: string) => {
    let w = crossing.get(lang);
    if (!w) {
      const terms = said.filter((t) => space.model.writtenIn(t, lang));
      crossing.set(lang, (w = { told: factWeight(space, terms), rarity: coverageWeight(space, terms) }));
    }
    return w;
  };
  const naming = namingTerms(u);
  const reports = (v: UnitTerms) => {
    const shared = space.shared(u, v).filter((t) => !filedFrom.has(t));
    // Only a name and a title in common: the same person, doing or saying something else.
    if (shared.every((t) => naming.has(t))) return false;
    const sameLanguage = v.unit.lang === u.unit.lang;
    const whole = sameLanguage ? { told, rarity } : weighedIn(v.unit.lang);
    const phrases = sharedPhrases(u, v, shared);
    // Across languages, one name in common ("Marc-Antoine Delorme") is who the sentences are about, not what they report.
    if (!sameLanguage && phrases < 2) return false;
    // Two words in common that leave out most of what is rare in it (a title and a noun) are another report.
    return factWeight(space, shared) >= CITE_COVERAGE * whole.told && (phrases > 2 || coverageWeight(space, shared) >= CITE_COVERAGE * whole.rarity);
  };
  // Support: each other outlet counts once, by its sentence closest to `u`: fully from CITE_SIMILARITY
  // when that sentence reports the fact (the test for citing it), by half when it only comes close
  // (a word or two in common: "renforcer" and "face" in a sentence on something else).
  const bySource = new Map<string, number>();
  const lend = (source: string, weight: number) => {
    if (source !== u.source && weight > (bySource.get(source) ?? 0)) bySource.set(source, weight);
  };
  for (const { v, sim } of closest.values()) if (sim >= SUPPORT_FLOOR) lend(v.source, Math.min(1, sim / CITE_SIMILARITY) ** 2 * (reports(v) ? 1 : LOOSE_SUPPORT));
  // An outlet printing the quotation that backs the sentence reports it too, in the speaker's words.
  const backing = backingQuotation(space.model, u);
  if (backing) for (const [v, sim] of space.neighbours(backing)) if (sim >= CITE_SIMILARITY && onTopic(v)) lend(v.source, 1);
  let support = 1;
  for (const weight of bySource.values()) support += weight;
  // Centrality: how close it is to the whole corpus's sentences, as a tie-breaker between outlets' wordings.
  let centrality = 0;
  for (const sim of space.neighbours(u).values()) centrality += sim;
  const background = isReport(u.unit.text, u.unit.lang) ? 1 : BACKGROUND_WEIGHT;
  // Edmundson's title method: a headline says what its outlet saw as the news, and a sentence restating it matters more.
  const headline = 1 + space.titleSimilarity(u);
  const relevance = standalone(u) * lengthPreference(wordCount(u.unit.text)) * (support + 0.05 * centrality) * background * headline * topicRelevance;
  const cited = citedArticles(space, u, closest);
  const own = published(u.unit.articleId);
  let timing: { day?: string; plan: boolean } | undefined;
  const timingOfU = () => (timing ??= timingOf(u, own));
  const citable = (c: { id: string; v: UnitTerms }) => reports(c.v) && !countsOtherwise(space.model, u, c.v, postedAfter(published(c.id), own)) && !givesNoneOfItsFigures(space.model, u, c.v) && couldReport(space, u, c.v, own?.slice(0, 10), timingOfU, published(c.id)?.slice(0, 10));
  const shown = cited.filter(citable);
  // Closer than citing in the other language, with one of the same counts: cited beside it, though not a member of its fact.
  const alsoCited = [...closest.entries()]
    .filter(([id, c]) => !cited.some((d) => d.id === id) && c.sim >= CROSS_LANGUAGE_CITE_SIMILARITY && sameCountInOtherLanguage(u, c.v) && space.shared(u, c.v).length >= 2)
    .map(([id, c]) => ({ id, v: c.v }))
    .filter(citable)
    .map((c) => c.id);
  return { u, relevance, cited: shown.map((c) => c.id), alsoCited, members: cited.map((c) => c.v), backing };
}

/** Each sentence's words as keys across languages (see conceptTerms), without reporting and day words, read once. */
const CONCEPTS = new WeakMap<UnitTerms, { words: ConceptWord[]; keys: Set<string> }>();
function conceptsOf(u: UnitTerms): { words: ConceptWord[]; keys: Set<string> } {
  let c = CONCEPTS.get(u);
  if (!c) {
    const words = conceptTerms(u.unit.text, u.unit.lang, reportingTerm).filter((w) => !w.keys.some((k) => TITLE_KEYS.has(k)));
    CONCEPTS.set(u, (c = { words, keys: new Set(words.flatMap((w) => w.keys)) }));
  }
  return c;
}
/** Titles of both languages as concept keys ("professeur", "director"): who someone is, not what is reported. */
const TITLE_KEYS = new Set(
  (['fr', 'en'] as const).flatMap((lang) => speech[lang].titles.filter((w) => !/\s/.test(w)).flatMap((w) => conceptTerms(w, lang).flatMap((c) => c.keys))),
);

/** Share of the concepts of the shorter of two sentences in different languages they must share to say the same thing. */
const CROSS_LANGUAGE_SAME = 0.7;
/** ...and at least this many besides names: a name and a figure in common are not yet one report. */
const CROSS_LANGUAGE_SHARED = 3;

/**
 * Whether two sentences in different languages say the same thing in the same names, figures and
 * lexicon words ("Storm Ilse hit Brenmouth with gusts of 162 km/h" / « des rafales à 162 km/h …
 * à Brenmouth au passage de la tempête Ilse »). The fact space cannot tell: the words every outlet
 * uses weigh nothing there, and other words rarely cross languages.
 */
function sameInOtherLanguage(u: UnitTerms, v: UnitTerms): boolean {
  if (u.unit.lang === v.unit.lang) return false;
  const a = conceptsOf(u);
  const b = conceptsOf(v);
  // The shorter sentence's words the other holds, by any of their keys; names apart: two sentences
  // sharing a person's name and little else are about the same person, not one report.
  const [small, large] = a.words.length <= b.words.length ? [a, b] : [b, a];
  let shared = 0;
  let sharedNames = 0;
  for (const w of small.words) {
    if (!w.keys.some((k) => large.keys.has(k))) continue;
    shared++;
    if (w.name) sharedNames++;
  }
  return shared - sharedNames >= CROSS_LANGUAGE_SHARED && shared >= CROSS_LANGUAGE_SAME * small.words.length;
}

/** Share of a chosen sentence's relevance another outlet's report in the reader's language needs to stand for it. */
const READER_LANGUAGE_SHARE = 0.7;

/**
 * The sentence to show for the fact of `c` in the reader's language: the most relevant sentence in
 * that language of another outlet that reports the same fact, when it is relevant enough. It
 * reports it when the two cite each other, or when it says the same thing in the same names,
 * figures and lexicon words (see sameInOtherLanguage). It is shown citing c's article too (see
 * summarize). Null when none is, or when `c` is in that language.
 */
function inReaderLanguage(c: Candidate, candidates: Candidate[], byUnit: Map<UnitTerms, Candidate>, locale: Lang): Candidate | null {
  if (c.u.unit.lang === locale) return null;
  const cited = new Set(c.cited);
  const same = new Set<Candidate>();
  for (const v of c.members) {
    const d = byUnit.get(v);
    if (d && v.unit.lang === locale && cited.has(v.unit.articleId) && d.cited.includes(c.u.unit.articleId)) same.add(d);
  }
  for (const d of candidates) if (d.u.unit.lang === locale && d.u.unit.articleId !== c.u.unit.articleId && sameInOtherLanguage(c.u, d.u)) same.add(d);
  let best: Candidate | null = null;
  for (const d of same) if (d.relevance >= READER_LANGUAGE_SHARE * c.relevance && (!best || d.relevance > best.relevance)) best = d;
  return best;
}

/** How much more a lead cited beside it by other outlets counts: (1 + outlets cited)^this. */
const LEAD_CITED_WEIGHT = 0.2;
/** Weight of the story words a headline uses, beside all the story's words, in the lead's closeness. */
const LEAD_HEADLINE_WEIGHT = 0.5;

/**
 * The sentence that best states the story itself: the words every outlet uses (its names and what
 * happened: "musée", "vol", "grève", "strike") are no fact apart from the others, so the fact
 * space gives them no weight and a summary made only of facts would never say what the story is.
 * The lead is the sentence closest to those story-wide words (cosine over distinct words,
 * reporting and day words left out), and closer still to those of them a headline uses (the rest
 * are the story's common words: "week", "bought"), as it reads on its own, slightly preferring one
 * that other outlets report too (the centroid sentence of MEAD, restricted to the story's words).
 */
function storyLead(model: FactModel, candidates: Candidate[]): Candidate | null {
  const story = new Set<string>();
  for (const u of model.units) for (const t of u.terms) if (model.storyWide(t) && !reportingTerm(t)) story.add(t);
  if (story.size === 0 || candidates.length === 0) return null;
  const inTitles = new Set([...model.titles.values()].flatMap((title) => [...title]));
  const headlined = new Set([...story].filter((t) => inTitles.has(t)));
  const cosine = (terms: string[], set: Set<string>) => (set.size === 0 ? 0 : terms.filter((t) => set.has(t)).length / Math.sqrt(terms.length * set.size));
  let best: Candidate | null = null;
  let bestScore = 0;
  for (const c of candidates) {
    const terms = [...c.u.terms].filter((t) => !reportingTerm(t));
    if (terms.length === 0) continue;
    const closeness = cosine(terms, story) + LEAD_HEADLINE_WEIGHT * cosine(terms, headlined);
    const { text, lang } = c.u.unit;
    const score =
      closeness * standalone(c.u) * lengthPreference(wordCount(text)) * (isReport(text, lang) ? 1 : BACKGROUND_WEIGHT) * (1 + c.cited.length) ** LEAD_CITED_WEIGHT;
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

export function summarize(engine: Engine, options: SummaryOptions = {}): Summary {
  // A large corpus is read in part: the articles on the topic, or the new ones, with the most recent others.
  const scoped = options.topic !== undefined ? topicArticles(engine, options.topic) : options.fresh ? digestArticles(engine, options.fresh) : null;
  const model = scoped ? buildFactModel(scoped) : factModelOf(engine);
  const max = Math.max(1, options.maxSentences ?? DEFAULT_SUMMARY_SENTENCES);
  let units = model.units.filter((u) => isSummarizable(u, options.topic !== undefined ? TOPIC_MIN_WORDS : MIN_WORDS));
  let topicRelevance = (_: UnitTerms) => 1;
  let onTopic = (_: UnitTerms) => true;
  let topicWords: string[] | undefined;
  let topicTerm: ((term: string) => boolean) | undefined;
  if (options.topic !== undefined) {
    const matcher = topicMatcher(options.topic);
    topicWords = matcher.words;
    // How much of the topic each sentence holds, read once per sentence (chosen or cited).
    const coverages = new Map<UnitTerms, number>();
    const coverage = (u: UnitTerms) => {
      let c = coverages.get(u);
      if (c === undefined) coverages.set(u, (c = matcher.coverage(u.unit.text, u.unit.lang)));
      return c;
    };
    // Every word of a short topic, most words of a longer one.
    const needed = matcher.words.length <= 2 ? 1 : 0.6;
    // Cited sentences are on the topic too, summarizable or not (a short one may still report the fact).
    onTopic = (u) => coverage(u) >= needed - 1e-9;
    units = units.filter(onTopic);
    // No sentence fit for a summary holds the topic, yet a title or a sentence about the article itself
    // may ("Hours after X was recaptured, we spoke to…"): those are shown rather than claiming the corpus says nothing.
    if (units.length === 0) units = model.units.filter((u) => onTopic(u) && isTopicFallback(u));
    topicRelevance = coverage;
    // Every sentence shares the topic's own words: they say nothing about repeating a fact.
    topicTerm = (term) => matcher.coverage(term, 'fr') > 0 || matcher.coverage(term, 'en') > 0;
  }
  const space = topicTerm || scoped ? buildFactSpace(model, topicTerm) : factSpaceOf(engine);
  const publishedOn = new Map(engine.articles.map((a) => [a.id, a.published]));
  const published = (id: string) => publishedOn.get(id) ?? null;
  const candidates = units.map((u) => candidateOf(space, u, topicRelevance(u), onTopic, published));
  const top = Math.max(0, ...candidates.map((c) => c.relevance));

  // Maximal marginal relevance: each pick is the most relevant sentence that is not about a fact already told.
  const chosen: Candidate[] = [];
  // How close each sentence is to the facts told so far (a chosen sentence and the sentences reporting the same fact).
  const redundancy = new Map<UnitTerms, number>();
  const tell = (v: UnitTerms) => {
    redundancy.set(v, 1);
    for (const [w, sim] of space.neighbours(v)) if (sim > (redundancy.get(w) ?? 0)) redundancy.set(w, sim);
  };
  // A chosen sentence tells its fact, and so do the sentences it cites that report it closely.
  // Whether chosen sentence d already gives the figures the update gives (another outlet's "neuf morts" for "nine dead").
  const tellsFigureOf = (d: Candidate, update: Candidate) => {
    const given = figuresOfUnit(d.u);
    for (const [tally, count] of figuresOfUnit(update.u)) {
      const other = given.get(tally);
      if (other && sameFigure(other, count)) return true;
    }
    return false;
  };
  // Sentences whose figure a later report revises, once the revision is told: they would only tell an outdated figure apart from it.
  const outdated = new Set<Candidate>();
  const byUnit = new Map(candidates.map((c) => [c.u, c]));
  const passed = new Set<Candidate>();
  // The article of the sentence a chosen one stands for in the reader's language: cited beside it too.
  const standsFor = new Map<Candidate, string>();
  // At least as close as a repeat of a told fact: never chosen.
  const repeats = (v: UnitTerms) => {
    if (SAME_FACT_REPEAT > (redundancy.get(v) ?? 0)) redundancy.set(v, SAME_FACT_REPEAT);
  };
  const choose = (picked: Candidate) => {
    // The fact in the reader's language when another outlet reports it so.
    const c = (options.locale && inReaderLanguage(picked, candidates, byUnit, options.locale)) || picked;
    if (chosen.includes(c)) return;
    if (c !== picked) {
      // The sentence it stands for tells the same fact: never chosen apart.
      passed.add(picked);
      tell(picked.u);
    }
    if (chosen.length >= max) return;
    const update = laterFigure(c, candidates, model, published);
    if (update && (chosen.includes(update) || chosen.some((d) => tellsFigureOf(d, update)))) {
      outdated.add(c);
      return;
    }
    chosen.push(c);
    if (c !== picked && !c.cited.includes(picked.u.unit.articleId)) standsFor.set(c, picked.u.unit.articleId);
    tell(c.u);
    // The same fact in the other language, told in the same names, figures and lexicon words.
    for (const d of candidates) if (sameInOtherLanguage(c.u, d.u)) repeats(d.u);
    for (const v of c.members) if (space.similarity(c.u, v) >= TOLD_SIMILARITY) tell(v);
    // The same count of the same tally is the same figure, in whatever words or language ("41 morts", "the toll rose to 41").
    for (const [tally, count] of talliesOfUnit(c.u)) {
      if (count.value < TELLING_COUNT) continue;
      for (const d of candidates) {
        const other = talliesOfUnit(d.u).get(tally);
        if (other && sameFigure(other, count)) repeats(d.u);
      }
    }
    // The speaker's words backing it say the same thing: another outlet's print of them is no new fact.
    if (c.backing) tell(c.backing);
    // A figure a later report revises is followed by the revision.
    if (update) choose(update);
  };
  // The first sentence states the story itself (see storyLead); a topic summary has no such lead.
  // A digest tells what is new: its lead is one of the new articles' sentences.
  const fresh = options.fresh ? new Set(options.fresh) : null;
  const lead = options.topic === undefined ? storyLead(model, fresh ? candidates.filter((c) => fresh.has(c.u.unit.articleId)) : candidates) : null;
  if (lead) choose(lead);
  while (chosen.length < max && top > 0) {
    let best: Candidate | null = null;
    let bestScore = -Infinity;
    for (const c of candidates) {
      if (chosen.includes(c) || outdated.has(c) || passed.has(c)) continue;
      const closeness = redundancy.get(c.u) ?? 0;
      if (closeness >= SAME_FACT_REPEAT) continue;
      const score = c.relevance / top - REDUNDANCY_PENALTY * closeness;
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    if (!best) break;
    choose(best);
  }

  // The outlets cited beside a chosen sentence: those reporting its fact, the one whose sentence it stands for in the
  // reader's language, and an outlet of the other language saying the same thing in the same names, figures and lexicon words.
  const citedBeside = (c: Candidate): string[] => {
    const found = [...c.cited, ...(standsFor.has(c) ? [standsFor.get(c)!] : [])];
    for (const id of c.alsoCited) if (!found.includes(id)) found.push(id);
    const ownPublished = published(c.u.unit.articleId);
    const own = ownPublished?.slice(0, 10);
    let timing: { day?: string; plan: boolean } | undefined;
    const timingOfC = () => (timing ??= timingOf(c.u, ownPublished));
    for (const v of model.units) {
      const id = v.unit.articleId;
      if (id === c.u.unit.articleId || found.includes(id) || v.unit.isTitle || !onTopic(v) || !sameInOtherLanguage(c.u, v)) continue;
      if (countsOtherwise(model, c.u, v, postedAfter(published(id), ownPublished)) || givesNoneOfItsFigures(model, c.u, v) || !couldReport(space, c.u, v, own, timingOfC, published(id)?.slice(0, 10))) continue;
      found.push(id);
    }
    return found;
  };
  return {
    sentences: chosen.map((c) => ({ text: shownUnit(c.u.unit), unit: c.u.unit, articleIds: [c.u.unit.articleId, ...citedBeside(c)] })),
    ...(topicWords ? { topicWords } : {}),
  };
}
