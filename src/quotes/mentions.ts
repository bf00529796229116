/**
 * Reads a noun phrase that names a speaker: "le porte-parole de la présidence russe, Dmitri
 * Peskov", "l'agence officielle nord-coréenne KCNA", "le dirigeant nord-coréen", "il",
 * "le communiqué", "North Korean leader Kim Jong Un". Tells the person's name from the title
 * before it, an organisation's acronym from its description, a pronoun from a document.
 */
import type { Lang } from '../corpus/article.js';
import { foldWord, type SpeechPatterns } from './speechPatterns.js';

export interface Token {
  text: string;
  /** Folded form: lower case, no accents, straight apostrophes. */
  folded: string;
  start: number;
  end: number;
}

export interface Mention {
  /** The phrase as printed, trimmed. */
  text: string;
  /** The phrase without its leading determiners, as printed. */
  display: string;
  /** A person's name as printed ("Kim Jong Un"), when the phrase holds one. */
  name: string | null;
  acronym: string | null;
  /** Folded content words of the description around the name ("dirigeant nord-coreen"). */
  descriptor: string[];
  /** The description's title or head noun ("dirigeant", "agence"), folded. */
  head: string | null;
  pronoun: boolean;
  document: boolean;
  /** The description names an organisation (agency, ministry…) rather than a person. */
  organisation: boolean;
  /** Several speakers joined by "et"/"and": not one speaker. */
  compound: boolean;
  /** A title that only relates to someone else ("son homologue"). */
  relative: boolean;
  /** Who issued a document ("un bilan de la préfecture" → "la préfecture"); null when not said. */
  issuer?: string | null;
  /** The issuer is a possessive before the document ("the company's annual report" → "the company"). */
  possessiveIssuer?: boolean;
  /** How a description starts: definite ("l'élue", "the captain"), indefinite ("un officier"), or neither. */
  determiner?: 'definite' | 'indefinite' | null;
  /** The gender an honorific before the name gives ("Mme Favre" → f, "M. Favre" → m). */
  gender?: 'f' | 'm' | null;
  /** A place's own authority ("the city of Vaudon" → display "City of Vaudon"): an organisation, not the place's name. */
  authority?: boolean;
}

/** Prepositions that attach an organisation or a place to a title ("spokesperson for X", "porte-parole de X"). */
const OF_WORDS = new Set(['de', 'du', 'des', "d'", 'of', 'for', 'at']);
const DEFINITE = new Set(['le', 'la', 'les', "l'", 'the']);
/** The prepositions that introduce a document's issuer ("un bilan de la préfecture", "a report by the agency"). */
const ISSUED_BY = new Set(['de', 'du', 'des', "d'", 'par', 'of', 'from', 'by']);
const INDEFINITE = new Set(['un', 'une', 'des', 'a', 'an']);

const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*\.?/gu;
const ELIDED = /^(l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu)['’](?=\p{L})/iu;

export function tokenizePhrase(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    let start = m.index!;
    // "Kirby." at a phrase's end: the period is punctuation unless the word is an initial or honorific.
    if (word.endsWith('.') && word.length > 3 && !/^\p{Lu}\p{L}?\.$/u.test(word)) word = word.slice(0, -1);
    const elided = ELIDED.exec(word);
    if (elided) {
      const det = elided[0];
      tokens.push({ text: det, folded: foldWord(det), start, end: start + det.length });
      word = word.slice(det.length);
      start += det.length;
    }
    tokens.push({ text: word, folded: foldWord(word), start, end: start + word.length });
  }
  return tokens;
}

