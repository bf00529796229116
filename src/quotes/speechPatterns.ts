/**
 * Regular expressions compiled once from the speech data in src/lang/speech.ts: reporting
 * verbs with their auxiliaries, inverted forms ("a-t-il ajouté", "dit-elle"), "selon X".
 */
import type { Lang } from '../corpus/article.js';
import { dateWords } from '../lang/dates.js';
import { speech, type SpeechLanguage } from '../lang/speech.js';
import { escapeRegExp, foldAccents, normalizeForMatch } from '../text/normalize.js';
import { INTERVIEW_LABEL } from '../text/interview.js';

const esc = escapeRegExp;
/** Apostrophes in data are straight; text may use ’. */
const flexible = (s: string) => esc(s).replace(/'/g, "['’]").replace(/ /g, '\\s+');
const alt = (items: string[]) => [...new Set(items)].sort((a, b) => b.length - a.length).map(flexible).join('|');

export const B = '(?<![\\p{L}\\p{N}])';
export const E = '(?![\\p{L}\\p{N}])';

export interface SpeechPatterns {
  lang: Lang;
  data: SpeechLanguage;
  /** A reporting verb, finite: "a déclaré", "ont-ils ajouté" excluded, "ajoute", "s'est dite", "said". */
  finiteVerb: RegExp;
  /** Start of text after a quotation: inverted pronoun form ("a-t-il ajouté", "dit-elle", "he said"). */
  invertedPronoun: RegExp;
  /** A verb of manner ("sourit", "laughed"): it attributes a quotation, never introduces reported speech. */
  mannerVerb: RegExp;
  /** A verb of denial ("a démenti", "denied"): the clause after it is what the speaker calls untrue, no reported speech. */
  denialVerb: RegExp;
  /** A phrase telling that someone said nothing ("declined to comment"). */
  noStatement: RegExp;
  /** Text ending in a negation and up to two words ("La Cour ne ", "n'a pas ", "did not "): the verb after it is negated. */
  negatedBefore: RegExp;
  /** A sentence opening that points back to the quotation before it ("C'est ainsi que X résume…"); group `rest` after it. */
  backReference: RegExp;
  /** A sentence naming whose remark the quotation before was ("That was the furious verdict of X"); group `rest` after "of". */
  remarkReference: RegExp;
  /** The marker opening a line of an interview printed as questions and answers ("Q : ", "R : "); group `answer` on an answer. */
  interviewLine: RegExp;
  /** Start of text after a quotation: verb then subject ("a déclaré mercredi X", "said X"). */
  verbThenSubject: RegExp;
  /** Start of text after a quotation: subject then verb (", Kirby said", ", the agency said"). */
  subjectThenVerb: RegExp;
  /** "selon X", "according to X" (captures what follows). */
  accordingTo: RegExp;
  /** Present participles of speech ("écrivant", "adding"). */
  participle: RegExp;
  /** Any finite auxiliary or copula, to find a clause's subject. */
  finiteAux: RegExp;
  /** Complementiser right after a verb and its complements ("que", "qu'", "that"). */
  complementiser: RegExp;
  /** A coordinating conjunction ending the text before a verb ("… et", "… and"): the verb shares the previous one's subject. */
  coordinated: RegExp;
  /** The text between a verb and an infinitive of speech sharing its subject ("assure avoir prévenu", "claims to have warned"). */
  chained: RegExp;
  adverb: RegExp;
  /** Adverbs (one or more, lower case) ending a phrase: "a company spokeswoman later", "le préfet plus tard". */
  trailingAdverbs: RegExp;
  /** Adverbs and time words right after a quotation, before its attribution: "« … » jeudi, a prévenu X". */
  leadingAdverbs: RegExp;
  /** A speech verb that goes on with what was said before ("she added", "ajoute-t-il"); null when the language lists none. */
  continuingVerb: RegExp | null;
  /** The end of a relative clause set apart that calls the person something: ", que tout le monde appelle". */
  namingRelative: RegExp;
  /** A preposition and a relative pronoun opening a clause with its own subject ("dans laquelle", "in which"). */
  prepositionalRelative: RegExp;
  /** A verb of address ending the text ("…, told"): what follows names the one spoken to. Never matches without address verbs. */
  addressVerbEnd: RegExp;
  /** A relative clause set apart by commas inside an apposition: "X, a broker at Y, which insures Z, told…". */
  setApartRelative: RegExp;
  pronouns: Set<string>;
  /** Pronouns of an unnamed source ("on"), folded: no one named before. */
  impersonalPronouns: Set<string>;
  emphatic: Set<string>;
  determiners: Set<string>;
  phraseStops: Set<string>;
  /** Both languages' complement prepositions (see SpeechLanguage.complementLinks): a name may keep the other language's (« University of X »). */
  complementLinks: Set<string>;
  connectives: Set<string>;
  /** Month names and their abbreviations (src/lang/dates.ts): "January 1", "3 March" date something, they name no one. */
  months: Set<string>;
  /** Words opening a clause ("What", « Ce »), never a name: see SpeechData.clauseOpeners. */
  clauseOpeners: Set<string>;
  /** "nos", "our": "selon nos informations" is the newsroom's own reporting, no speaker. */
  ownReporting: Set<string>;
  titles: string[];
  relativeTitles: Set<string>;
  /** Nouns for whoever heads an organisation ("dirigeant", "boss"), folded. */
  leaderRoles: Set<string>;
  /** Titles of an organisation's head, as folded words ("directeur general", "chief executive"). */
  leaderTitles: string[][];
  /** A title word → the kind it belongs to (titles of one kind may refer to one another). */
  titleKinds: Map<string, number>;
  /** A general title ("magistrat") → the titles it covers ("procureur", "juge"), folded. */
  generalTitles: Map<string, Set<string>>;
  /** Third-person possessive determiners ("son", "its"), folded. */
  thirdPersonPossessives: Set<string>;
  /** Compound titles naming another office than their last word, as folded word lists ("prime minister"). */
  distinctCompoundTitles: string[][];
  /** A set phrase's content words ("representant etat") → the content words of each title it stands for ("prefet"). */
  periphrases: Map<string, string[][]>;
  documents: Set<string>;
  /** Nouns of something said (language data: utteranceNouns), folded. */
  utteranceNouns: Set<string>;
  organisations: Set<string>;
  localAuthorities: Set<string>;
  /** Nouns that refer back to the organisation named last ("l'instance", "the agency"), folded. */
  genericOrganisations: Set<string>;
  /** Nouns that, bare, name a company's management ("direction"), folded. */
  managementNouns: Set<string>;
  honorifics: RegExp;
  /** Honorifics as tokens ("M.", "Mr"), never part of a name. */
  honorificWords: Set<string>;
  /** Lower-case particles inside a name ("van", "de"), folded. */
  nameParticles: Set<string>;
  /** Verbs whose object is the person spoken to ("told"), folded. */
  addressVerbs: Set<string>;
  /** "Pour X, …" / "For X, …" at a sentence's start: captures X and what follows in `rest`. */
  viewOf: RegExp;
  /** "…, X, pour qui <clause>" ending the text before a quotation: captures X as `holder`. */
  relativeView: RegExp;
  /** Business nouns ("company", "entreprise"), folded. */
  companies: Set<string>;
  /** French adjectives between a company noun and its name (« l'armateur grec X »), folded. */
  companyModifiers: Set<string>;
  organisationNameEnds: Set<string>;
  companyNameEnds: Set<string>;
  /** Verbs whose following noun phrase is spoken to, not speaking ("told the BBC"). */
  objectVerbs: Set<string>;
  /** Prepositions of the person spoken to after an inverted verb ("à", "au"), folded. */
  indirectObjects: Set<string>;
  /** "figures released by X" / "chiffres publiés par X": captures X in `agent`. */
  agentParticiple: RegExp;
  /** "un enregistrement consulté par X", "a memo seen by X": per participle of `seenByParticiples`, the document before it in group 1. */
  seenBy: RegExp[];
  /** Folded words that mark a woman or a man; pronouns by gender. */
  feminine: Set<string>;
  masculine: Set<string>;
  femininePronouns: Set<string>;
  masculinePronouns: Set<string>;
  /** Pronouns standing for a body or a thing, never a person ("it"), folded. */
  bodyPronouns: Set<string>;
  /** Family nouns of either gender ("mari", "wife"), folded: a lone word they set a name apart with is a person's first name. */
  kin: Set<string>;
  /** An age set apart after a subject, the whole chunk ("64 ans", "52"). */
  asideAge: RegExp;
  /** An age set apart right after a name (", 74 ans", ", 72,"): group 1 the years. */
  asideAgeAfterName: RegExp;
  /** Folded age noun → the first year of its decade ("septuagenaire" → 70). */
  ageNouns: Map<string, number>;
  /** A definite description ending with an age ("le retraité de 70 ans", "the 36-year-old"): the age part. */
  agedDescription: RegExp;
  /** An object pronoun ending the text before a verb ("la tribune Nord l'", "Il nous"); null when the language has none. */
  objectClitic: RegExp | null;
  /** A naming word right before a quotation ("surnommé", "nicknamed"): the quoted words are a nickname. */
  namingBefore: RegExp;
  /** A chant's or banner's introduction right before a quotation ("aux cris de", "banner reading"). */
  labelBefore: RegExp;
  /** ", et"/", and" (or a closing quotation mark and the conjunction) before a capitalised subject: a second report may follow. */
  secondReport: RegExp;
  /** Nothing but spaces, commas, quotation marks and one conjunction between two quoted fragments. */
  listJoin: RegExp;
  /** Nouns of a study or document cited as a source ("étude", "report"), in matching form. */
  documentNouns: Set<string>;
  /** A sentence opening with a set phrase giving someone's words by a pronoun ("À l'en croire,", "By his account,"): group `phrase`. */
  pronounSource: RegExp;
  /** Winner roles as folded content words ("nouvel elu", "mayor-elect"). */
  winnerRoles: string[][];
  /** Right after a person's name: a verb of winning, past an apposition set apart and an adverb ("X, 52, narrowly won"). */
  winAfterName: RegExp;
}

