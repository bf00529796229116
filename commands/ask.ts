/** /ask question:<text> — the best passages for a free question, each with its citation. */
import type { Article } from '../src/corpus/article.js';
import { defineCommand } from '../src/engine/commandDefinition.js';
import { hitsToResults } from '../src/engine/passageResults.js';
import { t } from '../src/i18n/messages.js';
import { escapeRegExp } from '../src/text/normalize.js';
import { datelineLength, isListItem, liveStampMinutes, withoutDateline } from '../src/text/dateline.js';
import { baseForm, contentWords, isStopword, stem, tokenize } from '../src/text/analyzer.js';
import { causeNouns, causeWording, clockTimes, recencyWords, movementWords, reasonVerbs, countedNoun, countUnits, deadlineSpans, expectedFigureWords, numberWords, placePrepositions, questionFrames, reasonWords, scoreLines, topicFamilies, verbFamilies, weakReasonWords, whoIsRole, type AnswerType } from '../src/lang/questions.js';
import { dateWords } from '../src/lang/dates.js';
import { quotePairs } from '../src/lang/speech.js';
import type { Passage, PassageHit } from '../src/search/passageIndex.js';
import { readDates } from '../src/timeline/readDates.js';
import { linkedTerms, translatedQuery } from '../src/text/translate.js';
import { titleWordPairs } from '../src/lang/translations.js';
import { quoteStore } from '../src/quotes/quoteStore.js';
import { closesSingle, opensSingle } from '../src/quotes/quoteMarks.js';
import { answeredQuestion, DIALOGUE_DASH, namedAnswerSpeakers, withAnswerLabel, withoutInterviewLabel } from '../src/text/interview.js';
import type { Engine } from '../src/engine/engine.js';
import { speaksOfItself } from '../src/summary/textUnits.js';

/** Passages shown for one question. */
export const ASK_RESULTS = 5;

/** Among hits scoring at least this share of the best one, those holding the kind of answer asked for come first. */
export const ANSWER_TYPE_SHARE = 0.1;

/** A passage next to a close match (same article, one sentence away) that holds the answer asked for is offered at this share of its score. */
export const NEIGHBOUR_SHARE = 0.5;

const LANGS = ['fr', 'en'] as const;
const NUMBER_WORDS = new Set([...numberWords.fr, ...numberWords.en]);
const holdsNumber = (text: string) => /\d/.test(text) || tokenize(text).some((w) => NUMBER_WORDS.has(w.toLowerCase()));
/** Whether a text gives a result between two sides ("2-1", "(1-2)", "2 à 1", "by two goals to one"; see `scoreLines`). */
export const holdsScore = (text: string) => scoreLines.test(text);
/** Whether a text gives a figure as expected, not decided ("up to 20,000 euros", « risque jusqu'à six matches »; see `expectedFigureWords`). */
const expectsFigure = (text: string) => expectedFigureWords.fr.test(text) || expectedFigureWords.en.test(text);

/** A person's name: two or more capitalised words in a row ("Anne Roy", "Jean-Paul de Vries" is read as "Jean-Paul"). */
const NAME = String.raw`\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)+`;
const NAMES = new RegExp(NAME, 'gu');
/** The names of persons in a text: capitalised words in a row, two at least once a leading stopword is set aside ("Selon Norrail", "On Monday" are not names). */
const namesIn = (text: string): string[][] =>
  [...text.matchAll(NAMES)]
    .map((m) => {
      const words = m[0].split(/\s+/);
      while (words.length && isStopword(baseForm(words[0]))) words.shift();
      return words.map(baseForm);
    })
    .filter((words) => words.length >= 2);
const holdsName = (text: string) => namesIn(text).length > 0;

/** A word's stems in both languages: the corpus language of a passage is not the question's. */
const stemsOf = (word: string): string[] => LANGS.map((lang) => stem(baseForm(word), lang));
const FAMILY_STEMS = verbFamilies.map((family) => new Set(family.flatMap(stemsOf)));

const TOPIC_FAMILY_STEMS = topicFamilies.map((family) => new Set(family.flatMap(stemsOf)));
/** The topic family a word belongs to (see `topicFamilies`), or -1. */
const topicFamilyOf = (word: string): number => TOPIC_FAMILY_STEMS.findIndex((stems) => stemsOf(word).some((s) => stems.has(s)));
/** The words of a topic family the corpus holds, one per stem. */
function heldFamilyWords(engine: Engine, family: number): string[] {
  const seen = new Set<string>();
  const held: string[] = [];
  for (const member of topicFamilies[family].map(baseForm)) {
    const key = stemsOf(member).join(' ');
    if (seen.has(key) || engine.unknownWords(member).length > 0) continue;
    seen.add(key);
    held.push(member);
  }
  return held;
}

/**
 * The searches for a question's words: the words themselves, and the words with each one of a
 * topic family (see `topicFamilies`) replaced by another word of its family the corpus holds
 * ("people died" → "people killed", "people death", "people toll"). A family word the corpus
 * never holds is searched for only through its family, not through words spelt like it.
 */
export function familySearches(engine: Engine, search: string): string[] {
  const words = contentWords(search);
  const searches = new Set<string>();
  let keepOwn = true;
  words.forEach((word, i) => {
    const family = topicFamilyOf(word);
    if (family < 0) return;
    const held = heldFamilyWords(engine, family);
    if (held.length > 0 && engine.unknownWords(word).length > 0) keepOwn = false;
    for (const other of held) searches.add(words.map((w, j) => (j === i ? other : w)).join(' '));
  });
  return keepOwn || searches.size === 0 ? [search, ...searches] : [...searches];
}

/** A passage found by the question's words translated counts at this share of its score: one as good in the question's own words comes first. */
export const TRANSLATED_SHARE = 0.9;

/**
 * The passages for a question's words and their families (see `familySearches`), and for its
 * words translated into the other language (see `translatedQuery`, one search more), each at its best score.
 */
export function searchWithFamilies(engine: Engine, search: string, limit: number): PassageHit[] {
  const best = new Map<number, PassageHit>();
  const keep = (hit: PassageHit) => {
    const known = best.get(hit.passage.id);
    if (!known || hit.score > known.score) best.set(hit.passage.id, hit);
  };
  for (const query of familySearches(engine, search)) {
    for (const hit of engine.search(query, { limit })) keep(hit);
    // A family word of one language with the other words translated: "deal include" finds « L'accord prévoit : ».
    const translated = translatedQuery(query);
    if (translated) for (const hit of engine.search(translated, { limit })) keep({ ...hit, score: hit.score * TRANSLATED_SHARE });
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.passage.id - b.passage.id).slice(0, limit);
}