/** An English possessive ("Redgate's", "France's"). */
export const POSSESSIVE = /['’]s$/u;

export const isCapitalised = (t: Token) => /^\p{Lu}/u.test(t.text) && /\p{Ll}/u.test(t.text);

/** A surname glued to its lower-case particle by a hyphen ("al-Nouri", "el-Sayed", "ben-Ami"): a capitalised name part. */
export const particleGlued = (t: Token, p: SpeechPatterns) => {
  const m = /^(\p{Ll}+)[-‑](?=\p{Lu}\p{Ll})/u.exec(t.text);
  return m !== null && p.nameParticles.has(m[1]);
};
export const isAcronym = (t: Token) => /^\p{Lu}{2,6}\d*$/u.test(t.text);

/** Words that only link a description's parts ("secrétaire général de la CGT"): no part of what it says. */
export const DESCRIPTION_LINKS = ['de', 'of', 'du', 'des', 'and', 'et'];

/** What a description says, as folded words: no determiners, linking words or bare numbers. */
export function descriptorWords(tokens: Token[], p: SpeechPatterns): string[] {
  return tokens.map((t) => t.folded).filter((w) => !p.determiners.has(w) && !DESCRIPTION_LINKS.includes(w) && !/^\p{N}+$/u.test(w));
}

/** Marks tokens covered by a title (multi-word titles first: "secrétaire d'État", "prime minister"). */
export function titleMask(tokens: Token[], p: SpeechPatterns): boolean[] {
  const mask = tokens.map(() => false);
  const byFirstWord = titleTokenLists(p);
  for (let i = 0; i < tokens.length; i++) {
    // Titles starting with this word, longest first.
    for (const title of byFirstWord.get(undotted(tokens[i].folded)) ?? []) {
      if (i + title.length > tokens.length) continue;
      if (title.every((w, j) => undotted(tokens[i + j].folded) === w)) {
        if (surnameLikeTitle(tokens, i, p)) break;
        for (let j = 0; j < title.length; j++) mask[i + j] = true;
        break;
      }
    }
    // "Lieutenant-Colonel", "Major-General": a rank of titles joined by hyphens is one title.
    const parts = tokens[i].folded.split('-');
    if (!mask[i] && parts.length > 1 && parts.every((w) => byFirstWord.get(w)?.some((t) => t.length === 1))) mask[i] = true;
  }
  return mask;
}

/**
 * "Bertrand Maréchal", "Anne Juge": where titles are printed in lower case, a capitalised title word right after a
 * capitalised word of a name (no determiner, honorific, title nor acronym) is that name's surname.
 */
function surnameLikeTitle(tokens: Token[], i: number, p: SpeechPatterns): boolean {
  const before = tokens[i - 1];
  if (!p.data.lowerCaseTitles || !before || !isCapitalised(tokens[i]) || !isCapitalised(before) || tokens[i].start !== before.end + 1) return false;
  return !p.determiners.has(before.folded) && !p.honorificWords.has(before.text) && !p.phraseStops.has(before.folded) && !p.pronouns.has(before.folded) && !p.titles.includes(before.folded);
}

/** An abbreviated title's word with or without its period ("lt." printed "Lt." or "Lt"): one word. */
const undotted = (word: string) => word.replace(/\.$/u, '');

const titleCache = new WeakMap<SpeechPatterns, Map<string, string[][]>>();
/** The language's titles as folded words, by first word (a sentence's words are looked up, not every title tried). */
function titleTokenLists(p: SpeechPatterns): Map<string, string[][]> {
  let byFirstWord = titleCache.get(p);
  if (!byFirstWord) {
    byFirstWord = new Map();
    const lists = p.titles.map((t) => tokenizePhrase(t).map((x) => undotted(x.folded))).sort((a, b) => b.length - a.length);
    for (const list of lists) if (list.length) (byFirstWord.get(list[0]) ?? byFirstWord.set(list[0], []).get(list[0])!).push(list);
    titleCache.set(p, byFirstWord);
  }
  return byFirstWord;
}

/**
 * "Match-winner Keane", "Ex-captain Hollis": a capitalised word whose part after a hyphen is lower case is a label
 * opening the sentence, no part of the name after it (hyphenated names capitalise each part: "Lacombe-Vial").
 */
const HYPHENATED_LABEL = /^\p{Lu}\p{Ll}*-\p{Ll}/u;

export interface NameRun {
  from: number;
  to: number; // exclusive token index
  /** The run was cut off a title's portfolio printed in capitals before it ("Minister of Trade and Industry X"). */
  portfolio?: boolean;
}

/**
 * Where an organisation's name ends when its kind noun stands before it: « l'ONG Mains ouvertes », « l'association Terre
 * solidaire » print the name's later words in lower case. The run is carried to the phrase's end over up to three such
 * words (no function word, determiner nor preposition); anywhere else the run ends where it does.
 */
export function organisationNameEnd(tokens: Token[], run: { from: number; to: number }, p: SpeechPatterns): number {
  if (run.from === 0 || !p.organisations.has(tokens[run.from - 1].folded)) return run.to;
  let k = run.to;
  while (k < tokens.length && /^\p{Ll}/u.test(tokens[k].text) && !p.data.functionWords.includes(tokens[k].folded) && !p.determiners.has(tokens[k].folded) && !p.phraseStops.has(tokens[k].folded)) k++;
  return k === tokens.length && k - run.to <= 3 ? k : run.to;
}

/** An all-capital word that is an organisation's kind noun (« l'ONG X », "the NGO X") is that noun, no acronym. */
const ownAcronymToken = (t: Token, p: SpeechPatterns) => isAcronym(t) && !p.organisations.has(t.folded);

/**
 * Runs of capitalised words that read as a person's name. A run right after a determiner
 * ("la Maison Blanche", "l'Agence") is an organisation or a place, unless it is long enough to
 * hold a name after the organisation's word ("l'Unification Kim Yung-ho"). `afterOf`: a run of two capitalised
 * words or more after a determiner that is also "of" ("de Jean Roux") is kept.
 */
export function nameRuns(tokens: Token[], text: string, p: SpeechPatterns, afterOf = false): NameRun[] {
  const titles = titleMask(tokens, p);
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const nameish =
      (isCapitalised(t) || particleGlued(t, p)) && !titles[i] && !HYPHENATED_LABEL.test(t.text) && !p.determiners.has(t.folded) && !p.honorificWords.has(t.text) && !p.pronouns.has(t.folded) && !p.phraseStops.has(t.folded) && !p.connectives.has(t.folded) && !p.clauseOpeners.has(t.folded);
    if (!nameish) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const gap = text.slice(tokens[j - 1].end, tokens[j].start);
      const next = tokens[j];
      // Inside a run a capitalised "Un" or "La" is part of the name ("Kim Jong Un").
      // "Redgate's Ben Whitaker": a possessive ends a name; the name after it is another one (an affiliation's).
      if (!/^\s+$/u.test(gap) || titles[j] || p.honorificWords.has(next.text) || POSSESSIVE.test(tokens[j - 1].text)) break;
      if (!isCapitalised(next) && !particleGlued(next, p)) {
        // "Pieter van Aalst", "Ursula von der Leyen": lower-case particles between a first name and a surname.
        const k = particlesEnd(tokens, text, j, p);
        // Not inside an organisation's name ("Eau et Rivières de Bretagne", "la Tour de France"): no linking word before the first name.
        const prev = tokens[i - 1]?.folded;
        const linked = prev !== undefined && (p.determiners.has(prev) || p.data.functionWords.includes(prev) || p.data.coordinators.includes(prev));
        // "Réaction de Jacques Morel": a first name and surname after the particle are a name of their own.
        const after = tokens[k + 1];
        // Not "Amaury de La Roche": a capitalised article after the particle opens the surname ("La Roche", "Van Dyke").
        const article = p.determiners.has(tokens[k].folded) || p.nameParticles.has(tokens[k].folded);
        const nameAfter = !article && after !== undefined && /^\s+$/u.test(text.slice(tokens[k].end, after.start)) && isCapitalised(after);
        if (k === j || j - i !== 1 || linked || p.organisations.has(t.folded) || p.companies.has(t.folded) || !isCapitalised(tokens[k]) || titles[k] || nameAfter) break;
        j = k;
      }
      j++;
    }
    let from = i;
    const before = tokens[i - 1];
    const gapBefore = before ? text.slice(before.end, tokens[i].start) : '';
    const capitalised = tokens.slice(i, j).filter(isCapitalised).length;
    // `afterOf`: "le discours de Jean Roux": after a determiner that is also "of", two capitalised words or more are read
    // as a person's name, unless the first is an organisation's word ("de Santé Publique France" is no person).
    const of = afterOf && before !== undefined && p.data.ofDeterminers.includes(before.folded) && capitalised >= 2 && !p.organisations.has(t.folded) && !p.companies.has(t.folded);
    // "revealed that Mathieu Roussillon, …": a determiner that is also a complementiser opens a clause, not a name of an
    // organisation or a place.
    const clause = before !== undefined && p.data.complementisers.includes(before.folded);
    // "l'Unification Kim Yung-ho": after an article, a long run may hold an organisation's word, then a name. Right after a
    // bare "de" ("le directeur de Horizons Lumière Voyages") the whole run is the complement's name: no part is a person.
    const bareOf = p.data.ofDeterminers.includes(before?.folded ?? '');
    if (before && p.determiners.has(before.folded) && /^\s*$/u.test(gapBefore) && !of && !clause) from = capitalised >= 3 && !bareOf ? i + 1 : j;
    if (from < j && !dated(tokens, i, j, p)) runs.push({ from, to: j });
    i = j;
  }
  return withoutPortfolios(tokens, titles, runs, p);
}

