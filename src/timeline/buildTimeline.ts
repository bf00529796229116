/**
 * The dated events of the story, in order. Each sentence that mentions a date becomes an
 * event on the first date it names (the main clause's, in news prose), resolved against its
 * article's publication date. Sentences from several outlets on the same date that report
 * the same fact become one event citing all of them. Every date keeps at least its best event;
 * the rest are kept by how many outlets report them, up to the limit.
 */
import type { Engine } from '../engine/engine.js';
import { factModelOf, publishedBeforeFact, SAME_FACT_SIMILARITY, saysNow, talliesOfUnit } from '../summary/summarize.js';
import { sameKind, TELLING_COUNT } from '../summary/tallies.js';
import { buildFactModel, type FactModel, type UnitTerms } from '../summary/factModel.js';
import { topicArticles } from '../summary/scope.js';
import { answerParagraphs, endsWithQuestion } from '../text/interview.js';
import { opensWithAnaphor, opensWithQuote, saysNothingSaid, shownUnit, tidySentence, wordCount } from '../summary/textUnits.js';
import { topicMatcher, type TopicMatcher } from '../summary/topicFilter.js';
import { readDates, type DateMention } from './readDates.js';
import { complementsNoun, inAside, inApposition, inCoordinatedPastPredicate, inPluperfectAside, inParticipialAside, inQualifyingPhrase, inRelativeClause, inRestrictiveRelative, inSetOffQualifier, mainClauseInPresentPerfect } from './clauseTense.js';
import { searchTerms } from '../text/analyzer.js';
import { namesAndNumbers, sharedNamesSimilarity } from './sharedNames.js';
import { datelineLength, liveStamp, withoutLeadingMarks } from '../text/dateline.js';
import { liveEntryDays, liveEntryHeadlines } from './liveEntries.js';
import { dateWords } from '../lang/dates.js';
import { escapeRegExp } from '../text/normalize.js';
import { numberValues } from '../lang/tallies.js';
import type { Lang } from '../corpus/article.js';

/** A quotation of at most this many words is a fragment of the writer's sentence, not the speaker's own telling. */
const QUOTED_FRAGMENT_WORDS = 3;

const QUOTE_PAIRS: [string, string][] = [['«', '»'], ['“', '”'], ['‹', '›']];

/**
 * The [start, end) ranges of `text` inside quotation marks. A closing mark with no opening one before
 * it closes a quotation opened in an earlier sentence (the text up to it is quoted); an opening mark
 * never closed runs to the end. Straight double quotes pair up in order.
 */
export function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const [open, close] of QUOTE_PAIRS) {
    let depth = 0;
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      if (text[i] === open) {
        if (depth++ === 0) from = i;
      } else if (text[i] === close) {
        if (depth === 0) ranges.push([0, i + 1]);
        else if (--depth === 0) ranges.push([from, i + 1]);
      }
    }
    if (depth > 0) ranges.push([from, text.length]);
  }
  let from = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (from < 0) from = i;
    else {
      ranges.push([from, i + 1]);
      from = -1;
    }
  }
  return ranges;
}

/**
 * Whether the quotation opening at text[at] is woven into the writer's clause: right after a word, with
 * no colon or comma before it, and opening in lower case ("said the alert "should be lifted on
 * Saturday"", « a promis que les renforts « arriveront dès vendredi » »).
 */
