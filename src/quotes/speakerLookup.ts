/**
 * Which speakers a typed name or role stands for: "kirby", "Kim" (both Kims), "la ministre de
 * la Mer", "the transport secretary", "le préfet maritime". Determiners, prepositions and
 * honorifics are language data (src/lang/speech.ts) and never match a word of a name by
 * themselves, so "le préfet maritime" cannot pick "Le Goff".
 *
 * A speaker's name forms are tried first, then the descriptions the articles give them; an
 * unnamed organisation's form is one of its descriptions. A phrase matches a speaker when one
 * form or one description holds every content word of it; failing that, when their forms and
 * descriptions together do ("la ministre Fontanel").
 */
import { speech } from '../lang/speech.js';
import { normalizeForMatch } from '../text/normalize.js';
import { stem } from '../text/analyzer.js';
import { sameWord } from './matchWords.js';
import type { Speaker } from './speakerRegistry.js';

/** How well a phrase names a speaker, best first. */
const Tier = {
  /** The phrase is one of the speaker's forms. */
  Exact: 0,
  /** One name form (a person's name, an acronym, an organisation's own name) holds every content word. */
  Name: 1,
  /** One description ("ministre mer", "prefet maritime manche") holds every content word. */
  Role: 2,
  /** The speaker's forms and descriptions together hold every content word. */
  Across: 3,
  None: 4,
} as const;
type Tier = (typeof Tier)[keyof typeof Tier];

const ELIDED = /^(l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu)'(?=\p{L})/u;
const ELIDED_ALONE = /^(l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu)'$/u;