/**
 * A "why" or "what caused" question's words with the words a cause is named by (see `causeNouns`, `reasonVerbs`,
 * `causeWording`) it does not hold already: « Pourquoi le train a-t-il déraillé ? » is answered by « … sur les causes de
 * l'accident », "What caused the blast?" by "the blast was blamed on…", neither of which repeats the question's verb.
 */
export function withCauseNouns(search: string, answer: AnswerType | null): string {
  if (answer !== 'reason') return search;
  const held = new Set(contentWords(search).flatMap(stemsOf));
  const causeWords = [...causeNouns.fr, ...causeNouns.en, ...reasonVerbs.fr, ...reasonVerbs.en, ...causeWording.fr.words, ...causeWording.en.words].map(baseForm);
  const added: string[] = [];
  for (const word of causeWords) {
    const stems = stemsOf(word);
    if (stems.some((s) => held.has(s))) continue;
    stems.forEach((s) => held.add(s));
    added.push(word);
  }
  return added.length ? `${search} ${added.join(' ')}` : search;
}

/** List items shown after their lead-in line at most. */
export const LIST_ITEMS_SHOWN = 8;

/** A line that introduces a list: it ends with a colon (« L'accord prévoit : », "The plan includes:"). */
const isLeadIn = (text: string) => /:\s*$/u.test(text);

/**
 * A list is read with the line that leads into it: a lead-in line found (« L'accord prévoit : ») is
 * shown with the items under it, and an item found alone ("- 3,000 extra posts by 2029") with its
 * lead-in before it; a list is shown once, at the place of its best hit.
 */
export function withListLeadIns(engine: Engine, hits: PassageHit[]): PassageHit[] {
  const shown = new Set<string>();
  const out: PassageHit[] = [];
  for (const hit of hits) {
    const { articleId } = hit.passage;
    const paragraphs = engine.article(articleId)?.paragraphs ?? [];
    const own = paragraphs[hit.passage.paragraph]?.text ?? '';
    // The lead-in of the list this passage opens or belongs to.
    let lead = hit.passage.paragraph;
    if (isListItem(own)) while (lead > 0 && isListItem(paragraphs[lead - 1]?.text ?? '')) lead--;
    if (isListItem(own)) lead--;
    const leadIn = paragraphs[lead];
    const items: string[] = [];
    for (let i = lead + 1; leadIn && isLeadIn(leadIn.text) && i < paragraphs.length && isListItem(paragraphs[i].text) && items.length < LIST_ITEMS_SHOWN; i++) items.push(paragraphs[i].text.trim());
    if (!leadIn || items.length === 0 || (lead !== hit.passage.paragraph && !isListItem(own))) {
      out.push(hit);
      continue;
    }
    const key = `${articleId}#${lead}`;
    if (shown.has(key)) continue;
    shown.add(key);
    out.push({ ...hit, passage: { ...hit.passage, text: [leadIn.text.trim(), ...items].join('\n') } });
  }
  return out;
}

/** Folded words ("mene") as the user typed them ("mène"), for a notice that quotes the question. */
export function asTyped(search: string, folded: string[]): string[] {
  const typed = tokenize(search);
  return folded.map((w) => typed.find((token) => baseForm(token) === w) ?? w);
}

/** The question's words in no passage, leaving out those a word of their topic family or a translation stands for. */
export function missingWords(engine: Engine, search: string): string[] {
  return engine.unknownWords(search).filter((word) => {
    const family = topicFamilyOf(word);
    if (family >= 0 && heldFamilyWords(engine, family).length > 0) return false;
    // Looked up as typed: a French participle is told by its accent (« entrés »).
    return !linkedTerms(asTyped(search, [word])[0]).some((t) => engine.unknownWords(t.word).length === 0);
  });
}

/**
 * For a "who" question ("Qui remplace Anne Roy ?", "Who succeeded the mayor?"): the names it asks
 * about and the stems of its other words with their families (remplace → remplacé, remplaçant,
 * successeur, replace). A passage holding one of these stems and another person's name than the
 * ones asked about is likely the answer ("Anne Roy a été remplacée par Marc Lenoir").
 */
export function whoVerb(question: string): { names: Set<string>; stems: Set<string>; words: string[] } | null {
  const { answer, search, role } = readQuestion(question);
  if (answer !== 'person' || role) return null;
  // The names asked about: every capitalised word left once the frame is out ("Roussillon", "Anne Roy").
  const names = new Set(tokenize(search).filter((w) => /^\p{Lu}/u.test(w)).map(baseForm).filter((w) => !isStopword(w)));
  const stems = new Set<string>();
  const words = new Set<string>();
  for (const word of contentWords(search)) {
    if (names.has(word) || /^\d+$/.test(word)) continue;
    words.add(word);
    for (const s of stemsOf(word)) {
      stems.add(s);
      verbFamilies.forEach((family, i) => {
        if (!FAMILY_STEMS[i].has(s)) return;
        for (const f of FAMILY_STEMS[i]) stems.add(f);
        for (const w of family) words.add(w);
      });
    }
    // A word of a topic family is told by any of its family: "Who owns the mill?" is answered by "the mill's owner, X".
    const family = topicFamilyOf(word);
    if (family >= 0) for (const f of TOPIC_FAMILY_STEMS[family]) stems.add(f);
  }
  return stems.size > 0 ? { names, stems, words: [...words] } : null;
}

/**
 * For a "who <verb>" question, the passages holding the verb's family and another name, searched
 * for by the verb alone: the name asked about outweighs the verb in the search, and the answer
 * often names the person asked about by a pronoun ("Il a été remplacé par Marc Lenoir"). They join
 * the hits at NEIGHBOUR_SHARE of the best score, in their own order.
 */
