/**
 * One speaker, one name across the corpus. Speakers found in each article are merged when
 * they are the same person ("Kim Jong-un", "Kim Jong Un", "Kim" resolved in its article), the
 * same organisation (same acronym, same description) or listed together in the corpus's
 * aliases file (`speakers.yml`); each gets a canonical display name. Two people who merely
 * share a name part ("Kim Jong Un", "Kim Yung-ho") never merge.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { normalizeForMatch } from '../text/normalize.js';
import { descriptorKey, nameKey, sameName, type CastMember } from './articleCast.js';
import type { ArticleSpeaker } from './articleReadings.js';
import { speech } from '../lang/speech.js';

/** Words that end an organisation's name in either language ("Space", "Capital", "Office"), folded like name tokens. */
const ORGANISATION_NAME_ENDS = new Set([...speech.fr.organisationNameEnds, ...speech.en.organisationNameEnds].map((w) => nameKey(w)));

/** A public authority's noun ("ville", "city", "city hall") → the kind of authority, one key for both languages. */
const AUTHORITY_KINDS = new Map(Object.entries({ ...speech.fr.authorityKinds, ...speech.en.authorityKinds }).map(([noun, kind]) => [normalizeForMatch(noun), kind]));
const AUTHORITY_MODIFIERS = new Set([...speech.fr.authorityModifiers, ...speech.en.authorityModifiers].map(normalizeForMatch));
/** Words between an authority's noun and its place ("Ville de X", "City of X", "Préfecture du Y"). */
const AUTHORITY_LINKS = new Set(['de', "d'", 'du', 'des', 'of', 'la', "l'", 'le', 'les', 'the']);

/**
 * The authority a speaker's printed form names: its kind and, when printed whole, its place ("City of Vaudon" →
 * city, "vaudon"; "the local prefecture" → prefecture, null). Null for any other form ("the city council").
 */