function wovenPartialQuote(text: string, at: number): boolean {
  return /[\p{L}\p{N}]\s+$/u.test(text.slice(0, at)) && /^[«“"‹]\s*\p{Ll}/u.test(text.slice(at));
}

export const DEFAULT_TIMELINE_EVENTS = 12;
/** The dash opening a line of an interview printed as dialogue ("— De deux mois…"): no part of the event's words. */
const DIALOGUE_DASH = /^\s*[—–]\s+/u;
/** At most this many events on one day, so one busy day does not fill the timeline. */
export const EVENTS_PER_DATE = 3;
/** Score taken off an event its article only announced (dated after publication): less than one more outlet. */
const FORECAST_DISCOUNT = 0.3;

export interface TimelineEvent {
  /** ISO date, as precise as the articles allow ("2023-09-13", "2023-07"). */
  date: string;
  /** The words that gave the date ("dimanche soir", "13 septembre"). */
  mention: DateMention;
  /** The sentence as shown (a leading dateline or connective trimmed). */
  text: string;
  /** Every article reporting this event, the quoted one first. */
  articleIds: string[];
}

export interface TimelineOptions {
  topic?: string;
  maxEvents?: number;
}

export interface Timeline {
  events: TimelineEvent[];
  topicWords?: string[];
}

interface Candidate {
  unit: UnitTerms;
  mention: DateMention;
  articleIds: string[];
  sources: Set<string>;
  weight: number;
  /** Other members that could be shown instead (every member reports their fact), best first. */
  others: Dated[];
  /** The shown sentence is only cited at this date (an `echo`): another member must be shown, or none. */
  echo?: true;
  /** The date is a second past fact the shown sentence tells ("… et condamnée en janvier"): it may be shown twice. */
  ownFact?: true;
  /** The date is not the shown sentence's first: a later date it sets, or an aside's. */
  secondary?: true;
  /** The date is that of an aside opened by a past participle ("Les habitants, évacués lundi, ont…"). */
  aside?: true;
}

/** The dated sentences of a fact model's articles. */
function datedUnitsOf(engine: Engine, model: FactModel): Dated[] {
  const out: Dated[] = [];
  // The day the sentence just before dated, in the same paragraph: "la veille", "the day after" count from it.
  let previous: { unit: UnitTerms['unit']; day?: string } | undefined;
  const answers = new Map<string, Set<number>>();
  const entryDays = new Map<string, Map<number, string>>();
  const headlines = new Map<string, Set<number>>();
  for (const unit of model.units) {
    const before = previous;
    previous = { unit: unit.unit };
    if (unit.unit.isTitle || unit.unit.aboutItself || wordCount(unit.unit.text) < 5) continue;
    // A question ("Why did the storm strengthen so quickly on Monday?") asks; it reports no event.
    if (endsWithQuestion(unit.unit.text)) continue;
    const article = engine.article(unit.unit.articleId);
    if (article && !entryDays.has(article.id)) entryDays.set(article.id, liveEntryDays(article));
    const entryDay = article && entryDays.get(article.id)!.get(unit.unit.paragraph);
    // A live entry's headline ("10:05 — Ferry capsizes off Port Alvin") announces the body below it: no event beside it.
    if (article && entryDay) {
      if (!headlines.has(article.id)) headlines.set(article.id, liveEntryHeadlines(article));
      if (headlines.get(article.id)!.has(unit.unit.paragraph)) continue;
    }
    // A live blog's entry posted on a later day than the blog's publication tells its days ("hier",
    // "on Wednesday") from the day it was posted.
    const published = entryDay && entryDay > (article?.published ?? '').slice(0, 10) ? entryDay : article?.published;
    const sameParagraph =
      before && before.unit.articleId === unit.unit.articleId && before.unit.paragraph === unit.unit.paragraph && before.unit.position + 1 === unit.unit.position;
    const anchor = sameParagraph ? before.day : undefined;
    // A date that only ends a state ("qui court jusqu'en 2027") is not when the sentence's fact
    // happened; one in an aside ("Marchetti, qui avait gagné en juillet, a été…") dates background,
    // so the main clause's date comes first when there is one.
    // A date in an apposition ("…, one of the villages evacuated on Monday") describes a noun, not the
    // sentence's fact: it never dates the sentence.
    // The dateline's date ("CASTELFORT, France, March 23 (Europa Newswire) - ") is when the dispatch
    // was filed, not when its fact happened. A relative day inside a quotation ("« … avoir le
    // médicament demain »") is the speaker's, told from when they spoke: it dates no event of the
    // story (an explicit date with its year in a quotation still does). Nor does a coarser date ahead of
    // publication (« nourrir ma famille cet hiver », "rebuild by next summer"): a hope or a fear, no event.
    // So is a weekday a live blog's clock stamp prints (« Mercredi, 4h30 — »): it says when the entry was posted (see liveEntries.ts).
    const dateline = liveStamp(unit.unit.text)?.length ?? datelineLength(unit.unit.text);
    // A fragment of a few words woven into the writer's own sentence ("a annoncé qu'elle ferait appel
    // « dès demain »") is the writer's telling, dated from publication like the rest of it.
    // So is a partial quotation that runs on the writer's clause, opening in lower case after a word
    // ("said the red alert "should be lifted on Saturday""): the writer tells its day as their own.
    const quoted = quotedRanges(unit.unit.text).filter(([a, b]) => wordCount(unit.unit.text.slice(a, b)) > QUOTED_FRAGMENT_WORDS && !wovenPartialQuote(unit.unit.text, a));
    // An interview's answer line ("A: … We hope to cap them by tomorrow.") is the interviewee's own
    // words, told from when they spoke, as a quotation is: the whole sentence counts as quoted.
    if (article) {
      if (!answers.has(article.id)) answers.set(article.id, answerParagraphs(article));
      if (answers.get(article.id)!.has(unit.unit.paragraph)) quoted.push([0, unit.unit.text.length]);
    }
    // Every sentence of a named interviewee's answer is their words too, though only the first carries the label.
    const spoken = quoted.some(([a, b]) => a === 0 && b >= unit.unit.text.length) || unit.unit.speaker !== undefined ? ({ spoken: true } as const) : {};
    // A paragraph that opens with "La veille", "The day before" counts from the day of the paragraph just
    // before when that one is a single sentence (a lead: « … a été battu mardi » then « La veille, le
    // thermomètre avait déjà… »); after a longer paragraph it is unclear which of its days is meant.
    const opensParagraph =
      before &&
      before.unit.articleId === unit.unit.articleId &&
      before.unit.position + 1 === unit.unit.position &&
      unit.unit.sentence === 0 &&
      before.unit.sentence === 0 &&
      before.unit.paragraph !== unit.unit.paragraph;
    const read = readDates(unit.unit.text, unit.unit.lang, published, anchor ?? (opensParagraph ? before.day : undefined));
    // Nor does a sentence telling that someone did not speak ("Contacted on Tuesday, the firm declined to
    // comment", « Le ministère n'a pas répondu mardi aux sollicitations »), as the summary reads it (see
    // saysNothingSaid), its date words aside.
    if (saysNothingSaid(withoutSpans(unit.unit.text, read), unit.unit.lang)) continue;
    // "…, bringing the number to six, up from the four announced on Monday": a figure set against an
    // earlier one tells a change, the news of its day.
    const revises = read.some((m) => m.comparison) ? ({ revises: true } as const) : {};
    const mentions = read.filter(
      (m) =>
        !m.endsAState &&
        !m.productLabel &&
        !m.comparison &&
        // "slipped 0.9% after falling 2.3% on Tuesday": the day of the earlier fall, not of the slip.
        !m.priorEvent &&
        // "now, not next summer", "between 19 and 24 June", "eight days before the holidays on 3 July", "the lowest for June".
        !m.reference &&
        // "142 vols annulés depuis mardi", "its steepest fall since October": a count or a record running
        // since a past day is no event of that day.
        !(m.countsSince && !laterThanPublication(m, published)) &&
        m.start >= dateline &&
        // "Had they asked us a month ago", « la digue aurait pu tenir mardi »: what did not happen dates no event.
        !m.hypothetical &&
        !(
          ((m.kind === 'relative' && (m.precision === 'day' || laterThanPublication(m, published))) ||
            // A month named without its year ahead of publication (« un voyage en novembre », "the water that will flow in September"): the speaker's plan or fear.
            (m.yearInferred && laterThanPublication(m, published))) &&
          quoted.some(([a, b]) => a <= m.start && m.end <= b)
        ) &&
        !inApposition(unit.unit.text, m.start, m.end, unit.unit.lang),
    );
    // A sentence whose days are all denied ("Not this week, not today.") or unreal ("If they had acted in
    // March, …") tells nothing that happened: no day of its context dates it either.
    if (mentions.length === 0 && read.some((m) => m.denied || m.hypothetical)) continue;
    // A date in a participial phrase that qualifies a noun ("extended its recall to every product made
    // there in January, the company said on Wednesday") tells when that thing was made: it gives way
    // to the sentence's other dates too. So does one in an aside opened by a past participle
    // ("Selon l'enquête, publiée lundi, le ministère a attribué le 17 novembre 2025…"), unless the
    // main clause only announces ("Le pont, fermé lundi, doit rouvrir vendredi": the closing is the news).
    const aside = (m: DateMention) => inAside(unit.unit.text, m.start, m.end, unit.unit.lang);
    // So does a date that tells which event a noun is ("after the ruling of 10 November, the President
    // today announced…"): the main clause's own day word dates the sentence.
    const complement = (m: DateMention) => m.kind === 'explicit' && complementsNoun(unit.unit.text, m.start, unit.unit.lang) && mentions.some((o) => o !== m && o.kind === 'relative' && o.precision === 'day');
    // So does a date in a restrictive relative clause before the main verb ("the skiers who were missing
    // last night were found this morning"): it tells which skiers, not when they were found.
    const qualifier = (m: DateMention) =>
      Boolean(m.qualifiesNoun) || inQualifyingPhrase(unit.unit.text, m.start, m.end, unit.unit.lang) || complement(m) || inRestrictiveRelative(unit.unit.text, m.start, m.end, unit.unit.lang);
    const participial = (m: DateMention) => inParticipialAside(unit.unit.text, m.start, m.end, unit.unit.lang);
    // A sentence whose only day is a point of comparison ("3 400 évacués, contre 1 200 la veille") tells
    // its own fact on the day the sentence before it dated.
    // So does one whose only day is an earlier event's ("The index slipped 0.9% after falling 2.3% on Tuesday").
    if (mentions.length === 0 && anchor && read.some((m) => (m.comparison || m.priorEvent) && m.precision === 'day')) mentions.push(dayFromContext(anchor));
    const mainCandidates = mentions.filter((m) => !aside(m) && !qualifier(m) && !participial(m));
    // A date describing the subject in an apposition ("X, the two engineers freed on Monday, landed on
    // Wednesday") gives way to the main verb's date, when it names one.
    let main = mainCandidates.find((m) => !inSetOffQualifier(unit.unit.text, m.start, m.end, unit.unit.lang)) ?? mainCandidates[0];
    // A live blog's entry whose main clause names no day ("Crews have reached the village.") reports
    // what happened the day it was posted; so does one that tells a state "now" before any day it names
    // ("The agency now puts the magnitude at 6.3, up from the 6.1 announced last night").
    // A day named in an aside told in the simple past ("Arnaud, who visited yesterday, promised…") dates
    // what the subject did then: the main clause's undated verb goes with it, not with the entry's day.
    // Not when the main clause is in the present perfect ("Vasseur, who escaped on Monday, has been
    // arrested"): that is the entry's news.
    const asideDay =
      !main &&
      mentions.some(
        (m) => m.precision === 'day' && aside(m) && !inPluperfectAside(unit.unit.text, m.start, m.end, unit.unit.lang) && !mainClauseInPresentPerfect(unit.unit.text, m.start, m.end, unit.unit.lang),
      );
    if (article && !asideDay && (!main || saysNow(unit.unit.text.slice(0, main.start), unit.unit.lang))) {
      if (entryDay) mentions.unshift((main = dayFromContext(entryDay)));
    }
    const reportedAside = mentions.find((m) => participial(m) && !laterThanPublication(m, published));
    // A sentence whose only dates qualify a noun ("…, a lancé X, en réponse aux droits annoncés lundi")
    // tells its own fact on another day: the day the sentence before it dated, else none it names.
    if (!main && !reportedAside && mentions.length > 0 && mentions.every((m) => !m.qualifiesNoun && inQualifyingPhrase(unit.unit.text, m.start, m.end, unit.unit.lang) && !aside(m) && !participial(m))) {
      if (!anchor) continue;
      mentions.unshift((main = dayFromContext(anchor)));
    }
    const first =
      (main && !(reportedAside && laterThanPublication(main, published)) ? main : reportedAside) ??
      mentions.find((m) => !aside(m) && !qualifier(m)) ??
      mentions.find((m) => !aside(m)) ??
      mentions[0];
    if (!first) continue;
    // A sentence whose only dates sit in an aside told in the pluperfect ("Le préfet, qui avait fermé la
    // route lundi, l'a rouverte dans l'heure") tells its own fact after them: when the sentence just
    // before in the paragraph dated a later day, the main clause's fact is read on that day, and the
    // aside's day stays a secondary event. With no such day, the aside's date still dates the sentence.
    if (anchor && anchor > first.date && mentions.every((m) => inPluperfectAside(unit.unit.text, m.start, m.end, unit.unit.lang))) {
      previous.day = anchor;
      const fromContext = dayFromContext(anchor);
      out.push({ unit, mention: fromContext, forecast: afterPublication(fromContext, published), ...spoken, ...revises });
      out.push({ unit, mention: first, forecast: false, secondary: true });
      continue;
    }
    if (first.precision === 'day') previous.day = first.date;
    out.push({ unit, mention: first, forecast: afterPublication(first, published), ...spoken, ...revises });
    // A later date the sentence sets ahead of its publication ("…, ils menacent de tout publier lundi
    // prochain", "set a deadline of Monday, June 9", "les travaux démarreront en 2027, pour une mise en
    // service en 2033") is an event of its own: the sentence dates it too, once per date.
    // A date in an aside opened by a past participle ("Les habitants, évacués jeudi, ont pu regagner
    // leurs logements vendredi") gives way to the main clause's, but dates a past fact of its own:
    // the sentence dates it too.
    // An aside that only recalls when the subject's event happened ("L'effondrement, survenu lundi, a fait,
    // selon le bilan établi mercredi, 9 morts") tells no fact of its own: the sentence still reports that
    // day's event with the others that tell it, but is never shown there itself.
    const seen = new Set([first.date]);
    for (const m of mentions) {
      if (m === first || seen.has(m.date)) continue;
      if (inParticipialAside(unit.unit.text, m.start, m.end, unit.unit.lang)) {
        seen.add(m.date);
        out.push({ unit, mention: m, forecast: afterPublication(m, published), secondary: true, aside: true, ...(recallsOccurrence(unit.unit.text, m.start, unit.unit.lang) ? { echo: true as const } : {}) });
        continue;
      }
      // "arrêtée en mars 2025 … et condamnée en janvier": a second past predicate dates a fact of its own.
      if (m.start > first.end && m.date > first.date && inCoordinatedPastPredicate(unit.unit.text, first.end, m.start, unit.unit.lang)) {
        seen.add(m.date);
        out.push({ unit, mention: m, forecast: afterPublication(m, published), secondary: true, ownFact: true });
        continue;
      }
      if (m.start <= first.start || !laterThanPublication(m, published)) continue;
      if (aside(m) || qualifier(m)) continue;
      seen.add(m.date);
      out.push({ unit, mention: m, forecast: afterPublication(m, published), secondary: true });
    }
  }
  return out;
}

export function buildTimeline(engine: Engine, options: TimelineOptions = {}): Timeline {
  // A large corpus is read in part: its most recent articles, or the most recent on the topic (see scope.ts).
  const scoped = options.topic !== undefined ? topicArticles(engine, options.topic) : null;
  const model = scoped ? buildFactModel(scoped) : factModelOf(engine);
  const max = Math.max(1, options.maxEvents ?? DEFAULT_TIMELINE_EVENTS);
  let dated = scoped ? datedUnitsOf(engine, model) : engine.derived('timeline/dated-units', (e) => datedUnitsOf(e, model));
  let topicWords: string[] | undefined;
  if (options.topic !== undefined) {
    const matcher = topicMatcher(options.topic);
    topicWords = matcher.words;
    const needed = matcher.words.length <= 2 ? 1 : 0.6;
    const surname = surnameOfNamedTopic(options.topic, model.units);
    dated = nearestToTopic(dated.filter((d) => matcher.coverage(d.unit.unit.text, d.unit.unit.lang) >= needed - 1e-9 || Boolean(surname?.test(d.unit.unit.text))), matcher);
  }

  const groups = groupSameFacts(dated, model, (id) => engine.article(id)?.published);

  // What happened outranks what was expected: a day after its article's publication is a forecast
  // ("les résultats sont attendus jeudi", written on Wednesday), which a later report may confirm or not.
  const scores = new Map(
    groups.map((g) => {
      const forecast = afterPublication(g.mention, engine.article(g.unit.unit.articleId)?.published);
      // A sentence that names its own day ("reopened this morning") tells that day's event more surely
      // than one only dated by its context (a live blog's entry, the sentence before): a status line.
      const fromContext = g.mention.text === '' ? CONTEXT_DAY_PENALTY : 0;
      // An entry the outlet flags as its main development ("BREAKING: …") is that day's event before its neighbours.
      const urgent = flaggedUrgent(g.unit.unit.text, g.unit.unit.lang) ? URGENT_BONUS : 0;
      return [g, g.sources.size + g.weight + (g.mention.precision === 'day' ? 0.5 : 0) - (forecast ? FORECAST_DISCOUNT : 0) - fromContext + urgent];
    }),
  );
  const score = (g: Candidate) => scores.get(g)!;
  const ranked = [...groups].sort((a, b) => score(b) - score(a));
  const kept: Candidate[] = [];
  const tried = new Set<Candidate>();
  const perDate = new Map<string, number>();
  // A sentence that names two dates ("les travaux démarreront en 2027, pour une mise en service en
  // 2033") is shown at its other date only when that is a day (a deadline: "menacent de tout publier
  // lundi prochain"); at a month or a year, another sentence of the group is shown there, or none,
  // even when the sentence is not shown at its first date.
  const shown = new Set<UnitTerms>();
  const keptScore = new Map<Candidate, number>();
  const keep = (g: Candidate, filling = false) => {
    tried.add(g);
    let event = g;
    // An aside's day ("placé en garde à vue mardi, a été libéré jeudi") is shown with its own sentence
    // only as the one event of that day: where the day has others, the sentence stays at its main date
    // instead of being listed twice.
    if (filling && g.aside && !g.others.some((o) => !shown.has(o.unit) && !o.echo)) return;
    // A month or a year a sentence sets inside what its main verb reports ("a annoncé ce mardi une hausse
    // limitée à 4 % en 2027") is not that sentence's event, whether or not its own day was kept.
    const coarseSecondary = g.secondary && g.mention.precision !== 'day' && !g.ownFact;
    if (g.echo || shown.has(g.unit) || coarseSecondary) {
      const other = g.others.find((o) => !shown.has(o.unit) && !o.echo);
      if (!other && g.echo) return;
      if (other) {
        const articleIds = [...new Set([other.unit.unit.articleId, ...g.articleIds])];
        event = { ...g, unit: other.unit, mention: other.mention, articleIds };
      } else if (g.mention.precision !== 'day' && !g.ownFact) return;
    }
    kept.push(event);
    keptScore.set(event, score(g));
    shown.add(event.unit);
    perDate.set(g.mention.date, (perDate.get(g.mention.date) ?? 0) + 1);
  };
  // Every date keeps its best event first; a month read from a week ("next week") is too coarse to
  // claim a row of its own over a precise date, and competes only by score after them. So does a
  // past year before its article's ("fondé en 1998", "we had heard that before, in 2019"): background
  // to the story, not one of its days.
  const background = (g: Candidate) => g.mention.precision === 'year' && g.mention.date < (engine.article(g.unit.unit.articleId)?.published ?? '').slice(0, 4);
  for (const g of ranked) if (kept.length < max && !perDate.has(g.mention.date) && !g.mention.week && !background(g)) keep(g);
  for (const g of ranked) if (kept.length < max && !tried.has(g) && (perDate.get(g.mention.date) ?? 0) < EVENTS_PER_DATE) keep(g, true);

  kept.sort((a, b) => a.mention.date.localeCompare(b.mention.date) || keptScore.get(b)! - keptScore.get(a)!);
  return {
    events: kept.map((g) => ({ date: g.mention.date, mention: g.mention, text: shownUnit(g.unit.unit).replace(DIALOGUE_DASH, ''), articleIds: g.articleIds })),
    ...(topicWords ? { topicWords } : {}),
  };
}

/**
 * A topic that is a person's full name as the articles print it ("Nadir Ferhat", typed in any case): a
 * pattern finding the name's last word, capitalised, as a whole word, since a story names its people by
 * surname once introduced (« M. Ferhat a annoncé jeudi… », "Ferhat said on Thursday…"). Undefined for a
 * topic of one word, or one no article prints as a capitalised name.
 */
function surnameOfNamedTopic(topic: string, units: UnitTerms[]): RegExp | undefined {
  const words = topic.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  if (words.length < 2) return undefined;
  const letters = (w: string) => escapeRegExp(w).replace(/\p{L}/gu, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
  const printed = new RegExp(`(?<![\\p{L}\\p{N}])${words.map(letters).join('\\s+')}(?![\\p{L}\\p{N}])`, 'u');
  const named = units.some((u) => {
    const m = printed.exec(u.unit.text);
    return m !== null && m[0].split(/\s+/u).every((w) => /^\p{Lu}/u.test(w));
  });
  if (!named) return undefined;
  const last = words[words.length - 1];
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(last[0].toUpperCase() + last.slice(1))}(?![\\p{L}\\p{N}])`, 'u');
}

/**
 * `forecast`: the date is after its article's publication (announced, not reported). `secondary`: a
 * later date of a sentence already dated by an earlier one.
 */
type Dated = {
  unit: UnitTerms;
  mention: DateMention;
  forecast: boolean;
  secondary?: true;
  echo?: true;
  ownFact?: true;
  /** The date is an aside's, opened by a past participle: a past fact beside the sentence's main one. */
  aside?: true;
  /** The whole sentence is someone's words (an interview's answer line): read as a quotation opening the sentence. */
  spoken?: true;
  /** The sentence sets a figure against an earlier day's ("up from the four announced on Monday"). */
  revises?: true;
};

/**
 * A sentence that names several dates is about the topic at the date nearest the topic's words: « Le
 * projet sera présenté mercredi et soumis au vote le 20 octobre » is about the vote on 20 October, and
 * about the bill's presentation on Wednesday. A sentence where no single word matches the topic, or
 * whose dates are not its own words, keeps every date.
 */
function nearestToTopic(dated: Dated[], matcher: TopicMatcher): Dated[] {
  const byUnit = new Map<UnitTerms, Dated[]>();
  for (const d of dated) (byUnit.get(d.unit) ?? byUnit.set(d.unit, []).get(d.unit)!).push(d);
  const dropped = new Set<Dated>();
  for (const [unit, entries] of byUnit) {
    if (entries.length < 2 || entries.some((d) => d.mention.text === '')) continue;
    const { text, lang } = unit.unit;
    const at = [...text.matchAll(/[\p{L}\p{N}'’-]+/gu)].filter((w) => matcher.coverage(w[0], lang) > 0).map((w) => [w.index, w.index + w[0].length]);
    if (at.length === 0) continue;
    // Words between the date and the topic's word, a clause break (punctuation, "et", "and") counting as many.
    const gap = (from: number, to: number) => {
      const between = text.slice(from, to);
      const words = between.match(/[\p{L}\p{N}]+/gu) ?? [];
      const coordinators = dateWords[lang].tense.coordinators;
      const breaks = /[,;:()«»"“”—–]/u.test(between) || words.some((w) => coordinators.includes(w.toLowerCase()));
      return words.length + (breaks ? CLAUSE_BREAK_WORDS : 0);
    };
    const distanceOf = (d: Dated) => Math.min(...at.map(([a, b]) => (d.mention.end <= a ? gap(d.mention.end, a) : d.mention.start >= b ? gap(b, d.mention.start) : 0)));
    const best = Math.min(...entries.map(distanceOf));
    for (const d of entries) if (distanceOf(d) > best) dropped.add(d);
  }
  return dated.filter((d) => !dropped.has(d));
}

/** How many words a clause break between a date and a topic word counts for. */
const CLAUSE_BREAK_WORDS = 10;

/** The text without the words of its date mentions, the spaces around each closed up. */
function withoutSpans(text: string, mentions: DateMention[]): string {
  let out = text;
  for (const m of [...mentions].sort((a, b) => b.start - a.start)) out = `${out.slice(0, m.start).trimEnd()} ${out.slice(m.end).trimStart()}`;
  return out;
}

/** A day the sentence does not name but its context gives (the sentence before, a live blog's entry): no words of its own. */
function dayFromContext(date: string): DateMention {
  return { text: '', start: 0, end: 0, date, precision: 'day', kind: 'relative' };
}

/** A day after the day of publication (`published`: an ISO date or date-time): what the article announces, not reports. */
function afterPublication(mention: DateMention, published: string | null | undefined): boolean {
  return mention.precision === 'day' && laterThanPublication(mention, published);
}

/** A date after publication at its own precision ("2033" written in 2026, "2026-04" in March 2026, a later day). */
function laterThanPublication(mention: DateMention, published: string | null | undefined): boolean {
  const at = published?.slice(0, mention.date.length);
  return at?.length === mention.date.length && mention.date > at;
}

/**
 * Groups the sentences that report the same fact on the same date. Each group shows its most
 * readable sentence and cites every outlet in it, so every sentence of a group must report the
 * shown one's fact, not merely resemble another member: the closest pairs are joined first, and a
 * join stands only if one of the merged group's most readable sentences is close to each of the
 * others (that one is then shown).
 */
function groupSameFacts(dated: Dated[], model: FactModel, published: (articleId: string) => string | null | undefined): Candidate[] {
  const namesSimilarity = sharedNamesSimilarity(model.units);
  const byDate = new Map<string, number[]>();
  dated.forEach((d, i) => (byDate.get(d.mention.date) ?? byDate.set(d.mention.date, []).get(d.mention.date)!).push(i));
  // A sentence whose date sits in a relative clause ("The measures cover the zones …, where the virus
  // was confirmed on Monday") tells that day's event in passing: one that opens with it reads better.
  const weight = dated.map((d) => readability(d.unit) - (d.spoken ? SPOKEN_PENALTY : 0) + (d.revises ? REVISION_BONUS : 0) - (inRelativeClause(d.unit.unit.text, d.mention.start, d.mention.end, d.unit.unit.lang) ? RELATIVE_CLAUSE_PENALTY : 0));
  const scores = new Map<string, number>();
  const scoreOf = (i: number, j: number) => {
    const key = i < j ? `${i} ${j}` : `${j} ${i}`;
    let v = scores.get(key);
    if (v === undefined) scores.set(key, (v = sameFactScore(model, namesSimilarity, dated[i], dated[j])));
    return v;
  };
  // The shown sentence: the most readable that every other member reports the fact of; among those,
  // one dated by its first date before one that names this date second (it is shown at its first),
  // one that reports the day before one that announced it, then the first in reading order; none
  // when no such sentence is among the most readable.
  // Whether every other member reports the fact of sentence `s`: only such a sentence can stand for the group.
  // A sentence that tells its date's fact as done is never grouped with one of an article published
  // before that date ("la commission se réunira mardi", written on Sunday, does not report Tuesday's
  // decision): the announcement and the outcome stay two events, each citing its own reports.
  const toldTooEarly = (s: number, m: number) =>
    !laterThanPublication(dated[s].mention, published(dated[s].unit.unit.articleId)) &&
    publishedBeforeFact(published(dated[m].unit.unit.articleId), dated[s].mention.date);
  const sameTelling = (s: number, m: number) => !toldTooEarly(s, m) && !toldTooEarly(m, s);
  const standsFor = (s: number, members: number[]) => members.every((m) => m === s || (scoreOf(s, m) >= SAME_FACT_SIMILARITY && sameTelling(s, m)));
  const shownOf = (members: number[]): number | undefined => {
    const top = Math.max(...members.map((m) => weight[m]));
    const fits = (s: number) => weight[s] === top && standsFor(s, members);
    const rank = (s: number) => (dated[s].secondary ? 2 : 0) + (dated[s].forecast ? 1 : 0);
    return members.filter(fits).sort((a, b) => rank(a) - rank(b) || a - b)[0];
  };

  const groups: Candidate[] = [];
  for (const indices of byDate.values()) {
    const groupOf = new Map<number, number[]>(indices.map((i) => [i, [i]]));
    const pairs: [number, number, number][] = [];
    for (let a = 0; a < indices.length; a++) {
      for (let b = a + 1; b < indices.length; b++) {
        const v = scoreOf(indices[a], indices[b]);
        if (v >= SAME_FACT_SIMILARITY) pairs.push([indices[a], indices[b], v]);
      }
    }
    pairs.sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]);
    for (const [i, j] of pairs) {
      const [gi, gj] = [groupOf.get(i)!, groupOf.get(j)!];
      if (gi === gj) continue;
      const merged = [...gi, ...gj].sort((x, y) => x - y);
      if (shownOf(merged) === undefined) continue;
      for (const m of merged) groupOf.set(m, merged);
    }
    for (const members of new Set(groupOf.values())) {
      const shown = shownOf(members)!;
      const others = members
        .filter((s) => s !== shown && standsFor(s, members))
        .sort((a, b) => weight[b] - weight[a] || a - b)
        .map((s) => dated[s]);
      const ids = [dated[shown].unit.unit.articleId, ...members.map((m) => dated[m].unit.unit.articleId)];
      groups.push({
        unit: dated[shown].unit,
        mention: dated[shown].mention,
        articleIds: [...new Set(ids)],
        sources: new Set(members.map((m) => dated[m].unit.source)),
        weight: weight[shown],
        others,
        ...(dated[shown].echo ? { echo: true as const } : {}),
        ...(dated[shown].ownFact ? { ownFact: true as const } : {}),
        ...(dated[shown].secondary ? { secondary: true as const } : {}),
        ...(dated[shown].aside ? { aside: true as const } : {}),
      });
    }
  }
  return groups;
}

/**
 * How surely two sentences on the same date report the same fact: how close their telling stems
 * are, the date's own words ("vendredi", "Friday") aside, since they share them by construction. A
 * French and an English report of one fact share few stems ("contre-expertise" /
 * "counter-analysis") but print the same names and numbers ("Lausanne", "UCI", "EPO"), so the
 * closeness of those counts too (see sharedNames.ts); so it does in one language, where a rewritten
 * dispatch ("removed" / "fired", "finance chief" / "chief financial officer") keeps its names and figures.
 */
function sameFactScore(model: FactModel, namesSimilarity: ReturnType<typeof sharedNamesSimilarity>, g: Dated, d: Dated): number {
  const dateTerms = new Set([...searchTerms(g.mention.text, g.unit.unit.lang), ...searchTerms(d.mention.text, d.unit.unit.lang)]);
  const stems = model.similarity(g.unit, d.unit, (t) => dateTerms.has(t));
  const dateNames = new Set([...namesAndNumbers(g.mention.text, g.unit.unit.lang), ...namesAndNumbers(d.mention.text, d.unit.unit.lang)]);
  // In one language, a single shared name ("Elmsworth") is too little: the sentences could tell two facts of one place.
  const sameLang = g.unit.unit.lang === d.unit.unit.lang;
  const told = Math.max(stems, namesSimilarity(g.unit, d.unit, dateNames, sameLang ? SAME_LANGUAGE_SHARED_NAMES : 1));
  // Tallies decide where they speak (see src/summary/tallies.ts): two sentences counting one tally
  // differently ("onze disparus" at dawn, "six people still missing" by noon) tell two facts, however
  // alike their words; two giving one figure of one tally ("sept morts" / "seven dead", "19 blessés" /
  // "Nineteen were injured") tell one, in any language, whatever else they share.
  // "Un troisième suspect a été interpellé" and "A fourth suspect was detained" tell two arrests, however alike.
  if (differentOrdinals(g.unit.unit, d.unit.unit)) return 0;
  const agreement = tallyAgreement(g.unit, d.unit);
  return agreement === 'differ' ? 0 : agreement === 'agree' ? Math.max(told, SAME_FACT_SIMILARITY) : told;
}

/**
 * The ordinals a sentence counts with ("troisième", "fourth"), by value. "premier"/"first" and
 * "second" are left out: they also mean "earliest" and a unit of time.
 */
function ordinalsOf(text: string, lang: Lang): Set<number> {
  const values = numberValues[lang];
  const out = new Set<number>();
  for (const w of text.toLowerCase().match(/[\p{L}]+/gu) ?? []) {
    const value = values[w];
    if (value !== undefined && value >= 2 && ORDINAL_ENDING.test(w)) out.add(value);
  }
  return out;
}
const ORDINAL_ENDING = /(?:ième|th|^third)$/u;

/** Both sentences count with ordinals, and none in common: two facts of a series (the third arrest, the fourth). */
function differentOrdinals(a: { text: string; lang: Lang }, b: { text: string; lang: Lang }): boolean {
  const [x, y] = [ordinalsOf(a.text, a.lang), ordinalsOf(b.text, b.lang)];
  return x.size > 0 && y.size > 0 && ![...x].some((v) => y.has(v));
}

/** Whether two sentences give different figures for a tally they both count, or the same telling figure, or neither. */
function tallyAgreement(a: UnitTerms, b: UnitTerms): 'differ' | 'agree' | null {
  const theirs = talliesOfUnit(b);
  let agree = false;
  for (const [tally, count] of talliesOfUnit(a)) {
    const other = theirs.get(tally);
    if (!other || !sameKind(count, other)) continue;
    if (other.value !== count.value) return 'differ';
    if (count.value >= TELLING_COUNT) agree = true;
  }
  return agree ? 'agree' : null;
}

/** Telling names and numbers two sentences of one language must share for their names to say they report one fact. */
const SAME_LANGUAGE_SHARED_NAMES = 2;

/** Whether text[at] ends an aside opened by a participle of occurrence ("…, survenu lundi", "…, occurring on Monday"). */
function recallsOccurrence(text: string, at: number, lang: Lang): boolean {
  const before = text.slice(0, at);
  return OCCURRENCE[lang].test(before.slice(before.lastIndexOf(',') + 1));
}
const occurrencePattern = (lang: Lang) =>
  new RegExp(`^\\s*(?:${dateWords[lang].occurrenceParticiples.map((w) => escapeRegExp(w).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
/** An aside's opening participle of occurrence, compiled once per language. */
const OCCURRENCE: Record<Lang, RegExp> = { fr: occurrencePattern('fr'), en: occurrencePattern('en') };

/** How much less a sentence reads as a day's event when its date is in a relative clause. */
const RELATIVE_CLAUSE_PENALTY = 0.3;

/** Score taken off an event dated only by its context, not by words of its own: less than a forecast's discount. */
const CONTEXT_DAY_PENALTY = 0.2;

/** Score added to an entry flagged as the main development ("BREAKING:"): more than a context day's penalty, less than one more outlet. */
const URGENT_BONUS = 0.3;

const URGENT_LABEL: Record<Lang, RegExp> = {
  fr: urgentLabelPattern('fr'),
  en: urgentLabelPattern('en'),
};

function urgentLabelPattern(lang: Lang): RegExp {
  const labels = [...dateWords[lang].urgentLabels].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`^\\s*(?:${labels.join('|')})\\s*[:—–]`, 'iu');
}

/** Whether a sentence opens with a label flagging it as the outlet's main development (see `urgentLabels`), past any clock stamp. */
function flaggedUrgent(text: string, lang: Lang): boolean {
  return URGENT_LABEL[lang].test(withoutLeadingMarks(text));
}

/** Weight taken off a sentence that is wholly someone's words, as off one opening with a quotation. */
const SPOKEN_PENALTY = 0.3;
/** Weight added to a sentence that revises a figure: less than one more outlet. */
const REVISION_BONUS = 0.2;

/** A report reads better than a quotation, and a sentence that names its subject better than one that says "il". */
function readability(u: UnitTerms): number {
  let w = 1;
  if (!u.unit.balancedQuotes) w -= 0.4;
  if (opensWithQuote(u.unit.text)) w -= 0.3;
  if (opensWithAnaphor(u.unit.text, u.unit.lang)) w -= 0.3;
  return w;
}