export function withVerbAnswers(engine: Engine, question: string, hits: PassageHit[]): PassageHit[] {
  const verb = whoVerb(question);
  if (!verb || hits.length === 0 || verb.names.size === 0) return hits;
  // Only for a person the corpus speaks of: a name it never holds asks about another story.
  if (!hits.some((h) => [...verb.names].every((w) => contentWords(h.passage.text).includes(w)))) return hits;
  const seen = new Set(hits.map((h) => h.passage.id));
  const found = engine.search(verb.words.join(' '), { limit: ASK_RESULTS * 4 }).filter((h) => !seen.has(h.passage.id) && answersWho(h.passage.text, verb));
  if (found.length === 0) return hits;
  const scale = (hits[0].score * NEIGHBOUR_SHARE) / found[0].score;
  return [...hits, ...found.map((h) => ({ ...h, score: h.score * scale }))].sort((a, b) => b.score - a.score);
}

/** Whether a passage answers a "who <verb>" question: it holds the verb's family and a name not asked about. */
export function answersWho(text: string, verb: { names: Set<string>; stems: Set<string> }): boolean {
  if (!contentWords(text).some((w) => stemsOf(w).some((s) => verb.stems.has(s)))) return false;
  return namesIn(text).some((name) => !name.every((w) => verb.names.has(w)));
}
const PLACE_RE = new RegExp(
  String.raw`(?:^|[\s(])(?:${[...placePrepositions.fr, ...placePrepositions.en].map((p) => escapeRegExp(p) + (/['’]$/.test(p) ? '' : String.raw`\s+`)).join('|')})\p{Lu}\p{Ll}`,
  'u',
);
const TIME_OF_DAY = new RegExp(String.raw`(?<![\p{L}])(?:${[...dateWords.fr.timesOfDay, ...dateWords.en.timesOfDay].map(escapeRegExp).join('|')})(?![\p{L}])`, 'iu');

/**
 * What a question asks for, the words to search for (the question's frame left out), for "who is the <role>" the role,
 * whether it is all frame ("Quand ?", "What was the score?"), and whether it asks for the latest figure or news (see `recencyWords`).
 */
export interface QuestionReading {
  answer: AnswerType | null;
  search: string;
  role: string | null;
  bare: boolean;
  latest: boolean;
}

/** The last question read: one /ask reads its question in several steps. */
let lastReading: { question: string; reading: QuestionReading } | null = null;

export function readQuestion(question: string): QuestionReading {
  if (lastReading?.question !== question) lastReading = { question, reading: parseQuestion(question) };
  return lastReading.reading;
}

function parseQuestion(question: string): QuestionReading {
  let answer: AnswerType | null = null;
  let latest = false;
  let search = question;
  for (const lang of LANGS) {
    for (const frame of questionFrames[lang]) {
      if (!frame.pattern.test(search)) continue;
      if (frame.answer && !answer) answer = frame.answer;
      if (frame.latest) latest = true;
      search = search.replace(new RegExp(frame.pattern.source, frame.pattern.flags.includes('g') ? frame.pattern.flags : frame.pattern.flags + 'g'), ' ');
    }
  }
  let role: string | null = null;
  for (const lang of LANGS) role ??= whoIsRole[lang].exec(question)?.groups?.role ?? null;
  // "What is the latest toll?", « le dernier bilan »: the latest figure is asked for.
  if (latest && !answer && namesFigure(search)) answer = 'quantity';
  // A question that is all frame ("Quand ?") searches for what it says.
  const bare = contentWords(search).length === 0;
  if (bare) search = question;
  return { answer, search: search.replace(/\s+/g, ' ').trim(), role, bare, latest };
}

/** Whether a passage holds the kind of answer asked for: 2 the very kind (a clock time for "what time"), 1 a near kind (a date), 0 none. */
export function answerStrength(answer: AnswerType, passage: Pick<Passage, 'text' | 'lang'>, published: string | null = null): number {
  const { text } = passage;
  switch (answer) {
    case 'clock':
      if (clockTimes.fr.test(text) || clockTimes.en.test(text)) return 2;
      return readDates(text, passage.lang, published).length > 0 || TIME_OF_DAY.test(text) ? 1 : 0;
    case 'time':
      return readDates(text, passage.lang, published).length > 0 || clockTimes.fr.test(text) || clockTimes.en.test(text) ? 2 : TIME_OF_DAY.test(text) ? 1 : 0;
    case 'deadline': {
      // A span to act within ("within 90 days") or a date after publication ("until March 2"); any other date is a near kind.
      if (deadlineSpans.fr.test(text) || deadlineSpans.en.test(text)) return 2;
      const dates = readDates(text, passage.lang, published);
      return dates.some((d) => published !== null && d.date > published.slice(0, d.date.length)) ? 2 : dates.length > 0 ? 1 : 0;
    }
    case 'said':
      return quoteMarks(text).length > 0 ? 2 : 0;
    case 'quantity':
      return holdsNumber(text) ? 2 : 0;
    case 'place':
      // Where the wire filed from ("ROUVRAY, Feb 14 (Reuters) - ") is most often where the event took place: a near kind.
      return PLACE_RE.test(text) ? 2 : datelineLength(text) > 0 ? 1 : 0;
    case 'person':
      return holdsName(text) ? 2 : 0;
    case 'reason':
      if (reasonWords.fr.test(text) || reasonWords.en.test(text) || causeWording.fr.pattern.test(text) || causeWording.en.pattern.test(text)) return 2;
      return weakReasonWords.fr.test(text) || weakReasonWords.en.test(text) ? 1 : 0;
    case 'score':
      return holdsScore(text) ? 2 : 0;
    case 'movement': {
      // A figure and a verb of rise or fall (« a bondi de 1,8 % ») is the movement; either alone is a near kind.
      const figure = movementWords.figure.test(text);
      const verb = movementWords.fr.test(text) || movementWords.en.test(text);
      return figure && verb ? 2 : figure || verb ? 1 : 0;
    }
  }
}

/** Whether a passage names a place only in its dateline ("ROUVRAY (AFP) - Un incendie s'est déclaré…"): for "where", it is shown with it. */
export const placeOnlyInDateline = (text: string) => datelineLength(text) > 0 && !PLACE_RE.test(withoutDateline(text));