export function authorityOf(form: string): { kind: string; place: string | null } | null {
  const words = formKey(form).replace(/\b([dl])'/gu, "$1' ").split(' ').filter((w) => w && !AUTHORITY_MODIFIERS.has(w));
  for (const size of [2, 1]) {
    const kind = AUTHORITY_KINDS.get(words.slice(0, size).join(' '));
    if (!kind || words.length < size) continue;
    const rest = words.slice(size);
    if (rest.length === 0) return { kind, place: null };
    if (!['de', "d'", 'du', 'des', 'of'].includes(rest[0])) return null;
    let at = 0;
    while (at < rest.length && AUTHORITY_LINKS.has(rest[at])) at++;
    return at < rest.length ? { kind, place: rest.slice(at).join(' ') } : null;
  }
  return null;
}

/** "an investigator", "un enquêteur": an indefinite article introduces someone the article has not named. */
const INDEFINITES = new Set([...speech.fr.indefinites, ...speech.en.indefinites]);

export interface Speaker {
  /** Stable id derived from the canonical name. */
  id: string;
  /** Canonical display name. */
  name: string;
  kind: CastMember['kind'];
  /** Every form the corpus and the aliases file use for this speaker (names, acronyms, descriptions). */
  forms: string[];
  /**
   * The titles and descriptions the articles give this speaker, as folded content words
   * ("ministre mer", "prefet maritime manche"): a user may name a speaker by role.
   */
  roles: string[];
  /** A person's gender when the articles tell it (an honorific, a gendered title) and agree on it. */
  gender?: 'f' | 'm';
  /** Known only by a role, never by a name ("la ministre des Transports"): possibly a person another report names. */
  described?: true;
}

export interface AliasEntry {
  name: string;
  aliases: string[];
}

/** Names of the aliases file looked for in the corpus folder, in order. */
export const ALIAS_FILES = ['speakers.yml', 'speakers.yaml'];

/**
 * Reads the corpus's aliases file. Two shapes are accepted:
 *   Kim Jong Un: [Kim Jong-un, Kim Jong-Un]
 * or
 *   speakers:
 *     - name: Kim Jong Un
 *       aliases: [Kim Jong-un]
 * A missing file is no aliases; a broken one is reported and ignored.
 */
export function loadSpeakerAliases(corpusDir: string): { aliases: AliasEntry[]; problem: string | null } {
  for (const file of ALIAS_FILES) {
    let raw: string;
    try {
      raw = readFileSync(path.join(corpusDir, file), 'utf8');
    } catch {
      continue;
    }
    try {
      return { aliases: parseAliases(YAML.parse(raw)), problem: null };
    } catch (error) {
      return { aliases: [], problem: `${file}: ${(error as Error).message.split('\n')[0]}` };
    }
  }
  return { aliases: [], problem: null };
}

/** Changes when the aliases file is added, edited or removed: the quotation store is rebuilt then. */
export function aliasStamp(corpusDir: string): string {
  for (const file of ALIAS_FILES) {
    try {
      const s = statSync(path.join(corpusDir, file));
      return `${file}:${s.size}:${s.mtimeMs}`;
    } catch {
      continue;
    }
  }
  return 'none';
}

export function parseAliases(data: unknown): AliasEntry[] {
  if (data === null || data === undefined) return [];
  const list = (data as { speakers?: unknown }).speakers;
  if (Array.isArray(list)) {
    return list.map((entry, i) => {
      const e = entry as { name?: unknown; aliases?: unknown };
      if (typeof e?.name !== 'string') throw new Error(`speakers[${i}] needs a "name"`);
      return { name: e.name, aliases: Array.isArray(e.aliases) ? e.aliases.map(String) : [] };
    });
  }
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error('expected "Name: [alias, …]" lines or a "speakers:" list');
  return Object.entries(data as Record<string, unknown>).map(([name, aliases]) => ({
    name,
    aliases: Array.isArray(aliases) ? aliases.map(String) : typeof aliases === 'string' ? [aliases] : [],
  }));
}

const formKey = (s: string) => normalizeForMatch(s).replace(/^(?:l'|d'|la |le |les |the |an? )/u, '').trim();

/** The forms under which a member is printed in its article. */
function memberForms(m: ArticleSpeaker): string[] {
  const forms = [...m.nameForms.keys()];
  if (m.name) forms.push(m.name);
  if (m.acronym) forms.push(m.acronym);
  if (!m.name) forms.push(m.display);
  return forms;
}

interface Node {
  articleId: string;
  member: ArticleSpeaker;
}

export class SpeakerRegistry {
  readonly speakers: Speaker[];
  private readonly byMember = new Map<string, Speaker>();

  /**
   * `articles`: each article's speakers of a quotation, in order of first quotation; `textOf`: an article's headline
   * and text (a bare "the city" is the corpus's one City of X only in an article that names X).
   */
  constructor(articles: { id: string; speakers: ArticleSpeaker[] }[], aliases: AliasEntry[], textOf: (articleId: string) => string = () => '') {
    const nodes: Node[] = [];
    for (const a of articles) for (const member of a.speakers) nodes.push({ articleId: a.id, member });
    const parent = nodes.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
    const union = (a: number, b: number) => {
      parent[find(a)] = find(b);
    };

    const aliasOf = new Map<string, number>();
    aliases.forEach((entry, i) => {
      for (const form of [entry.name, ...entry.aliases]) aliasOf.set(formKey(form), i);
    });
    const aliasNode = new Map<number, number>();
    const singleWord = new Map<string, number[]>();
    const bareWord = new Map<string, number[]>();
    const bareNames = new Map<string, number[]>();
    // Nodes are joined through keys, not compared pairwise: linear in the number of speakers.
    const firstWith = new Map<string, number>();
    const joinOn = (key: string, i: number) => {
      const first = firstWith.get(key);
      if (first === undefined) firstWith.set(key, i);
      else union(i, first);
    };
    // Full names of persons by first and last word: sameName needs both equal.
    const personsByEnds = new Map<string, Map<string, number>>();
    // Persons with a full name, by each word of it (for surnames given alone).
    const bearersOf = new Map<string, number[]>();
    // Organisations named by one word and organisation-name words after it ("Aldera Space"), by that first word.
    const organisationsOf = new Map<string, number[]>();

    nodes.forEach((node, i) => {
      const m = node.member;
      for (const form of memberForms(m)) {
        const alias = aliasOf.get(formKey(form));
        if (alias === undefined) continue;
        const first = aliasNode.get(alias);
        if (first === undefined) aliasNode.set(alias, i);
        else union(i, first);
      }
      if (m.kind === 'person' && m.nameTokens.length >= 2) {
        const ends = `${m.nameTokens[0]}\u0000${m.nameTokens[m.nameTokens.length - 1]}`;
        // One representative per distinct spelling: a name printed in every article is compared once.
        const spellings = personsByEnds.get(ends) ?? new Map<string, number>();
        const spelling = m.nameTokens.join(' ');
        const same = spellings.get(spelling);
        if (same !== undefined) union(i, same);
        else {
          for (const j of spellings.values()) if (sameName(m.nameTokens, nodes[j].member.nameTokens)) union(i, j);
          spellings.set(spelling, i);
        }
        personsByEnds.set(ends, spellings);
        for (const word of new Set(m.nameTokens)) (bearersOf.get(word) ?? bearersOf.set(word, []).get(word)!).push(i);
      }
      if (m.kind === 'organisation' && m.name && m.nameTokens.length >= 2 && m.nameTokens.slice(1).every((w) => ORGANISATION_NAME_ENDS.has(w))) {
        (organisationsOf.get(m.nameTokens[0]) ?? organisationsOf.set(m.nameTokens[0], []).get(m.nameTokens[0])!).push(i);
      }
      if (m.acronym) joinOn(`acronym\u0000${m.acronym}`, i);
      // An acronym and the same letters printed as a word ("ANSES" / "l'Anses", "NATO" / "Nato") are one organisation.
      if (m.acronym) joinOn(`display\u0000${formKey(m.acronym)}`, i);
      // Unnamed organisations of the same description are one; two unnamed people ("un officier") are not.
      if (!m.name && !m.acronym && m.kind !== 'person') joinOn(`display\u0000${formKey(m.display)}`, i);
      if (m.name) joinOn(`name\u0000${nameKey(m.name)}`, i);
      if (m.name && m.nameTokens.length < 2) {
        const key = nameKey(m.name);
        (singleWord.get(key) ?? singleWord.set(key, []).get(key)!).push(i);
      }
      // A single capitalised word its article could not tell a person ("Brezan said", the full name only further
      // down a newest-first live blog): a surname when one corpus person bears it as such (below).
      if (!m.name && !m.acronym && m.kind === 'group' && /^\p{Lu}[\p{L}'’-]*$/u.test(m.display)) {
        const key = nameKey(m.display);
        (bareWord.get(key) ?? bareWord.set(key, []).get(key)!).push(i);
      }
      // The same single word printed as an organisation's name in another article ("Norelec" / "selon Norélec").
      if (!m.name && !m.acronym && m.kind !== 'person' && /^\p{Lu}[\p{L}'’-]*$/u.test(m.display)) {
        const key = nameKey(m.display);
        (bareNames.get(key) ?? bareNames.set(key, []).get(key)!).push(i);
      }
    });
    // A surname never given in full in its article joins the one corpus person who bears it, if only one does.
    for (const [word, indices] of singleWord) {
      const bearers = new Set((bearersOf.get(word) ?? []).map(find));
      if (bearers.size === 1) for (const i of indices) union(i, [...bearers][0]);
    }
    // An unknown bare word joins only a person whose surname (last word) it is, never a first name or a place in a name.
    for (const [word, indices] of bareWord) {
      const bearers = new Set((bearersOf.get(word) ?? []).filter((j) => nodes[j].member.nameTokens.at(-1) === word).map(find));
      const others = new Set((bearersOf.get(word) ?? []).map(find));
      if (bearers.size === 1 && others.size === 1) for (const i of indices) union(i, [...bearers][0]);
      // "Aldera says" where the corpus names "Aldera Space": the short form of the one organisation named so, if no
      // person bears the word.
      const organisations = new Set((organisationsOf.get(word) ?? []).map(find));
      if (others.size === 0 && organisations.size === 1) for (const i of indices) union(i, [...organisations][0]);
    }

    // A single capitalised word no article could name is the organisation another article names by that word (accents
    // and case aside), when no person bears it.
    for (const [word, indices] of bareNames) {
      const named = firstWith.get(`name\u0000${word}`);
      if ((bearersOf.get(word) ?? []).length === 0 && named !== undefined && nodes[named].member.kind !== 'person') for (const i of indices) union(i, named);
    }

    // An authority printed whole is one in both languages ("Ville de Vaudon", "City of Vaudon"). A bare one ("la
    // préfecture", "the city says") is the one of its kind its article names whole, else the corpus's one of its kind
    // whose place its article names; bare ones left over are one per kind ("Préfecture", "the local prefecture").
    const namedAuthorities = new Map<string, number[]>();
    const bareAuthorities: [number, string][] = [];
    nodes.forEach((node, i) => {
      if (node.member.kind === 'person' || node.member.acronym) return;
      const authority = authorityOf(node.member.name ?? node.member.display);
      if (!authority) return;
      if (authority.place === null) bareAuthorities.push([i, authority.kind]);
      else {
        joinOn(`authority\u0000${authority.kind}\u0000${authority.place}`, i);
        (namedAuthorities.get(authority.kind) ?? namedAuthorities.set(authority.kind, []).get(authority.kind)!).push(i);
      }
    });
    const folded = new Map<string, string>();
    const articleText = (id: string) => folded.get(id) ?? folded.set(id, ` ${normalizeForMatch(textOf(id)).replace(/[^\p{L}\p{N}]+/gu, ' ')} `).get(id)!;
    for (const [i, kind] of bareAuthorities) {
      const named = namedAuthorities.get(kind) ?? [];
      const inArticle = new Set(named.filter((j) => nodes[j].articleId === nodes[i].articleId).map(find));
      const text = articleText(nodes[i].articleId);
      const placed = new Set(
        named.filter((j) => text.includes(` ${authorityOf(nodes[j].member.name ?? nodes[j].member.display)!.place!.replace(/[^\p{L}\p{N}]+/gu, ' ')} `)).map(find),
      );
      const chosen = inArticle.size > 0 ? inArticle : placed;
      if (chosen.size === 1) union(i, [...chosen][0]);
      else if (chosen.size === 0) joinOn(`authority\u0000${kind}`, i);
    }

    // A person known only by a role in one article ("the lawyer for Julien Marchetti", "the team's general
    // manager") is the one person that article names who holds the role somewhere in the corpus
    // ("Ravel, a Paris-based lawyer"; "team manager Patrick Obert"), never the role's complement.
    const rolesOfRoot = new Map<number, string[][]>();
    const possessiveOfRoot = new Map<number, Set<string>>();
    nodes.forEach((node, i) => {
      if (!node.member.name || node.member.kind !== 'person') return;
      const root = find(i);
      (rolesOfRoot.get(root) ?? rolesOfRoot.set(root, []).get(root)!).push(...(node.member.descriptors ?? []));
      for (const t of node.member.possessiveTitles ?? []) (possessiveOfRoot.get(root) ?? possessiveOfRoot.set(root, new Set()).get(root)!).add(t);
    });
    const byArticle = new Map<string, number[]>();
    nodes.forEach((node, i) => (byArticle.get(node.articleId) ?? byArticle.set(node.articleId, []).get(node.articleId)!).push(i));
    nodes.forEach((node, i) => {
      const title = node.member.roleTitle;
      if (node.member.name || !title?.length) return;
      if (INDEFINITES.has(normalizeForMatch(node.member.display.split(/\s+/u)[0] ?? ''))) return;
      const roleWords = new Set(node.member.descriptors.flat());
      const holders = new Set<number>();
      for (const j of byArticle.get(node.articleId) ?? []) {
        const other = nodes[j].member;
        if (j === i || other.kind !== 'person' || !other.name || other.nameTokens.some((w) => roleWords.has(w))) continue;
        const role = node.member.descriptors[0] ?? [];
        const withTitle = (rolesOfRoot.get(find(j)) ?? []).filter((d) => title.every((w) => d.includes(w)));
        // "le directeur des systèmes d'information de la ville" is not "son directeur, X" of a hospital: a title known only
        // with a possessive and never with a complement of its own holds no complement that could be the role's.
        const possessive = possessiveOfRoot.get(find(j));
        const onlyPossessive = possessive !== undefined && title.some((w) => possessive.has(w)) && complementOf(role, title).length > 0 && withTitle.every((d) => complementOf(d, title).length === 0);
        if (!onlyPossessive && withTitle.some((d) => complementsAgree(d, role, title))) holders.add(find(j));
      }
      if (holders.size === 1) union(i, [...holders][0]);
    });

    const groups = new Map<number, number[]>();
    nodes.forEach((_, i) => {
      const root = find(i);
      (groups.get(root) ?? groups.set(root, []).get(root)!).push(i);
    });
    const speakers: Speaker[] = [];
    const usedIds = new Set<string>();
    for (const indices of groups.values()) {
      const members = indices.map((i) => nodes[i].member);
      const aliasIndex = indices.map((i) => memberForms(nodes[i].member).map((f) => aliasOf.get(formKey(f))).find((a) => a !== undefined)).find((a) => a !== undefined);
      const alias = aliasIndex === undefined ? undefined : aliases[aliasIndex];
      const name = alias?.name ?? canonicalName(members);
      // A role that merged into a named person ("the lawyer for Julien Marchetti") is no form of their name: its complement names someone else.
      const named = members.some((m) => m.name);
      const forms = new Set<string>([name, ...members.flatMap((m) => (named && !m.name && m.roleTitle ? [] : memberForms(m))), ...(alias?.aliases ?? [])]);
      let id = slug(name) || 'speaker';
      while (usedIds.has(id)) id += '-';
      usedIds.add(id);
      const kind = members.some((m) => m.kind === 'person') ? 'person' : members.some((m) => m.kind === 'organisation') ? 'organisation' : 'group';
      const genders = new Set(members.flatMap((m) => (m.gender ? [m.gender] : [])));
      const described = !alias && kind === 'person' && !named && members.some((m) => m.roleTitle?.length);
      const speaker: Speaker = { id, name, kind, forms: [...forms], roles: rolesOf(members), ...(kind === 'person' && genders.size === 1 ? { gender: [...genders][0] } : {}), ...(described ? { described: true as const } : {}) };
      speakers.push(speaker);
      for (const i of indices) this.byMember.set(memberId(nodes[i].articleId, nodes[i].member), speaker);
    }
    this.speakers = speakers;
  }

  speakerOf(articleId: string, member: Pick<CastMember, 'id'> | null): Speaker | null {
    return member ? (this.byMember.get(memberId(articleId, member)) ?? null) : null;
  }
}

/** The members' descriptions, once each; a role kept as an unnamed person's key is already its display form. */
function rolesOf(members: ArticleSpeaker[]): string[] {
  const roles = new Set<string>();
  for (const m of members) {
    for (const d of m.descriptors ?? []) if (d.length && !d[0].startsWith('\u0000')) roles.add(descriptorKey(d));
    if (m.roleTitle?.length) roles.add(descriptorKey(m.roleTitle));
  }
  return [...roles];
}

const memberId = (articleId: string, m: Pick<CastMember, 'id'>) => `${articleId}\u0000${m.id}`;

/** The most used printed form of a person's full name; an acronym; else the description as printed. */
function canonicalName(members: ArticleSpeaker[]): string {
  const counts = new Map<string, number>();
  for (const m of members) for (const [form, n] of m.nameForms) if (nameKey(form).split(' ').length >= 2) counts.set(form, (counts.get(form) ?? 0) + n);
  if (counts.size > 0) {
    const longest = Math.max(...[...counts.keys()].map((f) => nameKey(f).split(' ').length));
    // Prefer the usual length ("Vladimir Poutine" over "Vladimir Vladimirovitch Poutine") unless only the long form exists.
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || nameKey(a[0]).split(' ').length - nameKey(b[0]).split(' ').length || (longest ? 0 : 0))[0][0];
  }
  const acronym = members.find((m) => m.acronym)?.acronym;
  if (acronym) return acronym;
  const named = members.find((m) => m.name);
  if (named?.name) return named.name;
  // A person known only by a role is shown as the article describes them ("un officier"), never as a name.
  if (members.every((m) => m.kind === 'person')) return members[0].display;
  // An authority is shown as printed whole ("City of Vaudon"), never by its bare noun ("City").
  const whole = members.find((m) => m.kind !== 'person' && authorityOf(m.display)?.place);
  if (whole) return whole.display.charAt(0).toUpperCase() + whole.display.slice(1);
  const display = members.map((m) => m.display).sort((a, b) => descriptorKey(a.split(' ')).length - descriptorKey(b.split(' ')).length)[0];
  return display.charAt(0).toUpperCase() + display.slice(1);
}

function slug(name: string): string {
  return normalizeForMatch(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/**
 * "l'avocate des familles" does not hold the role "l'avocate de la défense": when both the holder's
 * description and the role have a complement after the title, they must share a word of it.
 */
function complementsAgree(description: string[], role: string[], title: string[]): boolean {
  const theirs = complementOf(description, title);
  const ours = complementOf(role, title);
  return theirs.length === 0 || ours.length === 0 || theirs.some((w) => ours.includes(w));
}

/** The content words after a title in a description ("défense" in "avocate de la défense"). */
function complementOf(words: string[], title: string[]): string[] {
  const at = words.indexOf(title[title.length - 1]);
  return at < 0 ? [] : words.slice(at + 1).filter((w) => !w.startsWith('\u0000') && !title.includes(w) && !LINKS.has(w) && /^[a-z0-9'’-]+$/u.test(w));
}

/** Words that join a title to its complement ("de la défense", "for the families"). */
const LINKS = new Set(['de', 'du', 'des', "d'", 'la', 'le', 'les', "l'", 'of', 'for', 'the', 'to']);
