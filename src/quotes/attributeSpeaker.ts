/**
 * Finds, in the sentence around a quotation, the words that say who spoke, the way newspapers
 * write it: postposed ("», a déclaré John Kirby"), inverted ("a-t-il ajouté", "a déclaré
 * mercredi Poutine aux journalistes", "said the agency"), preposed ("X a déclaré : « … »",
 * "X a déclaré qu'il était “…”"), a participle ("…, écrivant : « … »"), "selon X" /
 * "according to X", a clause-final attribution (", ont rapporté des agences"), a headline
 * ("X : « … »"), or the sentence's own subject for a short fragment. Works on text where
 * quoted words are masked, so a verb inside a quotation never attributes it.
 */
import { DATELINE, LIVE_STAMP } from '../text/dateline.js';
import { parseMention, titleMask, tokenizePhrase } from './mentions.js';
import { numberWords } from '../lang/questions.js';
import { abbreviationDot, foldWord, type SpeechPatterns } from './speechPatterns.js';

export type AttributionHow =
  | 'postposed'
  | 'inverted'
  | 'preposed'
  | 'participle'
  | 'according'
  | 'clause-final'
  | 'headline'
  | 'subject'
  | 'continuation'
  | 'none';

export interface Attribution {
  /** The speaker phrase as printed ("le porte-parole du Conseil de sécurité nationale, John Kirby"), or a pronoun. */
  phrase: string | null;
  how: AttributionHow;
  /** Offset (in the sentence) of the verb that attributes, to tell one reporting verb from another. */
  verbAt: number | null;
  /** The phrase is a pronoun ("il", "he"). */
  pronoun: boolean;
}

const NONE: Attribution = { phrase: null, how: 'none', verbAt: null, pronoun: false };

/** Replaces the quoted words of a text with a neutral character, keeping offsets. */
export function maskSpans(text: string, spans: { start: number; end: number }[]): string {
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + '·'.repeat(Math.max(0, s.end - s.start)) + out.slice(s.end);
  return out;
}


const HONORIFIC_DOT = abbreviationDot;