/** Whether the role stands next to a name: "la médiatrice, Anne Roy," "Anne Roy, the mediator," "mediator Anne Roy". */
export function namesRole(text: string, role: string): boolean {
  const r = role.trim().split(/\s+/).map(escapeRegExp).join(String.raw`\s+`);
  // The role's place may stand between ("la maire de Port-Lannic, Anne Roy", "the mayor of Lannic, Anne Roy").
  const after = new RegExp(String.raw`^(?:\s+(?:de|du|des|of)\s+(?:the\s+|la\s+|le\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?|\s+d['’]\p{Lu}[\p{L}'’-]*)?\s*,?\s*${NAME}`, 'u');
  const before = new RegExp(String.raw`${NAME}\s*,\s*(?:(?:the|le|la|les|l'|l’|a|an|une?|notre|our|its)\s*)?$`, 'u');
  for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}])${r}(?![\p{L}])`, 'giu'))) {
    if (after.test(text.slice(m.index + m[0].length)) || before.test(text.slice(0, m.index))) return true;
  }
  return false;
}

const TITLE_PAIRS = titleWordPairs.map(([fr, en]) => ({ fr, en, pattern: new RegExp(String.raw`(?<![\p{L}])(?:${escapeRegExp(fr)}|${escapeRegExp(en)})s?(?![\p{L}])`, 'iu') }));

/**
 * For a "who" question, a close match that tells who by a role only ("after the mayor of Lannic refused to let it
 * dock"): the passages naming that role next to a name (« a déclaré la maire de Lannic, Anne Roy »; see
 * `titleWordPairs`, `namesRole`) join the hits right after it, at its score: the user asked for a person.
 */
export function withNamedRoles(engine: Engine, question: string, hits: PassageHit[]): PassageHit[] {
  const { answer, role, search } = readQuestion(question);
  if (answer !== 'person' || role || hits.length === 0) return hits;
  const asked = new Set(tokenize(search).filter((w) => /^\p{Lu}/u.test(w)).map(baseForm));
  const namesOther = (text: string) => namesIn(text).some((name) => !name.every((w) => asked.has(w)));
  const floor = hits[0].score * ANSWER_TYPE_SHARE;
  const seen = new Set(hits.map((h) => h.passage.id));
  const added: PassageHit[] = [];
  for (const hit of hits.slice(0, ASK_RESULTS)) {
    if (hit.score < floor || namesOther(hit.passage.text)) continue;
    for (const title of TITLE_PAIRS) {
      if (!title.pattern.test(hit.passage.text)) continue;
      const named = engine
        .search(`${title.fr} ${title.en} ${search}`, { limit: ASK_RESULTS * 4 })
        .find((h) => !seen.has(h.passage.id) && (namesRole(h.passage.text, title.fr) || namesRole(h.passage.text, title.en)) && namesOther(h.passage.text));
      if (!named) continue;
      seen.add(named.passage.id);
      added.push({ ...named, score: hit.score });
      break;
    }
  }
  return added.length ? [...hits, ...added].sort((a, b) => b.score - a.score) : hits;
}

/** An interview's question line ("Q : …", "— … ?"): a question, not an answer. */
const isQuestionLine = (text: string) => /^\s*(?:Q|Question)\s*[:.–—-]/u.test(text) || /\?\s*[»"”]?\s*$/u.test(text);

/**
 * Answer typing, as in question-answering systems: among the close matches (at least
 * ANSWER_TYPE_SHARE of the best score), passages holding the kind of answer asked for come first
 * (a number for "how many", a clock time then a date for "what time", a name next to the role for
 * "who is the <role>"), the order otherwise kept. Question lines go after the answers, and so do sentences in
 * which the article speaks of itself ("We asked X what happens next.", « Voici ce que l'on sait »): they answer nothing.
 */
export function byAnswerType(question: string, hits: PassageHit[], publishedOf: (articleId: string) => string | null = () => null): PassageHit[] {
  const { answer, role } = readQuestion(question);
  const verb = whoVerb(question);
  const counted = answer === 'quantity' ? countedStems(question) : new Set<string>();
  const floor = (hits[0]?.score ?? 0) * ANSWER_TYPE_SHARE;
  const rank = (h: PassageHit): number => {
    if (isQuestionLine(h.passage.text) || speaksOfItself(h.passage.text, h.passage.lang)) return -1;
    if (h.score < floor) return 0;
    if (role && namesRole(h.passage.text, role)) return 3;
    if (verb && answersWho(h.passage.text, verb)) return 3;
    // A count of the thing asked ("203 députés", "201 votes") is the very answer to "how many"; any number is a near kind.
    if (givesCount(h.passage.text, counted)) return 3;
    return answer ? answerStrength(answer, h.passage, publishedOf(h.passage.articleId)) : 0;
  };
  // A word of a topic family names what is asked ("Que réclament les médecins ?"): among close matches of one kind, those holding its family come first.
  const families = [...new Set(contentWords(readQuestion(question).search).map(topicFamilyOf).filter((f) => f >= 0))];
  const onFamily = (h: PassageHit) => h.score >= floor && families.length > 0 && families.every((f) => contentWords(h.passage.text).some((w) => topicFamilyOf(w) === f));
  const ranks = new Map(hits.map((h) => [h, rank(h) * 2 + (rank(h) >= 0 && onFamily(h) ? 1 : 0)]));
  return [...hits].sort((a, b) => ranks.get(b)! - ranks.get(a)!);
}

/** A publication time's offset from UTC as printed ("Z", "+02:00"), or '' when it gives none. */
const UTC_OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/u;

/**
 * When a passage was posted: its article's publication, at the clock stamp of its live-blog entry when it has one
 * ("18h47 — ", read in the publication's zone). In UTC when the publication gives its zone, so that outlets in
 * different zones compare ("19:00+02:00" is before "17:30Z"). Sorts as text; '' when unknown.
 */
export function postedAt(engine: Engine, passage: Passage): string {
  const article = engine.article(passage.articleId);
  const published = article?.published ?? '';
  const paragraph = article?.paragraphs[passage.paragraph]?.text ?? passage.text;
  const minutes = published ? liveStampMinutes(paragraph) : null;
  const clock = minutes === null ? published.slice(11, 16) : `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  const local = clock ? `${published.slice(0, 10)}T${clock}` : published.slice(0, 16);
  const offset = clock ? UTC_OFFSET.exec(published)?.[0] : undefined;
  const instant = offset ? Date.parse(`${local}:00${offset === 'Z' || offset.includes(':') ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`}`) : NaN;
  return Number.isNaN(instant) ? local : new Date(instant).toISOString().slice(0, 16);
}

/**
 * The stems, in both languages, of the noun a "how many" question counts and of its translations (see
 * `countedNoun`, `linkedTerms`): « Combien d'objets ont été remontés ? » is answered by "112 objects
 * have now been recovered", which holds no word of the verb.
 */
function countedStems(question: string): Set<string> {
  const noun = LANGS.map((lang) => countedNoun[lang].exec(question)?.groups?.noun).find((n) => n !== undefined);
  if (!noun || contentWords(noun).length === 0) return new Set();
  // "How many deputies voted?" is answered by a number of votes (see `countUnits`).
  return new Set([...stemsOf(noun), ...linkedTerms(noun).map((l) => l.term), ...countUnitsAsked(question).flatMap(stemsOf)]);
}

/** The units a "how many" question's verb is counted in (see `countUnits`): « voix », "votes" for "How many deputies voted?". */
function countUnitsAsked(question: string): string[] {
  if (!LANGS.some((lang) => countedNoun[lang].test(question))) return [];
  const asked = new Set(contentWords(question).flatMap(stemsOf));
  return countUnits.filter(({ verbs }) => verbs.some((v) => stemsOf(baseForm(v)).some((s) => asked.has(s)))).flatMap(({ units }) => units.map(baseForm));
}

/**
 * A "how many" question's words with the units its verb is counted in (see `countUnits`) it does not hold already:
 * « Combien de députés ont voté ? » is answered by « La motion a recueilli 203 voix », which names no deputy.
 */
export function withCountUnits(search: string, question: string): string {
  const held = new Set(contentWords(search).flatMap(stemsOf));
  const added = [...new Set(countUnitsAsked(question))].filter((u) => !stemsOf(u).some((s) => held.has(s)));
  return added.length ? `${search} ${added.join(' ')}` : search;
}

const FIGURE_STEMS = new Set([...recencyWords.fr.figures, ...recencyWords.en.figures].flatMap(stemsOf));
/** Whether a question's words name a figure ("toll", « bilan »; see `recencyWords`). */
const namesFigure = (search: string) => contentWords(search).some((w) => stemsOf(w).some((s) => FIGURE_STEMS.has(s)));

/** Words between a number and the noun it counts ("more than 140 objects", « une trentaine de blessés »). */
const COUNT_GAP = 3;

/** Whether a text gives a number of the counted noun: a number among the few words before it ("112 objects", « Trente-huit objets »). */
function countsNoun(text: string, counted: Set<string>): boolean {
  if (counted.size === 0) return false;
  const words = tokenize(text);
  return words.some((w, i) => stemsOf(w).some((s) => counted.has(s)) && words.slice(Math.max(0, i - COUNT_GAP), i).some((b) => /\d/.test(b) || NUMBER_WORDS.has(b.toLowerCase())));
}

/**
 * Whether a text answers a "how many" question with a count: a number of the counted noun (see `countsNoun`),
 * or a number with a word naming a tally ("The death toll rose to 41", « le bilan s'établit à 8 morts »; see
 * `recencyWords`). A number of something else ("the nine parties", "in 2022") gives no count of it.
 */
function givesCount(text: string, counted: Set<string>): boolean {
  if (counted.size === 0) return false;
  if (countsNoun(text, counted)) return true;
  if (!holdsNumber(text)) return false;
  // A word of the counted noun's topic family with a number counts it too: « Combien de morts ? » is answered by "killed three".
  const families = new Set([...counted].map(topicFamilyOfStem).filter((f) => f >= 0));
  return namesFigure(text) || (families.size > 0 && contentWords(text).some((w) => families.has(topicFamilyOf(w))));
}

/** The topic family a stem belongs to (see `topicFamilies`), or -1. */
const topicFamilyOfStem = (stem: string): number => TOPIC_FAMILY_STEMS.findIndex((stems) => stems.has(stem));

/**
 * A figure changes over days (a toll of two, then three, then four; a score of 1-0, then 1-2): for
 * a "how many" or "what score" question, or one asking for the latest ("What's the latest on the strike?", see `recencyWords`), among the close matches giving a number (a score) on the
 * question's subject (a word of its topic family, see `topicFamilies`, or else all of its words),
 * the most recently posted come first, in the places those matches held; the others keep theirs.
 * Among those posted at the same time, a decided figure comes before an expected one ("up to",
 * « risque », see `expectedFigureWords`). A reader wants the latest decided figure.
 */
export function latestFiguresFirst(engine: Engine, question: string, hits: PassageHit[]): PassageHit[] {
  const { answer, search, bare, latest: asksLatest } = readQuestion(question);
  if ((answer !== 'quantity' && answer !== 'score' && !asksLatest) || hits.length === 0) return hits;
  // "What's the latest on the strike?" asks for the latest news of any kind.
  const holdsFigure = answer === 'score' ? holdsScore : answer === 'quantity' ? holdsNumber : () => true;
  const families = new Set(contentWords(search).map(topicFamilyOf).filter((f) => f >= 0));
  const counted = countedStems(question);
  const onSubject = (h: PassageHit) =>
    families.size > 0
      ? [...families].every((f) => contentWords(h.passage.text).some((w) => topicFamilyOf(w) === f))
      : bare || h.coverage >= 1 || (counted.size > 0 && contentWords(h.passage.text).some((w) => stemsOf(w).some((s) => counted.has(s))));
  const floor = Math.max(...hits.map((h) => h.score)) * ANSWER_TYPE_SHARE;
  // A passage counting the very thing asked about ("112 objects") answers however far its other words are
  // from the question's: another language's report scores low on words it says otherwise.
  const close = new Set(hits.filter((h) => !isQuestionLine(h.passage.text) && h.score >= floor && holdsFigure(h.passage.text) && onSubject(h)));
  // Only in a language no close match is in: in the question's own words, a passage scoring that low
  // counts something else ("three skiers were still missing" for "how many skiers were swept away").
  const closeLangs = new Set([...close].map((h) => h.passage.lang));
  // Where close matches give a count of the thing asked (see `givesCount`), only those are the figures: a number of something else is no older figure of it.
  const counting = answer === 'quantity' ? hits.filter((h) => !isQuestionLine(h.passage.text) && h.score >= floor && givesCount(h.passage.text, counted)) : [];
  const figures =
    counting.length >= 2
      ? counting
      : hits.filter((h) => close.has(h) || (answer === 'quantity' && !isQuestionLine(h.passage.text) && !closeLangs.has(h.passage.lang) && countsNoun(h.passage.text, counted)));
  if (figures.length < 2) return hits;
  const posted = new Map(figures.map((h) => [h, postedAt(engine, h.passage)]));
  const expected = new Map(figures.map((h) => [h, expectsFigure(h.passage.text) ? 1 : 0]));
  const latest = [...figures].sort((a, b) => posted.get(b)!.localeCompare(posted.get(a)!) || expected.get(a)! - expected.get(b)!);
  let next = 0;
  return hits.map((h) => (posted.has(h) ? latest[next++] : h));
}

/**
 * For a question asking for a kind of answer, the sentences right before and after each close
 * match in its article that hold that answer ("The thieves broke in. It was 3:40 a.m.") join the
 * hits at NEIGHBOUR_SHARE of the match's score: the answer is often told one sentence away from
 * the words of the question.
 */
export function withNeighbours(engine: Engine, question: string, hits: PassageHit[]): PassageHit[] {
  const { answer } = readQuestion(question);
  if (!answer || hits.length === 0) return hits;
  const floor = hits[0].score * ANSWER_TYPE_SHARE;
  const seen = new Set(hits.map((h) => h.passage.id));
  const added: PassageHit[] = [];
  for (const hit of hits.slice(0, ASK_RESULTS * 2)) {
    if (hit.score < floor) break;
    const published = engine.article(hit.passage.articleId)?.published ?? null;
    if (answerStrength(answer, hit.passage, published) === 2) continue;
    const passages = engine.index.passagesOfArticle(hit.passage.articleId);
    const at = passages.findIndex((p) => p.id === hit.passage.id);
    for (const next of [passages[at - 1], passages[at + 1]]) {
      if (!next || next.heading || seen.has(next.id) || isQuestionLine(next.text)) continue;
      if (answerStrength(answer, next, published) < 2) continue;
      seen.add(next.id);
      // A neighbour joins as a close match, as the match it is found by: never below the floor of close matches.
      added.push({ passage: next, score: Math.max(hit.score * NEIGHBOUR_SHARE, floor), phrase: false, coverage: 0 });
    }
  }
  return [...hits, ...added].sort((a, b) => b.score - a.score);
}

/**
 * Whether a passage says nothing the question does not: no content word of its own ("J'en ai acheté." for "Que faire si j'en ai acheté ?"),
 * a list number leading it ("1.", "3. J'en ai acheté.") aside. A figure the question does not give is something new:
 * « Jusqu'à 300 postes sont supprimés. » answers « postes supprimés ».
 */
export function saysNothingNew(text: string, question: string): boolean {
  const asked = new Set(contentWords(question).flatMap(stemsOf));
  return contentWords(text.replace(LIST_NUMBER, '')).every((w) => stemsOf(w).some((s) => asked.has(s)));
}

/** A list number leading a line ("1.", "3) "). */
const LIST_NUMBER = /^\s*\d+\s*[.)](?=\s|$)/u;

/** Words at most in a Q&A article's question heading ("3. J'en ai acheté. Que faire ?"). */
export const QUESTION_HEADING_WORDS = 20;

/** A short paragraph asking a question, not opening a quotation: a Q&A article's question heading. */
const isQuestionHeading = (paragraph: string) =>
  isQuestionLine(paragraph) && !/^\s*(?:\d+[.)]\s*)?[«"“]/u.test(paragraph) && tokenize(paragraph).length <= QUESTION_HEADING_WORDS;

/**
 * A passage that says nothing beyond the question (a list number, "J'en ai acheté." for "Que faire si
 * j'en ai acheté ?"), or that is part of a question heading ("3. J'en ai acheté. Que faire ?"), yields its place to the answer that follows it: the next passage
 * of its article, within the next paragraph, that is no question line and says something new, at NEIGHBOUR_SHARE of its score.
 */
export function answersAfterHeadings(engine: Engine, question: string, hits: PassageHit[]): PassageHit[] {
  const out: PassageHit[] = [];
  const seen = new Set<number>();
  const push = (h: PassageHit) => {
    if (seen.has(h.passage.id)) return;
    seen.add(h.passage.id);
    out.push(h);
  };
  const ids = new Set(hits.map((h) => h.passage.id));
  for (const hit of hits) {
    const paragraph = engine.article(hit.passage.articleId)?.paragraphs[hit.passage.paragraph]?.text ?? '';
    if (!saysNothingNew(hit.passage.text, question) && !isQuestionHeading(paragraph)) {
      push(hit);
      continue;
    }
    const passages = engine.index.passagesOfArticle(hit.passage.articleId);
    const at = passages.findIndex((p) => p.id === hit.passage.id);
    const next = passages
      .slice(at + 1)
      .filter((p) => p.paragraph <= hit.passage.paragraph + 1)
      .find((p) => !p.heading && !isQuestionLine(p.text) && !saysNothingNew(p.text, question));
    // The answer found joins at NEIGHBOUR_SHARE of the heading's score, unless it is a match of its own.
    if (next && !ids.has(next.id)) push({ ...hit, passage: next, score: hit.score * NEIGHBOUR_SHARE });
  }
  return out.sort((a, b) => b.score - a.score);
}

/** Quotation marks (see `quotePairs`): those that open, those that close, those that do both (a straight double quote). */
const PAIRS = quotePairs.filter((p) => !p.single);
const SELF_CLOSING = new Set(PAIRS.filter((p) => p.close.includes(p.open)).map((p) => p.open));
const OPENING_MARKS = new Set(PAIRS.map((p) => p.open).filter((m) => !SELF_CLOSING.has(m)));
const CLOSING_MARKS = new Set(PAIRS.flatMap((p) => p.close).filter((m) => !SELF_CLOSING.has(m) && !OPENING_MARKS.has(m)));
const QUOTE_MARK = new RegExp(`[${[...OPENING_MARKS, ...CLOSING_MARKS, ...SELF_CLOSING].map(escapeRegExp).join('')}]`, 'gu');

/**
 * The quotation marks of a text, in order, as opening (true) or closing (false): « “ ‹ open, » ” ›
 * close; a straight double quote opens after a space, a bracket or at the start and before a
 * non-space, and closes otherwise ("We had to leave," he said).
 */
export function quoteMarks(text: string): boolean[] {
  const marks: boolean[] = [];
  for (const m of text.matchAll(QUOTE_MARK)) marks.push(opensAt(text, m.index));
  return marks;
}

/** Whether the double quotation mark at `i` opens (rather than closes) a quotation. */
function opensAt(text: string, i: number): boolean {
  if (!SELF_CLOSING.has(text[i])) return OPENING_MARKS.has(text[i]);
  return (i === 0 || /[\s([{\u2014\u2013-]/u.test(text[i - 1])) && /\S/u.test(text[i + 1] ?? '');
}

const SINGLE_OPENING = new Set(quotePairs.filter((p) => p.single).map((p) => p.open));
const SINGLE_CLOSING = new Set(quotePairs.filter((p) => p.single).flatMap((p) => p.close));
const ANY_MARK = new RegExp(`${QUOTE_MARK.source}|[${[...SINGLE_OPENING, ...SINGLE_CLOSING].map(escapeRegExp).join('')}]`, 'gu');

/**
 * The quotation marks of a text as `quoteMarks` reads them, with single quotes too where an outlet
 * uses them as quotation marks ('I will not resign. My duty is to stay,' she told…): one with no
 * letter before and a letter after opens, one with no space before and no letter after closes; an
 * apostrophe inside a word (l'enquête, Putin's) is neither.
 */
function quoteMarksWithSingles(text: string): boolean[] {
  const marks: boolean[] = [];
  for (const m of text.matchAll(ANY_MARK)) {
    const ch = m[0];
    if (!SINGLE_OPENING.has(ch) && !SINGLE_CLOSING.has(ch)) marks.push(opensAt(text, m.index));
    else if (SINGLE_OPENING.has(ch) && opensSingle(text, m.index)) marks.push(true);
    else if (SINGLE_CLOSING.has(ch) && closesSingle(text, m.index)) marks.push(false);
  }
  return marks;
}

/** Whether a sentence starts inside a quotation: its first quotation mark closes one ("C'est cela », a-t-elle déclaré"). */
export function startsInsideQuote(text: string): boolean {
  const marks = quoteMarksWithSingles(text);
  return marks.length > 0 && !marks[0];
}

/** Whether a text ends inside a quotation: it opens one it does not close (« La digue n'a pas tenu.). */
export function endsInsideQuote(text: string): boolean {
  let depth = 0;
  for (const opens of quoteMarksWithSingles(text)) depth = opens ? depth + 1 : Math.max(0, depth - 1);
  return depth > 0;
}

/** Sentences a passage may reach back to find the opening of the quotation it ends, or forward to find the close of the one it opens. */
export const QUOTE_REACH = 4;

/**
 * A passage never starts or ends inside a quotation: a sentence that closes a quotation opened
 * earlier in its paragraph is shown from the sentence that opens it (« Il a tiré les conséquences.
 * C'est cela », a-t-elle dit), and one that opens a quotation it does not close is shown to the
 * sentence that closes it, with the attribution that follows (« La digue n'a pas tenu. Nous avons
 * évacué », a déclaré le préfet), each as far as QUOTE_REACH sentences away.
 */
export function wholeQuotations(engine: Engine, hits: PassageHit[]): PassageHit[] {
  return hits.map((hit) => {
    const opensBefore = startsInsideQuote(hit.passage.text);
    if (!opensBefore && !endsInsideQuote(hit.passage.text)) return hit;
    const paragraph = engine.article(hit.passage.articleId)?.paragraphs[hit.passage.paragraph];
    const at = paragraph?.sentences.findIndex((s) => s.index === hit.passage.sentence) ?? -1;
    if (!paragraph || at < 0) return hit;
    const { sentences } = paragraph;
    let from = at;
    if (opensBefore) {
      for (let i = at - 1; i >= Math.max(0, at - QUOTE_REACH); i--) {
        const marks = quoteMarks(sentences[i].text);
        if (marks.filter(Boolean).length > marks.filter((m) => !m).length) {
          from = i;
          break;
        }
      }
    }
    let to = at;
    const textOf = (a: number, b: number) => paragraph.text.slice(sentences[a].start, sentences[b].end);
    while (to + 1 < sentences.length && to - at < QUOTE_REACH && endsInsideQuote(textOf(from, to))) to++;
    // A quotation left open after the reach is not shown longer: the paragraph holds no close for it.
    if (endsInsideQuote(textOf(from, to))) to = at;
    if (from === at && to === at) return hit;
    return { ...hit, passage: { ...hit.passage, text: textOf(from, to) } };
  });
}

/**
 * For a question asking what someone said ("Qu'a dit le ministre ?"): the other quotations, in the
 * same article, of the speaker a close match quotes ("… a salué « une décision historique ». /
 * « L'Europe montre… », a-t-il écrit") join the hits at NEIGHBOUR_SHARE of its score: the
 * speaker is named once, and their words often follow in sentences that say only "il".
 */
export function withSpeakerQuotations(engine: Engine, question: string, hits: PassageHit[]): PassageHit[] {
  if (readQuestion(question).answer !== 'said' || hits.length === 0) return hits;
  const floor = hits[0].score * ANSWER_TYPE_SHARE;
  const store = quoteStore(engine);
  const articles = new Set(hits.filter((h) => h.score >= floor).map((h) => h.passage.articleId));
  const quotations = store.groups.flatMap((g) => g.members.filter((m) => m.speakerRef && articles.has(m.articleId)));
  const seen = new Set(hits.map((h) => h.passage.id));
  const added: PassageHit[] = [];
  for (const hit of hits.slice(0, ASK_RESULTS)) {
    if (hit.score < floor) break;
    const { articleId, paragraph } = hit.passage;
    const speakers = new Set(quotations.filter((m) => m.articleId === articleId && m.paragraph === paragraph).map((m) => m.speakerRef!.id));
    if (speakers.size === 0) continue;
    const sentencesOf = engine.article(articleId)?.paragraphs;
    const passages = engine.index.passagesOfArticle(articleId);
    for (const m of quotations) {
      if (m.articleId !== articleId || m.paragraph === paragraph || !speakers.has(m.speakerRef!.id)) continue;
      const sentence = sentencesOf?.[m.paragraph]?.sentences.find((s) => s.start <= m.start && m.start < s.end);
      const passage = sentence && passages.find((p) => p.paragraph === m.paragraph && p.sentence === sentence.index);
      if (!passage || seen.has(passage.id)) continue;
      seen.add(passage.id);
      added.push({ passage, score: hit.score * NEIGHBOUR_SHARE, phrase: false, coverage: 0 });
    }
  }
  return [...hits, ...added].sort((a, b) => b.score - a.score);
}

/**
 * An interview's answer is shown with the question it answers ("— Nexora a annoncé qu'il ferait
 * appel. Cela change-t-il quelque chose ? — Non, et c'est le point essentiel.", "Qui est
 * responsable ? — Le retard vient des crues."): alone, "— Non." would answer the user's question instead. The answer is shown from its start to the last of its
 * sentences among the hits, once, at the place of its best hit.
 */
export function withAskedQuestions(engine: Engine, hits: PassageHit[]): PassageHit[] {
  const speakers = new Map<string, Map<number, string>>();
  const answerSpeakersOf = (article: Article) => {
    if (!speakers.has(article.id)) speakers.set(article.id, namedAnswerSpeakers(article));
    return speakers.get(article.id)!;
  };
  const last = new Map<string, number>();
  const key = (h: PassageHit) => `${h.passage.articleId}#${h.passage.paragraph}`;
  for (const h of hits) last.set(key(h), Math.max(last.get(key(h)) ?? -1, h.passage.sentence));
  const done = new Set<string>();
  const out: PassageHit[] = [];
  for (const hit of hits) {
    const article = engine.article(hit.passage.articleId);
    const paragraph = article?.paragraphs[hit.passage.paragraph];
    const asked = article && paragraph ? answeredQuestion(article, paragraph.index) : null;
    // The interviewer's question line is no answer: it is shown only before the answer it asks for.
    const next = article?.paragraphs[hit.passage.paragraph + 1];
    if (article && paragraph && next && answeredQuestion(article, next.index) === paragraph.text.trim()) continue;
    if (!asked || !paragraph) {
      // Any sentence of a named interviewee's answer ("Marc Ravenel: … It will not.") is shown with their name: their words, not the outlet's.
      const speaker = article && paragraph ? answerSpeakersOf(article).get(paragraph.index) : undefined;
      out.push(speaker === undefined ? hit : { ...hit, passage: { ...hit.passage, text: withAnswerLabel(speaker, hit.passage.text, hit.passage.lang) } });
      continue;
    }
    if (done.has(key(hit))) continue;
    done.add(key(hit));
    const to = paragraph.sentences.find((s) => s.index === last.get(key(hit))) ?? paragraph.sentences[paragraph.sentences.length - 1];
    const answer = paragraph.text.slice(paragraph.sentences[0]?.start ?? 0, to.end).trim();
    // Labels ("Q : ", "R : ") are taken off and the answer set after a dash, as a dialogue prints it.
    const lang = hit.passage.lang;
    const text = DIALOGUE_DASH.test(answer) ? `${asked} ${answer}` : `${withoutInterviewLabel(asked, lang)} — ${withoutInterviewLabel(answer, lang)}`;
    out.push({ ...hit, passage: { ...hit.passage, text } });
  }
  return out;
}

