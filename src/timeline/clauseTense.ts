/**
 * Whether the clause holding a date word looks ahead. News prose dates what happened by the
 * most recent such day ("a été remorqué jeudi", "was towed on Thursday") and what is coming by
 * the next one ("doit être remorqué jeudi", "will be towed on Thursday", "expected to resume on
 * Friday"). The clause is the stretch of the sentence between punctuation or a subordinating
 * word ("qui", "which", "after"); the marker nearest before the date word in it decides. A date
 * word that opens its clause ("Jeudi, le navire sera…", "On Thursday the ship will…") is decided
 * by the first marker after it. The markers are data (src/lang/dates.ts, plus the reporting
 * verbs of src/lang/speech.ts, which date the speaking: "said on Monday it will…" is Monday past).
 */
import type { Lang } from '../corpus/article.js';
import { dateWords } from '../lang/dates.js';
import { speech } from '../lang/speech.js';
import { englishIrregularPasts, languageData } from '../lang/index.js';
import { escapeRegExp, foldAccents } from '../text/normalize.js';
import { numberValues } from '../lang/tallies.js';

/**
 * 'arranged': the nearest marker is a word of arrangement ("convoqué", "appel à", "summoned"), which
 * looks ahead or back: the caller takes the nearer reading.
 */
export type ClauseTense = 'future' | 'past' | 'arranged' | 'unknown';
type MarkKind = Exclude<ClauseTense, 'unknown'>;

/**
 * Characters that end a clause: punctuation, quotation marks, dashes. The period of a dotted
 * abbreviation ("8 a.m. on Friday", "the U.S. on Monday") ends no clause.
 */