/**
 * "on January 1", "le 3 Mars", "March 2027": a month's name alone next to a number is a date, no one's name ("Theresa May",
 * "June Carter" hold more than the month's word).
 */
function dated(tokens: Token[], from: number, to: number, p: SpeechPatterns): boolean {
  if (to - from !== 1 || !p.months.has(tokens[from].folded.replace(/\.$/u, ''))) return false;
  const number = (t: Token | undefined) => t !== undefined && /^\p{N}/u.test(t.text);
  return number(tokens[from - 1]) || number(tokens[to]);
}

/**
 * "Minister of Trade and Industry Anselm Dravik", "Mayor of New York Eric Adams": a portfolio or place printed in
 * capitals after a title's "of"/"for" (language data: titleComplements) runs straight into the name. A run of three
 * words or more after such a complement (capitalised words and coordinators only between them) is cut to the person:
 * the surname, its particles and one first name; the portfolio's runs before it are dropped.
 */
function withoutPortfolios(tokens: Token[], titles: boolean[], runs: NameRun[], p: SpeechPatterns): NameRun[] {
  if (p.data.titleComplements.length === 0) return runs;
  const out: NameRun[] = [];
  for (const run of runs) {
    out.push(run);
    if (run.to - run.from < 3) continue;
    // Back from the run over capitalised words and coordinators to the complement word, a title right before it.
    let at = run.from - 1;
    while (at > 0 && (isCapitalised(tokens[at]) || p.data.coordinators.includes(tokens[at].folded)) && !titles[at]) at--;
    if (at < 1 || !p.data.titleComplements.includes(tokens[at].folded) || !titles[at - 1]) continue;
    let from = run.to - 1;
    while (from - 1 > run.from && !isCapitalised(tokens[from - 1])) from--;
    from--;
    if (from <= at + 1 || tokens.slice(from, run.to).some((t) => p.organisations.has(t.folded))) continue;
    while (out.length > 1 && out[out.length - 2].from > at) out.splice(out.length - 2, 1);
    out[out.length - 1] = { from, to: run.to, portfolio: true };
  }
  return out;
}

