/**
 * The people and organisations of one article, in reading order: who was introduced with
 * which title ("le dirigeant nord-coréen Kim Jong Un"), which short form stands for whom
 * ("Kirby" → John Kirby; once "Kim" means Kim Jong Un it keeps meaning him, even after a
 * minister called Kim Yung-ho appears), which acronym an agency goes by, and who spoke last
 * (for "a-t-il ajouté", "he said", "ajoute le communiqué").
 */
import type { Lang } from '../corpus/article.js';
import { normalizeForMatch } from '../text/normalize.js';
import { isStopword } from '../text/analyzer.js';
import { DESCRIPTION_LINKS, descriptorWords, isAcronym, isCapitalised, nameRuns, parseMention, titleMask, tokenizePhrase, type Mention, type NameRun, type Token } from './mentions.js';
import { foldWord, type SpeechPatterns } from './speechPatterns.js';
import { opensWithClockTime } from './attributeSpeaker.js';

export interface CastMember {
  id: number;
  kind: 'person' | 'organisation' | 'group';
  /** A person's full name as printed (longest form seen); null for unnamed speakers. */
  name: string | null;
  /** Every printed form of the name, with counts. */
  nameForms: Map<string, number>;
  /** Folded name tokens ("kim", "jong", "un"). */
  nameTokens: string[];
  acronym: string | null;
  /** Titles and descriptions seen with this speaker, as folded content words. */
  descriptors: string[][];
  /** How the speaker is shown when unnamed ("porte-parole du ministère…", "Maison Blanche"). */
  display: string;
  mentions: number;
  /** An unnamed group introduced with a plural determiner ("les auteurs"): no singular pronoun stands for it. */
  plural?: boolean;
  /** Known from an honorific, a gendered title or a pronoun already resolved to them. */
  gender?: 'f' | 'm';
  /**
   * For a person known only by a role ("the lawyer for X"): the role's title words ("lawyer"), by
   * which the corpus may tell who holds it.
   */
  roleTitle?: string[];
  /** The age printed right after the name ("X, 74 ans", "X, 72,"), read for age nouns ("la septuagénaire"). */
  age?: number;
  /**
   * Titles given with a possessive and no complement ("son directeur, X", "its director, X"): the complement is
   * whatever the possessive stands for, so no role with another complement is known to be theirs.
   */
  possessiveTitles?: string[];
}

/** Titles a person is known by anywhere in the corpus: descriptor key → full names. */
export type CorpusTitles = Map<string, Set<string>>;

export const descriptorKey = (words: string[]) => words.join(' ');
/** The corpus-titles key of a title given with a complement ("maire" of "maire de Valombre"), apart from the title given alone. */
export const headTitleKey = (title: string) => `\u0001${title}`;
/**
 * The corpus-titles key under which a person's gender is kept ("f", "m"), so an article that never tells it may learn it
 * from another ("Agnès X" is "la ministre" elsewhere): a "she" then skips a man the article names between.
 */