const BREAK_CHARS = /[,;:()[\]«»"“”„—–!?]|(?<!(?:^|[^\p{L}])\p{L}\.\p{L})\.(?=\s)/gu;
/** At most this many words may stand before a date word that "opens" its clause ("and on Thursday"). */
const OPENING_WORDS = 2;
/** A clause of at most this many words and no tense marker ("à Tours", "in Leeds") is a complement the date's clause runs on through. */
const COMPLEMENT_WORDS = 4;

interface Markers {
  marker: RegExp;
  /** Ends with a word of comparison: a future marker after it ("than expected") sets no tense. */
  comparison: RegExp;
  asideOpener: RegExp;
  subjectAsideOpener: RegExp;
  /** Simple past forms that are no past participle ("crashed" is both; "fell", "struck" are listed): a verb of a clause. */
  pastForms: Set<string>;
  /** A count joined to a unit by a hyphen ("two-year", "10-day"): an adjective, so a participle after it stands before its noun. */
  countModifier: RegExp;
  pluperfect: Set<string>;
  presentPerfect: Set<string>;
  appositionOpener: RegExp;
  kind: Map<string, MarkKind>;
  breakWord: RegExp;
  word: RegExp;
  futureEndings: string[];
  notFuture: Set<string>;
  participleEndings: string[];
  participles: Set<string>;
  notParticiples: Set<string>;
  presentEndings: string[];
  notPresent: Set<string>;
  notPresentEndings: string[];
  stopwords: Set<string>;
  /** A word, then a word joining a noun to its date, ending the text ("ruling of ", "décision du "); m[1] the word. */
  nounComplement: RegExp;
  dateLeads: Set<string>;
  determiners: Set<string>;
  coordinator: RegExp;
  untilMarkers: Set<string>;
  conditionWord: RegExp;
  prepositionBreak: RegExp;
  /** Reporting verbs: a past one dates the speaking, not the verb a "jusqu'à" belongs to. */
  speechVerbs: Set<string>;
  /** A noun of an event to come, as a whole word (after an elided article too: "l'ouverture"). */
  comingEvent: RegExp;
  /** A preposition of circumstance, then an article, ending right before an event noun ("lors d'une", "at a"). */
  settingBefore: RegExp;
}

const escape = (s: string) => escapeRegExp(s).replace(/ /g, '\\s+');
/** A phrase as a whole word; a phrase that starts with an apostrophe ("'ll") follows a letter. */
const phrase = (p: string) => `${p.startsWith("'") ? '' : "(?<![\\p{L}\\p{N}'])"}${escape(p)}(?![\\p{L}\\p{N}])`;
const byLength = (words: string[]) => [...new Set(words)].sort((a, b) => b.length - a.length);

function buildMarkers(lang: Lang): Markers {
  const tense = dateWords[lang].tense;
  const kind = new Map<string, MarkKind>();
  // Reporting verbs in the past ("said", "annoncé") date the speaking, not what is said.
  for (const [pastForm] of speech[lang].verbs) kind.set(pastForm, 'past');
  for (const p of tense.past) kind.set(p, 'past');
  for (const f of tense.future) kind.set(f, 'future');
  for (const a of tense.leanAhead) kind.set(a, 'arranged');
  return {
    marker: new RegExp(byLength([...kind.keys()]).map(phrase).join('|'), 'gu'),
    kind,
    comparison: new RegExp(`(?:${byLength(tense.comparisonWords).map(phrase).join('|')})\\s+$`, 'u'),
    breakWord: new RegExp(byLength(tense.clauseBreaks).map(phrase).join('|'), 'gu'),
    pluperfect: new Set(tense.pluperfectAuxiliaries),
    presentPerfect: new Set(tense.presentPerfectAuxiliaries),
    asideOpener: new RegExp(`^(?:${byLength(tense.asideOpeners).map(phrase).join('|')})`, 'u'),
    subjectAsideOpener: new RegExp(`^(?:${byLength(tense.subjectAsideOpeners).map(phrase).join('|')})`, 'u'),
    pastForms: new Set(lang === 'en' ? Object.keys(englishIrregularPasts) : []),
    countModifier: new RegExp(`^(?:\\d+|${byLength(Object.keys(numberValues[lang])).map(escape).join('|')})-\\p{L}+$`, 'u'),
    appositionOpener: new RegExp(`^(?:${byLength(tense.appositionOpeners).map(phrase).join('|')})`, 'u'),
    word: /[\p{L}]+/gu,
    futureEndings: tense.futureEndings,
    notFuture: new Set(tense.notFuture),
    participleEndings: tense.pastParticipleEndings,
    participles: new Set(tense.pastParticiples),
    notParticiples: new Set(tense.notPastParticiples),
    presentEndings: tense.presentEndings,
    notPresent: new Set(tense.notPresent),
    notPresentEndings: tense.notPresentEndings,
    dateLeads: new Set(tense.dateLeads),
    determiners: new Set(tense.determiners),
    coordinator: new RegExp(byLength(tense.coordinators).map(phrase).join('|'), 'gu'),
    untilMarkers: new Set(tense.untilMarkers),
    prepositionBreak: new RegExp(`^(?:${[...byLength(tense.prepositionBreaks).map(phrase), '(?!)'].join('|')})`, 'u'),
    conditionWord: new RegExp(byLength(tense.conditionOpeners).map(phrase).join('|'), 'gu'),
    speechVerbs: new Set(speech[lang].verbs.map(([pastForm]) => pastForm)),
    comingEvent: new RegExp(`(?<![\\p{L}\\p{N}])(?:${byLength(tense.comingEvents).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu'),
    settingBefore: new RegExp(
      `(?<![\\p{L}\\p{N}'])(?:${byLength(tense.settingPrepositions).map(escape).join('|')})(?:\\s*(?:${byLength(tense.settingArticles).map(escape).join('|')}))?\\s*$`,
      'u',
    ),
    nounComplement: new RegExp(`(?<![\\p{L}\\p{N}'’])([\\p{L}\\p{N}]+)\\s+(?:${byLength(dateWords[lang].nounComplementLeads).map(escape).join('|')})\\s+$`, 'iu'),
    stopwords: new Set(languageData(lang).stopwords.map((w) => foldAccents(w).toLowerCase())),
  };
}

const markersByLang = { fr: buildMarkers('fr'), en: buildMarkers('en') };

/** Lower-case with straight apostrophes, keeping every index where it was. */
function comparable(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch === '’' ? "'" : ch.toLowerCase();
    out += c.length === ch.length ? c : ch;
  }
  return out;
}

interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
}

/** The clause boundaries of `text`, as the indices where a clause starts. */
function clauseStarts(text: string, lower: string, M: Markers): number[] {
  const starts = new Set<number>([0]);
  for (const m of text.matchAll(BREAK_CHARS)) starts.add(m.index + m[0].length);
  for (const m of lower.matchAll(M.breakWord)) starts.add(m.index);
  return [...starts].sort((a, b) => a - b);
}

function marksIn(text: string, lower: string, M: Markers): Mark[] {
  const marks: Mark[] = [];
  for (const m of lower.matchAll(M.marker)) {
    const k = M.kind.get(m[0].replace(/\s+/g, ' '));
    if (!k || (k !== 'past' && M.comparison.test(lower.slice(Math.max(0, m.index - 12), m.index)))) continue;
    marks.push({ start: m.index, end: m.index + m[0].length, kind: k });
  }
  if (M.futureEndings.length) {
    for (const w of text.matchAll(M.word)) {
      const word = w[0];
      if (word.length < 5 || /^\p{Lu}/u.test(word) || M.notFuture.has(word)) continue;
      if (marks.some((k) => w.index < k.end && k.start < w.index + word.length)) continue;
      if (M.futureEndings.some((e) => word.endsWith(e))) marks.push({ start: w.index, end: w.index + word.length, kind: 'future' });
    }
  }
  return marks.sort((a, b) => a.start - b.start);
}

/**
 * The tense of the clause holding text[start, end): 'future' or 'past' when a marker decides it,
 * 'unknown' otherwise (the caller then reads the date as news usually means it: already past).
 */
export function clauseTense(text: string, start: number, end: number, lang: Lang): ClauseTense {
  const M = markersByLang[lang];
  const lower = comparable(text);
  const starts = clauseStarts(text, lower, M);
  let clauseStart = Math.max(...starts.filter((s) => s <= start));
  const next = starts.filter((s) => s >= end);
  const clauseEnd = next.length ? next[0] : text.length;
  const marks = marksIn(text, lower, M);
  // "before"/"after" opening a stretch with no verb ("brought before a judge on Thursday") is a
  // preposition, not a new clause: the clause runs on from the one before.
  if (
    M.prepositionBreak.test(lower.slice(clauseStart)) &&
    !marks.some((m) => m.start >= clauseStart && m.end <= start) &&
    !verbBefore(text.slice(clauseStart, start), M)
  ) {
    const earlier = starts.filter((s) => s < clauseStart);
    if (earlier.length) clauseStart = Math.max(...earlier);
  }

  // A quotation woven into the clause ("would be questioned "as victims and witnesses" on Thursday",
  // « sera entendu "comme témoin" jeudi ») breaks no clause: the date's clause runs on from before it,
  // the quoted words aside.
  let quoted: [number, number] | null = null;
  if (!marks.some((m) => m.start >= clauseStart && m.end <= start)) {
    const woven = wovenQuoteBefore(text, clauseStart, M);
    if (woven) {
      quoted = woven;
      clauseStart = Math.max(...starts.filter((s) => s <= woven[0]));
    }
  }
  const before = marks.filter((m) => m.start >= clauseStart && m.end <= start && !(quoted && m.start >= quoted[0] && m.end <= quoted[1]));
  // A condition ("si les discussions de jeudi aboutissent", "if the vote on Friday backs the deal") has
  // its own tense: what it depends on is to come, unless a past marker follows the date in the clause.
  const condition = [...lower.slice(clauseStart, start).matchAll(M.conditionWord)].pop();
  if (condition) {
    const cut = clauseStart + condition.index;
    const inCondition = before.filter((m) => m.start >= cut);
    if (!inCondition.length) {
      const after = marks.filter((m) => m.start >= end && m.end <= clauseEnd);
      return after.some((m) => m.kind === 'past') ? 'past' : 'future';
    }
  }
  if (announcedEvent(text, lower, clauseStart, start, end, clauseEnd, marks, M)) return 'future';
  if (before.length) {
    const last = before[before.length - 1];
    // "a attendu jusqu'à samedi", "had waited until Saturday": the state ended in the past.
    if (M.untilMarkers.has(lower.slice(last.start, last.end).replace(/\s+/g, ' ')) && pastBeforeUntil(text, before, last, clauseStart, M)) return 'past';
    return last.kind;
  }

  // No marker before the date: the verb form right before it may tell ("ouvert lundi", "signed Nov. 4",
  // "organise samedi une réunion").
  const verb = verbBefore(text.slice(clauseStart, start), M);
  // A present-tense reading rests on a word's ending alone ("douze samedi", "la coupure lundi soir"):
  // a sentence told in the past before it ("ont été placées …, douze samedi") keeps the past.
  if (verb === 'future' && toldInThePast(lower, marks, clauseStart, M)) return 'past';
  if (verb) return verb;

  // A date word that opens its clause: the verb comes after it ("Jeudi, le navire sera remorqué").
  const wordsBefore = text.slice(clauseStart, start).match(M.word)?.length ?? 0;
  if (wordsBefore > OPENING_WORDS) return 'unknown';
  const restOfClause = text.slice(end, clauseEnd).match(M.word)?.length ?? 0;
  // A clause holding nothing but the date word ("Jeudi, …", "On Thursday, …") runs on into the next one,
  // and on through short complements without a verb ("Jeudi, à Tours, nous allons…").
  let until = clauseEnd;
  if (restOfClause <= 1) {
    for (let k = 0; k < next.length; k++) {
      until = next[k + 1] ?? text.length;
      const words = text.slice(next[k], until).match(M.word)?.length ?? 0;
      if (words > COMPLEMENT_WORDS || marks.some((m) => m.start >= next[k] && m.end <= until)) break;
    }
  }
  const after = marks.find((m) => m.start >= end && m.end <= until);
  return after ? after.kind : 'unknown';
}

/** At most this many words in a quotation woven into a clause ("questioned "as victims and key witnesses" on Thursday"). */
const WOVEN_QUOTE_WORDS = 8;

/**
 * The [open, close) range of a short quotation that ends right before `at` and opens after a word of
 * the same sentence (no comma or colon before it): a fragment woven into the writer's clause. Null otherwise.
 */
function wovenQuoteBefore(text: string, at: number, M: Markers): [number, number] | null {
  const close = /(["”»])\s*$/u.exec(text.slice(0, at));
  if (!close) return null;
  const closeAt = close.index;
  const opener = close[1] === '»' ? '«' : close[1] === '”' ? '“' : '"';
  const open = text.lastIndexOf(opener, closeAt - 1);
  if (open < 0) return null;
  const inside = text.slice(open + 1, closeAt);
  if ((inside.match(M.word)?.length ?? 0) > WOVEN_QUOTE_WORDS || /[«»“”"]/u.test(inside)) return null;
  // Woven: a word, not a comma or a colon, stands right before the opening mark.
  if (!/[\p{L}\p{N}]\s*$/u.test(text.slice(0, open))) return null;
  return [open, closeAt + 1];
}

/** At most this many words between a coordinator and the date of its predicate ("et condamnée en janvier"). */
const COORDINATED_WORDS = 3;

/**
 * Whether the date at text[start, end) dates a second predicate joined after `from` by a coordinator
 * and told by a past participle right before the date ("avait été arrêtée en mars 2025 … et condamnée
 * en janvier", "was arrested in July and sentenced in February"): a past fact of its own.
 */
export function inCoordinatedPastPredicate(text: string, from: number, start: number, lang: Lang): boolean {
  const M = markersByLang[lang];
  const lower = comparable(text);
  const joins = [...lower.slice(from, start).matchAll(M.coordinator)];
  const join = joins[joins.length - 1];
  if (!join) return false;
  const between = text.slice(from + join.index + join[0].length, start);
  if ((between.match(M.word)?.length ?? 0) > COORDINATED_WORDS || /[,;:.]/u.test(between)) return false;
  return verbBefore(between, M) === 'past';
}

/** At most this many words between a noun of an event to come and its date ("the reopening of the library on Saturday"). */
const EVENT_COMPLEMENT_WORDS = 4;

/**
 * Whether the date right follows a noun of an event to come ("a annoncé la réouverture du musée
 * samedi", "announced the reopening of the gallery on Saturday") that nothing in the clause sets in
 * the past: the markers before the noun, if any, end with a reporting verb (it dates the telling,
 * not the event), none stands between the noun and the date, and no past one follows the date.
 */
function announcedEvent(text: string, lower: string, clauseStart: number, start: number, end: number, clauseEnd: number, marks: Mark[], M: Markers): boolean {
  const nouns = [...lower.slice(clauseStart, start).matchAll(M.comingEvent)];
  const noun = nouns[nouns.length - 1];
  if (!noun) return false;
  const nounEnd = clauseStart + noun.index + noun[0].length;
  // "a assuré X lors d'une réunion mardi": the event is where the telling took place, dated by its verb.
  if (M.settingBefore.test(lower.slice(clauseStart, clauseStart + noun.index))) return false;
  const between = text.slice(nounEnd, start).match(M.word)?.length ?? 0;
  if (between > EVENT_COMPLEMENT_WORDS) return false;
  if (marks.some((m) => m.start >= nounEnd && m.end <= start)) return false;
  if (marks.some((m) => m.start >= end && m.end <= clauseEnd && m.kind === 'past')) return false;
  const earlier = marks.filter((m) => m.start >= clauseStart && m.end <= clauseStart + noun.index);
  if (!earlier.length) return false;
  const last = earlier[earlier.length - 1];
  return M.speechVerbs.has(lower.slice(last.start, last.end).replace(/\s+/g, ' '));
}

/**
 * Whether the "jusqu'à"/"until" marker `until` follows a past participle in a clause whose last
 * other marker before it is a past auxiliary (not a reporting verb, which dates the speaking).
 */
function pastBeforeUntil(text: string, before: Mark[], until: Mark, clauseStart: number, M: Markers): boolean {
  const lower = comparable(text);
  const aux = before.filter((m) => m !== until && !M.speechVerbs.has(lower.slice(m.start, m.end).replace(/\s+/g, ' ')));
  if (!aux.length || aux[aux.length - 1].kind !== 'past') return false;
  return verbBefore(text.slice(clauseStart, until.start), M) === 'past';
}

/**
 * Whether the last tense marker before `clauseStart` is a past one that is not a reporting verb
 * (a reporting verb dates the telling, and what is told may be to come).
 */
function toldInThePast(lower: string, marks: Mark[], clauseStart: number, M: Markers): boolean {
  const earlier = marks.filter((m) => m.end <= clauseStart);
  const last = earlier[earlier.length - 1];
  return !!last && last.kind === 'past' && !M.speechVerbs.has(lower.slice(last.start, last.end).replace(/\s+/g, ' '));
}

/** The word right before a date, read as a past participle ('past') or a present-tense verb ('future'). */
function verbBefore(clauseBefore: string, M: Markers): ClauseTense | null {
  let m = /([\p{L}'’-]+)\s+$/u.exec(clauseBefore);
  if (m && M.dateLeads.has(m[1].toLowerCase())) m = /([\p{L}'’-]+)\s+$/u.exec(clauseBefore.slice(0, m.index));
  if (!m) return null;
  const word = m[1].replace(/^.*['’]/u, '');
  if (!word || /^\p{Lu}/u.test(word)) return null;
  const lower = word.toLowerCase();
  if (M.notParticiples.has(lower)) return null;
  if (isPastParticiple(lower, M)) return 'past';
  // After a determiner the word is a noun ("la coupure lundi soir"), not a verb.
  const elided = /^([\p{L}]+)['’]/u.exec(m[1])?.[1];
  const wordBefore = (elided ?? /([\p{L}]+)\s*$/u.exec(clauseBefore.slice(0, m.index))?.[1])?.toLowerCase();
  if (wordBefore && M.determiners.has(wordBefore)) return null;
  if (
    lower.length >= 4 &&
    !M.notPresent.has(lower) &&
    !M.stopwords.has(foldAccents(lower)) &&
    !lower.endsWith('ment') &&
    !M.notPresentEndings.some((e) => lower.endsWith(e)) &&
    M.presentEndings.some((e) => lower.endsWith(e))
  )
    return 'future';
  return null;
}

/** A lower-case word read as a past participle ("publiée", "fabriqués", "made", "released"). */
function isPastParticiple(lower: string, M: Markers): boolean {
  if (M.notParticiples.has(lower)) return false;
  return M.participles.has(lower) || (lower.length >= 4 && M.participleEndings.some((e) => lower.endsWith(e)));
}

/**
 * Whether text[start, end) stands in an aside: a clause opened by a relative word right after a
 * comma and closed by a comma ("The rider, who won a stage last July, was suspended on Tuesday").
 * Such a clause gives background; the sentence's news is in its main clause.
 */
export function inAside(text: string, start: number, end: number, lang: Lang): boolean {
  return asideClause(text, start, end, lang) !== null;
}

/** The aside between commas that holds text[start, end) (see inAside), with the clause starts after its closing comma; null when there is none. */
function asideClause(text: string, start: number, end: number, lang: Lang): { next: number[] } | null {
  const closedByComma = (c: { next: number[] } | null) => (c !== null && c.next.length > 0 && text[c.next[0] - 1] === ',' ? c : null);
  return closedByComma(relativeClause(text, start, end, lang)) ?? closedByComma(relativeAside(text, start, lang));
}

/** At most this many words after a relative word that a subject of its own follows, before a comma ("whose predecessor", "dont le prédécesseur"). */
const ASIDE_SUBJECT_WORDS = 4;

/**
 * The aside between commas that holds text[start, …) when the date's own clause does not open it: the
 * stretch after a comma opens with a relative word, and the date comes later in it, past a relative nested
 * in it or a preposition ("…, qui remplace celui qui s'était écrasé en 2024, a…", "…, whose predecessor
 * crashed on the Moon in 2024 after a fuel leak, touched down…"); or the relative word is followed by a
 * subject of its own, set off by commas from its verb ("…, dont le prédécesseur, conçu par la même équipe,
 * s'était écrasé en 2024, a atterri…"), and the aside runs on to the comma after that verb's stretch.
 * Null when there is none; else the clause starts after the aside's closing comma (see inAside).
 */
function relativeAside(text: string, start: number, lang: Lang): { next: number[] } | null {
  const M = markersByLang[lang];
  const lower = comparable(text);
  // The stretches between punctuation, each with the mark before it.
  const cuts = [...text.matchAll(BREAK_CHARS)].map((m) => ({ at: m.index, after: m.index + m[0].length, mark: m[0] }));
  const stretches = [{ from: 0, to: cuts[0]?.at ?? text.length, opensAfter: '' }];
  cuts.forEach((c, i) => stretches.push({ from: c.after, to: cuts[i + 1]?.at ?? text.length, opensAfter: c.mark }));
  const at = stretches.findIndex((s) => s.from <= start && start < s.to);
  if (at < 0) return null;
  const closes = (i: number) => (stretches[i + 1]?.opensAfter === ',' ? { next: clauseStarts(text, lower, M).filter((s) => s >= stretches[i + 1].from) } : null);
  const opensAside = (i: number) => stretches[i].opensAfter === ',' && M.asideOpener.test(lower.slice(stretches[i].from).trimStart());
  if (opensAside(at)) return closes(at);
  // Back over appositions with no tense of their own ("conçu par la même équipe", "built by the same team") to a relative word and its subject alone.
  const stretchAt = (i: number) => text.slice(stretches[i].from, stretches[i].to);
  const tenseless = (i: number) => marksIn(stretchAt(i), comparable(stretchAt(i)), M).length === 0;
  let k = at - 1;
  while (k > 0 && stretches[k + 1].opensAfter === ',' && !opensAside(k) && tenseless(k)) k--;
  if (k < 0 || k === at || stretches[k + 1].opensAfter !== ',' || !opensAside(k) || !M.subjectAsideOpener.test(lower.slice(stretches[k].from).trimStart())) return null;
  const subject = stretchAt(k);
  if ((subject.match(M.word) ?? []).length - 1 > ASIDE_SUBJECT_WORDS || hasVerb(subject, M)) return null;
  // The date's stretch holds the aside's verb.
  return hasVerb(stretchAt(at), M, false) ? closes(at) : null;
}

/**
 * Whether a stretch holds a verb: a marker of tense, a past form, or a past participle after no determiner;
 * `opensClause`: its first word is a relative word or a participle opening an apposition, no verb of it.
 */
function hasVerb(stretch: string, M: Markers, opensClause = true): boolean {
  const lower = comparable(stretch);
  if (marksIn(stretch, lower, M).length) return true;
  const words = stretch.match(M.word) ?? [];
  return words.some((w, i) => (i > 0 || !opensClause) && !/^\p{Lu}/u.test(w) && (M.pastForms.has(w) || isPastParticiple(w, M)) && !(i > 0 && M.determiners.has(words[i - 1].toLowerCase())));
}

/** At most this many words into the main clause after an aside before its present-perfect auxiliary ("…, now has"). */
const PRESENT_PERFECT_WORDS = 2;

/**
 * Whether the main clause right after the aside that holds text[start, end) opens in the present
 * perfect ("Vasseur, who escaped on Monday, has been arrested"): it tells the news as of the writing,
 * not what the subject did on the aside's day.
 */
export function mainClauseInPresentPerfect(text: string, start: number, end: number, lang: Lang): boolean {
  const M = markersByLang[lang];
  const clause = asideClause(text, start, end, lang);
  if (!M.presentPerfect.size || !clause) return false;
  const words = comparable(text).slice(clause.next[0]).match(/[\p{L}]+/gu) ?? [];
  return words.slice(0, PRESENT_PERFECT_WORDS).some((w) => M.presentPerfect.has(w));
}

/**
 * Whether text[start, end) stands in a restrictive relative clause (no comma before its relative
 * word) whose main verb follows the date in the same clause ("two of the skiers who were missing last
 * night were found this morning", « les skieurs qui manquaient hier soir ont été retrouvés ce matin »):
 * the date tells which people or things the subject is, not when the main verb's fact happened.
 */
export function inRestrictiveRelative(text: string, start: number, end: number, lang: Lang): boolean {
  const M = markersByLang[lang];
  const lower = comparable(text);
  const starts = clauseStarts(text, lower, M);
  const clauseStart = Math.max(...starts.filter((s) => s <= start));
  const clauseEnd = Math.min(text.length, ...starts.filter((s) => s > end));
  if (clauseStart <= 0 || !M.asideOpener.test(lower.slice(clauseStart)) || !/\p{L}\s+$/u.test(text.slice(0, clauseStart))) return false;
  // A verb of the relative clause before the date, and the main verb after it.
  const relativeWords = lower.slice(clauseStart, start).match(/[\p{L}]+/gu) ?? [];
  if (relativeWords.length < 2) return false;
  if (marksIn(text, lower, M).some((m) => m.start >= end && m.end <= clauseEnd)) return true;
  // A main verb in the simple past has no marker ("the lander whose predecessor crashed in 2024 touched
  // down on Tuesday"): a past form after the date, when the relative clause has its own verb before it.
  return hasVerb(text.slice(clauseStart, start), M) && hasVerb(text.slice(end, clauseEnd), M, false);
}

/** At most this many words between an aside's relative word and its pluperfect auxiliary ("qui, lui, avait"). */
const PLUPERFECT_WORDS = 3;

/**
 * Whether text[start, end) stands in an aside between commas told in the pluperfect ("Le préfet,
 * qui avait fermé la route lundi, a levé…", "The mayor, who had closed the road on Monday, lifted…"):
 * what came before the main clause's fact.
 */
export function inPluperfectAside(text: string, start: number, end: number, lang: Lang): boolean {
  if (!inAside(text, start, end, lang)) return false;
  const M = markersByLang[lang];
  const lower = comparable(text);
  const clauseStart = Math.max(...clauseStarts(text, lower, M).filter((s) => s <= start));
  const words = lower.slice(clauseStart, start).match(/[\p{L}]+/gu) ?? [];
  return words.slice(1, 1 + PLUPERFECT_WORDS).some((w) => M.pluperfect.has(w));
}

/**
 * Whether text[start, end) stands in an aside opened by a past participle right after a comma, or
 * at the start of the sentence, and closed by a comma ("Selon l'enquête, publiée lundi, le ministère
 * a attribué le 17 mai…", "The report, released on Monday, found…", "Saisie dimanche, la commission a
 * statué lundi"): a past fact of its own, told beside the main clause's.
 */
export function inParticipialAside(text: string, start: number, end: number, lang: Lang): boolean {
  const clause = participialClause(text, start, end, lang);
  return clause !== null && clause.next.length > 0 && text[clause.next[0] - 1] === ',';
}

/** The clause after a comma that opens with a past participle and holds text[start, end), with the clause starts after it; null when there is none. */
function participialClause(text: string, start: number, end: number, lang: Lang): { next: number[] } | null {
  const M = markersByLang[lang];
  const lower = comparable(text);
  const starts = clauseStarts(text, lower, M);
  const clauseStart = Math.max(...starts.filter((s) => s <= start));
  // A participial phrase may also open the sentence ("Saisie dès dimanche, la commission a ordonné
  // lundi…", "Arrested on Monday, the driver was released on Thursday"): its first word is capitalised.
  const opensSentence = clauseStart === 0;
  if (!opensSentence && !/,\s*$/.test(text.slice(0, clauseStart))) return null;
  const first = /^\s*([\p{L}]+)(?![\p{L}'’-])/u.exec(text.slice(clauseStart, start));
  if (!first || (!opensSentence && /^\p{Lu}/u.test(first[1])) || !isPastParticiple(first[1].toLowerCase(), M)) return null;
  return { next: starts.filter((s) => s >= end) };
}

/** At most this many words between a participle that qualifies a noun and its date ("every product made there in January"). */
const QUALIFIER_WORDS = 7;

/**
 * Whether text[start, end) ends a participial phrase that qualifies a noun of a clause whose verb
 * came before it, or of the subject of a verb that follows it ("extended the recall to every product made there in January", "a étendu le rappel
 * à tous les produits fabriqués en janvier"): the date tells when the noun's thing was made, not when
 * the sentence's fact happened. The participle follows a noun (a word that is not a small word,
 * an adverb or a marker of tense), with a marker of tense earlier in the clause, and no marker
 * between it and the date.
 */
/**
 * Whether text[start, …) is a date joined to the noun before it ("the ruling of 10 November", « la
 * décision du 10 novembre »): it tells which event the noun is, not when the clause's verb happened.
 */
export function complementsNoun(text: string, start: number, lang: Lang): boolean {
  const M = markersByLang[lang];
  const m = M.nounComplement.exec(text.slice(0, start));
  if (!m) return false;
  const noun = foldAccents(m[1]).toLowerCase();
  if (M.stopwords.has(noun) || /^\p{N}/u.test(noun)) return false;
  // A verb before it ("se tiendra du 10 au 12", "was held of…") is no noun.
  const wordEnd = m.index + m[1].length;
  return !marksIn(text, comparable(text), M).some((k) => k.end === wordEnd) && !isPastParticiple(m[1].toLowerCase(), M);
}

/**
 * Whether text[start, end) ends a participial phrase qualifying a noun, in an apposition set off by
 * commas ("Hartley and Vautrin, the two engineers freed on Monday in Kessane, landed at the base on
 * Wednesday", « Les deux ingénieurs, libérés lundi, ont atterri mercredi »): it describes the subject,
 * whose own verb follows the apposition; a date of that verb dates the sentence first.
 */
export function inSetOffQualifier(text: string, start: number, end: number, lang: Lang): boolean {
  const M = markersByLang[lang];
  const lower = comparable(text);
  const starts = clauseStarts(text, lower, M);
  const clauseStart = Math.max(...starts.filter((s) => s <= start));
  const next = starts.filter((s) => s >= end);
  if (clauseStart <= 0 || !/,\s*$/.test(text.slice(0, clauseStart)) || !next.length || text[next[0] - 1] !== ',') return false;
  if (marksIn(text, lower, M).some((m) => m.start >= clauseStart && m.end <= start)) return false;
  const words = [...text.slice(clauseStart, start).matchAll(/[\p{L}\p{N}'’-]+/gu)];
  for (let i = words.length - 1; i >= 0 && words.length - 1 - i <= QUALIFIER_WORDS; i--) {
    const word = words[i][0];
    if (/['’]\p{L}/u.test(word) || /^\p{Lu}/u.test(word) || !isPastParticiple(word.toLowerCase(), M)) continue;
    // Right after the comma ("…, freed on Monday, …") the participle qualifies the subject before the comma.
    if (i === 0) return true;
    const noun = words[i - 1][0].replace(/^.*['’]/u, '').toLowerCase();
    return Boolean(noun) && !M.stopwords.has(foldAccents(noun)) && !M.kind.has(noun) && !/(?:ment|ly)$/u.test(noun);
  }
  return false;
}

/** Whether a coordinator in lower[from, to) is followed right away by a determiner: a new subject ("and the index"). */
function opensCoordinatedSubject(lower: string, from: number, to: number, M: Markers): boolean {
  const span = lower.slice(from, to);
  for (const c of span.matchAll(M.coordinator)) {
    const next = /^\s+([\p{L}]+)/u.exec(span.slice(c.index + c[0].length));
    if (next && M.determiners.has(next[1])) return true;
  }
  return false;
}

export function inQualifyingPhrase(text: string, start: number, end: number, lang: Lang): boolean {
  const M = markersByLang[lang];
  const lower = comparable(text);
  const clauseStart = Math.max(...clauseStarts(text, lower, M).filter((s) => s <= start));
  // The verb before the noun may stand in an earlier clause of the sentence ("…, a lancé X, en réponse
  // aux droits annoncés lundi"): the participle is then no main verb either.
  const marks = marksIn(text, lower, M).filter((m) => m.end <= start);
  // Figures count as words: "the 2,300 cited by the regulator on Tuesday" qualifies "2,300".
  const words = [...text.slice(clauseStart, start).matchAll(/[\p{L}\p{N}'’-]+/gu)];
  for (let i = words.length - 1; i >= 1 && words.length - 1 - i <= QUALIFIER_WORDS; i--) {
    const at = clauseStart + words[i].index;
    if (marks.some((m) => m.start >= at)) return false;
    // A word after an elided article or preposition ("privés d'électricité mardi") is a noun, whatever its ending.
    if (/['’]\p{L}/u.test(words[i][0])) continue;
    const word = words[i][0];
    if (!word || /^\p{Lu}/u.test(word) || !isPastParticiple(word.toLowerCase(), M)) continue;
    const noun = words[i - 1][0].replace(/^.*['’]/u, '').toLowerCase();
    const nounAt = clauseStart + words[i - 1].index;
    if (!noun || M.stopwords.has(foldAccents(noun)) || M.kind.has(noun) || /(?:ment|ly)$/u.test(noun)) return false;
    // "was handed a two-year suspended sentence on Wednesday": after a count's modifier, the participle is an adjective before its noun.
    if (M.countModifier.test(noun)) return false;
    const earlier = marks.filter((m) => m.end <= nounAt);
    // A coordinator then a determiner after that verb ("the florin has given back its gains and the index
    // bounced 1.2% on Thursday") opens a second clause with a subject of its own: the word is its verb.
    if (earlier.length) return !opensCoordinatedSubject(lower, Math.max(...earlier.map((m) => m.end)), nounAt, M);
    // The phrase may qualify the clause's subject, whose verb comes after it ("le couvre-feu instauré
    // mardi sera levé vendredi", "the ban imposed on Monday will end on Friday"): a tense marker after
    // the date, in the same clause, is that verb.
    const clauseEnd = Math.min(text.length, ...clauseStarts(text, lower, M).filter((s) => s > end));
    return marksIn(text, lower, M).some((m) => m.start >= end && m.end <= clauseEnd);
  }
  return false;
}

/**
 * Whether text[start, end) stands in a relative clause set off by a comma ("…, where the virus was
 * confirmed on Monday", "…, qui avait gagné en juillet"), to the end of the sentence or not: the
 * date is another fact's than the one the sentence opens with, told in passing. A restrictive
 * relative ("Passengers who were evacuated on Tuesday …") is part of its subject and does not count.
 */
export function inRelativeClause(text: string, start: number, end: number, lang: Lang): boolean {
  return relativeClause(text, start, end, lang) !== null;
}

/** The relative clause after a comma that holds text[start, end), with the clause starts after it; null when there is none. */
function relativeClause(text: string, start: number, end: number, lang: Lang): { next: number[] } | null {
  const M = markersByLang[lang];
  const lower = comparable(text);
  const starts = clauseStarts(text, lower, M);
  const clauseStart = Math.max(...starts.filter((s) => s <= start));
  if (clauseStart <= 0 || !/,\s*$/.test(text.slice(0, clauseStart)) || !M.asideOpener.test(lower.slice(clauseStart))) return null;
  return { next: starts.filter((s) => s >= end) };
}

/**
 * Whether text[start, end) stands in an apposition after a comma ("…, l'un des villages évacués dans
 * la nuit de lundi à mardi", "…, one of the villages evacuated on Monday"): a description of a noun,
 * whose date is not when the sentence's fact happened.
 */
export function inApposition(text: string, start: number, end: number, lang: Lang): boolean {
  const M = markersByLang[lang];
  const lower = comparable(text);
  const clauseStart = Math.max(...clauseStarts(text, lower, M).filter((s) => s <= start));
  return clauseStart > 0 && /,\s*$/.test(text.slice(0, clauseStart)) && M.appositionOpener.test(lower.slice(clauseStart).trimStart());
}