/**
 * Whether the token before `at` is the lower-case noun of a complement of the phrase's head ("de la liste", "du clan",
 * "of the list"), a determiner and "of" before it, and the words up to it form no set phrase for a title.
 */
function complementNoun(tokens: Token[], at: number, first: number, titles: boolean[], p: SpeechPatterns): boolean {
  const noun = tokens[at - 1];
  if (!noun || at - 1 <= first || !/^\p{Ll}/u.test(noun.text) || titles[at - 1] || p.determiners.has(noun.folded) || OF_WORDS.has(noun.folded)) return false;
  const det = tokens[at - 2];
  // "du clan", "des listes": a determiner merged with "of"; else "de la liste", "of the camp".
  const ofAt = det && OF_WORDS.has(det.folded) && p.determiners.has(det.folded) ? at - 2 : det && p.determiners.has(det.folded) && tokens[at - 3] && OF_WORDS.has(tokens[at - 3].folded) ? at - 3 : -1;
  if (ofAt <= first) return false;
  const words = descriptorWords(tokens.slice(first, at), p);
  for (let n = words.length; n >= 2; n--) if (p.periphrases.has(words.slice(0, n).join(' '))) return false;
  return true;
}

/** The index after the lower-case name particles from `at` on (`at` itself when none), each set apart by spaces only. */
function particlesEnd(tokens: Token[], text: string, at: number, p: SpeechPatterns): number {
  let k = at;
  while (k < tokens.length && p.nameParticles.has(tokens[k].text) && /^\s+$/u.test(text.slice(tokens[k - 1].end, tokens[k].start))) k++;
  return k < tokens.length && /^\s+$/u.test(text.slice(tokens[k - 1].end, tokens[k].start)) ? k : at;
}