/**
 * For a question that is all frame asking for a score ("What was the score?"): every passage of the
 * corpus giving a score, headings and question lines left out, all at one score (the order is then
 * the latest first, see `latestFiguresFirst`).
 */
export function scorePassages(engine: Engine): PassageHit[] {
  return engine.index.passages
    .filter((p) => !p.heading && !isQuestionLine(p.text) && holdsScore(p.text))
    .map((passage) => ({ passage, score: 1, phrase: false, coverage: 0 }));
}

export default defineCommand({
  name: 'ask',
  description: {
    fr: 'Les meilleurs passages du corpus pour une question libre, avec leurs sources',
    en: 'The best passages in the corpus for a free question, with their sources',
  },
  options: [
    {
      name: 'question',
      type: 'string',
      required: true,
      maxLength: 500,
      description: { fr: 'Votre question ou des mots-clés', en: 'Your question or keywords' },
    },
  ],
  examples: ['/ask satellites', '/ask question:"vente d\'armes à la Russie"'],
  run(ctx, args) {
    const question = String(args.question ?? '').trim();
    if (!question) return { command: 'ask', query: '', results: [], notice: t(ctx.locale, 'emptyQuery', { example: '/ask satellites' }), error: true };
    if (ctx.engine.articles.length === 0) return { command: 'ask', query: question, results: [], notice: t(ctx.locale, 'emptyCorpus', { dir: ctx.engine.corpusDir }) };
    const { search, answer, bare } = readQuestion(question);
    const publishedOf = (id: string) => ctx.engine.article(id)?.published ?? null;
    // "What was the score?" holds no word a passage would: the passages giving a score answer it.
    const scores = answer === 'score' && bare;
    const found = scores ? scorePassages(ctx.engine) : withNamedRoles(ctx.engine, question, withSpeakerQuotations(ctx.engine, question, withVerbAnswers(ctx.engine, question, searchWithFamilies(ctx.engine, withCountUnits(withCauseNouns(search, answer), question), ASK_RESULTS * 4))));
    const hits = latestFiguresFirst(ctx.engine, question, byAnswerType(question, answersAfterHeadings(ctx.engine, question, withNeighbours(ctx.engine, question, found)), publishedOf));
    const results = hitsToResults(ctx.engine, withListLeadIns(ctx.engine, withAskedQuestions(ctx.engine, wholeQuotations(ctx.engine, hits))), ASK_RESULTS, (hit) =>
      answer === 'place' ? placeOnlyInDateline(hit.passage.text) : false,
    );
    // Say so when a word is in no passage: what is shown then matched a word spelt like it.
    // A question that is all frame ("Quel est le dernier bilan ?") holds no word of a subject to miss.
    const unknown = results.length > 0 && !bare ? missingWords(ctx.engine, search) : [];
    return {
      command: 'ask',
      query: question,
      results,
      ...(results.length === 0 ? { notice: t(ctx.locale, 'nothingFound', { query: question }) } : {}),
      ...(unknown.length > 0
        ? { notice: t(ctx.locale, unknown.length === new Set(contentWords(search)).size ? 'closeSpellings' : 'someWordsMissing', { words: asTyped(search, unknown).join(', ') }) }
        : {}),
    };
  },
});