const fold = (s: string) => foldAccents(s.toLowerCase()).replace(/’/g, "'");

function participleForms(lang: Lang, pp: string): string[] {
  if (lang === 'en' || pp.includes(' ')) return [pp];
  return [pp, `${pp}e`, `${pp}s`, `${pp}es`];
}

function presentForms(lang: Lang, pres: string): string[] {
  if (pres.includes(' ')) return [pres];
  if (lang === 'fr') return pres.endsWith('e') ? [pres, `${pres}nt`] : [pres];
  if (pres.endsWith('ies')) return [pres, `${pres.slice(0, -3)}y`];
  if (/(?:ss|sh|ch|x)es$/.test(pres)) return [pres, pres.slice(0, -2)];
  return [pres, pres.replace(/s$/, '')];
}

/**
 * The French imperfect of a first-group verb, from its participle ("confié" → confiait, confiaient;
 * "lancé" → lançait; "jugé" → jugeait): reports in the past of narration ("confiait un conseiller").
 */
function imperfectForms(lang: Lang, pp: string): string[] {
  if (lang !== 'fr' || pp.includes(' ') || !pp.endsWith('é')) return [];
  const stem = pp.slice(0, -1).replace(/c$/u, 'ç').replace(/g$/u, 'ge');
  return [`${stem}ait`, `${stem}aient`];
}