export const genderKey = (fullName: string) => `\u0002${nameKey(fullName)}`;
/** The description key of an unnamed person known by a role ("le porte-parole de la présidence"). */
const roleKey = (m: Mention) => descriptorKey(['\u0000role', ...m.descriptor, m.text]);
export const nameKey = (name: string) => normalizeForMatch(name).replace(/['’]s$/, '');

export class ArticleCast {
  readonly members: CastMember[] = [];
  /** A short form ("kirby", "kim") → the person it stands for in this article. */
  private readonly shortForms = new Map<string, CastMember>();
  /** The last organisation that spoke: "ajoute le communiqué" is its statement. */
  lastOrganisation: CastMember | null = null;
  /** Everyone who spoke, in order: "she said" goes back to the last speaker who can be "she". */
  private readonly history: CastMember[] = [];
  /**
   * The corpus titles this reading looked up: when none of them names exactly one person, the
   * corpus titles changed nothing in this article, and a reading without them is the same.
   */
  readonly titlesAsked = new Set<string>();

  constructor(
    private readonly p: SpeechPatterns,
    private readonly lang: Lang,
    private readonly corpusTitles?: CorpusTitles,
  ) {}

  /** Sentences observed so far, and the named people of the latest ones, in order of mention (for "l'élue", "elle"). */
  private sentences = 0;
  private readonly mentioned: { member: CastMember; sentence: number; afterPronoun?: boolean }[] = [];
  /** Organisations named by acronym, in reading order, with the sentence that names them. */
  private readonly namedOrganisations: { member: CastMember; sentence: number }[] = [];
  /** Who spoke last with a verb of their own ("a-t-il ajouté" refers to them), and in which sentence. */
  private lastSpoke: { member: CastMember; sentence: number } | null = null;
  /** The last named person who spoke, past any body cited as a source since. */
  private lastPersonSpoke: { member: CastMember; sentence: number } | null = null;
  /**
   * Sentences opening with a role and naming no one ("The transport minister was more upbeat.", « Le préfet s'est
   * montré prudent. »): the title words of that role, by sentence. Whoever holds it is someone the article has not named.
   */
  private readonly unnamedOpeners: { titles: Set<string>; sentence: number }[] = [];
  /** A capitalised epithet that opened a sentence and named no one ("Le Toulousain"), and that sentence. */
  private epithet: { word: string; sentence: number } | null = null;
  /** The named person whose view a sentence opens with ("Pour X, …", "According to X, …"). */
  private viewHolder: { member: CastMember; sentence: number } | null = null;
  /** The named person a sentence opened with. */
  private opener: { member: CastMember; sentence: number } | null = null;
  /** The person a cleft sentence set in focus ("c'est X qui…", "it was X who…"), with that sentence's number. */
  private focus: { member: CastMember; sentence: number } | null = null;
  /** The named person the article last said won ("X a remporté le scrutin", "X won the run-off"). */
  private winner: CastMember | null = null;
  /**
   * The live-blog entry being read (a paragraph opened by a time stamp, "11h42 - ", and those after it up to the next
   * stamp): its first sentence and how many speakers had spoken before it. Null outside a live blog.
   */
  private entry: { sentence: number; history: number } | null = null;
  /** People a live-blog entry named after "de" ("Premier discours de X"), with their sentence. */
  private readonly entryNamed: { member: CastMember; sentence: number }[] = [];
  /** Document nouns printed in each sentence observed ("an open letter", "la note"), latest sentence last. */
  private readonly documentsPrinted: { noun: string; sentence: number }[] = [];
  /** Plural groups of people a sentence named ("600 employés", "the employees"), and the signers of a document. */
  private readonly pluralGroups: { noun: string; display: string; sentence: number; signers: boolean }[] = [];

  /**
   * A live-blog entry opens ("11h42 - …", "14:05 - …"). Entries are told apart by time and are often printed newest
   * first, so the speakers of the entries before it in print are no antecedents of its pronouns while the entry itself
   * names someone who can be.
   */
  startEntry(): void {
    this.entry = { sentence: this.sentences + 1, history: this.history.length };
  }

  /**
   * Named people mentioned in the sentence before, and in this one unless `thisSentence` is 0,
   * latest first (with or without a verb of speech).
   */
  private recentPeople(thisSentence: 0 | 1 = 1): CastMember[] {
    const out: CastMember[] = [];
    for (let i = this.mentioned.length - 1; i >= 0 && this.mentioned[i].sentence >= this.sentences - 1; i--) {
      const m = this.mentioned[i].member;
      if (thisSentence === 0 && this.mentioned[i].sentence === this.sentences) continue;
      if (!out.includes(m)) out.push(m);
    }
    return out;
  }

  /**
   * A sentence since `last` spoke opened with the role and named no one ("The transport minister was more upbeat."):
   * "the minister" is that unnamed holder, not the one who spoke before, unless they are known by the role.
   */
  private unnamedHolderSince(m: Mention, last: { member: CastMember; sentence: number }): boolean {
    if (!m.head || last.member.descriptors.some((d) => this.holdsHead(d, m))) return false;
    return this.unnamedOpeners.some((o) => o.sentence > last.sentence && o.sentence < this.sentences && o.titles.has(m.head!));
  }

  /** The person is known by a title, none of which is the role's ("le ministre de l'Unification" is not "le dirigeant"). */
  private knownByOtherTitle(member: CastMember, m: Mention): boolean {
    // "le dirigeant", "the boss" after the person known as "directeur général", "chief executive": the same person.
    if (this.leaderOf(m, member)) return false;
    const titled = member.descriptors.filter((d) => d.some((w) => this.p.titles.includes(w)));
    return titled.length > 0 && !titled.some((d) => this.holdsHead(d, m));
  }

  /**
   * The description holds the word as a title of its own, not only inside a compound naming another
   * office ("minister" in "prime minister"), unless the role's words hold the whole compound.
   */
  private holdsTitleWord(d: string[], word: string, role: string[]): boolean {
    const inside = (i: number) =>
      this.p.distinctCompoundTitles.some(
        (c) => !c.every((w) => role.includes(w)) && c.some((w, j) => w === word && c.every((x, k) => d[i - j + k] === x)),
      );
    return d.some((w, i) => w === word && !inside(i));
  }

  /** The description holds the role's head, or a title of the same kind ("politologue" for "la chercheuse"). */
  private holdsHead(d: string[], m: Mention): boolean {
    if (m.head === null) return false;
    if (this.holdsTitleWord(d, m.head, m.descriptor)) return true;
    // "le magistrat" for the person known as "le procureur": a general title covers the specific ones.
    const covered = this.p.generalTitles.get(m.head);
    if (covered && d.some((w) => covered.has(w))) return true;
    const kind = this.p.titleKinds.get(m.head);
    return kind !== undefined && d.some((w) => this.p.titleKinds.get(w) === kind);
  }

  /**
   * Reading pass: registers names introduced with a title, acronyms after a description, short forms.
   * `quoted`: offsets of the sentence's quotations; a name inside one ("Julien sera licencié") is
   * no person the sentence is about, so later roles and pronouns do not refer back to it.
   */
  observe(sentence: string, quoted: { open: number; close: number }[] = []): void {
    this.sentences++;
    sentence = leadNameInCapitals(sentence);
    // "Selon un conseiller de l'exécutif, c'est X qui…", "According to an aide, X asked…": the source opening the
    // sentence is no description of a name after it (the comma ending it is read as a boundary; offsets are kept).
    const source = this.p.accordingTo.exec(sentence);
    // Only an indefinite source ("un conseiller", "an aide"): "Selon Jean Roux, maire de X, …" keeps its apposition.
    const indefinite = this.p.data.indefinites.includes((source?.groups?.rest.trim().split(/\s+/u)[0] ?? '').toLowerCase());
    if (source?.groups?.rest && indefinite && /^\s*$/u.test(sentence.slice(0, source.index))) {
      const comma = sentence.indexOf(',', sentence.length - source.groups.rest.length);
      if (comma > 0) sentence = `${sentence.slice(0, comma)};${sentence.slice(comma + 1)}`;
    }
    const inQuotation = (at: number) => quoted.some((q) => at > q.open && at < q.close);
    const tokens = tokenizePhrase(sentence);
    this.notePluralsAndDocuments(tokens.filter((t) => !inQuotation(t.start)));
    const titles = titleMask(tokens, this.p);
    const runs = nameRuns(tokens, sentence, this.p);
    // "She recalled that her predecessor, John Moore, had asked…": a person named after the sentence's first subject pronoun
    // is no antecedent of that pronoun.
    const pronounAt = tokens.find((t) => this.p.pronouns.has(t.folded) && !this.p.impersonalPronouns.has(t.folded) && !inQuotation(t.start))?.start ?? Infinity;
    for (const run of runs) {
      const name = sentence.slice(tokens[run.from].start, tokens[run.to - 1].end).replace(/['’]s$/u, '');
      let member: CastMember | null;
      const kindAt = this.companyKindBefore(tokens, run.from, sentence);
      const kindBefore = tokens[run.from - 1];
      if (kindAt !== null) {
        // "appliance maker Brightwell", "la compagnie Air Exemple": a company, not a person.
        const company = this.company(name, this.descriptorBefore(tokens, titles.map((_, i) => i === kindAt), run.from, sentence, false));
        // « le groupe X », « la société X »: the determiner gives the gender a later « il », « elle » standing for it agrees with.
        company.gender ??= this.determinerGender(tokens[kindAt - 1], tokens[kindAt], sentence);
        continue;
      } else if (run.to - run.from >= 2 && (this.p.organisationNameEnds.has(foldWord(name.split(/\s+/u).pop()!)) || initialsInParentheses(name, sentence.slice(tokens[run.to - 1].end)))) {
        // "Avenir Santé Hôpital (ASH)": a name followed by its own initials in parentheses is a body's, no person's (a
        // party's initials after a person, "Jean Roux (LR)", are no initials of the name).
        // "Nordhavn Capital", "the Weather Satellite Organisation": a name ending in an organisation's word is no person's.
        this.company(name, null, this.p.companyNameEnds.has(foldWord(name.split(/\s+/u).pop()!)));
        continue;
      } else if (run.to - run.from >= 2) {
        const possessive = { found: false };
        const descriptor = this.descriptorBefore(tokens, titles, run.from, sentence, false, possessive);
        member = this.person(name, descriptor);
        // "a indiqué son directeur, X": the director of what "son" stands for, not of anything else.
        if (descriptor && possessive.found && descriptor.every((w) => this.p.titles.includes(w))) {
          member.possessiveTitles = [...new Set([...(member.possessiveTitles ?? []), ...descriptor])];
        }
        // Appositions describe the person too: "Le préfet maritime, le vice-amiral X", "X, secrétaire général de Y,".
        for (const apposition of this.appositions(tokens, titles, run, sentence)) {
          this.describe(member, apposition);
          // "Martine Favre, coprésidente du comité": a gendered title tells a woman or a man.
          member.gender ??= this.genderOfWords(apposition);
        }
      } else {
        // "Mme Favre", "M. Favre": the honorific tells which Favre of the article it is.
        // "Perrin's daughters": a possessive surname still names the person (the paragraph is about them).
        member = this.bindShortForm(tokens[run.from].folded.replace(/['’]s$/u, ''), this.genderBefore(tokens, run.from, sentence));
        // A word printed alone before any longer name bearing it is a name of its own so far (see bindShortForm).
        if (!member && !this.seenAlone.has(tokens[run.from].folded)) this.seenAlone.set(tokens[run.from].folded, this.members.length);
        // "Dans le cortège, Thierry, maçon de 58 ans, …", "Tom, a 36-year-old nurse, …": a lone first name set apart by a
        // description with an age (or a title) is a person the article introduces by that name.
        if (!member && !inQuotation(tokens[run.from].start)) {
          const description = this.personApposition(tokens, titles, run, sentence);
          if (description) member = this.person(name, description);
        }

        // "Ravel, a Paris-based lawyer who…": a description after a short name describes the person too.
        if (member) for (const apposition of this.appositions(tokens, titles, run, sentence)) this.describe(member, apposition);
      }
      // "Joséphine Alcide, 74 ans", "Tom Reilly, 72,": the age set apart after the name, for a later "la septuagénaire".
      const age = member?.kind === 'person' ? this.p.asideAgeAfterName.exec(sentence.slice(tokens[run.to - 1].end)) : null;
      if (member && age) member.age = Number(age[1]);
      const gender = member && !member.gender ? this.genderBefore(tokens, run.from, sentence) : null;
      if (member && gender) member.gender = gender;
      // "told Capital Insider the office had been…", "told Mary Jones": the one spoken to is no antecedent of a later role
      // or pronoun ("…,\" the official said").
      const addressed = kindBefore !== undefined && this.p.addressVerbs.has(kindBefore.folded) && /^\s+$/u.test(sentence.slice(kindBefore.end, tokens[run.from].start));
      if (member?.kind === 'person' && member.name && !inQuotation(tokens[run.from].start) && !addressed) {
        this.mentioned.push({ member, sentence: this.sentences, afterPronoun: tokens[run.from].start > pronounAt });
        // "X a remporté…", "X, 52, won…": "le nouvel élu", "the mayor-elect" will refer back to X.
        if (this.p.winAfterName.test(sentence.slice(tokens[run.to - 1].end))) this.winner = member;
        if (this.inFocus(sentence, tokens[run.from].start, tokens[run.to - 1].end)) this.focus = { member, sentence: this.sentences };
        // The sentence opens with this person (after a title at most): it is about them; not "Tom Reilly's sister…".
        const view = this.p.viewOf.exec(sentence);
        if (view?.groups?.rest && sentence.length - view.groups.rest.length === tokens[run.from].start) this.viewHolder = { member, sentence: this.sentences };
        if (!/['’]s$/u.test(tokens[run.to - 1].text) && (tokens.slice(0, run.from).every((t, i) => titles[i] || this.p.determiners.has(t.folded) || this.p.honorificWords.has(t.text)) || this.titlePhraseBefore(tokens, titles, run.from, sentence) || this.afterOpeningPhrase(tokens, run.from, sentence))) this.opener = { member, sentence: this.sentences };
      }
    }
    if (runs.length === 0 && tokens.length > 2 && DEFINITE_WORDS.has(tokens[0].folded) && !inQuotation(tokens[0].start)) {
      // The role's words run up to its first title word, a few words in at most ("The transport minister").
      const at = titles.findIndex((t, i) => t && i >= 1 && i <= 3);
      if (at > 0 && tokens.slice(1, at).every((t) => !isCapitalised(t))) {
        const words = new Set<string>();
        for (let i = at; i < tokens.length && titles[i]; i++) words.add(tokens[i].folded);
        this.unnamedOpeners.push({ titles: words, sentence: this.sentences });
      }
    }
    this.roleOpener(tokens, titles, runs, sentence);
    // "12h20 - Premier discours de Sandrine Achard en tant que ministre.": in a live-blog entry, a person named after "de"
    // is someone the entry is about, an antecedent of its pronouns (outside a live blog such a name is left unread).
    if (this.entry) {
      for (const run of nameRuns(tokens, sentence, this.p, true)) {
        if (runs.some((r) => r.from === run.from && r.to === run.to) || inQuotation(tokens[run.from].start)) continue;
        this.entryNamed.push({ member: this.person(sentence.slice(tokens[run.from].start, tokens[run.to - 1].end), null), sentence: this.sentences });
      }
    }
    // "Le Toulousain n'aura pas survécu… Rémi Castéran, 47 ans, a été démis…": a capitalised epithet opening a sentence,
    // no name of its own, may stand for the person who opens the next one.
    if (tokens.length > 2 && DEFINITE_WORDS.has(tokens[0].folded) && isCapitalised(tokens[1]) && !isAcronym(tokens[1]) && !isCapitalised(tokens[2]) && !this.p.titles.includes(tokens[1].folded) && !this.bearers(tokens[1].folded).length) {
      this.epithet = { word: tokens[1].folded, sentence: this.sentences };
    }
    const epithet = this.epithet;
    if (epithet && epithet.sentence === this.sentences - 1 && this.opener?.sentence === this.sentences && !this.shortForms.has(epithet.word)) {
      this.shortForms.set(epithet.word, this.opener.member);
      this.epithet = null;
    }
    tokens.forEach((t, i) => {
      if (!isAcronym(t)) return;
      const descriptor = this.descriptorBefore(tokens, titles, i, sentence, true);
      if (descriptor) this.organisation(t.text, descriptor);
      // An organisation the sentence names ("l'UCI se refuse…", "The AFLD rejected…"): "l'instance", "the agency" may
      // refer back to it. A bare acronym after a preposition ("positif à l'EPO", "for EPO") may be a thing, not a body.
      const known = this.members.find((m) => m.acronym === t.text);
      const det = tokens[i - 1];
      const introduced = det && DEFINITE_WORDS.has(det.folded) && !(tokens[i - 2] && (LINK_WORDS.has(tokens[i - 2].folded) || this.p.indirectObjects.has(tokens[i - 2].folded)));
      if (known || introduced) this.namedOrganisations.push({ member: known ?? this.organisation(t.text, null), sentence: this.sentences });
    });
  }

  /**
   * "Ces abstentions, c'est X qui les a livrées. « … », a prévenu le président du groupe Y": a definite title (its
   * complement may name a body) right after a cleft that set a named person in focus is that person, unless they are
   * known by another title or someone else holds this one.
   */
  private focusedHolder(m: Mention): CastMember | null {
    const focus = this.focus;
    if (m.determiner !== 'definite' || !focus || focus.sentence < this.sentences - 1 || !this.isTitle(m) || m.name || m.acronym) return null;
    const x = focus.member;
    const want = this.genderOf(m);
    if (x.kind !== 'person' || !x.name || (want && x.gender && x.gender !== want) || this.knownByOtherTitle(x, m) || this.heldByAnother(x, m)) return null;
    this.describe(x, m.descriptor);
    return x;
  }

  /** The name between `from` and `to` is set in focus by a cleft: "c'est X qui", "it was X who". */
  private inFocus(sentence: string, from: number, to: number): boolean {
    const lower = (t: string) => t.toLowerCase().replace(/’/gu, "'");
    const before = lower(sentence.slice(0, from)).trimEnd();
    const after = lower(sentence.slice(to)).trimStart();
    return this.p.data.cleftOpeners.some(
      ([opener, relative]) =>
        before.endsWith(opener) && /(?:^|[\s,;:])$/u.test(before.slice(0, before.length - opener.length)) && after.startsWith(relative) && (relative.endsWith("'") || /^\s/u.test(after.slice(relative.length))),
    );
  }

  /**
   * The name comes right after a short opening phrase set apart by a comma, with no other name and no
   * quotation in it ("Dans le cortège, Thierry, …", "On Tuesday, Anna Roth …"): the name is the subject.
   */
  private afterOpeningPhrase(tokens: Token[], at: number, text: string): boolean {
    if (at < 1 || at > 6) return false;
    const phrase = text.slice(0, tokens[at].start);
    if (!/^[^,;:«»“”"]+,\s*$/u.test(phrase)) return false;
    return tokens.slice(1, at).every((t) => !isCapitalised(t)) && !this.p.accordingTo.test(text);
  }

  /**
   * The sentence opens with a short title phrase right before the name, its words joined by spaces
   * only: "Club president X", "Son homonyme X", "Union leader X" (a noun before the title is its complement).
   */
  private titlePhraseBefore(tokens: Token[], titles: boolean[], at: number, text: string): boolean {
    if (at === 0 || at > 4) return false;
    const last = tokens[at - 1];
    if (!titles[at - 1] && !this.p.relativeTitles.has(last.folded)) return false;
    for (let i = 0; i < at; i++) if (!/^\s+$/u.test(text.slice(tokens[i].end, tokens[i + 1].start))) return false;
    return /^\s*$/u.test(text.slice(0, tokens[0].start)) && tokens.slice(0, at).every((t) => !this.p.phraseStops.has(t.folded) && !this.p.pronouns.has(t.folded));
  }

  /**
   * A person's gender from the words right before their name: an honorific ("Mme", "Ms."), a
   * gendered title ("l'avocate", "spokeswoman"), or the determiner of a title ("la ministre").
   */
  private genderBefore(tokens: ReturnType<typeof tokenizePhrase>, at: number, text: string): 'f' | 'm' | null {
    for (let i = at - 1, n = 0; i >= 0 && n < 8; i--, n++) {
      const gap = text.slice(tokens[i].end, tokens[i + 1].start);
      if (!/^\s*,?\s*$/u.test(gap)) return null;
      const w = tokens[i].folded;
      if (this.p.complementLinks.has(w)) continue;
      const isDeterminer = this.p.determiners.has(w);
      // "La ministre de la Défense, X": the determiner of the title's complement tells nothing; the title's own comes next.
      if (isDeterminer && i > 0 && this.p.complementLinks.has(tokens[i - 1].folded)) continue;
      if (isDeterminer && !this.titleFollows(tokens, i)) return null;
      if (this.p.feminine.has(w) || this.p.feminine.has(tokens[i].text.toLowerCase())) return 'f';
      if (this.p.masculine.has(w) || this.p.masculine.has(tokens[i].text.toLowerCase())) return 'm';
      if (isDeterminer || this.p.phraseStops.has(w)) return null;
    }
    return null;
  }

  /**
   * "Claire Roux, the council president, … 11:40 — The council president visited the dyke.": a definite role the article
   * gave one named person, opening the sentence (after a live-blog clock time) before any name, makes the sentence about
   * that person, whom a pronoun in the next one stands for (not a person the sentence names too).
   */
  private roleOpener(tokens: Token[], titles: boolean[], runs: NameRun[], sentence: string): void {
    const from = opensWithClockTime(sentence) ? tokens.findIndex((t) => !/^\d+$/u.test(t.text)) : 0;
    if (from < 0 || tokens.length < from + 3 || !DEFINITE_WORDS.has(tokens[from].folded)) return;
    const at = titles.findIndex((t, i) => t && i >= from + 1 && i <= from + 3);
    if (at < 0 || tokens.slice(from + 1, at).some(isCapitalised)) return;
    let end = at;
    while (end < tokens.length && titles[end]) end++;
    if (runs.some((r) => r.from < end)) return;
    const holder = this.known(sentence.slice(tokens[from].start, tokens[end - 1].end));
    // "The lawyer of Tom Reilly looked tired": a person the sentence itself names is no holder of its opening role.
    const namedHere = this.mentioned.some((x) => x.sentence === this.sentences && x.member === holder);
    if (holder?.kind === 'person' && holder.name && !namedHere) this.opener = { member: holder, sentence: this.sentences };
  }

  /**
   * Where the company noun naming the kind of business before a name stands: right before it ("appliance maker X", « la
   * compagnie X »), or before one or two of the language's companyModifiers (« l'armateur grec X »).
   * Null when there is none.
   */
  private companyKindBefore(tokens: Token[], at: number, text: string): number | null {
    for (let k = at - 1, adjectives = 0; k >= 0 && adjectives <= 2; k--, adjectives++) {
      if (!/^\s+$/u.test(text.slice(tokens[k].end, tokens[k + 1].start))) return null;
      if (this.p.companies.has(tokens[k].folded)) return k;
      if (!this.p.companyModifiers.has(tokens[k].folded)) return null;
    }
    return null;
  }

  /** The gender a determiner right before a noun gives it (« le groupe », « la société »); none for an elided « l' » or in English. */
  private determinerGender(determiner: Token | undefined, noun: Token, text: string): 'f' | 'm' | undefined {
    if (!determiner || !this.p.determiners.has(determiner.folded) || !/^\s+$/u.test(text.slice(determiner.end, noun.start))) return undefined;
    return this.p.feminine.has(determiner.folded) ? 'f' : this.p.masculine.has(determiner.folded) ? 'm' : undefined;
  }

  private titleFollows(tokens: ReturnType<typeof tokenizePhrase>, i: number): boolean {
    const next = tokens[i + 1]?.folded;
    return next !== undefined && this.p.titles.some((t) => t === next || t.startsWith(`${next} `));
  }

  /**
   * The title or description right before a name or acronym, back to its determiner:
   * "le président russe Vladimir Poutine" → président russe; "l'agence officielle, KCNA" → agence officielle.
   */
  private descriptorBefore(
    tokens: ReturnType<typeof tokenizePhrase>,
    titles: boolean[],
    at: number,
    text: string,
    organisation: boolean,
    possessive: { found: boolean } = { found: false },
  ): string[] | null {
    const window: number[] = [];
    for (let i = at - 1; i >= 0 && window.length < 9; i--) {
      const gap = text.slice(tokens[i].end, tokens[i + 1].start);
      const allowed = i === at - 1 ? /^\s*[,(]?\s*$/u : /^\s*$/u;
      if (!allowed.test(gap)) break;
      const w = tokens[i].folded;
      if (this.p.phraseStops.has(w) && !['de', 'du', 'des', 'of'].includes(w)) break;
      if (this.p.pronouns.has(w) || this.p.data.complementisers.includes(w)) break;
      // "an investigator told Harbor Weekly": a verb of address ends the subject; what comes before it describes no one after.
      if (this.p.addressVerbs.has(w) || this.p.objectVerbs.has(w)) break;
      window.unshift(i);
    }
    const key = (i: number) => (organisation ? this.p.organisations.has(tokens[i].folded) : titles[i]);
    const headAt = window.findIndex(key);
    if (headAt < 0) return null;
    let from = headAt;
    for (let k = headAt - 1; k >= 0; k--) {
      if (this.p.determiners.has(tokens[window[k]].folded) && !['de', 'du', 'des', "d'"].includes(tokens[window[k]].folded)) {
        from = k + 1;
        possessive.found = this.p.thirdPersonPossessives.has(tokens[window[k]].folded);
        break;
      }
      if (this.lang === 'en') from = k;
    }
    const words = window
      .slice(from)
      .map((i) => tokens[i].folded)
      .filter((w) => !this.p.determiners.has(w) && !DESCRIPTION_LINKS.includes(w));
    if (words.length === 0 || this.p.relativeTitles.has(words[0])) return null;
    return words;
  }

  /**
   * Descriptions set apart by commas around a name: the one after it ("X, préfet maritime de la
   * Manche, …", "Y, the Labour MP for Dover") and one before the name's own title ("Le préfet
   * maritime, le vice-amiral X"). Each must open with a title (after a determiner at most).
   */
  private appositions(tokens: Token[], titles: boolean[], run: NameRun, text: string): string[][] {
    const found: string[][] = [];
    const gap = (i: number) => text.slice(tokens[i].end, tokens[i + 1].start);
    const joined = (i: number) => /^\s*$/u.test(gap(i));
    const bound = (i: number) => this.p.pronouns.has(tokens[i].folded) || this.p.data.complementisers.includes(tokens[i].folded) || (this.p.phraseStops.has(tokens[i].folded) && !LINK_WORDS.has(tokens[i].folded));
    // After the name: ", <description>" up to the next punctuation.
    if (run.to < tokens.length && /^\s*,\s*$/u.test(gap(run.to - 1))) {
      let end = run.to;
      while (end < tokens.length && end - run.to < APPOSITION_WORDS && !bound(end) && (end === run.to || joined(end - 1))) end++;
      const closed = end === tokens.length || !joined(end - 1) || bound(end);
      if (closed) {
        const words = this.titledDescription(tokens, titles, run.to, end);
        if (words) found.push(words);
      }
    }
    // Before the name's own title phrase ("le vice-amiral"), a description ending with a comma.
    let start = run.from;
    while (start > 0 && run.from - start < 5 && joined(start - 1) && !bound(start - 1) && !isCapitalised(tokens[start - 1])) start--;
    // A short parenthesis before the comma ("Le maire de Valombre (Hérault), X") is no part of the description.
    let end = start;
    let comma = start > 0 && /^\s*,\s*$/u.test(gap(start - 1));
    if (start > 0 && /^\s*\)\s*,\s*$/u.test(gap(start - 1))) {
      let k = start - 1;
      while (k > 0 && start - k < 4 && !/\(/u.test(gap(k - 1))) k--;
      if (k > 0 && /^\s*\(\s*$/u.test(gap(k - 1))) [end, comma] = [k, true];
    }
    if (end > 0 && comma) {
      let from = end - 1;
      while (from > 0 && end - from < APPOSITION_WORDS && joined(from - 1) && !bound(from - 1)) from--;
      const words = this.p.determiners.has(tokens[from].folded) ? this.titledDescription(tokens, titles, from, end) : null;
      if (words) found.push(words);
    }
    return found;
  }

  /**
   * The description set apart right after a lone capitalised word that makes it a person: ", <words>,"
   * with an age ("maçon de 58 ans", "81 ans", "a 36-year-old nurse") or opening with a title, not
   * after a preposition ("À Lyon, capitale…" is a place); null when there is none.
   */
  private personApposition(tokens: Token[], titles: boolean[], run: NameRun, text: string): string[] | null {
    const before = tokens[run.from - 1];
    if (before && /^\s+$/u.test(text.slice(before.end, tokens[run.from].start)) && (LINK_WORDS.has(before.folded) || this.p.phraseStops.has(before.folded))) return null;
    if (run.to >= tokens.length || !/^\s*,\s*$/u.test(text.slice(tokens[run.to - 1].end, tokens[run.to].start))) return null;
    // The apposition closes at the next comma or end of clause, within a few words.
    let end = run.to;
    while (end < tokens.length && end - run.to < APPOSITION_WORDS && (end === run.to || /^\s*$/u.test(text.slice(tokens[end - 1].end, tokens[end].start)))) end++;
    const chunk = text.slice(tokens[run.to].start, tokens[end - 1].end);
    if (isCapitalised(tokens[run.to]) || this.p.pronouns.has(tokens[run.to].folded) || this.p.data.complementisers.includes(tokens[run.to].folded)) return null;
    const aged = /\d/u.test(chunk) && tokens.slice(run.to, end).some((t) => this.p.agedDescription.test(text.slice(tokens[run.to].start, t.end)));
    if (aged) return descriptorWords(tokens.slice(run.to, end), this.p);
    return this.titledDescription(tokens, titles, run.to, end);
  }

  /** The content words of tokens [from, to) when they open with a title (after a determiner at most) and hold no name. */
  private titledDescription(tokens: Token[], titles: boolean[], from: number, to: number): string[] | null {
    let head = from;
    while (head < to && this.p.determiners.has(tokens[head].folded)) head++;
    // A title among the first words, before any "de"/"of" ("the Labour MP for X", "secrétaire général de Y").
    let titleAt = -1;
    for (let i = head; i < to && i < head + 3 && !LINK_WORDS.has(tokens[i].folded); i++) {
      if (titles[i]) {
        titleAt = i;
        break;
      }
    }
    if (titleAt < 0 || this.p.relativeTitles.has(tokens[head].folded)) return null;
    // Two capitalised words in a row are a name: "X, le vice-amiral Y" is another person, not a description.
    for (let i = head; i + 1 < to; i++) if (isCapitalised(tokens[i]) && isCapitalised(tokens[i + 1]) && !titles[i] && !titles[i + 1]) return null;
    const words = descriptorWords(tokens.slice(head, to), this.p);
    return words.length ? words : null;
  }

  private person(name: string, descriptor: string[] | null): CastMember {
    const key = nameKey(name);
    const tokens = key.split(' ');
    let member =
      this.members.find((m) => m.kind === 'person' && m.name && sameName(m.nameTokens, tokens)) ??
      // "de La Roche said" after "Amaury de La Roche": a surname of several words, after its particle, is the person's.
      this.members.find((m) => m.kind === 'person' && m.name && (this.particleSurname(m.nameTokens, tokens) || this.particleSurname(tokens, m.nameTokens)));
    if (!member) {
      member = { id: this.members.length, kind: 'person', name, nameForms: new Map(), nameTokens: tokens, acronym: null, descriptors: [], display: name, mentions: 0 };
      this.members.push(member);
    } else if (tokens.length > member.nameTokens.length) {
      member.name = name;
      member.nameTokens = tokens;
      member.display = name;
    }
    // A surname after its particle is a short form, like a lone surname: the name shown stays the full one.
    if (!this.particleSurname(member.nameTokens, tokens)) member.nameForms.set(name, (member.nameForms.get(name) ?? 0) + 1);
    member.mentions++;
    if (descriptor) this.describe(member, descriptor);
    return member;
  }

  /**
   * `short` is the surname of `full` that follows a name particle: "la roche" or "de la roche" of
   * "amaury de la roche", "der leyen" of "ursula von der leyen" (a surname of two words at least, so
   * that a lone word is still bound as a short form, by gender and mentions).
   */
  private particleSurname(full: string[], short: string[]): boolean {
    if (short.length < 2 || full.length <= short.length) return false;
    const at = full.length - short.length;
    return short.every((w, i) => full[at + i] === w) && (this.p.nameParticles.has(full[at - 1]) || this.p.nameParticles.has(short[0]));
  }

  /** The company the article introduced last: "the company said" refers to it. */
  private lastCompany: CastMember | null = null;

  /** `business`: a company's name ("the company said" may refer back to it), not a public body's. */
  private company(name: string, descriptor: string[] | null, business = true): CastMember {
    let member = this.members.find((m) => m.kind === 'organisation' && m.name !== null && nameKey(m.name) === nameKey(name));
    if (!member) {
      member = { id: this.members.length, kind: 'organisation', name, nameForms: new Map(), nameTokens: nameKey(name).split(' '), acronym: null, descriptors: [], display: name, mentions: 0 };
      this.members.push(member);
    }
    member.nameForms.set(name, (member.nameForms.get(name) ?? 0) + 1);
    member.mentions++;
    if (descriptor) addDescriptor(member, descriptor);
    if (business) this.lastCompany = member;
    return member;
  }

  private organisation(acronym: string, descriptor: string[] | null): CastMember {
    let member = this.members.find((m) => m.acronym === acronym);
    if (!member) {
      member = { id: this.members.length, kind: 'organisation', name: null, nameForms: new Map(), nameTokens: [], acronym, descriptors: [], display: acronym, mentions: 0 };
      this.members.push(member);
    }
    member.mentions++;
    if (descriptor) addDescriptor(member, descriptor);
    return member;
  }

  /**
   * Binds a single-word name to the person it stands for, the first time it can. With a gender (from
   * "Mme", "M."), the person of that gender among those who bear the name ("Mme Favre" is Martine
   * Favre when Laurent Favre is also named), bound for that gender apart.
   */
  private bindShortForm(word: string, gender: 'f' | 'm' | null = null): CastMember | null {
    if (word.length < 3 || isStopword(word)) return null;
    const key = gender ? `${word}\u0000${gender}` : word;
    const bound = this.shortForms.get(key) ?? (gender ? this.shortForms.get(word) : undefined);
    if (bound && (!gender || bound.gender === gender || !this.bearers(word).some((m) => m !== bound && m.gender === gender))) {
      bound.mentions++;
      return bound;
    }
    // "Nexora … sa boutique d'applications, Nexora Market … Nexora a annoncé": a name printed alone before a longer one
    // that adds words after it (not a surname after a first name) is its own entity, not a short form of the longer name.
    const aloneBefore = this.seenAlone.get(word);
    let candidates = this.bearers(word).filter((m) => aloneBefore === undefined || m.id < aloneBefore || m.nameTokens.at(-1) === word);
    if (gender) {
      const same = candidates.filter((m) => m.gender === gender);
      candidates = same.length > 0 ? same : candidates.filter((m) => !m.gender);
    }
    if (candidates.length === 0) return null;
    const chosen = candidates.reduce((a, b) => (b.mentions > a.mentions ? b : a));
    this.shortForms.set(key, chosen);
    if (gender && !chosen.gender && chosen.kind === 'person') {
      chosen.gender = gender;
      this.genderGuessed.add(chosen);
    }
    chosen.mentions++;
    return chosen;
  }

  /**
   * People bound to a short form by an honorific alone, their own gender unknown ("Mrs Morel" when the article only named
   * a "Gérard Morel"): the binding is a guess, which a description by age does not build on.
   */
  private readonly genderGuessed = new Set<CastMember>();

  /** Single words printed as a name no one of the article bore yet, with how many members there were then. */
  private readonly seenAlone = new Map<string, number>();

  /** The people of the article whose full name holds this word. */
  /** The person a phrase names, or a single surname stands for: the one person of the article who bears it. */
  owner(phrase: string): CastMember | null {
    const known = this.known(phrase);
    if (known) return known;
    const words = nameKey(phrase).split(' ');
    const bearers = words.length === 1 ? this.bearers(words[0]) : [];
    return bearers.length === 1 ? bearers[0] : null;
  }

  private bearers(word: string): CastMember[] {
    return this.members.filter((m) => m.kind === 'person' && m.nameTokens.length >= 2 && m.nameTokens.includes(word));
  }

  /** The gender a description's words give ("coprésidente", "spokesman"), if any. */
  private genderOfWords(words: string[]): 'f' | 'm' | undefined {
    for (const w of words) {
      if (this.p.determiners.has(w)) continue;
      if (this.p.feminine.has(w)) return 'f';
      if (this.p.masculine.has(w)) return 'm';
    }
    return undefined;
  }

  /**
   * A nickname the sentence gives the person it named last ("X, que tout le monde appelle « Nanard »",
   * "X, known as \"Kit\""): one capitalised word, which then stands for them like a short form of their name.
   */
  nickname(words: string): void {
    const last = this.mentioned[this.mentioned.length - 1];
    if (!last || last.sentence !== this.sentences || last.member.kind !== 'person' || !last.member.name) return;
    const tokens = tokenizePhrase(words).filter((t) => !this.p.determiners.has(t.folded));
    if (tokens.length !== 1 || !isCapitalised(tokens[0]) || tokens[0].folded.length < 3) return;
    const word = tokens[0].folded;
    if (this.shortForms.has(word) || this.bearers(word).length > 0) return;
    this.shortForms.set(word, last.member);
    last.member.nameForms.set(tokens[0].text, (last.member.nameForms.get(tokens[0].text) ?? 0) + 1);
  }

  /** Whether a folded word is a title on its own ("maire", "procureur"). */
  isTitleWord(word: string): boolean {
    return this.p.titles.includes(word);
  }

  /**
   * Records the document nouns a sentence prints and the plural groups of people it names ("600 employés": a plural of a
   * role), marking those named right after "signed by" / "signée par" as a document's signers.
   */
  private notePluralsAndDocuments(tokens: Token[]): void {
    const folded = tokens.map((t) => t.folded);
    let signedAt = -1;
    for (let i = 0; i < tokens.length; i++) {
      const w = folded[i];
      if (this.p.documents.has(w)) this.documentsPrinted.push({ noun: w, sentence: this.sentences });
      if (this.p.data.signedBy.some((s) => folded.slice(i, i + s.split(' ').length).join(' ') === normalizeForMatch(s))) signedAt = i;
      const singular = w.replace(/(?:s|x)$/u, '');
      const role = singular !== w && this.p.titles.includes(singular);
      // "signed by 300 of the hospital's nurses", "signée par plus de 600 employés": a plural noun counted by a number after
      // "signed by" is who signed, whatever the noun.
      const counted = /^\p{Ll}[\p{L}-]{2,}[sx]$/u.test(tokens[i].text) && tokens.slice(Math.max(0, i - 4), i).some((t) => /^\d/u.test(t.text));
      const signers = signedAt >= 0 && i - signedAt <= 10 && (role || counted);
      if (!role && !signers) continue;
      this.pluralGroups.push({ noun: w, display: tokens[i].text, sentence: this.sentences, signers });
    }
  }

  /** A plural group the sentence before or this one named, its signers first when a document was signed. */
  private recentGroup(signersOnly: boolean): { noun: string; display: string } | null {
    const recent = this.pluralGroups.filter((g) => g.sentence >= this.sentences - 1 && (!signersOnly || g.signers));
    return recent.findLast((g) => g.signers) ?? recent[recent.length - 1] ?? null;
  }

  private groupOf(g: { noun: string; display: string }): CastMember {
    const member = this.group(g.display, [g.noun], 'group');
    member.plural = true;
    return member;
  }

  /**
   * "« … », écrivent-ils", "\"…,\" they wrote": a plural pronoun stands for the plural group of people named just
   * before (the signers of a letter first); null when there is none.
   */
  pluralAntecedent(pronoun: string): CastMember | null {
    if (!this.p.data.pluralPronouns.includes(normalizeForMatch(pronoun))) return null;
    const g = this.recentGroup(false);
    return g ? this.groupOf(g) : null;
  }

  /** Who a speaker phrase stands for; null when it names no one ("Kim et Poutine"). */
  resolve(phrase: string): CastMember | null {
    const m = parseMention(phrase, this.p, this.lang);
    return this.resolveMention(m);
  }

  resolveMention(m: Mention): CastMember | null {
    if (m.compound || !m.text) return null;
    if (m.pronoun) return this.resolvePronoun(m.text, null);
    // "l'intéressée", "the person concerned": the person named last who can be of that gender, never a name "Intéressée".
    const self = this.selfReference(m.text);
    if (self !== undefined) return self;
    // "Selon lui", "according to her": a stressed pronoun stands for a person like its subject form, never a name "Lui".
    const stressed = this.p.data.viewPronouns.find(([w]) => w === normalizeForMatch(m.text));
    if (stressed) return this.resolvePronoun(stressed[1], null);
    // "a joint declaration": a document introduced by an indefinite article is a new one, no earlier speaker's; it is
    // described as itself below.
    const words = m.text.toLowerCase().split(/\s+/u);
    // "according to two people", "selon deux sources": an anonymous source counted by a number names no speaker.
    if (!m.name && !m.acronym && words.length <= 3 && this.p.data.anonymousPlurals.includes(normalizeForMatch(words[words.length - 1]))) return null;
    const newDocument = m.document && !m.issuer && this.p.data.indefinites.includes(words[0]) && this.p.data.documents.includes(words[words.length - 1]);
    if (m.document && !newDocument && m.possessiveIssuer) {
      // "according to the company's annual report": the named issuer, else the document itself, never the last speaker.
      // "according to the prefecture's latest bulletin": a body known by its noun alone is the issuer too, the one speaker
      // "according to the prefecture" gives.
      const owner = this.resolve(m.issuer!);
      return owner && (owner.name || owner.kind !== 'person') ? owner : this.group(m.display, m.descriptor, 'group');
    }
    if (m.document && !newDocument && !m.issuer) {
      // "…signed by 412 employees. \"…,\" the letter reads": the document speaks for its signers.
      const signers = this.recentGroup(true);
      if (signers) return this.groupOf(signers);
      // "The open letter … had gathered 600 signatures. \"…,\" the letter says": a document printed in the sentence before,
      // while no one spoke there, is itself the source, never a speaker of an earlier sentence.
      const printed = this.documentsPrinted.some((d) => d.sentence === this.sentences - 1 && m.head !== null && d.noun === m.head);
      const last = this.lastSpoke;
      if (printed && (!last || last.sentence < this.sentences - 1)) return this.group(m.display, m.descriptor, 'group');
    }
    if (m.document && !newDocument) return (m.issuer ? this.resolve(m.issuer) : null) ?? this.lastOrganisation ?? this.lastSpoke?.member ?? null;
    if (m.name) {
      // "les deux Morvan", "the Kennedy brothers": namesakes or a family, not one speaker.
      const before = tokenizePhrase(m.text).map((t) => t.text.toLowerCase());
      const at = before.lastIndexOf(m.name.split(/\s+/u)[0].toLowerCase());
      const plural = (w: string | undefined) => w !== undefined && this.p.data.pluralDeterminers.includes(w);
      if (at > 0 && (plural(before[at - 1]) || (plural(before[at - 2]) && !LINK_WORDS.has(before[at - 1]))) && !/\s/u.test(m.name)) return null;
      const tokens = nameKey(m.name).split(' ');
      const company = this.members.find((x) => x.kind === 'organisation' && x.name !== null && nameKey(x.name) === nameKey(m.name!));
      if (company) return company;
      const last = m.name.split(/\s+/u).pop()!;
      if (tokens.length >= 2 && this.p.organisationNameEnds.has(foldWord(last))) return this.company(m.name, null, this.p.companyNameEnds.has(foldWord(last)));
      if (tokens.length >= 2) return this.person(m.name, m.descriptor.length && m.head && !m.relative && this.isTitle(m) ? m.descriptor : null);
      const bound = this.bindShortForm(tokens[0], m.gender ?? null);
      if (bound) return bound;
      const relative = this.relativeNamed(m);
      if (relative) return relative;
      // An unknown single word: a place or institution used as speaker ("Washington"), or a surname never given in full.
      const alone = this.group(m.name, [tokens[0]], m.organisation ? 'organisation' : 'group');
      // "M. Lebrun", "Ms Carver": the honorific tells the gender a later « elle », "he" must agree with.
      alone.gender ??= m.gender ?? undefined;
      return alone;
    }
    if (m.acronym) return this.organisation(m.acronym, m.descriptor.length ? m.descriptor : null);
    if (m.relative || m.descriptor.length === 0) return null;
    // "la septuagénaire", "the octogenarian": the person last named with an age of that decade.
    const ofDecade = this.personOfAgeNoun(m);
    if (ofDecade) return ofDecade;
    // "le retraité de 70 ans", "the 36-year-old": a person described by an age, right after a named person.
    const aged = this.agedPerson(m);
    if (aged) return aged;
    if (m.descriptor.length === 1 && this.p.companies.has(m.descriptor[0]) && this.lastCompany) return this.lastCompany;
    // "le représentant de l'État", "the top diplomat": whoever holds the title the phrase stands for.
    for (const title of this.titlesFor(m.descriptor)) {
      const holder = this.describedAs(title, false);
      if (holder?.kind === 'person' && holder.name) {
        this.describe(holder, m.descriptor);
        return holder;
      }
    }
    const described = this.byDescription(m) ?? this.focusedHolder(m) ?? this.organisationReferredTo(m);
    if (described) return described;
    const winner = this.winnerReferredTo(m);
    if (winner) return winner;
    if (this.personTitle(m) || this.leaderOfOrganisation(m)) return this.role(m);
    const group = this.group(m.display, m.descriptor, m.organisation ? 'organisation' : 'group');
    // "la journaliste", "la mairie": the determiner or the noun's form gives the gender a pronoun standing for it agrees with.
    group.gender ??= this.genderOf(m) ?? undefined;
    if (this.p.data.pluralDeterminers.includes(m.text.toLowerCase().split(/\s+/u)[0])) group.plural ??= true;
    return group;
  }

  /**
   * "said his wife, Nadia", "sa fille, Léa": a lone word a family noun sets apart is a person's first name (the registry
   * joins it to the one person of the corpus of that first name), with the gender the noun gives.
   */
  private relativeNamed(m: Mention): CastMember | null {
    if (!m.name || m.name.includes(' ') || !m.descriptor.some((w) => this.p.kin.has(w))) return null;
    const member = this.person(m.name, null);
    member.gender ??= this.genderOfWords(m.descriptor);
    return member;
  }

  /**
   * A person known only by a role ("l'élue", "le syndicaliste", "un officier", "the captain") whom
   * no title of the article names. A definite bare role right after a named person of the fitting
   * gender is that person ("La maire, Anne Roux, a ouvert le gymnase. « … », a indiqué l'élue");
   * otherwise the speaker is the description itself, an unnamed person: never a name made of the role.
   */
  private role(m: Mention): CastMember {
    // "le patron de la banque" refers back like a bare role: the organisation only says what they head.
    const bare = m.descriptor.every((w) => this.p.titles.some((t) => t.split(' ').includes(w))) || this.leaderOfOrganisation(m);
    if (m.determiner === 'definite' && (bare || this.plainRole(m))) {
      const want = this.genderOf(m);
      const nounGender = this.genderOfWords(tokenizePhrase(m.text).map((t) => t.folded).filter((w) => !this.p.determiners.has(w)));
      const fits = (x: CastMember) => x.kind === 'person' && x.name !== null && (!want || !x.gender || x.gender === want);
      // A bare role ("l'élue") may stand for a person of its own sentence; a role with modifiers
      // ("le grimpeur savoyard") only for one of the sentence before, never for a name printed after it.
      const recent = this.recentPeople(bare ? 1 : 0).filter(fits);
      // The one already known by this role first; else, for a bare role, the person who spoke last,
      // a sentence or two ago ("…," Obert told… "The manager said…").
      const last = this.lastSpoke;
      const near =
        recent.find((x) => x.descriptors.some((d) => this.holdsHead(d, m))) ??
        // "la juriste" a few sentences after "Pour X, professeure de droit, …": the one person of the article known by a
        // title of the role's kind, before anyone merely named since.
        (bare ? this.onlyHolder(m, fits) : undefined) ??
        // "l'avocate" after "Mme X … l'usine Y": a gendered noun (not a mere "le"/"la") prefers the one the article made
        // plain is a woman (a man), before a name of unknown gender.
        (nounGender ? recent.find((x) => x.gender === nounGender) : undefined) ??
        (recent.length === 1 || !this.isTitle(m) ? recent[0] : undefined) ??
        (bare && last && this.sentences - last.sentence <= RECENT_SPEAKER_SENTENCES && fits(last.member) && !this.knownByOtherTitle(last.member, m) && !this.unnamedHolderSince(m, last) ? last.member : undefined) ??
        // "regrette le responsable associatif" a sentence or two after "X, le président de l'association" spoke: a role
        // with modifiers goes back to the last speaker only when they are known by its title (or one it covers).
        (!bare && last && this.sentences - last.sentence <= RECENT_SPEAKER_SENTENCES && fits(last.member) && (last.member.descriptors.some((d) => this.holdsHead(d, m)) || this.leaderOf(m, last.member)) ? last.member : undefined);
      if (near) {
        // "a précisé le préfet maritime": the role describes them from now on.
        // So does a leader's role for the person known as an organisation's head ("la dirigeante syndicale").
        if (bare || this.leaderOf(m, near)) this.describe(near, m.descriptor);
        return near;
      }
    }
    // "Me X salue « … ». « … », insiste l'avocate des familles": a definite role with a complement, right after a sentence
    // that opened with a named person who spoke in it, is that person, unless they are known by another title.
    const last = this.lastSpoke;
    const opened = this.opener;
    if (m.determiner === 'definite' && last && opened && opened.member === last.member && last.sentence === this.sentences - 1 && opened.sentence === last.sentence) {
      const x = last.member;
      const want = this.genderOf(m);
      if (x.kind === 'person' && x.name && (!want || !x.gender || x.gender === want) && !this.knownByOtherTitle(x, m) && !this.heldByAnother(x, m)) {
        this.describe(x, m.descriptor);
        return x;
      }
    }
    // "A spokesperson for the agency said … '…,' the spokesperson said": the bare role goes back to the unnamed person
    // who spoke last under that title.
    // (A title with an organisation in its complement is kept as that organisation's voice: its description opens with the title.)
    if (m.determiner === 'definite' && last && !last.member.name && !last.member.acronym && this.sentences - last.sentence <= RECENT_SPEAKER_SENTENCES) {
      const want = this.genderOf(m);
      const title = last.member.roleTitle ?? last.member.descriptors[0]?.slice(0, m.descriptor.length) ?? [];
      const same = m.descriptor.length > 0 && m.descriptor.every((w) => title.includes(w));
      if (same && (!want || !last.member.gender || last.member.gender === want)) return last.member;
    }
    return this.unnamedMember(m);
  }

  /**
   * "le nouvel élu", "la vainqueure", "the mayor-elect": the person the article said won, when a
   * definite winner role of a fitting gender opens the phrase; null when the article said no one won.
   */
  private winnerReferredTo(m: Mention): CastMember | null {
    const winner = this.winner;
    if (!winner || m.determiner !== 'definite') return null;
    const role = this.p.winnerRoles.find((r) => r.every((w, i) => m.descriptor[i] === w));
    if (!role) return null;
    const want = this.genderOfWords(role);
    if (want && winner.gender && winner.gender !== want) return null;
    return winner;
  }

  /** The one named person of the article known by the role's title or one of its kind; undefined when none or several. */
  private onlyHolder(m: Mention, fits: (x: CastMember) => boolean): CastMember | undefined {
    const holders = this.members.filter((x) => fits(x) && x.descriptors.some((d) => this.holdsHead(d, m)));
    return holders.length === 1 ? holders[0] : undefined;
  }

  /** The unnamed person known by this role ("le porte-parole de la présidence"), met once per article. */
  private unnamedMember(m: Mention): CastMember {
    const key = roleKey(m);
    let member = this.members.find((x) => x.kind === 'person' && !x.name && x.descriptors.some((d) => descriptorKey(d) === key));
    if (!member) {
      member = { id: this.members.length, kind: 'person', name: null, nameForms: new Map(), nameTokens: [], acronym: null, descriptors: [key.split(' ')], display: m.text, mentions: 0, roleTitle: this.titleWords(m.text) };
      // "la journaliste": the determiner or the noun's form tells the person's gender, so "dit-il" never stands for her.
      const gender = this.genderOf(m);
      if (gender) member.gender = gender;
      this.members.push(member);
    }
    member.mentions++;
    return member;
  }

  /**
   * A definite description by age ("le retraité de 70 ans", "la septuagénaire" aside, "the 36-year-old"): whoever the
   * sentence before was about (its opener), else the named person of it of the fitting gender. An age names no one else.
   */
  private agedPerson(m: Mention): CastMember | null {
    if (m.determiner !== 'definite') return null;
    const age = this.p.agedDescription;
    if (!age.test(m.text)) return null;
    const rest = tokenizePhrase(m.text.replace(age, '')).filter((t) => !this.p.determiners.has(t.folded));
    // The words besides the age only describe: lower-case nouns and adjectives, no complement naming someone.
    if (rest.some((t) => /\p{Lu}/u.test(t.text) || LINK_WORDS.has(t.folded) || this.p.phraseStops.has(t.folded))) return null;
    const want = this.genderOf(m);
    const fits = (x: CastMember) => x.kind === 'person' && x.name !== null && (!want || !x.gender || x.gender === want);
    const recent = this.recentPeople(0).filter((x) => fits(x) && !this.genderGuessed.has(x));
    const opened = this.opener && this.opener.sentence === this.sentences - 1 && recent.includes(this.opener.member) ? this.opener.member : undefined;
    const near = opened ?? (want ? recent.find((x) => x.gender === want) : undefined) ?? (recent.length === 1 ? recent[0] : undefined);
    if (near && rest.length > 0) this.describe(near, rest.map((t) => t.folded));
    return near ?? null;
  }

  /**
   * A definite age noun ("la septuagénaire", "the octogenarian", language data: ageNouns): the person named last whose
   * age printed with the name falls in that decade, of a fitting gender; null when none.
   */
  private personOfAgeNoun(m: Mention): CastMember | null {
    const decade = m.determiner === 'definite' && m.head !== null && m.descriptor.length === 1 ? this.p.ageNouns.get(m.head) : undefined;
    if (decade === undefined) return null;
    const want = this.genderOf(m);
    const fits = (x: CastMember) => x.kind === 'person' && x.name !== null && x.age !== undefined && x.age >= decade && x.age < decade + 10 && (!want || !x.gender || x.gender === want);
    const found = this.mentioned.findLast((e) => fits(e.member))?.member ?? null;
    if (found) this.describe(found, m.descriptor);
    return found;
  }

  /** Someone else of the article is known by this very role ("le porte-parole du ministère"). */
  private heldByAnother(x: CastMember, m: Mention): boolean {
    const key = descriptorKey(m.descriptor);
    return this.members.some((y) => y !== x && y.descriptors.some((d) => descriptorKey(d) === key || descriptorKey(d.slice(1, 1 + m.descriptor.length)) === key));
  }

  /** The title words of a role, before any complement: "the lawyer for X" → lawyer; "le manager général de l'équipe" → manager général. */
  private titleWords(text: string): string[] {
    const tokens = tokenizePhrase(text);
    const titles = titleMask(tokens, this.p);
    const link = tokens.findIndex((t) => LINK_WORDS.has(t.folded));
    return tokens.slice(0, link < 0 ? tokens.length : link).filter((_, i) => titles[i]).map((t) => t.folded);
  }

  /**
   * "l'instance mondiale", "un porte-parole de l'instance", "a spokesperson for the agency": a
   * generic organisation noun after a definite determiner, alone or as a title's complement, stands
   * for the organisation named last, a few sentences before at most. Null when the phrase names
   * someone of its own or no organisation was named lately.
   */
  private organisationReferredTo(m: Mention): CastMember | null {
    const tokens = tokenizePhrase(m.text);
    const at = tokens.findIndex((t, i) => i > 0 && this.p.genericOrganisations.has(t.folded) && DEFINITE_WORDS.has(tokens[i - 1].folded));
    if (at < 0 || tokens.slice(1).some((t) => /\p{Lu}/u.test(t.text))) return null;
    // Only lower-case modifiers after the noun ("mondiale"), and before it nothing, or a title and "de"/"for".
    if (tokens.slice(at + 1).some((t) => LINK_WORDS.has(t.folded) || this.p.phraseStops.has(t.folded))) return null;
    const before = tokens.slice(0, at - 1).filter((t) => LINK_WORDS.has(t.folded) || !this.p.determiners.has(t.folded));
    if (before.length > 0 && !(LINK_WORDS.has(before[before.length - 1].folded) && this.isTitle(m))) return null;
    const last = this.namedOrganisations[this.namedOrganisations.length - 1];
    return last && this.sentences - last.sentence <= RECENT_ORGANISATION_SENTENCES ? last.member : null;
  }

  /**
   * A role that only describes: its words are titles and lower-case modifiers ("le préfet maritime",
   * "le grimpeur savoyard", "the manager"), with no complement naming someone else ("the lawyer
   * for X", "le porte-parole de Y").
   */
  private plainRole(m: Mention): boolean {
    const tokens = tokenizePhrase(m.text);
    let first = 0;
    while (first < tokens.length - 1 && this.p.determiners.has(tokens[first].folded)) first++;
    return tokens.slice(first).every((t) => !/\p{Lu}/u.test(t.text) && !LINK_WORDS.has(t.folded) && !this.p.phraseStops.has(t.folded));
  }

  /** The role is a noun for whoever heads an organisation, and the person is known by the title of one. */
  private leaderOf(m: Mention, member: CastMember): boolean {
    return m.head !== null && this.p.leaderRoles.has(m.head) && member.descriptors.some((d) => this.p.leaderTitles.some((t) => t.every((w) => d.includes(w))));
  }

  /**
   * "le patron de la banque", "the head of the company": a noun for an organisation's head whose
   * complement is only a common noun for an organisation, which names no one of its own.
   */
  private leaderOfOrganisation(m: Mention): boolean {
    if (m.determiner !== 'definite' || m.head === null || !this.p.leaderRoles.has(m.head)) return false;
    const tokens = tokenizePhrase(m.text);
    const at = tokens.findIndex((t) => t.folded === m.head);
    const rest = tokens.slice(at + 1).filter((t) => !this.p.determiners.has(t.folded) && !LINK_WORDS.has(t.folded));
    return at >= 0 && LINK_WORDS.has(tokens[at + 1]?.folded ?? '') && rest.length === 1 && /^\p{Ll}/u.test(rest[0].text) && (this.p.organisations.has(rest[0].folded) || this.p.companies.has(rest[0].folded));
  }

  /** The gender a role's words give ("l'élue", "la capitaine", "le syndicaliste"), null when they give none. */
  private genderOf(m: Mention): 'f' | 'm' | null {
    const words = tokenizePhrase(m.text).map((t) => t.folded);
    if (words.some((w) => this.p.feminine.has(w))) return 'f';
    if (words.some((w) => this.p.masculine.has(w))) return 'm';
    return null;
  }

  private isTitle(m: Mention): boolean {
    return m.head !== null && this.p.titles.some((t) => t === m.head || t.startsWith(`${m.head} `));
  }

  /**
   * The phrase is a person's title: no organisation's noun, or one only modifying the title that
   * ends the phrase ("the union leader", "the party spokeswoman"): the person, not the body.
   */
  private personTitle(m: Mention): boolean {
    if (!this.isTitle(m)) return false;
    if (!m.organisation) return true;
    if (m.name || m.acronym || this.p.data.pluralDeterminers.includes(m.text.toLowerCase().split(/\s+/u)[0])) return false;
    const tokens = tokenizePhrase(m.text).filter((t) => !this.p.determiners.has(t.folded));
    return tokens.length >= 2 && tokens[tokens.length - 1].folded === m.head && this.plainRole(m);
  }

  /** "le dirigeant nord-coréen" → the person first presented with that title; "l'agence nord-coréenne" → KCNA. */
  private byDescription(m: Mention): CastMember | null {
    const words = m.descriptor;
    const sameHead = (member: CastMember) => member.descriptors.some((d) => m.head !== null && this.holdsTitleWord(d, m.head, m.descriptor));
    // "la direction", "the management" alone: the company's management, not "la direction régionale de …" named before.
    if (words.length === 1 && m.head !== null && this.p.managementNouns.has(m.head)) return null;
    // "le club", "the club": a phrase headed by an organisation's noun never stands for a person whose description merely
    // holds the noun ("ancien capitaine du club"); "l'avocat de la société" still may.
    // "la présidente du groupe X": a person's title with an organisation for complement is a person, whom corpus titles may name.
    const described = this.describedAs(words, m.organisation && !this.isTitle(m), m.head !== null && this.p.organisations.has(m.head) && !this.isTitle(m));
    if (described) return described;
    if (this.personTitle(m)) {
      // "l'avocate des familles" is not the person known as "l'avocate de la défense": complements that share no word disagree.
      const agrees = (member: CastMember) => member.descriptors.some((d) => m.head !== null && this.holdsTitleWord(d, m.head, m.descriptor) && this.complementsAgree(m.descriptor, d));
      const byHead = this.members.filter((member) => member.kind === 'person' && sameHead(member) && agrees(member));
      // "l'avocate de la défense" for the one known as "l'avocate": the fuller description is theirs too (the corpus may
      // then tell who "l'avocate de la défense" of another article is).
      if (byHead.length === 1) {
        if (byHead[0].name) this.describe(byHead[0], words);
        return byHead[0];
      }
    }
    // An organisation's shorter description: "l'agence nord-coréenne" for "l'agence de presse officielle nord-coréenne, KCNA".
    if (m.organisation) {
      const orgs = this.members.filter((member) => member.acronym && member.descriptors.some((d) => d[0] === words[0] && overlap(words, d) >= 0.6));
      if (orgs.length === 1) return orgs[0];
    }
    return null;
  }

  /**
   * Whether two descriptions of one title may be one person: their words besides titles (the
   * complement: "familles", "défense") share one at least, or one of them has none.
   */
  private complementsAgree(a: string[], b: string[]): boolean {
    const rest = (words: string[]) =>
      new Set(
        words
          .filter((w) => !w.startsWith('\u0000'))
          .flatMap((w) => tokenizePhrase(w).map((t) => t.folded))
          .filter((w) => !this.p.determiners.has(w) && !LINK_WORDS.has(w) && !this.p.titles.some((t) => t.split(' ').includes(w))),
      );
    const ra = rest(a);
    const rb = rest(b);
    return ra.size === 0 || rb.size === 0 || [...ra].some((w) => rb.has(w));
  }

  /**
   * The named member described with all these words in the article, the most mentioned first; else,
   * for a person, the one person the corpus knows by exactly this title.
   */
  private describedAs(words: string[], organisation: boolean, noPersons = false): CastMember | null {
    const within = (d: string[]) => words.every((w) => this.holdsTitleWord(d, w, words));
    const exact = this.members.filter((member) => (member.name || member.acronym) && !(noPersons && member.kind === 'person') && member.descriptors.some(within));
    if (exact.length >= 1) return mostMentioned(exact);
    if (this.corpusTitles && !organisation) {
      this.titlesAsked.add(descriptorKey(words));
      let names = this.corpusTitles.get(descriptorKey(words));
      // "le maire", "l'édile": no one known by the bare title, but one person known by it with a complement ("maire de Valombre").
      if (!names && words.length === 1) {
        this.titlesAsked.add(headTitleKey(words[0]));
        names = this.corpusTitles.get(headTitleKey(words[0]));
      }
      if (names && names.size === 1) {
        const [name] = [...names];
        const known = this.members.find((member) => member.kind === 'person' && member.name && sameName(member.nameTokens, nameKey(name).split(' ')));
        // The article describes them so: the description is theirs here too.
        if (known) addDescriptor(known, words);
        return known ?? this.person(name, words);
      }
    }
    return null;
  }

  /** The titles a description stands for when it opens with a set phrase ("representant etat" → prefet). */
  private titlesFor(words: string[]): string[][] {
    for (let n = words.length; n >= 1; n--) {
      const titles = this.p.periphrases.get(words.slice(0, n).join(' '));
      if (titles) return titles;
    }
    return [];
  }

  /** Adds a description to a person; one opening with a set phrase ("le chef de la diplomatie") gives its title too. */
  private describe(member: CastMember, words: string[]): void {
    addDescriptor(member, words);
    const [title] = member.kind === 'person' ? this.titlesFor(words) : [];
    if (title) addDescriptor(member, title);
  }

  private group(display: string, words: string[], kind: 'organisation' | 'group'): CastMember {
    const key = descriptorKey(words);
    let member = this.members.find((m) => !m.name && !m.acronym && m.descriptors.some((d) => descriptorKey(d) === key));
    if (!member) {
      member = { id: this.members.length, kind, name: null, nameForms: new Map(), nameTokens: [], acronym: null, descriptors: [words], display: display.replace(/^\p{Ll}/u, (c) => c), mentions: 0 };
      this.members.push(member);
    }
    member.mentions++;
    return member;
  }

  /**
   * Who a subject pronoun ("elle", "he") stands for: the person the previous sentence was about
   * (`preferred`), else the latest speaker the pronoun can fit (a "she" skips a man, an English
   * "he" skips an organisation). A gendered pronoun teaches the chosen speaker's gender.
   */
  resolvePronoun(pronoun: string | null, preferred: CastMember | null): CastMember | null {
    const w = pronoun ? normalizeForMatch(pronoun) : '';
    // "a-t-on appris": an unnamed source, not the last speaker.
    if (this.p.impersonalPronouns.has(w)) return null;
    // "\"…,\" it said": a body's pronoun stands for the latest body that spoke or was named, never a person.
    if (this.p.bodyPronouns.has(w)) return this.bodyReferredTo(preferred);
    const want = this.pronounGender(w);
    // "elle insiste", "she said": a person's pronoun never stands for a study or document cited as a source ("selon l'étude").
    // "The Red Cross said it had… \"…,\" she added": an English "she"/"he" stands for a person, never for a body, nor a
    // group known by a capitalised name of several words (a lone capitalised word may still be a surname given alone).
    // A French « elle », « il » may stand for a body by its noun's gender (« la Croix-Rouge… a-t-elle ajouté »).
    const genderOf = (m: CastMember) => m.gender ?? this.corpusGender(m);
    const fits = (m: CastMember) => want === null || ((!genderOf(m) || genderOf(m) === want) && !(this.lang === 'en' && (m.kind === 'organisation' || this.namedBody(m))) && !this.isDocument(m) && !m.plural);
    // The person the sentence before was about, then the person who opened the sentence before (a witness
    // introduced without a verb of speech: "Anne Roux rentrait de Londres. « … », raconte-t-elle"), then earlier speakers.
    const opener = this.opener && this.opener.sentence === this.sentences - 1 ? [this.opener.member] : [];
    // Last, when no speaker before fits, the first named person the sentence before mentioned who can be of the
    // pronoun's gender, its subject as a rule ("… dirigées par l'hydrologue Camille Fabre. Elle insiste : « … »").
    const mentionedBefore = want ? this.recentPeople(0).filter((m) => !m.gender || m.gender === want).slice(-1) : [];
    // "Pour Yannick Ferrier, …, il juge que « … »": the person whose view the sentence opens with comes before earlier speakers.
    const view = this.viewHolder;
    const inSentence = want && view && view.sentence === this.sentences && (!view.member.gender || view.member.gender === want) ? [view.member] : [];
    // In a live-blog entry, its own speakers, then the people it named (latest first), before any speaker of another entry.
    const entry = this.entry;
    const entrySpeakers = entry ? this.history.slice(entry.history).reverse() : [];
    const entryPeople = entry && want
      ? [...this.mentioned, ...this.entryNamed].filter((x) => x.sentence >= entry.sentence && x.sentence < this.sentences).sort((a, b) => b.sentence - a.sentence).map((x) => x.member)
      : [];
    const earlier = (entry ? this.history.slice(0, entry.history) : this.history).slice().reverse();
    // "Finance Minister Nadia X left alongside the deputy leader, Karl Y, who … \"…,\" she said": when the person the
    // sentence before was about is of a gender no one told, a person that sentence also named whom the corpus knows to be
    // of the pronoun's gender ("la ministre X" elsewhere) is whom the writer means.
    const plainer = want && preferred && !genderOf(preferred) ? this.recentPeople(0).filter((m) => m !== preferred && m.kind === 'person' && genderOf(m) === want && !this.genderTaught.has(m)) : [];
    const order = [...(plainer.length === 1 ? plainer : []), ...(preferred ? [preferred] : []), ...opener, ...inSentence, ...entrySpeakers, ...entryPeople, ...earlier, ...mentionedBefore, ...this.namedAWhileAgo(want)];
    // The nearest candidate fits unless known to be of the other gender; once the pronoun has skipped
    // it, the writer means someone whose gender the article already made plain, else the next who fits.
    const seen = new Set<CastMember>();
    let fallback: CastMember | null = null;
    for (const m of order) {
      if (seen.has(m)) continue;
      seen.add(m);
      if (seen.size > 10) break;
      if (!fits(m)) continue;
      if (seen.size === 1 || !want || genderOf(m) === want) return this.teach(m, want);
      fallback ??= m;
    }
    return fallback ? this.teach(fallback, want) : null;
  }

  /**
   * Who "it" stands for: the subject the sentence before was about when a body, else the latest body that spoke, else the
   * latest company or organisation named; null when there is none (a person is never "it").
   */
  private bodyReferredTo(preferred: CastMember | null): CastMember | null {
    const body = (m: CastMember | null): m is CastMember => m !== null && m.kind !== 'person' && !m.gender && !m.plural && !this.isDocument(m);
    const order = [preferred, ...this.history.slice().reverse(), this.lastCompany, this.lastOrganisation];
    return order.find(body) ?? null;
  }

  /** The gender the rest of the corpus gives a person named in full whom this article gives none (see genderKey). */
  private corpusGender(m: CastMember): 'f' | 'm' | undefined {
    if (!this.corpusTitles || m.kind !== 'person' || !m.name || m.nameTokens.length < 2) return undefined;
    const key = genderKey(m.name);
    this.titlesAsked.add(key);
    const known = this.corpusTitles.get(key);
    const only = known?.size === 1 ? [...known][0] : undefined;
    return only === 'f' || only === 'm' ? only : undefined;
  }

  /**
   * Last resort for a gendered pronoun: the named people of the few sentences before, latest first, who can be of its
   * gender ("Nadia F. n'a pas quitté sa voiture. Son mari, Luis, 38 ans, fait partie des douze. « … », raconte-t-elle":
   * the husband is a man, so "elle" is the woman the sentences are about).
   */
  private namedAWhileAgo(want: 'f' | 'm' | null): CastMember[] {
    if (!want) return [];
    const out: CastMember[] = [];
    for (let i = this.mentioned.length - 1; i >= 0 && this.mentioned[i].sentence >= this.sentences - PRONOUN_REACH; i--) {
      if (this.mentioned[i].sentence === this.sentences && this.mentioned[i].afterPronoun) continue;
      const m = this.mentioned[i].member;
      if (m.kind === 'person' && m.name && (!m.gender || m.gender === want) && !out.includes(m)) out.push(m);
    }
    return out;
  }

  /**
   * Who "l'intéressée", "the person concerned" stands for: the named person mentioned last (in this sentence or the
   * three before) who can be of the word's gender, else the last speaker who can; undefined when the phrase is no such word.
   */
  private selfReference(text: string): CastMember | null | undefined {
    const words = tokenizePhrase(text).map((t) => t.folded).filter((w) => !this.p.determiners.has(w));
    const entry = this.p.data.selfReferences.find(([phrase]) => normalizeForMatch(phrase) === words.join(' '));
    if (!entry) return undefined;
    const want = entry[1];
    const fits = (x: CastMember) => x.kind === 'person' && x.name !== null && (!want || !x.gender || x.gender === want);
    for (let i = this.mentioned.length - 1; i >= 0 && this.mentioned[i].sentence >= this.sentences - 3; i--) {
      if (fits(this.mentioned[i].member)) return this.teach(this.mentioned[i].member, want);
    }
    const speaker = [...this.history].reverse().find(fits);
    return speaker ? this.teach(speaker, want) : null;
  }

  /** A group known by a capitalised name of several words ("the Red Cross", "la Croix du Sud"): a body, no person. */
  private namedBody(m: CastMember): boolean {
    return m.kind === 'group' && !m.name && !m.plural && /\s/u.test(m.display.trim()) && m.display.trim().split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)).length >= 2;
  }

  /** A member known only as a study or document ("l'étude", "the report"): a source of facts, not a person. */
  private isDocument(m: CastMember): boolean {
    if (m.name || m.acronym || m.descriptors.length === 0) return false;
    return m.descriptors.every((d) => d.some((w) => this.p.documentNouns.has(w)));
  }

  /** The gender a pronoun gives ("elle", "he"), null for one that gives none. */
  private pronounGender(folded: string): 'f' | 'm' | null {
    return this.p.femininePronouns.has(folded) ? 'f' : this.p.masculinePronouns.has(folded) ? 'm' : null;
  }

  private teach(m: CastMember, gender: 'f' | 'm' | null): CastMember {
    if (gender && !m.gender && m.kind === 'person') {
      m.gender = gender;
      this.genderTaught.add(m);
    }
    return m;
  }

  /** People whose gender only a pronoun resolved to them gave: a guess, which the rest of the corpus is not told. */
  readonly genderTaught = new Set<CastMember>();

  /** Who a phrase names among the members already met, without registering anyone new. */
  known(phrase: string): CastMember | null {
    const m = parseMention(phrase, this.p, this.lang);
    if (m.compound || m.pronoun || m.document || !m.text) return null;
    if (m.name) {
      const tokens = nameKey(m.name).split(' ');
      if (tokens.length >= 2) return this.members.find((x) => x.kind === 'person' && x.name !== null && sameName(x.nameTokens, tokens)) ?? null;
      return this.shortForms.get(tokens[0]) ?? null;
    }
    if (m.acronym) return this.members.find((x) => x.acronym === m.acronym) ?? null;
    // "le Toulousain": an epithet the article gave a person.
    if (m.descriptor.length === 1 && /^\p{Lu}/u.test(m.display) && this.shortForms.has(m.descriptor[0])) return this.shortForms.get(m.descriptor[0])!;
    if (m.relative || m.descriptor.length === 0) return null;
    // "le chef du gouvernement démissionnaire", "the head of government": a set phrase for a title names the one person
    // the article knows by that title ("Le Premier ministre X").
    for (const title of this.titlesFor(m.descriptor)) {
      const holders = this.members.filter((x) => x.kind === 'person' && x.name && x.descriptors.some((d) => title.every((w) => this.holdsTitleWord(d, w, title))));
      if (holders.length === 1) return holders[0];
    }
    if (!this.isTitle(m)) return null;
    // "le ministre" is not "le Premier ministre": a word inside a compound naming another office is no title of its own.
    const within = (d: string[]) => m.descriptor.every((w) => this.holdsTitleWord(d, w, m.descriptor));
    const found = this.members.filter((x) => x.kind === 'person' && x.name && x.descriptors.some(within));
    return found.length === 1 ? found[0] : null;
  }

  /**
   * Whether a phrase describes a person the article has not named ("Le coureur conteste.", "The
   * rider denied it."): a person noun or title, no name, and no one met fits it.
   */
  unknownPerson(phrase: string): boolean {
    const m = parseMention(phrase, this.p, this.lang);
    // "Le porte-parole de la présidence": a title with an organisation for complement is still a person.
    if (m.pronoun || m.document || (m.organisation && !this.isTitle(m)) || m.compound || m.name || m.acronym || m.relative || m.descriptor.length === 0) return false;
    if (this.known(phrase)) return false;
    return this.isTitle(m) || m.descriptor.some((w) => this.p.feminine.has(w) || this.p.masculine.has(w));
  }

  /**
   * The unnamed person a role subject stands for ("L'avocate de la défense annonce…"), for a pronoun
   * in the next sentence ("estime-t-elle"), when that role spoke in the sentence: null when the role
   * names someone, spoke not, or its words give the other gender than the pronoun's.
   */
  unnamedRole(phrase: string, pronoun: string | null): CastMember | null {
    const m = parseMention(phrase, this.p, this.lang);
    if (m.pronoun || m.name || m.acronym || m.compound || m.relative || m.determiner !== 'definite' || !this.isTitle(m)) return null;
    const w = pronoun ? normalizeForMatch(pronoun) : '';
    const want = this.pronounGender(w);
    const gender = this.genderOf(m);
    if (!want || (gender && gender !== want)) return null;
    // Only a role that spoke in that very sentence ("L'avocate de la défense annonce qu'elle fera appel « … »"): a role
    // that only did something ("Le coureur conteste.") leaves the pronoun unnamed, as no earlier speaker is guessed.
    const last = this.lastSpoke;
    if (!last || last.sentence !== this.sentences - 1 || last.member.name || last.member.kind !== 'person') return null;
    const key = roleKey(m);
    if (!last.member.descriptors.some((d) => descriptorKey(d) === key)) return null;
    return this.teach(last.member, want);
  }

  /**
   * The unnamed head of a named organisation the sentence before opened with ("le directeur de Horizons Voyages ne cache
   * pas son émotion. « … », a-t-il affirmé"): one person, whom the pronoun stands for when its gender fits the title's. A
   * person of the article described by those very words comes first. Null when the phrase is no such role.
   */
  headOfNamedBody(phrase: string, pronoun: string | null): CastMember | null {
    const m = parseMention(phrase, this.p, this.lang);
    if (m.pronoun || m.acronym || m.compound || m.relative || m.determiner !== 'definite' || !this.isTitle(m)) return null;
    const want = this.pronounGender(pronoun ? normalizeForMatch(pronoun) : '');
    const gender = this.genderOf(m);
    if (!want || (gender && gender !== want)) return null;
    return this.teach(this.known(phrase) ?? this.unnamedMember(m), want);
  }

  /**
   * The person a sentence whose subject is a personal pronoun ("elle avait appris", "he visited") is still about: `before`,
   * the person the sentence before was about, when the pronoun can stand for them (a named person of no other gender).
   */
  carriedByPronoun(subject: string, before: CastMember): CastMember | null {
    const w = normalizeForMatch(subject);
    const want = this.pronounGender(w);
    if (!want || before.kind !== 'person' || !before.name || before.plural) return null;
    if (before.gender && before.gender !== want) return null;
    return this.teach(before, want);
  }

  /**
   * The named person a definite common noun after a speech verb describes ("raconte l'opticien", "s'interroge le
   * commerçant"), when that noun is no title the article uses for anyone: `about`, the person the sentence right before
   * (same paragraph) was about, else the person who spoke last, a sentence or two ago, with no one else named since.
   * Null when the phrase is anything else (a name, a title, an organisation, a document) or no such person fits.
   */
  describedPerson(phrase: string, about: CastMember | null): CastMember | null {
    const m = parseMention(phrase, this.p, this.lang);
    if (m.compound || m.pronoun || m.document || m.organisation || m.name || m.acronym || m.relative || m.determiner !== 'definite') return null;
    if (m.descriptor.length === 0 || m.descriptor.length > 2 || !m.head) return null;
    // "a affirmé l'armateur", "the shipowner said": a kind of business is a company, never the person who spoke last.
    if (this.p.companies.has(m.head)) return null;
    const tokens = tokenizePhrase(m.text);
    // "scandent les manifestants": a plural noun is a crowd, no one person.
    if (tokens.some((t) => this.p.data.pluralDeterminers.includes(t.folded))) return null;
    if (tokens.some((t) => /\p{Lu}/u.test(t.text)) || this.namesNoPerson(tokens)) return null;
    if (this.personTitle(m) || this.leaderOfOrganisation(m) || this.known(phrase)) return null;
    const want = this.genderOf(m);
    const fits = (x: CastMember | null | undefined): x is CastMember => !!x && x.kind === 'person' && x.name !== null && !x.plural && (!want || !x.gender || x.gender === want);
    let near: CastMember | null = fits(about) ? about : null;
    if (!near) {
      const last = this.lastSpoke;
      const since = last ? this.mentioned.filter((x) => x.sentence > last.sentence && x.member !== last.member && x.member.kind === 'person') : [];
      if (last && fits(last.member) && this.sentences - last.sentence <= RECENT_SPEAKER_SENTENCES && since.length === 0) near = last.member;
    }
    if (!near) return null;
    this.describe(near, m.descriptor);
    return this.teach(near, want);
  }

  /**
   * "a lancé la journaliste" resolved to a named person tells she is a woman, so a later "dit-il" never stands for her.
   * Only a role for a person (no organisation or document, whose grammatical gender is the noun's own).
   */
  learnGender(member: CastMember, phrase: string): void {
    if (member.kind !== 'person' || member.gender) return;
    const m = parseMention(phrase, this.p, this.lang);
    if (m.compound || m.pronoun || m.document || m.organisation || m.name || m.acronym || !m.text) return;
    if (this.namesNoPerson(tokenizePhrase(m.text))) return;
    this.teach(member, this.genderOf(m));
  }

  /** A phrase with a linking word, an organisation's or a document's noun ("le porte-parole de la mairie", "le rapport"): no one person's role. */
  private namesNoPerson(tokens: Token[]): boolean {
    return tokens.some((t) => LINK_WORDS.has(t.folded) || this.p.organisations.has(t.folded) || this.p.documents.has(t.folded));
  }

  /** Records that the sentence just read has this person as its subject: a pronoun in the next one may refer to them. */
  aboutSentence(member: CastMember): void {
    if (member.kind === 'person' && member.name) this.opener = { member, sentence: this.sentences };
  }

  /** Records that this member just spoke (for pronouns and documents that follow). */
  /**
   * Whom a pronoun giving a source's words stands for ("À l'en croire, …", "By her account, …"): the person who spoke
   * last, a sentence or two ago, when the pronoun fits them; else as any pronoun.
   */
  resolveSource(pronoun: string | null): CastMember | null {
    const last = this.lastSpoke;
    const want = this.pronounGender(pronoun ? normalizeForMatch(pronoun) : '');
    // The last speaker's gender may come from the rest of the corpus ("Farmers' leader X" here, "M. X" elsewhere).
    const gender = last ? (last.member.gender ?? this.corpusGender(last.member)) : undefined;
    if (last && last.member.kind === 'person' && this.sentences - last.sentence <= RECENT_SPEAKER_SENTENCES && (!want || !gender || gender === want)) return this.teach(last.member, want);
    // "\"…,\" X told reporters. … had warned about it, according to the newspaper Y. \"…,\" she added.": a body cited as a
    // source since (which an English "she" never stands for, nor a French « elle » when of the other gender) leaves the
    // person who spoke last to go on.
    const person = this.lastPersonSpoke;
    const bodySkipped = last && last.member.kind !== 'person' && want !== null && (this.lang === 'en' || (gender !== undefined && gender !== want));
    if (bodySkipped && person && this.sentences - person.sentence <= RECENT_SPEAKER_SENTENCES) {
      const personGender = person.member.gender ?? this.corpusGender(person.member);
      if (!personGender || personGender === want) return this.teach(person.member, want);
    }
    return this.resolvePronoun(pronoun, null);
  }

  spoke(member: CastMember): void {
    this.history.push(member);
    this.lastSpoke = { member, sentence: this.sentences };
    if (member.kind === 'person' && member.name) this.lastPersonSpoke = { member, sentence: this.sentences };
    if (member.kind === 'organisation') this.lastOrganisation = member;
  }
}

/** The name's initials in parentheses right after it: "Avenir Santé Hôpital (ASH)", "Port Workers' Union (PWU)". */
function initialsInParentheses(name: string, after: string): boolean {
  const acronym = /^\s*\(\s*(\p{Lu}{2,6})\s*\)/u.exec(after)?.[1];
  if (!acronym) return false;
  const initials = name.split(/[\s-]+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  return foldWord(initials) === foldWord(acronym);
}

/**
 * "JACK WHITMORE has hit out at…": a name printed in capitals opening a sentence, tabloid style (two to four words
 * of letters, set apart by spaces only, before a lower-case word), read as the name it is ("Jack Whitmore"). Same
 * length, so offsets into the sentence hold.
 */
function leadNameInCapitals(sentence: string): string {
  const m = /^(\s*)(\p{Lu}{2,}(?:[-'’]\p{Lu}+)*(?: \p{Lu}{2,}(?:[-'’]\p{Lu}+)*){1,3})(?= \p{Ll})/u.exec(sentence);
  if (!m) return sentence;
  const name = m[2].toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  return name.length === m[2].length ? m[1] + name + sentence.slice(m[0].length) : sentence;
}

/** Words that link a description's parts ("secrétaire général de la CGT", "MP for Dover"): they do not end it. */
const LINK_WORDS = new Set(['de', 'du', 'des', "d'", 'of', 'for']);
/** Definite determiners: "the agency", "l'instance", "la fédération". */
const DEFINITE_WORDS = new Set(['le', 'la', 'les', "l'", 'the']);
/** How many sentences back "l'instance" / "the agency" may refer to an organisation named by acronym. */
const RECENT_ORGANISATION_SENTENCES = 4;
/** How many sentences back a bare role ("the manager said") may refer to the last speaker. */
const RECENT_SPEAKER_SENTENCES = 3;
/** How many sentences back a gendered pronoun may find the person the text is about, when no nearer one fits. */
const PRONOUN_REACH = 3;
/** Longest description read around a name, in words. */
const APPOSITION_WORDS = 14;

function addDescriptor(member: CastMember, words: string[]): void {
  if (!member.descriptors.some((d) => descriptorKey(d) === descriptorKey(words))) member.descriptors.push(words);
}

function mostMentioned(members: CastMember[]): CastMember {
  return members.reduce((a, b) => (b.mentions > a.mentions ? b : a));
}

function overlap(a: string[], b: string[]): number {
  const setB = new Set(b);
  return a.filter((w) => setB.has(w)).length / Math.max(1, Math.min(a.length, b.length));
}

/**
 * Whether two full names are one person: the same words, or one a longer form of the other
 * with the same last word ("Vladimir Poutine" / "Vladimir Vladimirovitch Poutine"). "Kim Jong Un"
 * and "Kim Yung-ho" share a word and stay two people.
 */
export function sameName(a: string[], b: string[]): boolean {
  if (a.length < 2 || b.length < 2) return a.join(' ') === b.join(' ');
  if (a.join(' ') === b.join(' ')) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short[short.length - 1] === long[long.length - 1] && short[0] === long[0] && short.every((w) => long.includes(w));
}