export function parseMention(phrase: string, p: SpeechPatterns, lang: Lang): Mention {
  let text = phrase.trim().replace(/^[,;:\s—–-]+|[,;:.\s—–-]+$/gu, '').trim();
  const honorific = p.honorifics.exec(text)?.[0].trim() ?? null;
  // "M Lebrun": a speaker phrase may come with the honorific's dot taken off (see nounPhraseAfter); it tells the gender all the same.
  const forms = honorific === null ? [] : [honorific, `${honorific.replace(/\.$/u, '')}.`].flatMap((h) => [h, foldWord(h)]);
  const gender = forms.some((h) => p.feminine.has(h)) ? 'f' : forms.some((h) => p.masculine.has(h)) ? 'm' : null;
  text = text.replace(p.honorifics, '');
  // A short name in parentheses after a description is the organisation's acronym, even in
  // lower case ("l'Institut national … (Insee)"); any other parenthesis (a party, an age) is no part of the name.
  const described = /^(.*\p{Ll}.*?)(?:\s*\((\p{Lu}\p{Ll}{2,6})\)|,\s*(\p{Lu}\p{Ll}{2,6}))\s*$/u.exec(text);
  const shortName = described && described[1].split(/\s+/u).some((w) => p.organisations.has(foldWord(w.replace(/^(?:l|d)['’]/iu, '')))) ? (described[2] ?? described[3]) : null;
  if (shortName) text = described![1];
  text = text.replace(/\s*\((?!\p{Lu}{2,6}\d*\))[^)]*\)/gu, '').trim();
  const tokens = tokenizePhrase(text);
  const folded = tokens.map((t) => t.folded);
  const lower = folded.join(' ');
  const empty: Mention = { text, display: text, name: null, acronym: null, descriptor: [], head: null, pronoun: false, document: false, organisation: false, compound: false, relative: false };
  if (tokens.length === 0) return empty;
  if (tokens.length === 1 && p.pronouns.has(lower)) return { ...empty, pronoun: true };

  let first = 0;
  while (first < tokens.length - 1 && p.determiners.has(tokens[first].folded)) first++;
  const display = text.slice(tokens[first].start).trim();
  const joiners = lang === 'fr' ? ['et', 'ou'] : ['and', 'or'];
  const runs = nameRuns(tokens, text, p);
  const titles = titleMask(tokens, p);
  // "Patient group Halvorsen UK", "Amnesty International USA": a country's code right after a capitalised word ends
  // that organisation's name; it is not the organisation's own acronym.
  const nameEnd = (t: Token) => {
    const i = tokens.indexOf(t);
    const prev = tokens[i - 1];
    return prev !== undefined && isCapitalised(prev) && !isAcronym(prev) && !titles[i - 1] && /^ $/u.test(text.slice(prev.end, t.start)) && p.data.countryCodes.includes(t.text);
  };
  const isOwnAcronym = (t: Token) => ownAcronymToken(t, p) && !nameEnd(t);
  const acronymGiven = tokens.some(isOwnAcronym) && folded.some((w) => p.organisations.has(w));
  // "Minister of Trade and Industry Anselm Dravik": the "and" of a portfolio joins no two people.
  const portfolio = runs.some((r) => r.portfolio);
  // "l'association Eau et Rivières de Bretagne (ERB)": an organisation's own name may hold "et".
  const compound = !portfolio && !acronymGiven && tokens.some((t, i) => joiners.includes(t.folded) && i > first && i < tokens.length - 1 && /\p{Lu}/u.test(tokens[i + 1]?.text ?? '') && runs.length >= 2);
  const acronymToken: Token | undefined = shortName ? { text: shortName, folded: foldWord(shortName), start: text.length, end: text.length } : tokens.find(isOwnAcronym);
  const hasOrganisationNoun = folded.some((w) => p.organisations.has(w));

  // "the city of Vaudon", "la ville de Vaudon": the place's authority, printed whole with its noun capitalised.
  const place = tokens.length > first + 2 && tokens.slice(first + 2).every((t) => /^\p{Lu}/u.test(t.text)) ? tokens[first + 1].folded : undefined;
  if (place && OF_WORDS.has(place) && place !== 'for' && place !== 'at' && p.localAuthorities.has(tokens[first].folded)) {
    const printed = display.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    return { ...empty, display: printed, descriptor: descriptorWords(tokens.slice(first), p), head: tokens[first].folded, organisation: true, authority: true, determiner: first > 0 && DEFINITE.has(tokens[first - 1].folded) ? 'definite' : null };
  }
  let name: string | null = null;
  let descriptorTokens = tokens.slice(first);
  // The name is the run that fills a comma-separated part on its own ("Priya Okafor, a mother of two
  // from Leeds", "the chief executive, Sarah Okafor"), else the last run.
  const wholeChunk = runs.find((r) => {
    const before = text.slice(0, tokens[r.from].start).replace(/^\s+/u, '');
    const after = text.slice(tokens[r.to - 1].end);
    return (before === '' || /,\s*$/u.test(before)) && (after.trim() === '' || /^\s*,/u.test(after)) && (before !== '' || after.trim() !== '');
  });
  // "Economist Laura Penn of the University of Bristol", "Jean Roux de la CGT": a name after "of the"/"de la" and an
  // organisation's words is where the person works, not who they are; the person is the run before it.
  const inRun = (i: number) => runs.some((r) => i >= r.from && i < r.to);
  const affiliation = (r: { from: number }) => {
    let i = r.from - 1;
    let between = false;
    while (i > first && !inRun(i) && (p.determiners.has(tokens[i].folded) || p.organisations.has(tokens[i].folded) || OF_WORDS.has(tokens[i].folded) || isCapitalised(tokens[i]))) {
      if (p.determiners.has(tokens[i].folded) || p.organisations.has(tokens[i].folded)) between = true;
      i--;
    }
    return i < r.from - 1 && OF_WORDS.has(tokens[i + 1].folded) && between;
  };
  const person = runs.length > 1 && affiliation(runs[runs.length - 1]) ? runs.findLast((r) => !affiliation(r) && r.to - r.from >= 2) : undefined;
  const run = wholeChunk ?? person ?? runs[runs.length - 1];
  // A capitalised run followed by an organisation noun ("Washington Post newspaper") is not a person;
  // an organisation noun in an apposition after a comma ("Jane Roe, the head of the agency AFLD") is hers.
  const commaAfterRun = run ? tokens.findIndex((t, i) => i >= run.to && /,/u.test(text.slice(tokens[i - 1].end, t.start))) : -1;
  const orgAfterRun = run ? folded.slice(run.to, commaAfterRun < 0 ? undefined : commaAfterRun).some((w) => p.organisations.has(w)) : false;
  // "a spokesperson for HM Coastguard", "le porte-parole de Transports Exemple": what follows "for"/"de" after the
  // title is the organisation the person speaks for, not their name (a name is set apart: "…, Jane Roe").
  // "a seismologist at the RSN", "un sismologue du RSN": a common noun for a person (no title of the list, no organisation
  // nor document noun) followed by "at"/"of" an organisation is described by the phrase, just as a title is.
  const commonHead = /^\p{Ll}/u.test(tokens[first].text) && !p.organisations.has(tokens[first].folded) && !p.documents.has(tokens[first].folded) && !p.pronouns.has(tokens[first].folded);
  const titleFirst = titles[first] === true || (commonHead && !run && acronymToken !== undefined && tokens.includes(acronymToken));
  const complementOf = (from: number, words: string[]) => {
    let i = from - 1;
    // "la présidente du groupe Alliance populaire": an organisation's noun before its name belongs to the complement.
    while (i > first && (isAcronym(tokens[i]) || isCapitalised(tokens[i]) || p.determiners.has(tokens[i].folded) || (p.organisations.has(tokens[i].folded) && !titles[i])) && !OF_WORDS.has(tokens[i].folded)) i--;
    return i > first && words.includes(tokens[i].folded) && !/,/u.test(text.slice(tokens[i].end, tokens[from].start));
  };
  // "The Harlow Taxpayers Association (HTA)": a run holding an organisation noun, with an acronym, is the organisation's name.
  const orgRun = run ? folded.slice(run.from, run.to).some((w) => p.organisations.has(w)) : false;
  // One capitalised word after "of"/"de" (a place, an organisation); any run after "for" ("spokesperson for Network Rail").
  const ownedByTitle =
    titleFirst &&
    !wholeChunk &&
    // "la directrice de l'école Jean-Moulin de Vallon": a name of several words right after an organisation's noun is that
    // organisation's, owned by the title as one word is.
    ((run && (run.to - run.from === 1 || (run.from > 0 && p.organisations.has(tokens[run.from - 1].folded) && !titles[run.from - 1]) || orgRun ? complementOf(run.from, [...OF_WORDS]) : complementOf(run.from, ['for']))) || (!run && acronymToken && tokens.includes(acronymToken) && complementOf(tokens.indexOf(acronymToken), [...OF_WORDS])));
  // "the prosecutor's office in Lyon", "le bureau du procureur à Lyon": one capitalised word after a place preposition
  // that follows a common noun is where the office is, not its name.
  const placed =
    !wholeChunk && run !== undefined && run.to - run.from === 1 && run.from > first && /^\p{Ll}/u.test(tokens[first].text) && complementOf(run.from, p.data.placePrepositions);
  // "a Kestrian Foreign Office spokesperson", "a City Hall official": an organisation's name right before a title is whom the
  // person speaks for, no name of theirs; the whole phrase describes them, as "a Harlow Council spokesperson" does.
  const titledByOrganisation = run !== undefined && orgRun && !wholeChunk && titles[run.to] === true;
  // "an ASL spokesperson", "a NATO official": an acronym right before a title is likewise whom the person speaks for, as
  // "a spokesperson for ASL" says; the acronym is no name of theirs.
  const acronymTitled = !run && !wholeChunk && acronymToken !== undefined && tokens.includes(acronymToken) && titles[tokens.indexOf(acronymToken) + 1] === true;
  // "France's foreign minister", "Smith's lawyer": a name in the possessive before the noun is whom the person serves or
  // belongs to, not their name; the phrase describes them.
  const possessed = run !== undefined && run.to < tokens.length && POSSESSIVE.test(tokens[run.to - 1].text) && !wholeChunk;
  // "Final figures confirm that…", "Provisional data show…": one capitalised word opening the phrase before a document's
  // noun is the sentence's capital on an adjective, or at most whose document it is; the phrase names a document, no one.
  const documentDescribed = run !== undefined && run.from === first && run.to - run.from === 1 && run.to === tokens.length - 1 && /^\p{Ll}/u.test(tokens[run.to].text) && p.documentNouns.has(tokens[run.to].folded);
  // "un assesseur de la liste Corbeau", "un proche du clan Ferrand": one capitalised word ending the phrase right after the
  // common noun of the head's complement names that noun (the list, the camp), not the person the head describes; a set
  // phrase for a title ("le chef de la diplomatie Lavrov") is still followed by its holder's name.
  const namedComplement = commonHead && !wholeChunk && run !== undefined && run.to - run.from === 1 && run.to === tokens.length && complementNoun(tokens, run.from, first, titles, p);
  if (ownedByTitle || placed || titledByOrganisation || possessed || documentDescribed || namedComplement) {
    // The whole phrase describes the person: no name, no acronym of their own.
  } else if (run && !orgAfterRun && !(acronymToken && ((run.to - run.from === 1 && hasOrganisationNoun) || orgRun))) {
    const end = organisationNameEnd(tokens, run, p);
    // A country's code right after the name is the end of it ("Halvorsen UK").
    const last = end === run.to && tokens[end] !== undefined && nameEnd(tokens[end]) ? end : end - 1;
    name = text.slice(tokens[run.from].start, tokens[last].end).replace(/['’]s$/u, '');
    descriptorTokens = tokens.slice(first, run.from);
  } else if (acronymToken) {
    descriptorTokens = tokens.slice(first).filter((t) => t !== acronymToken);
  }
  const descriptor = descriptorWords(descriptorTokens, p);
  const titleAt = tokens.findIndex((_, i) => titles[i] && i >= first);
  const head = titleAt >= 0 ? tokens[titleAt].folded : (descriptor.find((w) => p.organisations.has(w) || p.documents.has(w)) ?? descriptor[0] ?? null);
  const relative = descriptor.length > 0 && p.relativeTitles.has(descriptor[0]);
  const ownAcronym = ownedByTitle || acronymTitled ? null : acronymToken;
  const document = !name && !ownAcronym && head !== null && p.documents.has(head) && descriptor.length <= 3;
  // "un bilan de la préfecture": the document's issuer follows the document noun.
  const docAt = document ? tokens.findIndex((t, i) => i >= first && t.folded === head) : -1;
  // "un bilan provisoire de la préfecture", "un bilan communiqué par la préfecture": an adjective or a participle or two
  // may stand between the document noun and its issuer.
  let by = docAt + 1;
  while (docAt >= 0 && by < docAt + 3 && tokens[by] && /^\p{Ll}/u.test(tokens[by].text) && !ISSUED_BY.has(tokens[by].folded) && !p.determiners.has(tokens[by].folded)) by++;
  const issuer = docAt >= 0 && tokens[by] && ISSUED_BY.has(tokens[by].folded) && tokens[by + 1] ? text.slice(tokens[['du', 'des'].includes(tokens[by].folded) ? by : by + 1].start).trim() : null;
  // "the company's annual report", "Norrail's accounts": a possessive before the document names its issuer.
  const owner = document && !issuer ? tokens.findIndex((t, i) => i >= first && i < docAt && /\p{L}['’]s$/u.test(t.text)) : -1;
  const possessor = owner >= 0 ? text.slice(0, tokens[owner].end).replace(/['’]s$/u, '').trim() : null;
  const lead = first > 0 ? tokens[first - 1].folded : null;
  return {
    text,
    display: name ? name : display,
    name,
    acronym: ownAcronym ? ownAcronym.text : null,
    descriptor,
    head,
    pronoun: false,
    document,
    organisation: hasOrganisationNoun || Boolean(ownAcronym && !name),
    compound,
    relative,
    issuer: issuer && issuer.length > 0 ? issuer : possessor || null,
    possessiveIssuer: !(issuer && issuer.length > 0) && Boolean(possessor),
    determiner: lead === null ? null : DEFINITE.has(lead) ? 'definite' : INDEFINITE.has(lead) ? 'indefinite' : null,
    gender,
  };
}