function compile(lang: Lang): SpeechPatterns {
  const d = speech[lang];
  const verbs = [...d.verbs, ...d.mannerVerbs, ...d.nounVerbs];
  const pps = verbs.flatMap(([pp]) => participleForms(lang, pp));
  const pres = verbs.flatMap(([pp, p]) => [...presentForms(lang, p), ...imperfectForms(lang, pp)]);
  const manner = alt(d.mannerVerbs.flatMap(([pp, p]) => [...participleForms(lang, pp), ...presentForms(lang, p)]));
  const aux = alt(d.auxiliaries);
  // Single-word conjunctions ("et", "and") joining two reports or two quoted fragments.
  const joiners = d.coordinators.filter((c) => !c.includes(' ')).map(esc).join('|');
  const adv = alt(d.adverbs);
  const advs = `(?:\\s+(?:${adv}))*`;
  const reflexive = alt(d.reflexives);
  const pron = alt(d.pronouns);
  const ppAlt = alt(pps);
  const presAlt = alt(pres);
  // Verbs that may come before their subject ("said Smith", "a déclaré X"): not those whose next noun is spoken to.
  const objectVerbs = new Set(d.objectVerbs.map(fold));
  const invertible = (forms: string[]) => alt(forms.filter((f) => !objectVerbs.has(fold(f))));
  const ppInv = invertible(pps);
  const presInv = invertible(pres);
  const frame = alt(d.reportFrames);
  const finiteVerb =
    lang === 'fr'
      ? `(?:${B}(?:${aux})${advs}\\s+(?:${frame}|${ppAlt})${E}|${B}(?:${reflexive})${E}|${B}(?:${presAlt})${E})`
      : `(?:${B}(?:${aux})${advs}\\s+(?:${frame}|${ppAlt})${E}|${B}(?:${ppAlt}|${presAlt})${E})`;
  const lead = String.raw`^\s*[,;]?\s*(?:[-—–]\s*)?`;
  // The participles of the reflexive forms ("s'est exclamée" → exclamée), for their inverted form.
  const reflexiveParticiples = alt(d.reflexives.flatMap((r) => /^(?:s'est|se sont)\s+(.+)$/u.exec(r)?.[1] ?? []));
  // The present of the reflexive forms ("s'amuse", "se félicite"), for their inverted form ("s'amuse-t-il").
  const reflexivePresents = alt(d.reflexives.flatMap((r) => (/^(?:s'est|se sont)\s/u.test(r) ? [] : [r])));
  // "nous a-t-il confié", "m'a-t-elle dit": an object pronoun may come before the inverted verb.
  const clitics = d.objectClitics.length ? `(?:(?:${alt(d.objectClitics.filter((c) => !c.endsWith("'")))})\\s+|(?:${alt(d.objectClitics.filter((c) => c.endsWith("'")))}))?` : '';
  // The same, without those that are also articles ("la", "le", "les": "», la note précise…" is a noun phrase).
  const articleLike = new Set(d.determiners.map(fold));
  const personList = d.objectClitics.filter((c) => !articleLike.has(fold(c)));
  const personClitics = personList.length ? `(?:(?:${alt(personList.filter((c) => !c.endsWith("'")))})\\s+|(?:${alt(personList.filter((c) => c.endsWith("'")))}))?` : '';
  const invertedPronoun =
    lang === 'fr'
      ? new RegExp(
          `${lead}(?:${clitics}(?:(?:${aux})-t-|(?:${aux})-|(?:${presAlt})-t-|(?:${presAlt})-)(?<pron>${pron})${E}(?:${advs}\\s+(?:${ppAlt})${E})?` +
            // A reflexive verb inverted around its pronoun: "s'est-elle exclamée", "se sont-ils félicités".
            `|(?:s['’]est|se\\s+sont)-(?<pron2>${pron})${advs}\\s+(?:${reflexiveParticiples})${E}` +
            // A present reflexive verb inverted: "s'amuse-t-il", "se félicite-t-elle".
            (reflexivePresents ? `|(?:${reflexivePresents})-(?:t-)?(?<pron3>${pron})${E}` : '') +
            ')',
          'iu',
        )
      : new RegExp(`${lead}(?:(?<pron>${pron})${advs}\\s+(?:(?:${aux})\\s+)?(?:${ppAlt}|${presAlt})|(?:${ppAlt}|${presAlt})\\s+(?<pron2>${pron}))${E}`, 'iu');
  // "», s'est félicité son représentant, X": a reflexive verb of speech before its subject; not "s'est dit(e)",
  // "s'est déclaré(e)", "s'est montré(e)", which an adjective follows ("s'est dite préoccupée la ministre").
  const reflexiveInv = alt(d.reflexives.filter((r) => !/\b(?:dit|dite|dits|dites|déclaré|déclarée|montré|montrée)$/u.test(r)));
  const verbThenSubject =
    lang === 'fr'
      ? // "», nous a indiqué l'avocate", "», m'a confié X": an object pronoun before the verb is the person spoken to, the
        // subject still follows the verb (the auxiliaries are of the third person, so "nous" is no subject there).
        new RegExp(`${lead}${personClitics}(?:(?:${aux})${advs}\\s+(?:${ppInv})|(?:${presInv})|(?:${reflexiveInv}))${E}${advs}\\s+(?<rest>.+)$`, 'iu')
      : new RegExp(`${lead}(?:${ppInv}|${presInv})${E}${advs}\\s+(?<rest>.+)$`, 'iu');
  // The subject may hold one apposition: "the regulator's chief executive, Graham Hollis, told…".
  const np = '[^,;:.!?«»“”"]{1,80}?';
  // A subject never ends on a determiner: the word after one is a noun ("a state official": "state" is no verb there).
  const noDeterminerEnd = `(?<!(?:^|[^\\p{L}])(?:${alt(d.determiners.filter((w) => !['de', 'des', 'du', 'that'].includes(fold(w)) && !/['’]$/u.test(w)))}))`;
  const subjectThenVerb = new RegExp(`${lead}(?<subject>${np}(?:,\\s*${np})?${noDeterminerEnd}),?\\s+(?:(?:${aux})${advs}\\s+)?(?:${ppAlt}|${presAlt})${E}`, 'iu');
  return {
    lang,
    data: d,
    finiteVerb: new RegExp(finiteVerb, 'giu'),
    invertedPronoun,
    interviewLine: INTERVIEW_LABEL[lang],
    backReference: new RegExp(`^\\P{L}*(?:${alt(d.backReferences)})(?![\\p{L}])\\s*(?<rest>.+)$`, 'iu'),
    remarkReference: new RegExp(`^\\P{L}*(?:${alt(d.remarkOpeners)})\\s+(?:\\p{Ll}+\\s+){0,2}?(?:${alt(d.remarkNouns)})\\s+(?:${alt(d.remarkOf)})(?:(?<=['’])|(?![\\p{L}]))\\s*(?<rest>.+)$`, 'iu'),
    mannerVerb: new RegExp(`${B}(?:${manner})${E}`, 'iu'),
    denialVerb: new RegExp(`${B}(?:${alt(d.denialVerbs.flatMap(([pp, p]) => [...participleForms(lang, pp), ...presentForms(lang, p)]))})${E}`, 'iu'),
    noStatement: new RegExp(`${B}(?:${alt(d.noStatement)})${E}`, 'iu'),
    negatedBefore: negationBefore(d.negations),
    verbThenSubject,
    subjectThenVerb,
    accordingTo: new RegExp(`${B}(?:${alt(d.accordingTo)})${E}(?!\\s+(?:lesquel|laquelle|lequel|whom|which))\\s*(?<rest>.+)$`, 'iu'),
    participle: new RegExp(`${B}(?:${alt(d.participles)})${E}`, 'giu'),
    finiteAux: new RegExp(
      `${B}(?:${alt([...d.auxiliaries, ...(lang === 'fr' ? ['serait', 'seraient', 'sera', 'seront', 'semble', 'semblent', 'semblait', 'va', 'vont', 'doit', 'doivent', 'peut', 'peuvent', 'pourrait', 'pourraient', 'veut', 'veulent', 'affirme', 'estime', 'juge'] : ['could', 'can', 'may', 'might', 'should', 'seemed', 'appeared', 'says', 'said'])])})${E}`,
      'giu',
    ),
    coordinated: new RegExp(`${B}(?:${alt(d.coordinators)})\\s*$`, 'iu'),
    chained: new RegExp(`^\\s*(?:(?:${alt(d.infinitiveLinks)})\\s+)?$`, 'iu'),
    complementiser: new RegExp(`${B}(?:${alt(d.complementisers)})(?:${E}|(?<=['’]))`, 'iu'),
    adverb: new RegExp(`^(?:${adv})$`, 'iu'),
    trailingAdverbs: new RegExp(`(?<=\\S)(?:\\s+(?:${d.adverbs.map(esc).join('|')}))+\\s*$`, 'u'),
    prepositionalRelative: new RegExp(`${B}(?:${alt(d.prepositionalRelatives)})${E}`, 'giu'),
    addressVerbEnd: new RegExp(`(?:${d.addressVerbs.map(flexible).join('|') || '(?!)'})\\s*$`, 'iu'),
    setApartRelative: new RegExp(`,\\s*(?:${alt(d.relatives)})${E}[^,;:.!?«»“”"]{1,100},`, 'iu'),
    leadingAdverbs: new RegExp(`^\\s*(?:(?:${adv})${E}\\s*)+,?(?=\\s)`, 'iu'),
    continuingVerb: d.continuingVerbs.length > 0 ? new RegExp(`(?<![\\p{L}])(?:${d.continuingVerbs.map(esc).join('|')})(?![\\p{L}])`, 'iu') : null,
    pronouns: new Set(d.pronouns.map(fold)),
    impersonalPronouns: new Set(d.impersonalPronouns.map(fold)),
    emphatic: new Set(d.emphaticPronouns.map(fold)),
    determiners: new Set(d.determiners.map(fold)),
    phraseStops: new Set(d.phraseStops.map(fold)),
    complementLinks: new Set([...speech.fr.complementLinks, ...speech.en.complementLinks].map(fold)),
    // "Avant-hier, à la veille du délibéré, l'édile…", "Mardi, le ministre…": a day word opens no subject.
    clauseOpeners: new Set(d.clauseOpeners.map(fold)),
    connectives: new Set([...d.connectives, ...dateWords[lang].relativeDays.map((r) => r.words), ...dateWords[lang].weekdays.flat()].map(fold)),
    months: new Set(dateWords[lang].months.flat().map((w) => fold(w).replace(/\.$/u, ''))),
    ownReporting: new Set(d.ownReporting.map(fold)),
    titles: d.titles.map(fold).sort((a, b) => b.length - a.length),
    relativeTitles: new Set(d.relativeTitles.map(fold)),
    leaderRoles: new Set(d.leaderRoles.map(fold)),
    leaderTitles: d.leaderTitles.map((t) => fold(t).split(/\s+/u)),
    titleKinds: new Map(d.titleKinds.flatMap((kind, k) => kind.map((t) => [fold(t).split(/\s+/u).pop()!, k] as [string, number]))),
    generalTitles: new Map(d.generalTitles.map(([general, ...specific]) => [fold(general), new Set(specific.map(fold))])),
    thirdPersonPossessives: new Set(d.thirdPersonPossessives.map(fold)),
    distinctCompoundTitles: d.distinctCompoundTitles.map((t) => fold(t).split(/\s+/u)),
    periphrases: periphrasesOf(d),
    documents: new Set(d.documents.map(fold)),
    utteranceNouns: new Set(d.utteranceNouns.map(fold)),
    organisations: new Set(d.organisations.map(fold)),
    localAuthorities: new Set(d.localAuthorities.map(fold)),
    genericOrganisations: new Set(d.genericOrganisations.map(fold)),
    managementNouns: new Set(d.managementNouns.map(fold)),
    // "M Lebrun": a speaker phrase is read with the honorific's dot taken off (see abbreviationDot), still an honorific.
    honorifics: new RegExp(`^(?:${d.honorifics.map((h) => esc(h).replace(/\\\.$/u, '\\.?')).join('|')})\\s+`, 'u'),
    honorificWords: new Set(d.honorifics.flatMap((h) => [h, h.replace(/\.$/, ''), `${h.replace(/\.$/, '')}.`])),
    nameParticles: new Set(d.nameParticles.map(fold)),
    objectVerbs,
    indirectObjects: new Set(d.indirectObjects.map(fold)),
    companies: new Set(d.companies.map(fold)),
    companyModifiers: new Set(d.companyModifiers.map(fold)),
    organisationNameEnds: new Set(d.organisationNameEnds.map(fold)),
    companyNameEnds: new Set(d.companyNameEnds.map(fold)),
    addressVerbs: new Set(d.addressVerbs.map(fold)),
    viewOf: new RegExp(`^\\s*(?:${alt(d.viewOf)})${E}\\s*(?<rest>.+)$`, 'iu'),
    relativeView: new RegExp(`(?:^|,)\\s*(?<holder>[^,;:.!?«»“”"()]+?)\\s*,\\s*${B}(?:${alt(d.relativeViews)})${E}(?<rest>[^;:«»“”"]*)$`, 'iu'),
    agentParticiple: new RegExp(`^[^,;:.!?«»“”"]{0,60}?${B}(?:${alt(d.agentParticiples)})\\s+(?<agent>.+)$`, 'iu'),
    seenBy: d.seenByParticiples.map((w) => new RegExp(`^([^,;:.!?«»“”"]{1,60}?)\\s+${esc(w).replace(/['’]/gu, "['’]")}(?![\\p{L}])`, 'iu')),
    feminine: new Set([...d.feminine, ...d.kinFeminine].map(fold)),
    masculine: new Set([...d.masculine, ...d.kinMasculine].map(fold)),
    femininePronouns: new Set(d.femininePronouns.map(fold)),
    masculinePronouns: new Set(d.masculinePronouns.map(fold)),
    bodyPronouns: new Set(d.bodyPronouns.map(fold)),
    asideAgeAfterName: new RegExp(`^\\s*,\\s*(\\d{1,3})(?:\\s*,|\\s+(?:${d.ageWords.map(esc).join('|')})\\b)`, 'iu'),
    ageNouns: new Map(d.ageNouns.map(([w, decade]) => [fold(w), decade])),
    kin: new Set([...d.kinFeminine, ...d.kinMasculine, ...d.kinEither].map(fold)),
    asideAge: new RegExp(`^\\d{1,3}(?:\\s+(?:${d.ageWords.join('|')}))?$`, 'iu'),
    agedDescription: new RegExp(`(?:\\s+(?:de|d'|of))?\\s*\\b\\d{1,3}(?:\\s+|-)(?:${d.ageWords.map(esc).join('|')})$`, 'iu'),
    objectClitic: d.objectClitics.length > 0 ? new RegExp(`(?<=\\S)\\s+(?:${d.objectClitics.map((c) => c.replace(/'/gu, "['’]")).join('|')})\\s*$`, 'iu') : null,
    namingRelative: new RegExp(`,\\s*(?:${alt(d.relatives)})(?:${E}|(?<=['’]))[^,;:.!?«»“”"]{1,60}?\\s(?:${alt(d.namingRelativeVerbs)})\\s*$`, 'iu'),
    namingBefore: new RegExp(`(?<![\\p{L}])(?:${alt(d.namingWords)})\\s*[:,]?\\s*$`, 'iu'),
    labelBefore: new RegExp(`(?<![\\p{L}])(?:${alt(d.labelIntroducers)})\\s*[:,]?\\s*$`, 'iu'),
    secondReport: new RegExp(`(?:,|·\\s*["”»’'])\\s+(?:${joiners})\\s+(?=\\p{Lu})`, 'u'),
    listJoin: new RegExp(`^[\\s,«»“”"„‘’']*(?:(?:${joiners})[\\s«»“”"„‘’']*)?$`, 'iu'),
    documentNouns: new Set([...d.studyNouns, ...d.documents].map(normalizeForMatch)),
    pronounSource: new RegExp(`^\\s*(?<phrase>${alt(d.pronounSources.map(([phrase]) => phrase))})\\s*,`, 'iu'),
    winnerRoles: d.winnerRoles.map((r) => contentWords(r, d)),
    winAfterName: new RegExp(
      `^(?:\\s*,[^,;:.!?«»“”"]{1,40},|\\s*\\([^()]{1,60}\\))?\\s+(?:(?:${adv})\\s+|\\p{L}+(?:${d.adverbEndings.map(esc).join('|')})\\s+)?(?:${alt(d.winVerbs)})${E}`,
      'iu',
    ),
  };
}

/** Words that only link a description's parts; with the determiners, no part of a description's key. */
const LINKS = ['de', 'du', 'des', 'of', 'and', 'et'];

/** A phrase's folded content words, the way a description keeps them ("le représentant de l'État" → representant etat). */
function contentWords(phrase: string, d: SpeechLanguage): string[] {
  const determiners = new Set(d.determiners.map(fold));
  return fold(phrase)
    .split(/\s+/u)
    .flatMap((w) => {
      const elided = /^([a-z]+')(.+)$/u.exec(w);
      return elided ? [elided[1], elided[2]] : [w];
    })
    .filter((w) => w && !determiners.has(w) && !LINKS.includes(w));
}

function periphrasesOf(d: SpeechLanguage): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const [phrase, title] of d.titlePeriphrases) {
    const key = contentWords(phrase, d).join(' ');
    (out.get(key) ?? out.set(key, []).get(key)!).push(contentWords(title, d));
  }
  return out;
}

/**
 * The period of an abbreviated honorific or title before a name ("Mr. Kirby", "Col. Jane Roe",
 * "M. Favre"), in every language: it ends no noun phrase. Captures the word without its period.
 */
export const abbreviationDot = (() => {
  const words = new Set<string>();
  for (const d of Object.values(speech)) {
    for (const h of d.honorifics) words.add(h.replace(/\.$/u, ''));
    // Titles printed abbreviated ("col.", "lt. col."): each part, capitalised as before a name.
    for (const t of d.titles) if (t.endsWith('.')) for (const part of t.split(/\s+/u)) words.add(part.replace(/\.$/u, '').replace(/^\p{Ll}/u, (c) => c.toUpperCase()));
  }
  return new RegExp(`(?<![\\p{L}])(${[...words].sort((a, b) => b.length - a.length).map(esc).join('|')})\\.(?=\\s)`, 'gu');
})();

const compiled = new Map<Lang, SpeechPatterns>();

/** See SpeechPatterns.negatedBefore: a negation word, elided particle ("n'a") or glued suffix ("didn't"), then at most two words. */
function negationBefore(negations: string[]): RegExp {
  const elided = negations.filter((w) => /['’]$/u.test(w)).map((w) => `${B}${flexible(w)}\\p{L}+`);
  const glued = negations.filter((w) => /^\p{L}+['’]\p{L}+$/u.test(w)).map((w) => `\\p{L}${flexible(w)}${E}`);
  const words = negations.filter((w) => !/['’]/u.test(w)).map((w) => `${B}${flexible(w)}${E}`);
  return new RegExp(`(?:${[...elided, ...glued, ...words].join('|')})(?:\\s+[\\p{L}'’-]+){0,2}\\s*$`, 'iu');
}

export function speechPatterns(lang: Lang): SpeechPatterns {
  let p = compiled.get(lang);
  if (!p) compiled.set(lang, (p = compile(lang)));
  return p;
}

export { fold as foldWord };