/** A text's words in matching form (accents, case and hyphens aside), elided articles apart: "l'agence" → l', agence. */
export function lookupWords(text: string): string[] {
  const words: string[] = [];
  for (const raw of normalizeForMatch(text).split(/[\s,;:()«»"“”]+/u)) {
    // Periods and single quotation marks around a word ("'the CEO'" typed with single quotes) are no part of it; an elided "l'" keeps its apostrophe.
    let word = raw.replace(/^[.'’‘]+|\.+$/gu, '');
    if (!ELIDED_ALONE.test(word)) word = word.replace(/['’‘]+$/gu, '');
    // "the prosecutor's office": the possessive's "'s" is no part of the word a user types ("prosecutor").
    word = word.replace(/(?<=\p{L}{2})['’‘]s$/u, '');
    const elided = ELIDED.exec(word);
    if (elided) {
      words.push(elided[0]);
      word = word.slice(elided[0].length);
    }
    if (word) words.push(word);
  }
  return words;
}

const fromData = (pick: (lang: (typeof speech)['fr']) => string[]) => new Set(Object.values(speech).flatMap((d) => pick(d).flatMap(lookupWords)));
/** Words that never name a speaker by themselves, in any language of the corpus. */
const FUNCTION_WORDS = fromData((d) => [...d.determiners, ...d.functionWords, ...d.honorifics]);
/** Words that tie what follows to the words before ("ministre | de la Mer", "MP | for Dover"): a phrase is never split before them. */
const LINK_WORDS = fromData((d) => [...d.functionWords, ...d.determiners.filter((w) => /^(?:de|du|des|d')$/u.test(w))]);
/** Determiners that open a new noun phrase ("Poutine | les satellites"). */
const OPENERS = new Set([...fromData((d) => d.determiners)].filter((w) => !LINK_WORDS.has(w)));
/** Honorifics that tell a woman or a man ("mme", "mrs", "m", "mr"), in matching form. */
const GENDERED_HONORIFICS = new Map<string, 'f' | 'm'>(
  Object.values(speech).flatMap((d) =>
    d.honorifics.flatMap((h) => {
      const gender = d.feminine.includes(h) ? 'f' : d.masculine.includes(h) ? 'm' : null;
      return gender ? lookupWords(h).map((w) => [w, gender] as [string, 'f' | 'm']) : [];
    }),
  ),
);
/** Every word of a title or role noun ("préfet", "secretary", "porte parole"). */
const TITLE_WORDS = fromData((d) => d.titles);
/** One-word gendered nouns and determiners ("présidente", "spokesman", "la", "le"), in matching form. */
const GENDERED_WORDS = new Map<string, 'f' | 'm'>(
  Object.values(speech).flatMap((d) => [
    ...d.feminine.filter((w) => lookupWords(w).length === 1).map((w) => [lookupWords(w)[0], 'f'] as [string, 'f' | 'm']),
    ...d.masculine.filter((w) => lookupWords(w).length === 1).map((w) => [lookupWords(w)[0], 'm'] as [string, 'f' | 'm']),
  ]),
);
const DETERMINERS = fromData((d) => d.determiners);

/**
 * The gender a typed phrase tells: an honorific ("Mme Favre"), a gendered title ("la présidente", "the spokeswoman"),
 * or a gendered determiner before a title ("la ministre"). A determiner before a name ("Le Goff") tells nothing.
 */
function typedGender(typed: string): 'f' | 'm' | undefined {
  const words = lookupWords(typed);
  for (let i = 0; i < words.length; i++) {
    const honorific = GENDERED_HONORIFICS.get(words[i]);
    if (honorific) return honorific;
    const gender = GENDERED_WORDS.get(words[i]);
    if (!gender) continue;
    if (!DETERMINERS.has(words[i])) return gender;
    if (words[i + 1] !== undefined && TITLE_WORDS.has(words[i + 1])) return gender;
  }
  return undefined;
}

export const isFunctionWord = (word: string) => FUNCTION_WORDS.has(word);
const contentWords = (words: string[]) => words.filter((w) => !FUNCTION_WORDS.has(w));

/**
 * A typed word stands for a word of a name or description: the same word (inflection, small typo aside) or its start.
 * A typed title ("president", "directeur") stands for that title only, not for a noun made from it that shares its
 * start or stem ("presidency", "présidence", "direction"): a description holding "presidency" names no president.
 */
const wordFits = (typed: string, word: string) => (TITLE_WORDS.has(typed) ? titleFits(typed, word, sameWord) : sameWord(typed, word) || (typed.length >= 3 && word.startsWith(typed)));
/** The title itself, its plural, another title that is the same word (`same`: "président", "présidente"), or a compound opening with it. */
const titleFits = (typed: string, word: string, same: (a: string, b: string) => boolean) =>
  word === typed || (word.startsWith(typed) && /^(?:s|x|es)$/u.test(word.slice(typed.length))) || word.startsWith(`${typed}-`) || (TITLE_WORDS.has(word) && same(typed, word));
const holdsAll = (typed: string[], words: string[], fits = wordFits) => typed.every((t) => words.some((w) => fits(t, w)));
const sameStem = (a: string, b: string) => stem(a, 'fr') === stem(b, 'fr') || stem(a, 'en') === stem(b, 'en');
/** The same word or its start, no typo forgiven: "ministre" is not "ministère". */
const spelledAlike = (typed: string, word: string) => (TITLE_WORDS.has(typed) ? titleFits(typed, word, sameStem) : typed === word || (typed.length >= 3 && word.startsWith(typed)) || stem(typed, 'fr') === stem(word, 'fr') || stem(typed, 'en') === stem(word, 'en'));

interface Entry {
  speaker: Speaker;
  /** Forms in matching form, without a leading determiner, for exact look-ups. */
  keys: string[];
  /** Content words of each name form. */
  names: string[][];
  /** Content words of each description (an unnamed organisation's forms among them). */
  roles: string[][];
}

export interface SpeakerMatch {
  speakers: Speaker[];
  tier: Tier;
}

export interface ResolvedSpeaker {
  speakers: Speaker[];
  /** The words read as the speaker. */
  speaker: string;
  /** The words left for the topic. */
  topic: string;
}

export class SpeakerLookup {
  private readonly entries: Entry[];

  constructor(speakers: readonly Speaker[]) {
    this.entries = speakers.map((speaker) => {
      const roles = speaker.roles.map((r) => contentWords(lookupWords(r)));
      const roleKeys = new Set(roles.map((r) => r.join(' ')));
      const names: string[][] = [];
      for (const form of speaker.forms) {
        const words = contentWords(lookupWords(form));
        // An unnamed speaker's form is its description ("préfecture maritime de la Manche", "a Nexora spokesperson": a title in it).
        if (roleKeys.has(words.join(' ')) || (!speaker.forms.some((f) => !contentWords(lookupWords(f)).some((w) => TITLE_WORDS.has(w))) && words.some((w) => TITLE_WORDS.has(w)))) roles.push(words);
        else names.push(words);
      }
      return { speaker, keys: speaker.forms.map(exactKey), names, roles };
    });
  }

  /** The speakers a phrase names, by the best tier any speaker reaches (none: an empty list). */
  match(typed: string): SpeakerMatch {
    const key = exactKey(typed);
    const words = contentWords(lookupWords(typed));
    // Only function words ("le", "the"): no one is named.
    if (!key || words.length === 0) return { speakers: [], tier: Tier.None };
    let best: Tier = Tier.None;
    let found: Speaker[] = [];
    for (const entry of this.entries) {
      const tier = this.tierOf(entry, key, words);
      if (tier < best) {
        best = tier;
        found = [];
      }
      if (tier === best && tier !== Tier.None) found.push(entry.speaker);
    }
    // Among speakers the phrase fits equally, those it names without a forgiven typo come first
    // ("la ministre": the minister, not also the ministère).
    if (found.length > 1) {
      const alike = found.filter((speaker) => this.tierOf(this.entries.find((e) => e.speaker === speaker)!, key, words, spelledAlike) === best);
      if (alike.length > 0) found = alike;
    }
    // "Mme Favre", "M. Favre", "la ministre": an honorific's, a title's or a title's determiner's gender tells apart
    // people who share the name or the role.
    const gender = typedGender(typed);
    if (gender && found.length > 1) {
      const same = found.filter((s) => s.gender === gender);
      const unknown = found.filter((s) => !s.gender);
      if (same.length > 0) found = same;
      else if (unknown.length > 0) found = unknown;
    }
    // "Streamly": an organisation's name also stands for the people the articles describe as its own ("Camille Arnaud,
    // chief executive of Streamly", "a Streamly spokesperson"): a title and the organisation's name in one description.
    if (found.length > 0 && best <= Tier.Role && found.every((s) => s.kind !== 'person')) {
      const describes = (r: string[]) => r.some((w) => TITLE_WORDS.has(w)) && holdsAll(words, r, spelledAlike);
      for (const entry of this.entries) {
        if (entry.speaker.kind !== 'person' || found.includes(entry.speaker)) continue;
        // A person's own name holding the word ("Streamly Jones") is no affiliation.
        if (entry.roles.some(describes)) found.push(entry.speaker);
      }
    }
    return { speakers: found, tier: best };
  }

  /** Speakers a typed name or role stands for. */
  find(typed: string): Speaker[] {
    return this.match(typed).speakers;
  }

  /**
   * Reads `speaker` followed by `topic` as one phrase and finds the longest part of it, from its
   * start, that names a speaker; the rest is the topic. Written as text, "/quotes speaker:la
   * ministre de la Mer" gives the speaker "la" and the rest as topic: read together they name the
   * minister. "Poutine satellites" stays Poutine on satellites. The topic's words join the speaker
   * only when one name or one description holds them all, and a phrase is never cut before a role
   * word or a "de"/"of" ("le préfet | de police", "le ministre | Transports"), or when the speaker's own
   * words are only a determiner.
   */
  resolve(speaker: string, topic = ''): ResolvedSpeaker {
    const own = speaker.split(/\s+/u).filter(Boolean);
    const pieces = [...own, ...topic.split(/\s+/u).filter(Boolean)];
    // "speaker:la ministre Fontanel" written as text: the speaker option holds a determiner only, the rest is surely the name.
    const ownNamesNoOne = contentWords(lookupWords(speaker)).length === 0;
    for (let k = pieces.length; k >= 1; k--) {
      const head = pieces.slice(0, k);
      const rest = pieces.slice(k);
      if (rest.length && !this.canSplit(head, rest)) continue;
      const { speakers, tier } = this.match(head.join(' '));
      if (speakers.length === 0) continue;
      if (k > own.length && tier > Tier.Role && !ownNamesNoOne) continue;
      // "speaker:\"Telecom Insider\"": a capitalised word after the head, typed in the speaker option, goes on with a name;
      // a role that holds the head's first word alone is no match for it.
      if (k < own.length && tier > Tier.Name && /^\p{Lu}/u.test(own[k])) continue;
      return { speakers, speaker: head.join(' '), topic: rest.join(' ') };
    }
    // A topic given as its own option that opens with a role word ("speaker:Vasseur topic:ambassadeur") is no part of
    // the name when nothing longer names anyone: the speaker option alone is the speaker.
    if (topic.trim() && own.length > 0) {
      const { speakers } = this.match(speaker);
      if (speakers.length > 0) return { speakers, speaker, topic };
    }
    return { speakers: [], speaker: contentWords(lookupWords(speaker)).length ? speaker : pieces.join(' '), topic };
  }

  /** Whether a phrase may be cut between `head` and `rest`: the rest is no complement or role word of the head. */
  private canSplit(head: string[], rest: string[]): boolean {
    const before = lookupWords(head.join(' '));
    const after = lookupWords(rest.join(' '));
    const last = before[before.length - 1];
    const first = after[0];
    if (last === undefined || first === undefined) return false;
    if (FUNCTION_WORDS.has(last) || LINK_WORDS.has(first) || TITLE_WORDS.has(first)) return false;
    // After a role noun, a bare word is more of the role ("le préfet | maritime"); a new noun phrase opens with a determiner.
    if (TITLE_WORDS.has(last) && !OPENERS.has(first)) return false;
    return true;
  }

  private tierOf(entry: Entry, key: string, words: string[], fits = wordFits): Tier {
    if (entry.keys.includes(key)) return Tier.Exact;
    if (entry.names.some((n) => holdsAll(words, n, fits))) return Tier.Name;
    if (entry.roles.some((r) => holdsAll(words, r, fits))) return Tier.Role;
    if (holdsAll(words, [...entry.names.flat(), ...entry.roles.flat()], fits)) return Tier.Across;
    return Tier.None;
  }
}

/** A form or typed phrase for exact comparison: matching form, without a leading determiner. */
function exactKey(text: string): string {
  const words = lookupWords(text);
  let i = 0;
  while (i < words.length - 1 && FUNCTION_WORDS.has(words[i])) i++;
  return words.slice(i).join(' ');
}