/** The speaker noun phrase at the start of `rest`: "l'agence de presse officielle nord-coréenne, KCNA, sans…" → up to "KCNA". */
export function nounPhraseAfter(rest: string, p: SpeechPatterns): string | null {
  const text = rest.replace(HONORIFIC_DOT, '$1').replace(/\s*\((\p{Lu}{2,6}\d*|\p{Lu}\p{Ll}{2,6})\)/gu, ', $1');
  const cut = text.split(/[;:.!?()«»“”"·\[\]]/u)[0];
  const chunks = cut.split(',');
  const words = (chunks[0] ?? '').trim().split(/\s+/u).filter(Boolean);
  const kept: string[] = [];
  for (const [i, w] of words.entries()) {
    const f = foldWord(w.replace(/^(?:l|d)['’]/iu, (m) => m));
    // "a person familiar with the matter", "people briefed on the talks": an anonymous source's label goes on past its preposition.
    const ahead = words.slice(i - 1).map((x) => foldWord(x)).join(' ');
    if (i > 0 && p.phraseStops.has(f) && p.data.sourceLinks.some((l) => `${ahead} `.startsWith(`${l} `) || `${ahead} `.slice(ahead.indexOf(' ') + 1).startsWith(`${l} `))) {
      kept.push(w);
      continue;
    }
    if (i > 0 && p.phraseStops.has(f) && !p.complementLinks.has(f)) {
      // "résume celle qui, depuis quinze ans, traque …, Nathalie Brunet", "said the man who, before …, spent …, Ray
      // Kessler": a short head, a relative clause, then the name set apart at the end is the speaker.
      const named = i <= 3 && p.data.relatives.includes(f) ? apposedNameAtEnd(chunks, p) : null;
      if (named) return named;
      // "une retraitée venue avec sa petite-fille", "a pensioner accompanied by her son": a participle between a role noun
      // and its complement opens a phrase about the speaker, no part of the role.
      if (kept.length === 3 && p.determiners.has(foldWord(kept[0])) && kept.slice(1).every((k) => /^\p{Ll}/u.test(k)) && !p.titles.includes(foldWord(kept.slice(1).join(' '))) && !p.titles.includes(foldWord(kept[2])) && p.data.pastParticipleEndings.some((e) => kept[2].toLowerCase().endsWith(e))) kept.pop();
      // "un mécanicien du bord joint par téléphone", "a crew member reached by phone": a participle of contact (language
      // data: asideParticiples) says how the source was reached, no part of who they are.
      else if (kept.length >= 3 && p.determiners.has(foldWord(kept[0])) && p.data.asideParticiples.includes(kept[kept.length - 1].toLowerCase().replace(/’/gu, "'"))) kept.pop();
      break;
    }
    if (i === 0 && (p.phraseStops.has(f) || p.ownReporting.has(f))) return null;
    kept.push(w);
    if (kept.length >= 14) break;
  }
  if (kept.length === 0 || kept.every((w) => p.determiners.has(foldWord(w)))) return null;
  let phrase = kept.join(' ');
  // Apposition: ", John Kirby," or ", KCNA" after a description (even one cut short: "l'ingénieur en chef…, Marc Olivier").
  if (chunks.length > 1) {
    const next = chunks[1].trim();
    if (/^(?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*){0,3}$/u.test(next) && !p.connectives.has(foldWord(next.split(/\s+/u)[0]))) phrase += `, ${next}`;
    // "said one shopkeeper, a baker who gave only her first name, Marisol", « une habitante, une retraitée qui n'a donné que
    // son prénom, Odile »: the name set apart at the end of a description of the speaker is who speaks.
    else if (chunks.length === 3 && p.determiners.has(foldWord(next.split(/\s+/u)[0] ?? '')) && !/\p{Lu}/u.test(next)) {
      const last = chunks[2].trim();
      if (/^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}$/u.test(last) && !p.connectives.has(foldWord(last.split(/\s+/u)[0]))) phrase += `, ${last}`;
    }
  }
  return phrase;
}

/** The last chunk of a clause when it is a name of two to four capitalised words ("…, Nathalie Brunet"). */
function apposedNameAtEnd(chunks: string[], p: SpeechPatterns): string | null {
  if (chunks.length < 2) return null;
  const last = chunks[chunks.length - 1].trim();
  if (!/^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3}$/u.test(last)) return null;
  return p.connectives.has(foldWord(last.split(/\s+/u)[0])) ? null : last;
}

/**
 * The subject of an inverted verb, after the person spoken to: "», a confié à la radio Julie
 * Roux" / "a expliqué au Journal Paul Vidal" / "a déclaré mercredi à la presse la ministre" →
 * the text from the subject on ("Julie Roux", "la ministre"). The object is a preposition of the
 * language's `indirectObjects`, an optional article, one head word and its lower-case complements
 * ("à la radio locale", "à l'agence de presse"); the subject must then start with a determiner,
 * an honorific or a capital. Null when `rest` does not start so.
 */
export function afterIndirectObject(rest: string, p: SpeechPatterns): string | null {
  const tokens = [...rest.matchAll(/[^\s,;:.!?()«»“”"·\[\]]+/gu)];
  const joined = (i: number) => i > 0 && /^\s+$/u.test(rest.slice(tokens[i - 1].index! + tokens[i - 1][0].length, tokens[i].index));
  const lower = (i: number) => tokens[i][0].toLowerCase();
  if (tokens.length < 3 || !/^\s*$/u.test(rest.slice(0, tokens[0].index)) || ![...p.data.indirectObjects, ...p.data.circumstancePrepositions].includes(lower(0))) return null;
  let i = 1;
  const articles = ['la', 'les', 'le', 'the', 'un', 'une', 'a', 'an'];
  if ((lower(0) === 'à' || p.data.circumstancePrepositions.includes(lower(0))) && articles.includes(lower(1))) i++;
  // The head ("franceinfo", "l'agence", "Journal"), then lower-case complements ("locale", "de presse").
  if (i >= tokens.length || !joined(i)) return null;
  i++;
  let words = 1;
  while (i < tokens.length && joined(i) && words < 4) {
    const w = lower(i);
    if (p.adverb.test(tokens[i][0])) break;
    if (['de', 'du', 'des'].includes(w) || /^d['’]/u.test(w)) {
      i++;
      if (i < tokens.length && ['la', 'les'].includes(lower(i))) i++;
      if (w.length > 3) continue;
      if (i < tokens.length) i++;
      words++;
      continue;
    }
    if (!/^\p{Ll}/u.test(tokens[i][0]) || p.determiners.has(foldWord(w)) || /^l['’]/u.test(w)) break;
    i++;
    words++;
  }
  while (i < tokens.length && joined(i) && p.adverb.test(tokens[i][0])) i++;
  if (i >= tokens.length || !joined(i)) return null;
  const first = tokens[i][0];
  const starts = p.determiners.has(foldWord(first)) || /^(?:l|d)['’]/iu.test(first) || p.honorificWords.has(first) || /^\p{Lu}/u.test(first);
  if (!starts || ['de', 'du', 'des'].includes(foldWord(first)) || /^d['’]/iu.test(first)) return null;
  return rest.slice(tokens[i].index);
}

/** The speaker after an inverted reporting verb: "a déclaré X", or "a confié à la radio X" (see afterIndirectObject). */
export function subjectAfterVerb(rest: string, p: SpeechPatterns): { phrase: string; rest: string } | null {
  const phrase = nounPhraseAfter(rest, p);
  if (phrase) return { phrase, rest };
  const subject = afterIndirectObject(rest, p);
  const behind = subject ? nounPhraseAfter(subject, p) : null;
  return behind ? { phrase: behind, rest: subject! } : null;
}

/** The source after "selon" / "according to": "according to figures released by the office" → the office. */
function sourceAfter(rest: string, p: SpeechPatterns): string | null {
  // "un enregistrement consulté par X", "a memo seen by X": the source is the document, not who saw it.
  const seen = p.seenBy.map((re) => re.exec(rest)).find(Boolean);
  if (seen) return nounPhraseAfter(seen[1], p);
  const agent = p.agentParticiple.exec(rest)?.groups?.agent;
  const phrase = nounPhraseAfter(agent ?? rest, p);
  return phrase && measure(phrase, p) ? null : phrase;
}

/**
 * "le premier dépouillement", "the official tally": a count or a figure (language data: measureNouns) with no one's name
 * after it says where a number comes from; no one speaks. "le décompte de la préfecture" still names its issuer.
 */
function measure(phrase: string, p: SpeechPatterns): boolean {
  const words = phrase.split(/[\s'’]+/u).map(foldWord);
  const at = words.findIndex((w) => p.data.measureNouns.some((n) => foldWord(n) === w));
  return at >= 0 && !words.slice(at + 1).some((w) => ISSUER_LINKS.includes(w) || MERGED_OF.has(w));
}

/** The prepositions that link a document or a count to its issuer ("Communiqué de X", "Statement from X", "Post by X"). */
export const ISSUER_LINKS = ['de', 'of', 'from', 'by', 'par'];
/** "de" merged with an article or elided ("le décompte du ministère", "d'"), as a word split on apostrophes reads it. */
const MERGED_OF = new Set(['du', 'des', 'd']);

/**
 * A live-blog entry's clock time opening the line, in bold or not: "**09:15** — ", "19h31 — ", or bare before the
 * entry's first capitalised word ("08:40 A port spokeswoman told…").
 */
export const LIVE_TIME_STAMP = /^\s*\**\s*\d{1,2}\s*(?:[h:.]\s*\d{0,2}\s*(?:[aApP]\.?[mM]\.?\s*)?\**\s*[—–-]\s*|[h:.]\d{2}\**\s+(?=\p{Lu}))/u;

/**
 * Whether a line opens with a live-blog clock time, as quotations read it (LIVE_TIME_STAMP, which also takes an hour
 * without minutes, "19h —") or as the timeline reads it (LIVE_STAMP).
 */
export function opensWithClockTime(text: string): boolean {
  return LIVE_TIME_STAMP.test(text) || LIVE_STAMP.test(text);
}

/** The text without the live-blog clock time opening it, in either reading (see opensWithClockTime). */
export function withoutClockTime(text: string): string {
  return text.replace(LIVE_TIME_STAMP, '').replace(LIVE_STAMP, '');
}

/**
 * The subject of the clause whose verb starts at `verbAt`: back to the sentence start, a ";",
 * a ":" or a complementiser; leading connectives ("Cependant,", "Lors de la réunion,") and
 * emphatic pronouns ("Poutine, lui, a…") are dropped, appositions kept.
 */
export function subjectBefore(masked: string, verbAt: number, p: SpeechPatterns): string | null {
  let from = 0;
  const head = masked.slice(0, verbAt);
  // A subordinate clause of time or place opens a new subject too: "The fire had spread by noon, when firefighters said…".
  // The colon of a clock time ("09:15 — Speaking to …, X said") ends no clause.
  for (const m of head.matchAll(/;|(?<!\d):|:(?!\d)|(?<![\p{L}])(?:que|qu['’]|that|while|whereas|when|where|quand|lorsque|lorsqu['’]|où)(?![\p{L}])/giu)) {
    // "A spokeswoman for X, the company that runs the lifts, said": "that" between a noun and its verb is a relative
    // pronoun inside the subject, no clause of its own.
    if (!relativeThat(head.slice(0, m.index), head.slice(m.index! + m[0].length), m[0], p)) from = m.index! + m[0].length;
  }
  // "…une note, dans laquelle le directeur de cabinet, X, demande de « … »": the relative clause has its own subject.
  // A pronoun there ("in which he criticised") stands for the sentence's subject: the subject is read as before.
  for (const m of head.matchAll(p.prepositionalRelative)) {
    const next = /^\s*([\p{L}]+)/u.exec(head.slice(m.index! + m[0].length))?.[1] ?? '';
    if (!p.pronouns.has(foldWord(next))) from = Math.max(from, m.index! + m[0].length);
  }
  let clause = withoutClockTime(head.slice(from).replace(DATELINE, ''));
  // "X « assume » le limogeage et promet…": a quotation standing as the first of two verbs joined by "et"/"and" ends
  // the subject; what follows it is that verb's object.
  const quoteVerb = /^(?<subject>[^,]*?\p{L}[^,·]*?)\s*[«“„"]?\s*·+\s*[»”"]?\s+(?<object>\p{Ll}[^,·]*?)\s*$/u.exec(clause.slice(clause.lastIndexOf(',') + 1));
  const endsCoordinated = (text: string) => p.data.coordinators.includes(foldWord(text.split(/\s+/u).pop() ?? ''));
  if (quoteVerb?.groups && endsCoordinated(quoteVerb.groups.object)) clause = clause.slice(0, clause.lastIndexOf(',') + 1) + quoteVerb.groups.subject;
  clause = clause.replace(/·+/gu, ' ');
  let chunks = clause.split(',').map((c) => c.trim());
  // "Traffic remains diverted, and the city says…", "Le trafic reste dévié, et la ville indique…": a coordinator after the
  // comma that follows a single chunk opens a second clause with its own subject (a list of subjects runs "A, B, and C").
  const coordinator = chunks.length === 2 ? p.data.coordinators.filter((c) => chunks[1].toLowerCase().startsWith(`${c} `)).sort((a, b) => b.length - a.length)[0] : undefined;
  if (coordinator) chunks = [chunks[1].slice(coordinator.length).trim()];
  // "Sans lien avec son adversaire, l'ancienne députée…", "Despite the rain, the mayor…": a phrase opened by a preposition
  // before the subject is no part of it.
  const prepositional = (chunk: string) => {
    const first = foldWord(chunk.split(/\s+/u)[0] ?? '');
    // Not "Pour la politologue X, qui…" / "For X, …": a person's view names them (see viewOf).
    return p.phraseStops.has(first) && !p.determiners.has(first) && !p.data.relatives.includes(first) && !p.data.coordinators.includes(first) && !p.viewOf.test(`${chunk},`);
  };
  // "Interrogé sur X, dont le nom circule, il a souri": a relative clause after an opening phrase belongs to that phrase.
  const opensRelative = (chunk: string) => p.data.relatives.includes(foldWord(chunk.split(/\s+/u)[0] ?? ''));
  // "One of them, a retired teacher, told…": the quantifier opens the subject, its apposition names who.
  const partitive = (chunk: string) => p.data.partitives.includes(chunk.toLowerCase().replace(/’/gu, "'"));
  while (chunks.length > 1 && (isIntroductory(chunks[0], p) || prepositional(chunks[0]) || opensRelative(chunks[0]) || partitive(chunks[0]))) chunks.shift();
  // "…, according to a port spokesman, who said": a subject relative right before the verb stands for the source named
  // just before it, not for the sentence's opening words.
  if (chunks.length > 1) {
    const [pronoun, ...rest] = chunks[chunks.length - 1].split(/\s+/u);
    const bare = rest.every((w) => p.data.auxiliaries.includes(foldWord(w)) || p.adverb.test(w));
    const source = p.accordingTo.exec(chunks[chunks.length - 2]);
    if (bare && p.data.subjectRelatives.includes(foldWord(pronoun)) && source?.index === 0 && source.groups?.rest) {
      const phrase = sourceAfter(source.groups.rest, p);
      if (phrase) return phrase;
    }
  }
  // "A Kalmarian official, speaking on condition of anonymity because…, said": a participle clause set apart after the
  // subject ends it.
  // "l'ancien directeur, 64 ans, a maintenu…", "the driver, 52, said": an age set apart is no part of the subject.
  for (let i = chunks.length - 1; i > 0; i--) if (p.asideAge.test(chunks[i])) chunks.splice(i, 1);
  // "Le technicien, exclu à la 80e minute, avait déclaré", "the coach, sent off in the 90th minute, said": a participle and
  // its complement set apart after a description (a determiner and lower-case words) only tell more of it.
  const described = chunks.length > 1 && p.determiners.has(foldWord(chunks[0].split(/\s+/u)[0] ?? '')) && !/\p{Lu}/u.test(chunks[0].slice(1));
  const setApart = (c: string) => described && !/\p{Lu}/u.test(c) && !p.titles.includes(foldWord(c.split(/\s+/u)[0] ?? '')) && participleClause(c.split(/\s+/u), p);
  const aside = chunks.findIndex((c, i) => i > 0 && (asideParticiple(c, p) || setApart(c)));
  if (aside > 0) chunks.splice(aside);
  // "« … », écrit le club, qui évoque « … »": the antecedent of "qui" is an inverted attribution's subject; masked
  // quotations leave empty chunks.
  let incise = 0;
  for (const [i, chunk] of chunks.entries()) {
    const inverted = /\p{L}/u.test(chunk) ? p.verbThenSubject.exec(chunk) : null;
    const subject = inverted?.groups?.rest ? subjectAfterVerb(inverted.groups.rest, p)?.phrase : null;
    // "hailed what she called « … »": a free relative after the verb is its object, no inverted subject.
    const freeRelative = subject && p.data.freeRelatives.some((w) => foldWord(subject).startsWith(`${foldWord(w)} `) || foldWord(subject) === foldWord(w));
    if (subject && !freeRelative) {
      chunks[i] = subject;
      incise = i;
    }
  }
  // "Un audit n'avait rien détecté, a fait valoir la direction, qui dit « … »": the words before the inverted verb are
  // what it reported, no part of its subject.
  if (incise > 0) chunks.splice(0, incise);
  while (chunks.length > 1 && !/\p{L}/u.test(chunks[0])) chunks.shift();
  // "The bank, which has … a small British subsidiary, Solvane UK, said": a relative clause set apart runs up to the
  // verb, names in it included; the subject is what comes before it.
  const relative = chunks.findIndex((c, i) => i > 0 && p.data.relatives.includes(foldWord(c.split(/\s+/u)[0] ?? '')));
  if (relative > 0) chunks.splice(relative);
  // "La Banque X, établissement régional dont le siège est à Lyon, a reconnu": an apposition ends at its relative pronoun.
  for (let i = 1; i < chunks.length; i++) {
    const words = chunks[i].split(/\s+/u);
    const at = words.findIndex((w, k) => k > 0 && p.data.relatives.includes(foldWord(w)) && (!['que', "qu'", 'that'].includes(foldWord(w)) || relativeThat(words.slice(0, k).join(' '), words.slice(k + 1).join(' '), w, p)));
    if (at > 0) {
      chunks[i] = words.slice(0, at).join(' ');
      chunks.splice(i + 1);
      // "A spokeswoman for X, the company that runs…": a bare description left of the apposition tells what X is.
      if (at <= 3 && p.determiners.has(foldWord(words[0])) && words.slice(1, at).every((w) => /^\p{Ll}/u.test(w))) chunks.splice(i);
    }
  }
  // "The plant will reopen on 40 lines, up from 20, a company spokeswoman said", "Le site rouvrira lundi, a précisé…": a
  // chunk holding a finite verb of its own is a clause, the words reported; the subject is the noun phrase after it.
  // A circumstance after the clause ("up from 20", "contre 20 hier") ends the words reported too.
  const clauseAt = chunks.findLastIndex((c, i) => i < chunks.length - 1 && firstMatch(p.finiteAux, c, p) !== Infinity);
  const nounPhraseAt = clauseAt < 0 ? -1 : chunks.findIndex((c, i) => i > clauseAt && (p.determiners.has(foldWord(c.split(/\s+/u)[0] ?? '')) || /^\p{Lu}/u.test(c)));
  if (nounPhraseAt > 0) chunks.splice(0, nounPhraseAt);
  // "le maire, visiblement éprouvé, s'est adressé…": the reflexive pronoun before the verb is no part of the subject.
  if (chunks.length > 0) chunks[chunks.length - 1] = chunks[chunks.length - 1].replace(/(?:^|\s+)(?:s['’]|se)\s*$/iu, '').trim();
  // "la tribune Nord l'avait rappelé", "Il nous a dit": an object pronoun before the verb is no part of the subject either.
  if (chunks.length > 0 && p.objectClitic) chunks[chunks.length - 1] = chunks[chunks.length - 1].replace(p.objectClitic, '').trim();
  // "The midfielder had already posted…": an auxiliary and its adverbs left before a bare verb form belong to the
  // verb, never to the subject.
  if (chunks.length > 0) chunks[chunks.length - 1] = withoutAdverbs(withoutVerbTail(chunks[chunks.length - 1], p), p);
  while (chunks.length > 1 && (chunks[chunks.length - 1] === '' || p.emphatic.has(foldWord(chunks[chunks.length - 1])) || isAside(chunks[chunks.length - 1], p))) chunks.pop();
  if (chunks.length === 1 && isIntroductory(chunks[0], p)) return null;
  // "Recoveries, he said, can take…": a subject pronoun set apart right before the verb is the subject; the noun fronted
  // before it belongs to the reported clause ("Marie, elle, a dit", where the pronoun is emphatic, went above).
  const lastChunk = chunks[chunks.length - 1];
  if (chunks.length > 1 && p.pronouns.has(foldWord(lastChunk)) && !p.impersonalPronouns.has(foldWord(lastChunk))) return lastChunk;
  let subject = chunks.filter(Boolean).join(', ').replace(/[«»“”„"]/gu, '').trim();
  // "The prosecutor in the trial over a deadly explosion at the … plant in southeastern France has asked": an overlong
  // subject is its head, up to the first preposition after it.
  const words = subject.split(/\s+/u);
  if (words.length > 16 && chunks.filter(Boolean).length === 1) {
    const stop = words.findIndex((w, i) => i > 0 && p.phraseStops.has(foldWord(w)));
    if (stop > 0) subject = words.slice(0, stop).join(' ');
  }
  if (!/\p{L}/u.test(subject) || subject.split(/\s+/u).length > 16) return null;
  return subject;
}

/**
 * Whether a word that is both a complementiser and a relative ("that", "que") is a relative pronoun here: right after a
 * noun (no verb) and right before a verb (no subject of its own): "the company that runs the lifts", not "said that the
 * company".
 */
function relativeThat(before: string, after: string, word: string, p: SpeechPatterns): boolean {
  const folded = foldWord(word);
  if (!p.data.relatives.includes(folded) || !p.data.complementisers.includes(folded)) return false;
  const prev = /([\p{L}'’-]+)\s*$/u.exec(before)?.[1];
  const next = /^\s*([\p{L}'’-]+)/u.exec(after)?.[1];
  if (!prev || !next || !/^\p{Ll}/u.test(prev) || !/^\p{Ll}/u.test(next)) return false;
  if (p.data.auxiliaries.includes(foldWord(prev)) || firstVerbAt(` ${prev} `, p) !== Infinity || p.phraseStops.has(foldWord(prev))) return false;
  return !p.determiners.has(foldWord(next)) && !p.pronouns.has(foldWord(next)) && !p.phraseStops.has(foldWord(next)) && !p.adverb.test(next);
}

/**
 * A subject with the auxiliary (and adverbs) of its verb cut off its end: "the midfielder had
 * already" → "the midfielder". Only lower-case words go, so a name never does; a subject that is
 * nothing but such words is kept as it was.
 */
function withoutVerbTail(chunk: string, p: SpeechPatterns): string {
  const words = chunk.split(/\s+/u).filter(Boolean);
  const lower = (w: string) => /^\p{Ll}/u.test(w);
  const listed = (w: string) => lower(w) && (p.adverb.test(w) || p.data.asideAdverbs.includes(w));
  const manner = (w: string) => listed(w) || (lower(w) && p.data.adverbEndings.some((e) => w.length > e.length + 3 && w.endsWith(e)));
  const auxiliary = (w: string) => lower(w) && p.data.auxiliaries.includes(w);
  // Read back: the adverbs after the auxiliary, the auxiliary (or two: "would have"), the listed adverbs before it.
  let end = words.length;
  while (end > 0 && manner(words[end - 1])) end--;
  const afterAux = end;
  while (end > 0 && auxiliary(words[end - 1])) end--;
  if (end === afterAux) return chunk;
  while (end > 0 && listed(words[end - 1])) end--;
  return end === 0 ? chunk : words.slice(0, end).join(' ');
}

/**
 * A subject without the adverbs right before its verb: "A company spokeswoman later confirmed" → "A company
 * spokeswoman", « le préfet ensuite a… » → "le préfet". Only listed adverbs in lower case go, never the whole subject.
 */
function withoutAdverbs(chunk: string, p: SpeechPatterns): string {
  const m = p.trailingAdverbs.exec(chunk);
  if (!m || m.index === 0) return chunk;
  // "le journal du soir", "the same": a word after a determiner or a preposition is a noun's, no adverb.
  const last = foldWord(chunk.slice(0, m.index).split(/\s+/u).pop() ?? '');
  return p.determiners.has(last) || p.phraseStops.has(last) || p.complementLinks.has(last) ? chunk : chunk.slice(0, m.index);
}

/**
 * A manner or state set between commas after the subject, opened by an adverb ("le maire,
 * visiblement éprouvé, a…", "the minister, visibly shaken, said"): no part of the subject. An
 * apposition ("Jean Dupont, maire de X, a…", "Marie Roux, habitante du quartier") is kept.
 */
function isAside(chunk: string, p: SpeechPatterns): boolean {
  const words = chunk.split(/\s+/u).filter(Boolean);
  if (words.length === 0 || words.length > 4 || words.some((w) => /\p{Lu}|\d/u.test(w))) return false;
  return p.data.asideAdverbs.includes(words[0].toLowerCase());
}

/**
 * The source a verb of quoting names right before the colon: "cite le rapport de l'arbitre X :" → "le rapport de
 * l'arbitre X" (a document speaks for its author), "quoted its captain X:" → "its captain X". Null when the verb is no
 * verb of quoting or its object names no one (a capitalised name) or runs on.
 */
function quotedSource(before: string, hit: VerbHit, p: SpeechPatterns): string | null {
  const verb = foldWord(before.slice(hit.at, hit.end).trim().split(/\s+/u).pop() ?? '');
  if (!p.data.quotingVerbs.some((v) => foldWord(v) === verb)) return null;
  const colon = /^\s*([^,;:.!?«»“”"·]+?)\s*:\s*$/u.exec(before.slice(hit.end));
  const object = colon?.[1];
  if (!object || object.split(/\s+/u).length > 10 || !p.determiners.has(foldWord(object.split(/\s+/u)[0])) || !/\s\p{Lu}/u.test(object)) return null;
  return object;
}

/** A clause set apart that opens with a participle: "speaking on condition of anonymity", "s'exprimant sous couvert d'anonymat". */
function asideParticiple(chunk: string, p: SpeechPatterns): boolean {
  const first = chunk.trim().split(/\s+/u)[0] ?? '';
  const word = first.toLowerCase().replace(/’/gu, "'");
  if (!/^\p{Ll}/u.test(first)) return false;
  return p.data.asideParticiples.includes(word) || p.data.asideParticipleEndings.some((e) => word.length > e.length + 3 && word.endsWith(e));
}

function isIntroductory(chunk: string, p: SpeechPatterns): boolean {
  const words = chunk.trim().split(/\s+/u);
  const first = foldWord(words[0] ?? '');
  const firstTwo = foldWord(words.slice(0, 2).join(' '));
  return !chunk.trim() || p.connectives.has(first) || p.connectives.has(firstTwo) || p.adverb.test(chunk.trim()) || participleClause(words, p);
}

/**
 * A participle and its complement opening a sentence: "Appelé à s'expliquer…", "Interrogée sur
 * France Bleu", "Asked about the delay": a word that is no determiner, pronoun, honorific or
 * name, then a preposition (not the "de"/"of" inside a name).
 */
function participleClause(words: string[], p: SpeechPatterns): boolean {
  if (words.length < 2) return false;
  const [first, second] = [foldWord(words[0]), foldWord(words[1])];
  if (p.determiners.has(first) || p.pronouns.has(first) || p.honorificWords.has(words[0]) || p.phraseStops.has(first)) return false;
  // "Dénonçant des irrégularités dans…", "Citing a lack of funds": a present participle, then its object.
  const presentParticiple = /^\p{L}+$/u.test(words[0]) && p.data.openingParticipleEndings.some((e) => first.endsWith(e) && first.length > e.length + 2) && !p.titles.includes(first);
  if (presentParticiple && (p.determiners.has(second) || p.phraseStops.has(second))) return true;
  return p.phraseStops.has(second) && !p.complementLinks.has(second) && /^\p{L}+$/u.test(words[0]) && !/^\p{Lu}/u.test(words[1]);
}

interface VerbHit {
  at: number;
  end: number;
  participle: boolean;
}

/** A word right after a determiner is a noun ("the recall", "le communiqué", "une note"), not a verb. */
function afterDeterminer(masked: string, at: number, p: SpeechPatterns): boolean {
  // "l'annonce": an elided article is a determiner too.
  if (/(?<![\p{L}])[lL]['’]$/u.test(masked.slice(Math.max(0, at - 3), at))) return true;
  const word = /([\p{L}]+)\s+$/u.exec(masked.slice(Math.max(0, at - 12), at))?.[1];
  return word !== undefined && p.determiners.has(foldWord(word)) && !['de', 'des', 'du', 'that'].includes(foldWord(word));
}

/**
 * "told The Channel Post: \"…\"", "The Morning Post reported": a capitalised verb form right after a capitalised word
 * ends a name (an outlet's), unless the words after it are capitalised too (a headline in title case).
 */
function endsName(masked: string, at: number, end: number): boolean {
  if (!/^\p{Lu}/u.test(masked.slice(at))) return false;
  const before = /(\p{L}+)\s+$/u.exec(masked.slice(Math.max(0, at - 40), at))?.[1];
  const after = /^\s+(\p{L})/u.exec(masked.slice(end))?.[1];
  return before !== undefined && /^\p{Lu}/u.test(before) && !(after !== undefined && /\p{Lu}/u.test(after));
}

function verbHits(masked: string, p: SpeechPatterns): VerbHit[] {
  const hits: VerbHit[] = [];
  for (const m of masked.matchAll(p.finiteVerb)) if (!afterDeterminer(masked, m.index!, p) && !endsName(masked, m.index!, m.index! + m[0].length)) hits.push({ at: m.index!, end: m.index! + m[0].length, participle: false });
  for (const m of masked.matchAll(p.participle)) hits.push({ at: m.index!, end: m.index! + m[0].length, participle: true });
  return hits.sort((a, b) => a.at - b.at);
}

/** Where the first verb of `verbHits` is, Infinity when none (without listing them all). */
function firstVerbAt(text: string, p: SpeechPatterns): number {
  p.participle.lastIndex = 0;
  const participle = p.participle.exec(text);
  p.participle.lastIndex = 0;
  const at = firstMatch(p.finiteVerb, text, p);
  return participle ? Math.min(at, participle.index) : at;
}

/** Where a (global) pattern first matches other than right after a determiner, Infinity when nowhere. */
export function firstMatch(pattern: RegExp, text: string, p: SpeechPatterns): number {
  pattern.lastIndex = 0;
  let at = Infinity;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (!afterDeterminer(text, m.index, p)) {
      at = m.index;
      break;
    }
    if (m[0].length === 0) pattern.lastIndex++;
  }
  pattern.lastIndex = 0;
  return at;
}

/** The subject of the nearest finite clause before a participle ("que Kim avait laissé…, écrivant"). */
function participleSubject(masked: string, participleAt: number, p: SpeechPatterns): { phrase: string; verbAt: number } | null {
  const head = masked.slice(0, participleAt);
  const finite = [...head.matchAll(p.finiteAux)].pop();
  // "Il dénonce « … », estimant que …": no auxiliary, but a finite verb of speech before the participle; its subject is
  // the participle's.
  const spoken = finite ? undefined : verbHits(head, p).filter((h) => !h.participle).pop();
  if (spoken) {
    const phrase = subjectBefore(masked, spoken.at, p);
    if (phrase) return { phrase, verbAt: participleAt };
  }
  if (!finite) {
    // "Judge Robert Klein dissented, arguing that…": the subject is what comes before the simple-past verb.
    const words = head.replace(DATELINE, '').replace(/[,\s]+$/u, '').split(/\s+/u).filter(Boolean);
    if (!/^\p{Lu}/u.test(words[0] ?? '') || words.some((w) => /[,;:·]/u.test(w))) return null;
    // "The recording shows the crew declaring: '…'": a verb's object right before the participle is the one speaking,
    // not the sentence's subject.
    const object = words.slice(-3).findIndex((w) => p.determiners.has(foldWord(w)));
    if (object >= 0) {
      const at = words.length - 3 + object;
      const verb = words[at - 1];
      const noun = words.slice(at + 1);
      if (at >= 2 && verb && /^\p{Ll}/u.test(verb) && !p.phraseStops.has(foldWord(verb)) && noun.length > 0 && noun.every((w) => /^\p{Ll}/u.test(w) && !p.phraseStops.has(foldWord(w)))) {
        return { phrase: words.slice(at).join(' '), verbAt: participleAt };
      }
    }
    while (words.length > 1 && (/^\p{Ll}/u.test(words[words.length - 1]) || p.adverb.test(words[words.length - 1]))) words.pop();
    const phrase = words.join(' ');
    // "The two leaders also signed a …": a determiner left alone names no one.
    if (words.length === 1 && p.determiners.has(foldWord(words[0]))) return null;
    return words.length < head.trim().split(/\s+/u).length && words.length <= 8 ? { phrase, verbAt: participleAt } : null;
  }
  const phrase = subjectBefore(masked, finite.index!, p);
  return phrase ? { phrase, verbAt: participleAt } : null;
}

export interface QuoteInSentence {
  /** Offsets of the quotation marks in the sentence. */
  open: number;
  close: number;
  heading: boolean;
}

/**
 * Who the sentence says spoke the quotation at `q`. `masked` is the sentence with every
 * quotation's words masked.
 */
/** Words with each capitalised name ("Eaux de Marvel", "Port of Dover") as one word: a name's length says nothing of a subject's. */
function nameRunsAsOne(words: string[], p: SpeechPatterns): string[] {
  const capital = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w);
  return words.filter((w, i) => {
    if (i === 0) return true;
    // A particle between two capitalised words ("de" in "Eaux de Marvel", "of" in "Port of Dover") is part of the name.
    const particle = p.nameParticles.has(foldWord(w)) || ['of', 'd\'', 'd’'].includes(foldWord(w));
    if (particle && capital(words[i - 1]) && capital(words[i + 1])) return false;
    return !(capital(w) && (capital(words[i - 1]) || (p.nameParticles.has(foldWord(words[i - 1])) && capital(words[i - 2]))));
  });
}

export function attributeQuote(masked: string, q: QuoteInSentence, p: SpeechPatterns): Attribution {
  const before = masked.slice(0, q.open);
  const fullAfter = masked.slice(q.close);

  if (q.heading) {
    const m = /^\s*([^:]{2,60}?)\s*:\s*$/u.exec(before);
    // "Q&A: \"…\"", « Entretien : « … » »: a section label says what kind of article follows, not who speaks.
    const label = m !== null && p.data.sectionLabels.some((l) => foldWord(l) === foldWord(m[1]));
    return m && !label && !opensWithCommonNoun(m[1], p) ? { phrase: m[1], how: 'headline', verbAt: null, pronoun: false } : NONE;
  }

  // "que ses élèves surnommaient « le Prof »", "nicknamed \"the Professor\"": a name given to someone is no one's words.
  if (p.namingBefore.test(before) || p.namingRelative.test(before)) return NONE;

  // 1. Right after the quotation: inverted pronoun, verb + subject, subject + verb, "selon X". A time word or an adverb
  // between the quotation and the attribution is no part of it ("« … » jeudi, a prévenu X").
  const after = fullAfter.replace(p.leadingAdverbs, '');
  const inv = p.invertedPronoun.exec(after);
  if (inv) return { phrase: inv.groups?.pron ?? inv.groups?.pron2 ?? inv.groups?.pron3 ?? null, how: 'inverted', verbAt: q.close, pronoun: true };
  const vs = p.verbThenSubject.exec(after);
  if (vs?.groups?.rest) {
    const phrase = subjectAfterVerb(vs.groups.rest, p)?.phrase;
    if (phrase) return { phrase, how: 'postposed', verbAt: q.close, pronoun: false };
  }
  // "\"…,\" X, a broker at Y, which insures Z, told the Gazette": the relative clause inside the apposition is set aside.
  // "\"…,\" Captain X, who heads the unit (PGM), told reporters": the same when the subject read whole holds the relative.
  const whole = p.subjectThenVerb.exec(after)?.groups?.subject;
  const holdsRelative = whole !== undefined && p.setApartRelative.test(`${whole},`);
  const svAfter = whole !== undefined && !holdsRelative ? after : after.replace(p.setApartRelative, ',');
  const sv = p.subjectThenVerb.exec(svAfter);
  if (sv?.groups?.subject && /^\s*[,;]?\s*[-—–]?\s*$/u.test(svAfter.slice(0, svAfter.indexOf(sv.groups.subject)))) {
    // "X, qui dirige …, a déclaré": the auxiliary left after the relative set aside belongs to the verb.
    const subject = sv.groups.subject.trim().replace(/,\s*(\p{L}+)$/u, (m, w: string) => (p.data.auxiliaries.includes(foldWord(w)) ? '' : m));
    const words = subject.split(/\s+/u);
    // "« … » et dit vouloir « … »": a conjunction before the next verb is no subject.
    // "Mark Hill, an analyst at Dunmore Capital in Boston, told…": a short name and its apposition may run longer.
    const [head, apposition] = subject.split(',');
    // "a spokesperson for public water utility Eaux de Marvel said": a name of several words counts as one.
    const short = nameRunsAsOne(words, p).length <= 8 || (apposition !== undefined && head.trim().split(/\s+/u).length <= 4 && words.length <= 14);
    // "\"…,\" language that diplomats described as…": a relative clause's subject, the quotation is its object, not its words.
    const relative = words.some((w, i) => i > 0 && p.data.relatives.includes(foldWord(w)) && p.lang === 'en');
    // "\"…\", not the 30 days they had asked for": a noun phrase then a pronoun is a relative clause without its "that"
    // (the pronoun is its subject, the noun phrase its object); no one is named as speaking.
    const contactRelative = words.length > 1 && p.pronouns.has(foldWord(words[words.length - 1]));
    // "« … » des neuf jurés", "\"…\" of the seven judges": determiners and count words name no one; the quotation's
    // sentence goes on with its complement.
    const count = words.every((w) => p.determiners.has(foldWord(w)) || numberWords[p.lang].includes(foldWord(w)) || /^\p{N}+$/u.test(w));
    if (short && !relative && !contactRelative && !count && !p.phraseStops.has(foldWord(words[0])) && !p.coordinated.test(subject)) {
      return { phrase: subject, how: 'postposed', verbAt: q.close, pronoun: p.pronouns.has(foldWord(subject)) };
    }
  }
  // "…greeted by chants of \"…\"", "une banderole : « … »": a crowd's chant or a banner's text is no one's words, whatever
  // verb comes before.
  if (p.labelBefore.test(before)) return NONE;
  // "…avec une banderole sans ambiguïté : « … »": a banner or a sign a few plain words before the colon bears the words.
  if (labelBefore(before, p)) return NONE;

  // "L'escorte, dit-elle, a « … »", "The escort, she said, had \"…\"": an inverted pronoun and verb set apart inside the
  // clause before the quotation name its speaker; the noun before them is the reported clause's subject.
  for (const m of before.matchAll(/,/gu)) {
    const inv = p.invertedPronoun.exec(before.slice(m.index!));
    if (!inv || !/^\s*,/u.test(before.slice(m.index! + inv[0].length))) continue;
    // Only in the quotation's own clause: "…, it says, and X is calling for \"…\"" has a subject and a verb of its own.
    const rest = before.slice(m.index! + inv[0].length);
    if (verbHits(rest, p).length > 0 || /[;:]/u.test(rest) || rest.split(/[\s,]+/u).some((w) => p.data.coordinators.includes(foldWord(w)))) continue;
    const pronoun = inv.groups?.pron ?? inv.groups?.pron2 ?? inv.groups?.pron3 ?? null;
    if (pronoun) return { phrase: pronoun, how: 'inverted', verbAt: m.index!, pronoun: true };
  }

  // "…, X, pour qui le jury « … »": the quotation's clause is the view of the person the relative follows.
  const relativeView = relativeViewHolder(before, p);
  if (relativeView) return { phrase: relativeView, how: 'according', verbAt: null, pronoun: false };

  // 2. Before it: the last reporting verb (or participle) of the sentence before the quotation.
  const hits = verbHits(before, p);
  // "La société réclamait X ; l'accord doit être signé « … », selon une source proche du dossier": a verb in an earlier
  // clause (before a ";") does not report the quotation; the source named right after it does.
  const clauseStart = before.lastIndexOf(';');
  const sourceRightAfter = p.accordingTo.exec(after);
  if (sourceRightAfter?.groups?.rest && /^\s*,?\s*$/u.test(after.slice(0, sourceRightAfter.index)) && !hits.some((h) => h.at > clauseStart)) {
    const phrase = sourceAfter(sourceRightAfter.groups.rest, p);
    if (phrase) return { phrase, how: 'according', verbAt: null, pronoun: false };
  }
  let last = hits[hits.length - 1];
  // "il affirme n'avoir « … » et dit vouloir « … »": a verb joined to the one before it by "et" / "and" shares its subject,
  // and so does an infinitive right after it ("il assure avoir prévenu « … »", "he claims to have warned \"…\"").
  const shared = (i: number) => {
    const between = before.slice(hits[i - 1].end, hits[i].at);
    return p.coordinated.test(between) || p.chained.test(between);
  };
  for (let i = hits.length - 1; i > 0 && !hits[i].participle && !hits[i - 1].participle && shared(i); i--) {
    last = hits[i - 1];
  }
  if (last) {
    if (last.participle) {
      // "…signed a joint declaration committing both countries to \"…\"": a document right before the participle speaks.
      const document = documentBefore(masked.slice(0, last.at), p);
      if (document) return { phrase: document, how: 'participle', verbAt: last.at, pronoun: false };
      const subject = participleSubject(masked, last.at, p);
      if (subject) return { phrase: subject.phrase, how: 'participle', verbAt: last.at, pronoun: false };
    } else {
      const phrase = subjectBefore(masked, last.at, p);
      // "Pour l'avocate de la défense, les réquisitions relèvent d'une « … »": the verb's subject is a thing; the person
      // whose view the sentence gives is the speaker.
      const [head, ...others] = phrase?.split(',') ?? [];
      const view = others.length > 0 ? viewOf(`${head},`, p) : null;
      if (view) return { phrase: view, how: 'according', verbAt: null, pronoun: false };
      const pronounView = others.length > 0 ? viewPronoun(`${head},`, p) : null;
      if (pronounView) return { phrase: pronounView, how: 'according', verbAt: null, pronoun: true };
      // The verb that reports the quotation is the nearest one ("dénonce … et affirme que son client « … »": affirme), its
      // subject the chain's: reported speech by that same verb is then the same report, not a second one.
      // "la FOF cite le rapport de l'arbitre X : « … »": a verb of quoting names its source after it, right before the colon.
      const quoted = quotedSource(before, last, p);
      if (quoted) return { phrase: quoted, how: 'preposed', verbAt: null, pronoun: false };
      if (phrase) return subjectAttribution(phrase, 'preposed', hits[hits.length - 1].participle ? last.at : hits[hits.length - 1].at, p);
    }
  }

  // 3a. "Pour le politologue X, ce scrutin « … »": a named or titled person's view.
  const view = viewOf(before, p);
  if (view) return { phrase: view, how: 'according', verbAt: null, pronoun: false };
  // "Pour elle, le prévenu « … »", "For him, the plan was \"…\"": the view of whoever the pronoun stands for.
  const pronounView = viewPronoun(before, p);
  if (pronounView) return { phrase: pronounView, how: 'according', verbAt: null, pronoun: true };
  // "À l'en croire, la fusion a coûté « … »", "By his account, the plan was \"…\"": the words of whoever the pronoun stands for.
  const source = pronounSource(before, p);
  if (source) return { phrase: source, how: 'according', verbAt: null, pronoun: true };

  // 3. "selon X" right after the quotation, or anywhere in the sentence.
  for (const part of [fullAfter, before]) {
    const m = p.accordingTo.exec(part);
    if (m?.groups?.rest) {
      const phrase = sourceAfter(m.groups.rest, p);
      if (phrase) return { phrase, how: 'according', verbAt: null, pronoun: false };
    }
  }

  // 4. A clause-final attribution later in the sentence: "…, ont rapporté des agences de presse russes."
  for (const m of fullAfter.matchAll(/,/gu)) {
    const tail = fullAfter.slice(m.index!);
    const vt = p.verbThenSubject.exec(tail);
    if (vt?.groups?.rest) {
      const phrase = subjectAfterVerb(vt.groups.rest, p)?.phrase;
      if (phrase) return { phrase, how: 'clause-final', verbAt: q.close + m.index!, pronoun: false };
    }
  }

  // 5. A fragment inside narration: the sentence's subject ("Poutine, lui, a trinqué au «…»"); not a charge or a ground
  // after "pour"/"for" ("mis en examen pour « … »"), which are no one's words.
  const ground = /([\p{L}]+)\s*$/u.exec(before)?.[1];
  if (/\p{L}/u.test(before) && !(ground && p.data.groundPrepositions.includes(foldWord(ground)))) {
    const aux = [...before.matchAll(p.finiteAux)][0];
    // "From the steps, where 200 protesters have gathered since noon, its spokesman X: \"…\"": a verbless noun phrase
    // set apart right before the colon introduces the words; the verb before it is a subordinate clause's.
    const introducer = aux ? apposedIntroducer(before, aux.index!, p) : null;
    if (introducer) return { phrase: introducer, how: 'preposed', verbAt: null, pronoun: false };
    if (aux) {
      const phrase = subjectBefore(masked, aux.index!, p);
      if (phrase) return subjectAttribution(phrase, 'subject', null, p);
    }
  }
  return NONE;
}

/** Whether a mention's head noun is a title ("le politologue", "Judge"), alone or opening a title of several words. */
function headsTitle(mention: ReturnType<typeof parseMention>, p: SpeechPatterns): boolean {
  return mention.head !== null && p.titles.some((t) => t === mention.head || t.startsWith(`${mention.head} `));
}

/**
 * The noun phrase set apart by a comma right before a colon that ends `before`, after the verb at `verbAt`: "…, where
 * protesters have gathered, their spokesman X:" → "their spokesman X". Only a phrase with no verb of its own that names a
 * person in full or by a title.
 */
function apposedIntroducer(before: string, verbAt: number, p: SpeechPatterns): string | null {
  const m = /,\s*([^,;:.!?«»“”"·()]+?)\s*:\s*$/u.exec(before);
  if (!m || m.index < verbAt) return null;
  const phrase = m[1].trim();
  if (phrase.split(/\s+/u).length > 10 || firstMatch(p.finiteAux, phrase, p) !== Infinity || firstVerbAt(phrase, p) !== Infinity) return null;
  const mention = parseMention(phrase, p, p.lang);
  const titled = headsTitle(mention, p);
  return (mention.name && /\s/u.test(mention.name)) || (titled && !mention.organisation) ? phrase : null;
}

/**
 * A subject found before its verb. A subject pronoun followed by lower-case words only ("Il
 * répète depuis des mois", "He went on to") is that pronoun: the words are the verb's company,
 * never a name.
 */
function subjectAttribution(phrase: string, how: AttributionHow, verbAt: number | null, p: SpeechPatterns): Attribution & { phrase: string } {
  const [first, ...others] = phrase.trim().split(/\s+/u);
  if (p.pronouns.has(foldWord(first)) && others.every((w) => !/\p{Lu}/u.test(w))) return { phrase: first, how, verbAt, pronoun: true };
  return { phrase, how, verbAt, pronoun: false };
}

/**
 * A headline's lead-in that is a common noun phrase, not a speaker: "Visite de Kim Jong-Un en
 * Russie : « … »" (capital only because it opens the headline, then a lower-case word), unlike
 * "Macron : « … »", "Kim Jong Un : « … »" or "Le ministre : « … »".
 */
function opensWithCommonNoun(phrase: string, p: SpeechPatterns): boolean {
  const [first, second] = phrase.trim().split(/\s+/u);
  if (!first || !second || !/^\p{Lu}/u.test(first) || !/^\p{Ll}/u.test(second)) return false;
  const folded = foldWord(first);
  return !p.determiners.has(folded) && !p.titles.includes(folded) && !p.organisations.has(folded);
}

/** A quotation that is a sentence (or several) of its own, with nothing around it. */
export function isStandalone(masked: string, q: { open: number; close: number }): boolean {
  return !/\p{L}/u.test(masked.slice(0, q.open)) && !/\p{L}/u.test(masked.slice(q.close));
}

/** "Pour le politologue Bruno Lefort, …" / "For Judge Marsh, …": the person, when the phrase names or titles one, or a named body. */
function viewOf(text: string, p: SpeechPatterns): string | null {
  const m = p.viewOf.exec(text);
  if (!m?.groups?.rest || !/,/u.test(m.groups.rest)) return null;
  const phrase = nounPhraseAfter(m.groups.rest, p);
  return phrase ? viewHolder(phrase, p) : null;
}

/**
 * "…, Paul Renaudin, pour qui le jury « … »", "…, a critic for whom the film was \"…\"": the person set apart by commas right
 * before the relative of a view, when the quotation's clause has no reporting verb of its own.
 */
function relativeViewHolder(before: string, p: SpeechPatterns): string | null {
  const m = p.relativeView.exec(before);
  if (!m?.groups?.holder || verbHits(m.groups.rest ?? '', p).length > 0) return null;
  return viewHolder(m.groups.holder.trim(), p);
}

/** The phrase, when it names a person in full or by a title, a surname alone, or a body named with capitals: who holds a view. */
function viewHolder(phrase: string, p: SpeechPatterns): string | null {
  const mention = parseMention(phrase, p, p.lang);
  const titled = headsTitle(mention, p);
  // "Pour Varenne, le gouvernement « … »": a surname alone, the whole phrase, is a name too (the cast binds it to the
  // person named in full before).
  const surname = mention.name !== null && mention.name === phrase.trim() && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(mention.name) && !p.organisations.has(foldWord(mention.name));
  // "Pour l'Union des consommateurs de Norvalie (UCN), …": a body named with capitals (or its acronym) has a view too.
  const namedBody = mention.organisation && (mention.acronym !== null || /^\p{Lu}/u.test(mention.display));
  return (mention.name && /\s/u.test(mention.name)) || surname || (titled && !mention.organisation) || namedBody ? phrase : null;
}

/** A sign or banner noun in the clause just before a colon, followed by at most four lower-case words. */
function labelBefore(before: string, p: SpeechPatterns): boolean {
  const m = /([^,;.!?:]*):\s*$/u.exec(before);
  if (!m) return false;
  const words = m[1].trim().split(/\s+/u).filter(Boolean);
  const at = words.findLastIndex((w) => p.data.labelNouns.includes(w.toLowerCase()));
  return at >= 0 && words.length - at - 1 <= 4 && words.slice(at + 1).every((w) => /^\p{Ll}/u.test(w));
}

/** A determiner, at most two lower-case words and a document noun ending the text: "a joint declaration", "le communiqué final". */
function documentBefore(text: string, p: SpeechPatterns): string | null {
  const words = text.replace(/[,\s]+$/u, '').split(/\s+/u).slice(-4);
  const last = words[words.length - 1] ?? '';
  if (!p.data.documents.includes(last.toLowerCase()) && !p.data.documents.includes((words[words.length - 2] ?? '').toLowerCase())) return null;
  for (let i = words.length - 2; i >= 0; i--) {
    const word = foldWord(words[i].replace(/^[lL]['’].*$/u, "l'"));
    if (p.determiners.has(word)) return words.slice(i).every((w, k) => k === 0 || /^\p{Ll}/u.test(w)) ? words.slice(i).join(' ') : null;
  }
  return null;
}

/** "Pour elle, …" / "For him, …" opening the sentence: the subject pronoun the stressed one stands for. */
function viewPronoun(text: string, p: SpeechPatterns): string | null {
  const m = p.viewOf.exec(text);
  const word = m?.groups?.rest ? /^([\p{L}]+)\s*,/u.exec(m.groups.rest)?.[1] : undefined;
  if (!word || !/^\p{Ll}/u.test(word)) return null;
  return p.data.viewPronouns.find(([stressed]) => stressed === word)?.[1] ?? null;
}

/**
 * "À l'en croire, …", "By his account, …" opening the sentence: the subject pronoun the phrase stands for, or the phrase
 * itself when its pronoun tells no gender (a pronoun of either gender then).
 */
function pronounSource(text: string, p: SpeechPatterns): string | null {
  const phrase = p.pronounSource.exec(text)?.groups?.phrase;
  if (!phrase) return null;
  const folded = foldWord(phrase.replace(/\s+/gu, ' '));
  const entry = p.data.pronounSources.find(([w]) => foldWord(w) === folded);
  return entry ? (entry[1] ?? phrase) : null;
}

/** A phrase that can name a speaker: a name, an acronym, an organisation, a title, a document or a pronoun. */
function speakerLike(phrase: string, p: SpeechPatterns, lang: 'fr' | 'en'): boolean {
  const m = parseMention(phrase, p, lang);
  return m.pronoun || Boolean(m.name || m.acronym) || m.organisation || m.document || (m.head !== null && p.titles.some((t) => t === m.head || t.startsWith(`${m.head} `)));
}

/**
 * Whether nothing but the sentence's end follows a clause-final "…, the company said": a short
 * circumstance ("on Wednesday", "in a statement") or, after "told", the person spoken to.
 */
function sentenceEndsAfterVerb(rest: string, verbPhrase: string, p: SpeechPatterns): boolean {
  const words = rest.replace(/[.!?\s]+$/u, '').trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return true;
  if (words.length > 6 || /[,;:]/u.test(rest)) return false;
  const verb = foldWord(verbPhrase.trim().split(/\s+/u).pop() ?? '');
  const first = foldWord(words[0]);
  return p.addressVerbs.has(verb) || p.phraseStops.has(first) || p.adverb.test(words[0]);
}

/**
 * Whether a subject with an apposition ("the regulator's chief executive, Graham Hollis") starts
 * as a noun phrase: a circumstance or a participle clause before the comma ("about 15 miles from
 * Dover, the coastguard said", "forcing the closure of the port, officials said") is the end of
 * the reported words, not part of the speaker; the attribution starts at a later comma.
 */
function apposable(subject: string, p: SpeechPatterns): boolean {
  const [head, ...others] = subject.split(',');
  const first = head.trim().split(/\s+/u)[0] ?? '';
  const f = foldWord(first);
  // "…, about 15 km from the farm in X": a speaker never opens with a preposition.
  if (p.phraseStops.has(f) || others.some((part) => p.phraseStops.has(foldWord(part.trim().split(/\s+/u)[0] ?? '')))) return false;
  // "…in X where the virus was confirmed": a relative followed by its own subject; the verb is the relative clause's.
  const words = subject.trim().split(/[\s,]+/u).map(foldWord);
  const relative = words.findLastIndex((w) => p.data.relatives.includes(w));
  if (relative >= 0 && relative < words.length - 1 && (p.determiners.has(words[relative + 1]) || p.pronouns.has(words[relative + 1]))) return false;
  if (others.length === 0) return true;
  // "…in Brittany, the country's main egg-producing region, local authorities said": descriptions with no name on either
  // side of the comma are the end of the reported words and the speaker, not a speaker and its apposition.
  const named = (part: string) => part.trim().split(/\s+/u).some((w, i) => /^\p{Lu}/u.test(w) && (i > 0 || !p.determiners.has(foldWord(w))));
  if (![head, ...others].some(named)) return false;
  // "…, a 41-year-old teacher from Lyon, his family told local media": a description with no name before its preposition,
  // then a possessive phrase, are the end of the reported words (about the person) and the speaker (related to them).
  const last = others[others.length - 1].trim();
  const headNamed = (() => {
    const ws = head.trim().split(/\s+/u);
    const stop = ws.findIndex((w, i) => i > 0 && p.phraseStops.has(foldWord(w)));
    return (stop < 0 ? ws : ws.slice(0, stop)).some((w, i) => /^\p{Lu}/u.test(w) && (i > 0 || !p.determiners.has(foldWord(w))));
  })();
  if (!headNamed && !named(last) && p.thirdPersonPossessives.has(foldWord(last.split(/\s+/u)[0] ?? ''))) return false;
  // "X, left the capital last night for talks in Y, the foreign ministry said": a head opening with a lower-case word that
  // is no determiner nor title, and running on with prepositions, is a predicate ending the reported words; the speaker
  // is the noun phrase after its comma.
  const headTokens = tokenizePhrase(head);
  const titled = titleMask(headTokens, p);
  if (/^\p{Ll}/u.test(first) && !p.determiners.has(f) && !titled.some(Boolean) && headTokens.slice(1).some((t) => p.phraseStops.has(t.folded)) && p.determiners.has(foldWord(others[others.length - 1].trim().split(/\s+/u)[0] ?? ''))) return false;
  if (p.determiners.has(f) || p.honorificWords.has(first) || /^\p{Lu}/u.test(first)) return true;
  return !(p.phraseStops.has(f) || p.connectives.has(f) || p.adverb.test(first) || /^\p{N}/u.test(first) || (p.lang === 'en' && /^\p{Ll}+ing$/u.test(first)));
}

/**
 * English "that" after the verb's own object is a relative pronoun, not the start of reported
 * words: "if his B sample confirms the positive test that led to…". Only a verb of address
 * ("told reporters that", "warned voters that") takes an object before its "that".
 */
function objectBeforeRelative(between: string, after: string, verbPhrase: string, p: SpeechPatterns): boolean {
  if (p.lang !== 'en') return false;
  const first = between.trim().split(/\s+/u)[0];
  if (!first || !p.determiners.has(foldWord(first))) return false;
  // "had said the same day that Marchetti would…": a subject after "that" starts reported words.
  const next = /^\s*that\s+(\S+)/iu.exec(after)?.[1] ?? '';
  if (/^\p{Lu}|^\p{N}/u.test(next) || p.determiners.has(foldWord(next)) || p.pronouns.has(foldWord(next)) || ['i', 'we', 'you'].includes(foldWord(next))) return false;
  const verb = foldWord(verbPhrase.trim().split(/\s+/u).pop() ?? '');
  return !p.objectVerbs.has(verb);
}

export interface IndirectSpeech {
  phrase: string;
  how: AttributionHow;
  verbAt: number | null;
  /** Offsets of the reported words in the sentence. */
  start: number;
  end: number;
  pronoun: boolean;
}

/** The words before a verb of speech end with an impersonal subject and a passive auxiliary ("il est rappelé"). */
function impersonalPassive(upToVerb: string, p: SpeechPatterns): boolean {
  const words = upToVerb.trim().split(/\s+/u).map(foldWord);
  return p.data.impersonalPassives.some((c) => {
    const form = c.split(/\s+/u).map(foldWord);
    const at = words.length - 1 - form.length;
    return at >= 0 && form.every((w, i) => words[at + i] === w) && (at === 0 || /[.;:,]$/u.test(words[at - 1]));
  });
}

/**
 * Reported speech without quotation marks: "X a déclaré que …", "X a évoqué la possibilité
 * que …", "…, a rapporté l'agence X", "Selon X, …", "X said (that) …", "…, according to X".
 */
export function findIndirectSpeech(masked: string, p: SpeechPatterns, lang: 'fr' | 'en'): IndirectSpeech | null {
  const endTrim = (s: number, e: number) => {
    while (e > s && /[\s.,;:!?·]/u.test(masked[e - 1])) e--;
    return e;
  };
  // "X declined to comment", "X n'a pas souhaité s'exprimer": saying nothing is no statement to report.
  if (p.noStatement.test(masked)) return null;
  // "Selon X, …"
  const lead = /^\s*/u.exec(masked)![0].length;
  const acc = p.accordingTo.exec(masked);
  if (acc && acc.index === lead && acc.groups?.rest) {
    const restAt = masked.length - acc.groups.rest.length;
    let comma = masked.indexOf(',', restAt);
    const phrase = sourceAfter(acc.groups.rest, p);
    // "Selon l'association X (ERB), partie civile, …": a short apposition after the source is not the report.
    for (let next = masked.indexOf(',', comma + 1); comma > 0 && next > 0; next = masked.indexOf(',', comma + 1)) {
      const chunk = masked.slice(comma + 1, next).trim();
      if (!/^\p{Ll}/u.test(chunk) || chunk.split(/\s+/u).length > 3 || chunk.match(p.finiteAux)) break;
      comma = next;
    }
    let start = comma + 1;
    while (start < masked.length && /\s/u.test(masked[start])) start++;
    if (phrase && comma > 0) return { phrase, how: 'according', verbAt: null, start, end: endTrim(start, masked.length), pronoun: false };
  }
  // "X a déclaré que …"
  for (const hit of verbHits(masked, p)) {
    if (hit.participle) {
      // "…, estimant que …": the participle's subject is the nearest finite clause's.
      const comp = p.complementiser.exec(masked.slice(hit.end, hit.end + 6));
      const subject = comp && comp.index <= 2 ? participleSubject(masked, hit.at, p) : null;
      if (!subject) continue;
      let start = hit.end + comp!.index + comp![0].length;
      while (start < masked.length && /\s/u.test(masked[start])) start++;
      return { phrase: subject.phrase, how: 'participle', verbAt: hit.at, start, end: endTrim(start, masked.length), pronoun: false };
    }
    // "Interrogé, il sourit que…" is no report: a verb of manner only attributes a quotation.
    if (p.mannerVerb.test(masked.slice(hit.at, hit.end))) continue;
    // "X a démenti que…", "X denied that…": the clause is what the speaker says is untrue; shown as their words, it would
    // say the opposite.
    if (p.denialVerb.test(masked.slice(hit.at, hit.end))) continue;
    // "La Cour ne dit pas que…", "did not say that…": what someone did not say is no report.
    if (p.negatedBefore.test(masked.slice(0, hit.at))) continue;
    const window = masked.slice(hit.end, hit.end + 70);
    const comp = p.complementiser.exec(window);
    const nextVerb = firstVerbAt(window, p);
    let start: number | null = null;
    // "a promis de se battre pour reprendre l'entreprise qu'il a créée": a verb whose complement is an infinitive reports
    // no clause; a "que" further on opens a relative clause.
    const infinitive = p.data.infinitiveLinks.includes(foldWord(window.trim().split(/\s+/u)[0] ?? '').replace(/^d['’].*$/u, 'de'));
    if (comp && !infinitive && nextVerb > comp.index && !/[,;:]/u.test(window.slice(0, comp.index).replace(/,\s*\p{Lu}[^,]*,/u, '')) && !objectBeforeRelative(window.slice(0, comp.index), window.slice(comp.index), masked.slice(hit.at, hit.end), p)) start = hit.end + comp.index + comp[0].length;
    else if (lang === 'en' && (/^\s+(?:the|a|an|his|her|its|their|it|he|she|they|we|i|no)(?![\p{L}])/iu.test(window) || /^\s+\p{Lu}/u.test(window)) && /(?:said|says)\s*$/iu.test(masked.slice(hit.at, hit.end))) start = hit.end;
    // "told reporters the suspects had visited…": an addressee (one noun, after "the" at most), then a clause with its own
    // subject and auxiliary, no "that".
    else if (lang === 'en' && p.addressVerbEnd.test(masked.slice(hit.at, hit.end))) {
      const addressed = /^\s+(?:the\s+)?[\p{L}-]+\s+(?=(?:the|a|an|his|her|its|their|he|she|they|we|i)\s)/iu.exec(window);
      const clause = addressed ? window.slice(addressed[0].length).split(/\s+/u).slice(1, 6).map(foldWord) : [];
      if (addressed && !p.determiners.has(foldWord(addressed[0].trim().split(/\s+/u).pop()!)) && clause.some((w) => p.data.auxiliaries.includes(w))) start = hit.end + addressed[0].length;
    }
    if (start === null) continue;
    const phrase = subjectBefore(masked, hit.at, p);
    // "What I can tell you is that…": a subject opened by a clause word is a clause, no speaker.
    // "Final figures confirm that…": a count with no issuer says where a number comes from; no one speaks.
    if (!phrase || p.clauseOpeners.has(foldWord(phrase.trim().split(/\s+/u)[0])) || measure(phrase, p)) continue;
    // "Il est rappelé que M. X est armé", "It is recalled that…": an impersonal passive is the statement's own voice, no
    // report of a person the clause then names.
    if (impersonalPassive(masked.slice(0, hit.end), p)) continue;
    while (start < masked.length && /\s/u.test(masked[start])) start++;
    let end = masked.length;
    // The colon of a clock time or a score ("at 04:12", "won 2:1") ends no reported clause.
    const stop = /(?<!\d):|:(?!\d)|,\s*(?=\S+\s*(?:(?<!\d):|:(?!\d)))/u.exec(masked.slice(start));
    if (stop) end = start + stop.index;
    const participle = verbHits(masked.slice(start, end), p).find((h) => h.participle);
    if (participle) end = start + participle.at;
    const tail = /,\s*(?:selon|d['’]après|according to)\s/iu.exec(masked.slice(start, end));
    if (tail) end = start + tail.index;
    for (const m of masked.slice(start, end).matchAll(/,/gu)) {
      // "Elle rappelle que son prédécesseur, X, avait demandé…": a verb right after the reported clause's subject and its
      // apposition is that clause's own, no inverted attribution ending it.
      const reported = masked.slice(start, start + m.index!);
      if (firstMatch(p.finiteAux, reported, p) === Infinity && firstVerbAt(reported, p) === Infinity) continue;
      if (p.verbThenSubject.exec(masked.slice(start + m.index!, end))) {
        end = start + m.index!;
        break;
      }
    }
    return { ...subjectAttribution(phrase, 'preposed', hit.at, p), start, end: endTrim(start, end) };
  }
  // "…, a rapporté l'agence X" / "…, rapporte Reuters" / "…, the agency said" / "…, selon X."
  for (const m of masked.matchAll(/,/gu)) {
    if (m.index! < 12) continue;
    // "420,000": a thousands separator opens no clause.
    if (/\d/u.test(masked[m.index! - 1] ?? '') && /\d/u.test(masked[m.index! + 1] ?? '')) continue;
    const tail = masked.slice(m.index!);
    const vt = p.verbThenSubject.exec(tail);
    const after = vt?.groups?.rest ? subjectAfterVerb(vt.groups.rest, p) : null;
    // "…, said it had informed X": a pronoun right after the verb is the subject of what it says, never an inverted speaker.
    // "…, said no British cases had been confirmed": a phrase holding a finite verb is the clause reported, no speaker.
    const candidate = after && !p.pronouns.has(foldWord(after.phrase.split(/\s+/u)[0] ?? '')) && firstMatch(p.finiteAux, after.phrase, p) === Infinity ? after.phrase : null;
    // Only a clause-final attribution: nothing but punctuation or a new clause after the speaker.
    const phrase = candidate && speakerLike(candidate, p, lang) && /^\s*(?:[,.;]|$)/u.test(after!.rest.replace(/\s*\((\p{Lu}{2,6}\d*)\)/gu, ', $1').slice(candidate.length)) ? candidate : null;
    const accEnd = !phrase ? p.accordingTo.exec(tail) : null;
    const accPhrase = accEnd && /^,\s*$/u.test(tail.slice(0, accEnd.index)) && accEnd.groups?.rest ? sourceAfter(accEnd.groups.rest, p) : null;
    const sv = !phrase && !accPhrase && lang === 'en' ? p.subjectThenVerb.exec(tail) : null;
    // "A man, aged 29, was arrested in X, the office in Y said": a chunk holding a finite verb is a clause, no subject.
    const clause = sv?.groups?.subject ? [...sv.groups.subject.matchAll(p.finiteAux)].length > 0 : false;
    // "…, not 700 as the company said": a comment clause echoes or contradicts its speaker, it is not the sentence's source.
    const comparison = sv?.groups?.subject ? sv.groups.subject.split(/\s+/u).some((w) => p.data.comparisonConjunctions.includes(foldWord(w))) : false;
    // "…, two days after the deal was announced.": a verb in the passive tells what was said, its subject is no speaker.
    const passive = sv ? p.data.passiveAuxiliaries.includes(foldWord(sv[0].trim().split(/\s+/u).slice(-2)[0] ?? '')) : false;
    const svPhrase = sv?.groups?.subject && !clause && !comparison && !passive && apposable(sv.groups.subject, p) && speakerLike(sv.groups.subject, p, lang) && sentenceEndsAfterVerb(tail.slice(sv.index + sv[0].length), sv[0], p) ? sv.groups.subject.trim() : null;
    const found = phrase ?? accPhrase ?? svPhrase;
    if (!found) continue;
    // "Asked whether …, she smiled.": a verb of manner reports nothing without a quotation.
    if (!accPhrase && p.mannerVerb.test((phrase ? vt![0] : sv![0]).slice(0, phrase ? vt![0].length - vt!.groups!.rest.length : undefined))) continue;
    const start = masked.slice(0, lead).length + (DATELINE.exec(masked)?.[0].length ?? 0);
    return { phrase: found, how: accPhrase ? 'according' : 'clause-final', verbAt: accPhrase ? null : m.index!, start, end: endTrim(start, m.index!), pronoun: p.pronouns.has(foldWord(found)) };
  }
  // "Les conducteurs, explique-t-il, ont perdu…", "The drivers, he explained, have lost…": an inverted pronoun and verb set
  // apart by commas inside the sentence report the whole sentence, in the words of the person the pronoun stands for. A
  // sentence holding a quotation is that quotation's attribution, read with it.
  for (const m of masked.includes('·') ? [] : masked.matchAll(/,/gu)) {
    if (m.index! < lead + 3) continue;
    const inv = p.invertedPronoun.exec(masked.slice(m.index!));
    if (!inv) continue;
    const after = masked.slice(m.index! + inv[0].length);
    if (!/^\s*,\s*\p{L}/u.test(after)) continue;
    const pronoun = inv.groups?.pron ?? inv.groups?.pron2 ?? inv.groups?.pron3 ?? null;
    if (!pronoun) continue;
    return { phrase: pronoun, how: 'inverted', verbAt: m.index!, start: lead, end: endTrim(lead, masked.length), pronoun: true };
  }
  return null;
}
