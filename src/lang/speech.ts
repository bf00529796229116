/**
 * How newspapers report speech, in French and English: quotation marks, reporting verbs,
 * inverted forms, titles, pronouns, organisation and document nouns. DATA only; the quotation
 * extractor (src/quotes/) reads it. Nothing here names a person, a place or an event.
 */
import type { Lang } from '../corpus/article.js';

export interface SpeechLanguage {
  /**
   * Reporting verbs as [past participle, present 3rd person singular]. Participles take the
   * usual agreement endings (déclarée, déclarés); English past forms double as participles.
   */
  verbs: [string, string][];
  /**
   * Verbs of manner that report a remark only after a quotation ("« … », sourit-elle", "\"…,\" he
   * laughed"), as [past participle, present]: they attribute a quotation but never introduce
   * reported speech ("Asked about it, she smiled." reports nothing).
   */
  mannerVerbs: [string, string][];
  /**
   * Verbs of denial, as [past participle, present]: they attribute a quotation ("« … », a démenti X"), but the clause
   * they introduce is what the speaker says is untrue ("X denied that a ransom had been paid"), never their own words.
   */
  denialVerbs: [string, string][];
  /**
   * Verbs of fear, hope and opinion whose forms are also nouns ("fears", "worries", "forecast"), as
   * [past participle, present]: they attribute a quotation like any reporting verb ("the union fears
   * \"a disaster\""), but are no reporting words for the summary or the timeline, where the noun
   * ("fears of a recession") is news.
   */
  nounVerbs: [string, string][];
  /**
   * Letters that open the lines of an interview printed as questions and answers, before a colon
   * ("Q : … ?" / "R : …", "Q: …" / "A: …"): an answer line is the interviewee's words.
   */
  interviewQuestions: string[];
  /** Words a title opens an interview's guest with (« Entretien avec X », "Interview with X"): X answers its unlabelled lines. */
  interviewIntros: string[];
  /** Section labels a title may open with ("Q&A: \"…\"", « Entretien : « … » »): the kind of article, never a speaker. */
  sectionLabels: string[];
  interviewAnswers: string[];
  /** Present participles that introduce speech ("écrivant :", "adding that"). */
  participles: string[];
  /** Auxiliaries before a participle ("a déclaré", "ont rapporté", "has said"). */
  auxiliaries: string[];
  /** Reflexive speech forms: "s'est dit préoccupée", "s'est félicité". */
  reflexives: string[];
  /** Subject pronouns that refer back to a speaker. */
  pronouns: string[];
  /**
   * Subject pronouns of an unnamed source ("a-t-on appris de source judiciaire", "indique-t-on à
   * l'Élysée"): they never refer back to someone named before.
   */
  impersonalPronouns: string[];
  /** Clauses opening with an impersonal subject ("il faut", "it is"): their pronoun stands for no one. */
  /** Free relatives ("what she called", "ce qu'il appelle"): the clause they open is an object, never an inverted subject. */
  freeRelatives: string[];
  /**
   * An impersonal subject and a passive auxiliary before a verb of speech ("il est rappelé que", "it was stressed that"):
   * the statement's issuer says it, never a person the clause names.
   */
  impersonalPassives: string[];
  impersonalClauses: string[];
  /** Emphatic pronouns after a subject ("Poutine, lui, a…"); never a speaker themselves. */
  emphaticPronouns: string[];
  /** Introduce a source: "selon X", "according to X". */
  accordingTo: string[];
  /** Complementisers after a reporting verb: "a déclaré que…", "said that…". */
  complementisers: string[];
  /**
   * Auxiliaries of what is yet to come ("would", "will", "va", "pourrait"): a verb of speech after one ("said the union
   * would call a strike « … »") tells of no words spoken; a quotation after it is the words of whoever reports the clause.
   */
  prospectiveAuxiliaries: string[];
  /** Auxiliaries of the passive ("was announced", "a été annoncé"): the subject before them is what was said, no speaker. */
  passiveAuxiliaries: string[];
  /** Determiners dropped from the front of a speaker's description. */
  determiners: string[];
  /** Demonstratives ("ce", "this"): "raconte ce cariste" refers back to the person just named, never a new speaker. */
  demonstratives: string[];
  /** Indefinite articles: a document they introduce is a new one ("a joint declaration"), not an earlier speaker's. */
  indefinites: string[];
  /** Prepositions that introduce a quoted charge or ground ("mis en examen pour « … »", "arrested for \"…\""): without a verb of speech, no one's words. */
  groundPrepositions: string[];
  /**
   * Words right before a quotation that make it a crowd's chant or a banner's text, no one
   * person's words: "chants of \"…\"", "a banner reading \"…\"", "aux cris de « … »".
   */
  labelIntroducers: string[];
  /** Things that bear words, no speaker: "avec une banderole sans ambiguïté : « … »", "a placard in red letters: \"…\"". */
  labelNouns: string[];
  /**
   * Nouns naming a level, a stage or a category, whose name one word in quotation marks gives: "au stade « crise »",
   * "a \"red\" alert". That word is a term the writer sets apart, no one's words.
   */
  termNouns: string[];
  /**
   * Words right before a quotation that make it a name given to someone, no one's words: "que ses
   * élèves surnommaient « le Prof »", "nicknamed \"the Professor\"", "known as \"Big Jim\"".
   */
  namingWords: string[];
  /**
   * Verbs of calling someone by a name at the end of a relative clause set apart after the person:
   * "X, 58 ans, que tout le monde appelle « Nanou »", "X, whom his pupils call \"Sir\"" (not "ce
   * qu'il appelle « … »", "what he calls \"…\"", a term that is the speaker's own).
   */
  namingRelativeVerbs: string[];
  /**
   * Openers of a sentence that points back to the quotation just before it: "« … » C'est ainsi
   * que X résume…", "\"…\" That is how X put it." (X, before a reporting verb, is its speaker).
   */
  backReferences: string[];
  /**
   * A sentence naming whose remark the quotation just before was: "\"…!\" That was the furious verdict of X",
   * "« … » Tel a été le cri du cœur de X" as openers, remark nouns (an adjective or two may come between) and the "of"
   * words before the speaker.
   */
  remarkOpeners: string[];
  /**
   * Forms of a verb of quoting another source ("la fédération cite le rapport de l'arbitre X : « … »", "the club quoted
   * its captain X: \"…\""): the words after the colon are the quoted source's, not the subject's.
   */
  quotingVerbs: string[];
  remarkNouns: string[];
  remarkOf: string[];
  /** A quantifier that opens a subject before its apposition: "One of them, a retired teacher, told…" (the apposition speaks). */
  partitives: string[];
  /** Words of an age set apart after a subject ("l'ancien directeur, 64 ans, a…", "the driver, 52, said"): no part of it. */
  ageWords: string[];
  /** Nouns for a person of an age's decade, with its first year ("septuagénaire" 70): they refer back to a person of that age. */
  ageNouns: [string, number][];
  /** Participles opening a clause set apart after the subject ("X, speaking on condition of anonymity, said"): no part of it. */
  asideParticiples: string[];
  /** Endings of such participles, when the language marks them so ("-ing"); empty when nouns share the ending. */
  asideParticipleEndings: string[];
  /**
   * Endings of a past participle ("venue", "accompanied"): one right after a role noun and before its complement ("une
   * retraitée venue avec sa fille", "a pensioner accompanied by her son") opens a participial phrase, no part of the speaker.
   */
  pastParticipleEndings: string[];
  /**
   * Endings of a present participle opening a sentence before a determiner or a preposition
   * ("Dénonçant des irrégularités, la maire…", "Citing a lack of funds, the council…"): such a
   * clause is no part of the subject. Titles sharing the ending ("habitant") are not read so.
   */
  openingParticipleEndings: string[];
  /** Endings of adverbs of manner ("quietly", "longuement"): such a word after an auxiliary belongs to the verb. */
  adverbEndings: string[];
  /**
   * Prepositions and conjunctions inside a name or a role ("ministre de la Mer", "MP for Dover",
   * "Le Goff"): with the determiners, words that never name a speaker by themselves.
   */
  functionWords: string[];
  /**
   * Prepositions opening a phrase of place, time or manner after a speaker inside a quotation's
   * incise ("« …, a lancé X, dans l'hémicycle. … »", "\"…, X said in the chamber. …\""): part of the attribution.
   */
  asidePrepositions: string[];
  /** Words between a verb and its subject that are not part of the subject (time, manner). */
  adverbs: string[];
  /** Words that end a speaker noun phrase ("a déclaré X aux journalistes", "said X in a statement"). */
  phraseStops: string[];
  /** Prepositions tying a complement to the noun before them (« le journal du soir », "the head of"): what follows is that noun's. */
  complementLinks: string[];
  /** Openers of a sentence that are not its subject ("Cependant,", "However,"); day words ("Avant-hier,", "Mardi,") are added from src/lang/dates.ts. */
  connectives: string[];
  /**
   * Interrogative, free-relative and demonstrative words that open a clause ("What I can tell you is that…", « Ce que
   * je peux dire, c'est que… »): capitalised at a sentence's start, never a name nor the first word of one, and a
   * subject they open is a clause, no speaker.
   */
  clauseOpeners: string[];
  /** First-person possessives of the newsroom: "selon nos informations", "according to our sources" name no speaker. */
  ownReporting: string[];
  /** Adverbs that open a manner or state set between commas after a subject ("le maire, visiblement éprouvé, a…"). */
  asideAdverbs: string[];
  /** Relative pronouns: in "the farm where the virus was confirmed" the verb is the relative clause's, its subject "the virus". */
  relatives: string[];
  /** Relative pronouns standing as the subject of their clause ("…, a spokesman, who said"): their antecedent speaks. */
  subjectRelatives: string[];
  /**
   * Conjunctions of comparison opening a comment clause ("…, not 700 as the company said", "…, comme l'a dit X"): the
   * speaker of such a clause is the one the sentence contradicts or echoes, not the sentence's own source.
   */
  comparisonConjunctions: string[];
  /**
   * A preposition and a relative pronoun opening a clause whose own subject follows ("dans laquelle le directeur …
   * demande", "in which the director asks"): the subject of a verb after it starts there.
   */
  prepositionalRelatives: string[];
  /**
   * Conjunctions that join two verbs of one subject: "il affirme … et dit vouloir « … »", "she
   * denied it and said « … »" (the second verb's speaker is the first one's).
   */
  coordinators: string[];
  /** Words joining a title to its portfolio printed in capitals before a name ("Minister of Trade and Industry X"). */
  titleComplements: string[];
  /**
   * Words between a verb and an infinitive of speech that shares its subject: "il assure avoir
   * prévenu « … »", "she claims to have warned \"…\"" (the speaker is the first verb's subject).
   */
  infinitiveLinks: string[];
  /** Titles and roles that introduce a person ("le président russe Vladimir Poutine"). */
  titles: string[];
  /** Titles relative to someone else ("son homologue"): they describe, but never identify, a person. */
  relativeTitles: string[];
  /**
   * Nouns for whoever heads an organisation ("le dirigeant", "le patron de la banque", "the boss"):
   * after a named person known by one of `leaderTitles` ("directeur général", "chief executive")
   * they still refer back to that person.
   */
  leaderRoles: string[];
  /** Titles of the head of an organisation, which the `leaderRoles` nouns may stand for. */
  leaderTitles: string[];
  /**
   * Titles of one kind, any of which may refer back to a person introduced by another ("Nadia X,
   * politologue … analyse la chercheuse"; "Y, an economist … the academic said").
   */
  titleKinds: string[][];
  /**
   * Roles of whoever won the contest an article reports ("le nouvel élu", "le vainqueur", "the
   * mayor-elect", "the winner"): they refer back to the person the article said won.
   */
  winnerRoles: string[];
  /** Verbs of winning right after the winner's name ("a remporté", "l'emporte", "won", "unseated"). */
  winVerbs: string[];
  /**
   * A general title and the titles it covers, as [general, ...specific]: "le magistrat" may refer
   * back to the prosecutor or the judge just named, while "le juge" is never the prosecutor.
   */
  generalTitles: string[][];
  /**
   * Titles of several words that name another office than their last word: "the minister" is
   * never the "Prime Minister", "le président" never the "vice-président". A shorter role matches
   * them only whole; "Labour Minister X … the minister said" is X.
   */
  distinctCompoundTitles: string[];
  /**
   * Set phrases that stand for a title, as [phrase, title]: "le représentant de l'État" is the
   * prefect, "le chef de la diplomatie" the foreign minister. A person introduced by one is known
   * by the title too, and the phrase names whoever holds the title (a phrase may list several).
   */
  titlePeriphrases: [string, string][];
  /** Honorifics before a surname ("M. Poutine", "Mr. Kirby"). */
  honorifics: string[];
  /**
   * Lower-case particles inside a person's name, between a first name and a surname ("Charles de
   * Gaulle", "Pieter van Aalst", "Ursula von der Leyen"): longest first is not needed, a run of them is read.
   */
  nameParticles: string[];
  /**
   * Determiners that are also the preposition "of" ("le discours de Jean Roux", "l'avocat d'Anne Roux"): a first name and
   * a surname after one are a person's name, not an organisation's or a place's as after "la", "le".
   */
  ofDeterminers: string[];
  /**
   * Titles are printed in lower case inside a sentence ("le maréchal", "la juge"): a capitalised title word right after a
   * capitalised name word is a surname ("Bertrand Maréchal", "Anne Juge"). False where titles are capitalised ("Health
   * Minister Jane Roe").
   */
  lowerCaseTitles: boolean;
  /** Documents that "say" things on behalf of whoever issued them ("ajoute le communiqué"). */
  documents: string[];
  /**
   * Nouns of something said, which a possessive gives to its speaker before a colon ("Her answer: \"…\"", « Sa réponse : « … » »,
   * "His opening line, in our translation: \"…\"").
   */
  utteranceNouns: string[];
  /**
   * Participles after a document cited as a source that name who saw it, not who wrote it ("un enregistrement consulté
   * par X", "a memo seen by X"): the source is the document, never the outlet that saw it nor a name "Enregistrement consulté".
   */
  seenByParticiples: string[];
  /** Words that join a document to its signers ("une lettre signée par 600 employés", "a letter signed by 412 employees"). */
  signedBy: string[];
  /** Plural subject pronouns ("écrivent-ils", "they wrote"): they stand for a plural group named just before. */
  pluralPronouns: string[];
  /**
   * Possessive determiners of a third person with the subject pronoun they stand for ("Sa publication de mardi … « … »",
   * "his post \"…\""): a document of theirs printing words gives the words of the person the pronoun stands for. A
   * possessive that tells no gender ("sa", "son") stands for itself.
   */
  possessivePronouns: [string, string][];
  /**
   * Third-person possessive determiners ("son directeur", "its director"): a title given with one has for complement
   * whatever the possessive stands for, which no other complement is known to match.
   */
  thirdPersonPossessives: string[];
  /**
   * Words that carry an anonymous source's label on past a preposition ("a person familiar with the matter", "people
   * briefed on the talks"): the whole label describes the source.
   */
  sourceLinks: string[];
  /** Nouns of an anonymous plural source counted by a number ("according to two people", "selon deux sources"): a source, never a named speaker. */
  anonymousPlurals: string[];
  /**
   * Studies and surveys a text cites as the source of facts ("selon l'étude", "according to the survey"):
   * never the antecedent of a person's pronoun ("elle insiste", "she said").
   */
  studyNouns: string[];
  /**
   * Determiners and counts of a plural group ("selon les auteurs", "several officials", "les deux Morvan"): never
   * what "elle", "he" stands for, and a name after them is a family or namesakes, not one speaker.
   */
  pluralDeterminers: string[];
  /**
   * Words for "the person this is about" ("l'intéressée", "the person concerned"), with the gender they give
   * (null: either): they stand for the person named last, never for a speaker of that name.
   */
  selfReferences: [string, 'f' | 'm' | null][];
  /** Nouns that make a description an organisation rather than a person. */
  organisations: string[];
  /**
   * Nouns of a place's own authority, followed by "de"/"of" and the place's name ("la ville de X", "the city of X"): the
   * whole phrase is the authority speaking ("City of X"), never the place's name alone.
   */
  localAuthorities: string[];
  /**
   * A public authority's noun and the kind of authority it names, the same key in both languages ("ville" and "city" →
   * "city", "préfecture" and "prefecture" → "prefecture"): a bare "la préfecture" or "the city" is the one such
   * authority named whole ("Préfecture de X", "City of X") in its article or, failing that, the corpus's one whose place
   * its article names.
   */
  authorityKinds: Record<string, string>;
  /** Adjectives before an authority's noun that name no other authority ("the local prefecture", "la préfecture locale"). */
  authorityModifiers: string[];
  /**
   * Nouns any organisation goes by once named ("l'instance", "the agency", "la fédération"): after
   * a definite determiner, alone or as the complement of a title ("un porte-parole de l'instance",
   * "a spokesperson for the agency"), they refer back to the organisation named last.
   */
  genericOrganisations: string[];
  /**
   * Nouns that, bare, name the management of the company a story is about ("la direction", "the management"): never a
   * shorter form of a public body described with the same first word ("la direction régionale de …").
   */
  managementNouns: string[];
  /** Verbs that introduce a report without being speech ("a évoqué la possibilité que"). */
  reportFrames: string[];
  /**
   * Nouns for a business: one before a name introduces a company ("appliance maker Brightwell",
   * "la compagnie Air Exemple"); alone ("the company said", "a indiqué l'entreprise") they refer
   * back to the company the article introduced last.
   */
  companies: string[];
  /**
   * Adjectives French prints between a company noun and the name (« l'armateur grec X », « le constructeur automobile
   * allemand X »): nationalities and sectors. Any other word there (« le club remercie X ») ends the company noun.
   */
  companyModifiers: string[];
  /**
   * Capitalised words that, ending a name of two words or more, make it an organisation's name rather than a person's
   * ("Nordhavn Capital", "Orion Aerospace", "Lydon Holdings", "the Weather Satellite Organisation"). A company's own name
   * (not a public body's) when the word is also in `companyNameEnds`.
   */
  organisationNameEnds: string[];
  /**
   * Phrases telling that someone said nothing ("declined to comment", "n'a pas souhaité s'exprimer"): a sentence holding
   * one reports no statement, and its subject is no speaker.
   */
  noStatement: string[];
  /**
   * Negation particles before a verb ("La Cour ne dit pas que…", "n'a pas dit que", "did not say that", "never said"): a
   * negated verb of speech reports what someone did NOT say, no statement. An entry ending in an apostrophe is elided onto
   * the next word ("n'a"); one opening with a letter and an apostrophe inside ("n't") is glued to the word before.
   */
  negations: string[];
  /** The words of `organisationNameEnds` that end a business's name: "the company said" may refer back to it. */
  companyNameEnds: string[];
  /** Country codes that end an organisation's name ("Halvorsen UK", "Amnesty International USA"), not its own acronym. */
  countryCodes: string[];
  /**
   * Reporting verbs whose following noun phrase is the person spoken to, or what is spoken of,
   * never an inverted subject ("told the BBC", "urged voters", "spoke of a disaster", "parle
   * d'une catastrophe"): "…, X told the BBC" names X, not the BBC.
   */
  objectVerbs: string[];
  /** Verbs whose object is the person spoken to: "…, X told reporters." ends a clause-final attribution. */
  addressVerbs: string[];
  /**
   * Speech verbs that continue what the speaker said before ("she added", "ajoute-t-il"): with a pronoun and no person
   * named before it in its own paragraph, the pronoun is the last speaker it fits, not someone a paragraph between named.
   */
  continuingVerbs: string[];
  /**
   * Prepositions of the person spoken to between an inverted verb and its subject: "a confié à
   * la radio X", "a expliqué au journal X" (the short noun phrase after them is skipped).
   */
  indirectObjects: string[];
  /**
   * Prepositions of a medium or place between an inverted verb and its subject, skipped like the
   * person spoken to: "a écrit sur Instagram l'attaquant X", "a indiqué dans un communiqué la préfecture".
   */
  circumstancePrepositions: string[];
  /** Prepositions of place after a common noun: "the prosecutor's office in Lyon" names no one "Lyon". */
  placePrepositions: string[];
  /**
   * Nouns for a work (a film, a book, a song) that stand next to its title in quotation marks: before it ("le film « … »",
   * "the drama \"…\"") or in apposition after it (« « … », film controversé », "\"…\", a drama about…").
   */
  workNouns: string[];
  /** Prepositions before a work's title in quotation marks: "repartis avec « La Fileuse »", "escaped with \"The Spinner\"". */
  titlePrepositions: string[];
  /**
   * Nouns of a body known by a name printed in quotation marks right after them: « la liste « Agir ensemble » », "the
   * \"Forward Together\" list" stands after in English. The name is no one's words.
   */
  namedBodyNouns: string[];
  /**
   * Nouns of a count or a figure: "selon le premier dépouillement", "according to the official tally" give where a number
   * comes from, no one who speaks.
   */
  measureNouns: string[];
  /** Object pronouns before a verb, no part of its subject: "nous a-t-il confié", "la tribune l'avait rappelé". */
  objectClitics: string[];
  /** Sentence openers that give a person's view: "Pour le politologue X, …" (only before a named or titled person). */
  viewOf: string[];
  /**
   * Relative pronouns of a view after a person set apart by commas: "X, pour qui le jury « … »", "X, for whom the plan
   * was \"…\"": the words are the view of the person before them.
   */
  relativeViews: string[];
  /**
   * Cleft openers that set a person in focus, before their name and a relative pronoun: "c'est X
   * qui les a livrées", "it was X who…". A title with a complement in the next sentence ("a prévenu
   * le président du groupe Y") is that person, unless they are known by another title.
   */
  cleftOpeners: [string, string][];
  /** Stressed pronouns after a view opener and the subject pronoun they stand for: "Pour elle, …" → elle, "For him, …" → he. */
  viewPronouns: [string, string][];
  /**
   * Set phrases opening a sentence that give the words or view of someone named before by an object
   * pronoun ("À l'en croire, …", "By his account, …"): the subject pronoun each stands for, null
   * when the pronoun tells no gender ("l'").
   */
  pronounSources: [string, string | null][];
  /** Participles that hand a source on to its author: "figures released by X", "chiffres publiés par X" → X. */
  agentParticiples: string[];
  /** Words that mark the person as a woman or a man (honorifics, gendered titles, determiners of a title). */
  feminine: string[];
  masculine: string[];
  /** Pronouns by gender, for resolving "il"/"elle", "he"/"she". */
  femininePronouns: string[];
  masculinePronouns: string[];
  /** Pronouns that stand for a body or a thing, never a person ("it said"): an organisation, a document. */
  bodyPronouns: string[];
  /**
   * Family nouns by the gender they give the person named after them ("Son mari, Luis, …", "his wife, Nadia"):
   * read like the gendered words above, kept apart as they are kinship, not titles.
   */
  kinFeminine: string[];
  kinMasculine: string[];
  /** The other family nouns: those the gendered lists above already hold ("mère", "wife") and those of no gender ("partner"). */
  kinEither: string[];
}

/** Last words of a business's name, in either language's press ("Nordhavn Capital", "Orion Aerospace", "Brightwell SA"). */
const COMPANY_NAME_ENDS = ['Space', 'Aerospace', 'Capital', 'Holdings', 'Partners', 'Ventures', 'Systems', 'Technologies', 'Industries', 'Airlines', 'Airways', 'Motors', 'Pharmaceuticals', 'Pharma', 'Labs', 'Laboratories', 'Robotics', 'Energy', 'Logistics', 'Telecom', 'Group', 'Inc', 'Inc.', 'Ltd', 'Ltd.', 'Corp', 'Corp.', 'Corporation', 'PLC', 'LLC', 'SA', 'SAS', 'AG', 'GmbH'];
/** Last words of a public or private body's name ("the Weather Satellite Organisation", "Space Studies Office"). */
/** Country codes printed at the end of a national branch's name. */
const COUNTRY_CODES = ['UK', 'US', 'USA', 'GB', 'FR', 'DE', 'IT', 'ES', 'CH', 'BE', 'NL', 'CA', 'AU', 'NZ', 'IE'];
const BODY_NAME_ENDS = ['Organisation', 'Organization', 'Office', 'Agency', 'Authority', 'Association', 'Federation', 'Foundation', 'Institute', 'Council', 'Commission', 'Committee', 'Network'];

/** Languages a speaker may talk in: "a déclaré en anglais la directrice", "said in French the minister" (no part of the subject). */
const LANGUAGE_NAMES_FR = ['anglais', 'français', 'allemand', 'espagnol', 'italien', 'portugais', 'néerlandais', 'flamand', 'russe', 'ukrainien', 'polonais', 'arabe', 'hébreu', 'turc', 'grec', 'chinois', 'mandarin', 'japonais', 'coréen', 'hindi', 'persan', 'roumain', 'suédois', 'norvégien', 'danois', 'finnois', 'tchèque', 'hongrois', 'catalan', 'basque', 'breton', 'corse', 'occitan', 'créole', 'alsacien', 'wolof', 'swahili'];
const LANGUAGE_NAMES_EN = ['English', 'French', 'German', 'Spanish', 'Italian', 'Portuguese', 'Dutch', 'Flemish', 'Russian', 'Ukrainian', 'Polish', 'Arabic', 'Hebrew', 'Turkish', 'Greek', 'Chinese', 'Mandarin', 'Cantonese', 'Japanese', 'Korean', 'Hindi', 'Persian', 'Farsi', 'Romanian', 'Swedish', 'Norwegian', 'Danish', 'Finnish', 'Czech', 'Hungarian', 'Catalan', 'Basque', 'Welsh', 'Gaelic', 'Creole', 'Swahili'];

export const speechFr: SpeechLanguage = {
  verbs: [
    ['déclaré', 'déclare'], ['dit', 'dit'], ['affirmé', 'affirme'], ['ajouté', 'ajoute'], ['annoncé', 'annonce'],
    ['indiqué', 'indique'], ['précisé', 'précise'], ['rapporté', 'rapporte'], ['expliqué', 'explique'],
    ['souligné', 'souligne'], ['assuré', 'assure'], ['estimé', 'estime'], ['averti', 'avertit'], ['prévenu', 'prévient'],
    ['répondu', 'répond'], ['confié', 'confie'], ['insisté', 'insiste'], ['martelé', 'martèle'], ['lancé', 'lance'],
    ['poursuivi', 'poursuit'], ['conclu', 'conclut'], ['écrit', 'écrit'], ['écrit', 'écrivent'], ['dit', 'disent'], ['conclu', 'concluent'], ['noté', 'note'], ['relevé', 'relève'],
    ['rappelé', 'rappelle'], ['reconnu', 'reconnaît'], ['recommandé', 'recommande'], ['admis', 'admet'], ['promis', 'promet'], ['jugé', 'juge'],
    ['dénoncé', 'dénonce'], ['déploré', 'déplore'], ['confirmé', 'confirme'], ['démenti', 'dément'], ['nié', 'nie'],
    ['évoqué', 'évoque'], ['mentionné', 'mentionne'], ['commenté', 'commente'], ['observé', 'observe'],
    ['signalé', 'signale'], ['fait savoir', 'fait savoir'], ['laissé entendre', 'laisse entendre'],
    ['fait valoir', 'fait valoir'], ['raconté', 'raconte'], ['répété', 'répète'], ['ironisé', 'ironise'],
    ['tweeté', 'tweete'], ['publié', 'publie'], ['soutenu', 'soutient'], ['plaidé', 'plaide'], ['réclamé', 'réclame'],
    ['exhorté', 'exhorte'], ['appelé', 'appelle'], ['menacé', 'menace'], ['prévenu', 'prévient'], ['assené', 'assène'],
    ['protesté', 'proteste'], ['regretté', 'regrette'], ['salué', 'salue'], ['critiqué', 'critique'], ['accusé', 'accuse'],
    ['demandé', 'demande'], ['répliqué', 'réplique'], ['rétorqué', 'rétorque'], ['résumé', 'résume'], ['avancé', 'avance'],
    ['considéré', 'considère'], ['prédit', 'prédit'], ['garanti', 'garantit'], ['certifié', 'certifie'], ['juré', 'jure'],
    ['exprimé', 'exprime'], ['fait part', 'fait part'], ['souhaité', 'souhaite'], ['espéré', 'espère'], ['estimé', 'estime'],
    ['cité', 'cite'], ['communiqué', 'communique'], ['informé', 'informe'], ['signifié', 'signifie'], ['clamé', 'clame'],
    ['réagi', 'réagit'], ['commenté', 'commente'], ['tranché', 'tranche'], ['concédé', 'concède'], ['objecté', 'objecte'],
    ['parlé de', 'parle de'], ['témoigné', 'témoigne'], ['glissé', 'glisse'], ['analysé', 'analyse'],
    ['fustigé', 'fustige'],
    // Verbs of description, whose object is what the words describe ("décrit un service « au bord de la rupture »").
    ['décrit', 'décrit'], ['dépeint', 'dépeint'], ['qualifié de', 'qualifie de'],
    // Verbs of thanks and praise, whose object often quotes a word of the speaker ("a remercié les usagers pour leur « patience »").
    ['remercié', 'remercie'], ['félicité', 'félicite'], ['loué', 'loue'],
    // Verbs of a terse or quiet remark, common in reports after a quotation ("lâche-t-il", "souffle la veuve").
    ['lâché', 'lâche'], ['soufflé', 'souffle'], ['nuancé', 'nuance'], ['murmuré', 'murmure'], ['avoué', 'avoue'],
    ['renchéri', 'renchérit'], ['enchaîné', 'enchaîne'], ['grincé', 'grince'], ['balayé', 'balaie'],
    // Verbs of a figure put forward by its author ("a calculé l'économiste", "chiffre le syndicat").
    ['calculé', 'calcule'], ['chiffré', 'chiffre'], ['évalué', 'évalue'],
    // Verbs of mockery and sarcasm ("a raillé X", "persifle le député", "a taclé l'opposant").
    ['raillé', 'raille'], ['persiflé', 'persifle'], ['taclé', 'tacle'], ['cinglé', 'cingle'], ['ricané', 'ricane'],
    // Verbs of insistence and repetition ("a réaffirmé la ministre", "persiste le maire").
    ['réaffirmé', 'réaffirme'], ['réitéré', 'réitère'], ['persisté', 'persiste'], ['claironné', 'claironne'], ['proclamé', 'proclame'],
    // Verbs of anger and complaint ("a tonné X", "fulmine le syndicaliste", "peste un commerçant").
    ['tonné', 'tonne'], ['tempêté', 'tempête'], ['fulminé', 'fulmine'], ['pesté', 'peste'], ['grogné', 'grogne'],
    ['maugréé', 'maugrée'], ['râlé', 'râle'], ['contesté', 'conteste'], ['vilipendé', 'vilipende'],
    // Verbs of a voice raised, a crowd's chant ("scandent les manifestants", "a crié X", "hurle un passant").
    ['scandé', 'scande'], ['crié', 'crie'], ['hurlé', 'hurle'],
    // Verbs of a correction or a detail added ("a corrigé X", "nuance", "complète l'avocat").
    ['corrigé', 'corrige'], ['rectifié', 'rectifie'], ['complété', 'complète'], ['détaillé', 'détaille'], ['tempéré', 'tempère'],
    ['suggéré', 'suggère'], ['conseillé', 'conseille'], ['alerté', 'alerte'], ['confessé', 'confesse'], ['revendiqué', 'revendique'],
    // Verbs of fear and opinion, often with a partial quotation for object ("X redoute « un effet domino »", "craint la maire").
    ['redouté', 'redoute'], ['craint', 'craint'], ['appréhendé', 'appréhende'], ['pronostiqué', 'pronostique'],
  ],
  interviewQuestions: ['Q', 'Question'],
  interviewIntros: ['entretien avec', 'interview avec', 'interview de', 'trois questions à', 'questions à', 'rencontre avec'],
  sectionLabels: ['Q&R', 'Q&A', 'Entretien', 'Interview', 'Exclusif', 'Analyse', 'Décryptage', 'Tribune', 'Éditorial', 'Édito', 'Vidéo', 'Direct', 'Témoignage', 'Reportage', 'Portrait', 'Chronique', 'Récit', 'Enquête'],
  interviewAnswers: ['R', 'Réponse'],
  denialVerbs: [['démenti', 'dément'], ['nié', 'nie'], ['contesté', 'conteste'], ['réfuté', 'réfute'], ['rejeté', 'rejette'], ['récusé', 'récuse']],
  mannerVerbs: [['souri', 'sourit'], ['plaisanté', 'plaisante'], ['ri', 'rit'], ['soupiré', 'soupire'], ['blagué', 'blague']],
  nounVerbs: [],
  participles: ['déclarant', 'disant', 'affirmant', 'ajoutant', 'écrivant', 'estimant', 'expliquant', 'soulignant', 'précisant', 'assurant', 'indiquant', 'annonçant', 'avertissant', 'prévenant', 'insistant', 'notant', 'rappelant', 'promettant', 'jugeant', 'dénonçant', 'déplorant', 'confirmant', 'niant', 'répondant', 'parlant', 'lançant', 'martelant', 'reconnaissant', 'plaidant', 'exhortant', 'appelant', 'regrettant', 'accusant', 'demandant'],
  auxiliaries: ['a', 'ont', 'avait', 'avaient', 'aurait', 'auraient', 'aura', 'auront', 'avoir', 'ayant', 'est', 'sont', 'était', 'étaient'],
  reflexives: ["s'est dit", "s'est dite", "s'est dits", "s'est dites", "se sont dit", "se sont dits", "se sont dites", "se dit", "se disent", "s'est déclaré", "s'est déclarée", "s'est félicité", "s'est félicitée", "s'est inquiété", "s'est inquiétée", "s'est montré", "s'est montrée", "s'est réjoui", "s'est réjouie", "s'est engagé", "s'est engagée", "s'est interrogé", "s'est interrogée", "s'est défendu", "s'est défendue", "se sont félicités", "se sont inquiétés", "se sont montrés",
    // Present and past of the reflexive verbs of reaction ("s'alarme le maire", "s'est-elle exclamée" is the inverted form).
    "s'exclame", "s'exclament", "s'est exclamé", "s'est exclamée", "se sont exclamés", "se sont exclamées",
    "s'alarme", "s'alarment", "s'est alarmé", "s'est alarmée", "se sont alarmés",
    "s'inquiète", "s'inquiètent", "se sont inquiétées",
    "s'indigne", "s'indignent", "s'est indigné", "s'est indignée", "se sont indignés",
    "s'insurge", "s'insurgent", "s'est insurgé", "s'est insurgée",
    "s'étonne", "s'étonnent", "s'est étonné", "s'est étonnée",
    "s'emporte", "s'emportent", "s'est emporté", "s'est emportée", "se sont emportés",
    // Reflexive verbs of mockery, complaint and exclamation ("se moque X", "s'est plainte la riveraine", "s'écrie-t-il").
    "se moque", "se moquent", "s'est moqué", "s'est moquée", "se sont moqués",
    "se plaint", "se plaignent", "s'est plaint", "s'est plainte", "se sont plaints",
    "s'écrie", "s'écrient", "s'est écrié", "s'est écriée",
    "s'agace", "s'est agacé", "s'est agacée", "s'énerve", "s'est énervé", "s'est énervée",
    "s'amuse", "s'amusent", "s'est amusé", "s'est amusée", "se sont amusés",
    "se félicite", "se félicitent", "se réjouit", "se défend", "s'interroge", "s'engage",
    // Reflexive verbs of memory ("Un ancien collègue se souvient : « … »", "se rappelle la voisine").
    "se souvient", "se souviennent", "s'est souvenu", "s'est souvenue", "se sont souvenus", "se rappelle", "se rappellent", "se remémore"],
  pronouns: ['il', 'elle', 'ils', 'elles', 'on'],
  impersonalPronouns: ['on'],
  freeRelatives: ['ce que', "ce qu'", 'ce qui'],
  impersonalPassives: ['il est', 'il était', 'il a été', 'il sera', 'il avait été'],
  impersonalClauses: ['il y a', 'il y avait', 'il faut', 'il fallait', 'il reste', "il s'agit", 'il est', 'il était', 'il semble', 'il paraît', 'il suffit', 'il manque', 'il vaut', 'il arrive'],
  emphaticPronouns: ['lui', 'elle', 'eux', 'elles', 'lui-même', 'elle-même', 'quant à lui', 'quant à elle', 'pour sa part', 'de son côté', 'pour leur part', 'de leur côté'],
  accordingTo: ['selon', "d'après", 'cité par', 'citée par'],
  complementisers: ['que', "qu'"],
  passiveAuxiliaries: ['été', 'être'],
  prospectiveAuxiliaries: ['va', 'vont', 'allait', 'allaient', 'pourrait', 'pourraient', 'devrait', 'devraient', 'compte', 'comptent', 'entend', 'entendent'],
  determiners: ['le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', "d'", 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cette', 'ces', 'notre', 'votre', 'nos', 'vos', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes'],
  demonstratives: ['ce', 'cet', 'cette', 'ces'],
  indefinites: ['un', 'une'],
  groundPrepositions: ['pour'],
  quotingVerbs: ['cite', 'citent', 'cité', 'citée', 'cités', 'citées', 'citait', 'citaient', 'reprend', 'reproduit', 'reproduisent'],
  remarkOpeners: ["c'était le", "c'était la", "c'est le", "c'est la", 'tel a été le', 'telle a été la', 'tel est le', 'telle est la', 'voilà le', 'voilà la', 'voici le', 'voici la'],
  remarkNouns: ['verdict', 'réaction', 'message', 'réponse', 'cri', 'cri du cœur', 'coup de gueule', 'constat', 'avertissement', 'mot', 'commentaire', 'sentiment', 'analyse', 'diagnostic'],
  remarkOf: ['de', "d'", 'du'],
  backReferences: ["c'est ainsi que", "c'est ainsi qu'", "c'est en ces termes que", "c'est en ces termes qu'", 'voilà comment', 'voici comment', "c'est ce que", "c'est ce qu'"],
  namingWords: ['surnommé', 'surnommée', 'surnommés', 'surnommées', 'surnomme', 'surnomment', 'surnommait', 'surnommaient', 'surnommer', 'surnom de', 'surnom', 'sobriquet de', 'baptisé', 'baptisée', 'alias'],
  namingRelativeVerbs: ['appelle', 'appellent', 'appelait', 'appelaient', 'nomme', 'nomment', 'nommait', 'nommaient', 'surnomme', 'surnomment'],
  termNouns: ['niveau', 'niveaux', 'stade', 'seuil', 'palier', 'phase', 'degré', 'catégorie', 'statut', 'mode', 'code', 'alerte', 'vigilance', 'plan', 'dispositif', 'opération', 'cellule', 'classement', 'rang', 'échelon'],
  labelNouns: ['banderole', 'banderoles', 'pancarte', 'pancartes', 'affiche', 'affiches', 'calicot', 'slogan', 'slogans', 'inscription', 'tag', 'graffiti'],
  labelIntroducers: ['aux cris de', 'cris de', 'chants de', 'scandant', 'banderole', 'pancarte', 'slogan', 'proclamant', 'sur laquelle on lisait', 'où l\'on pouvait lire'],
  ageWords: ['ans'],
  ageNouns: [['trentenaire', 30], ['quadragénaire', 40], ['quadra', 40], ['quinquagénaire', 50], ['quinqua', 50], ['sexagénaire', 60], ['septuagénaire', 70], ['octogénaire', 80], ['nonagénaire', 90]],
  partitives: ["l'un d'eux", "l'une d'elles", "l'un d'entre eux", "l'une d'entre elles", "l'un d'entre nous", 'un autre', 'une autre', "certains d'entre eux", "plusieurs d'entre eux", "la plupart d'entre eux", "beaucoup d'entre eux", "deux d'entre eux"],
  asideParticiples: ["s'exprimant", 'parlant', 'requérant', 'souhaitant', 'préférant', 'refusant', 'citant', 'évoquant', 'interrogé', 'interrogée', 'joint', 'jointe', 'contacté', 'contactée'],
  asideParticipleEndings: [],
  pastParticipleEndings: ['é', 'ée', 'és', 'ées', 'i', 'ie', 'is', 'ies', 'u', 'ue', 'us', 'ues', 'it', 'ite', 'its', 'ites'],
  openingParticipleEndings: ['ant'],
  adverbEndings: ['ment'],
  functionWords: ['à', 'au', 'aux', 'en', 'et', 'ou', 'pour', 'par', 'sur', 'chez', 'auprès'],
  asidePrepositions: ['dans', 'devant', 'à', 'au', 'aux', 'en', 'sur', 'sous', 'depuis', 'lors', 'pendant', 'durant', 'avant', 'après', 'face', 'chez', 'auprès', 'derrière', 'hors', 'parmi', 'avec', 'sans'],
  adverbs: ['également', 'aussi', 'encore', 'ensuite', 'alors', 'enfin', 'ainsi', 'notamment', 'toutefois', 'cependant', 'pourtant', 'néanmoins', 'déjà', 'récemment', 'publiquement', 'clairement', 'fermement', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', "aujourd'hui", 'demain', 'matin', 'soir', 'après-midi', 'plus tard', 'auparavant', 'dernièrement', 'mercredi soir', 'jeudi matin', 'ce matin', 'ce soir', 'cet après-midi', 'cette nuit', 'hier matin', 'hier soir', 'dans la matinée', 'dans la soirée', 'dans la nuit', 'lui-même', 'elle-même', 'pour sa part', 'de son côté', 'par ailleurs', 'en outre', 'même', 'bien', 'aussitôt', 'immédiatement', 'vivement',
    ...LANGUAGE_NAMES_FR.map((l) => `en ${l}`)],
  complementLinks: ['de', 'du', 'des', "d'"],
  phraseStops: [
    // A time phrase after a noun phrase ends it: "par la mairie peu après 22 heures", "vers minuit".
    'peu', 'vers', 'environ',
    "s'est", "s'était", 'se', 'à', 'au', 'aux', 'lors', 'dans', 'devant', 'pendant', 'selon', 'sur', 'en', 'dont', 'qui', 'que', "qu'", 'où', 'avant', 'après', 'sans', 'pour', 'par', 'avec', 'depuis', 'alors', 'tandis', 'mais', 'car', 'malgré', 'suite', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', "aujourd'hui", 'dimanche', 'cité', 'citant', 'interrogé', 'interrogée', 'parlant', 'ajoutant', 'estimant', 'écrivant', 'soulignant', 'précisant'],
  connectives: ['puis', 'et puis', 'cependant', 'pourtant', 'toutefois', 'néanmoins', 'mais', 'et', 'or', 'donc', 'ainsi', 'enfin', 'ensuite', 'par ailleurs', 'de plus', 'en outre', 'en revanche', 'de son côté', 'pour sa part', 'quant à', 'lors', 'après', 'avant', 'à', 'au', 'aux', 'dans', 'en', 'pendant', 'depuis', 'sur', 'selon', 'malgré', 'suite', 'parti', 'partie', 'interrogé', 'interrogée', 'cité', 'citée',
    // Subordinators opening a clause ("Si Nexora ne se conforme pas…"): never the first word of a name.
    'si', 'quand', 'lorsque', 'puisque'],
  clauseOpeners: ['ceci', 'cela', 'ça', 'quoi', 'comment', 'pourquoi', 'combien', 'lequel', 'laquelle', 'voici', 'voilà', 'quiconque'],
  coordinators: ['et', 'puis', 'et puis', 'mais'],
  // French prints the portfolio in lower case or after a comma ("le ministre du Commerce, X"): none.
  titleComplements: [],
  ownReporting: ['nos', 'notre'],
  asideAdverbs: ['visiblement', 'manifestement', 'apparemment', 'très', 'profondément', 'particulièrement', 'clairement', 'encore', 'toujours', 'désormais', 'souvent', 'parfois', 'longuement', 'brièvement', 'calmement', 'fermement'],
  comparisonConjunctions: ['comme', 'ainsi que'],
  relatives: ['qui', 'que', "qu'", 'dont', 'où', 'lequel', 'laquelle', 'lesquels', 'lesquelles'],
  subjectRelatives: ['qui', 'lequel', 'laquelle'],
  prepositionalRelatives: ['dans laquelle', 'dans lequel', 'dans lesquelles', 'dans lesquels', 'par laquelle', 'par lequel', 'aux termes de laquelle', 'aux termes duquel'],
  infinitiveLinks: ['de'],
  titles: ['président', 'présidente', 'premier ministre', 'première ministre', 'ministre', 'secrétaire', "secrétaire d'état", 'porte-parole', 'dirigeant', 'dirigeante', 'chef', "chef d'état", "chef d'etat", 'leader', 'dictateur', 'ambassadeur', 'ambassadrice', 'général', 'générale', 'gouverneur', 'gouverneure', 'maire', 'sénateur', 'sénatrice', 'député', 'députée', 'roi', 'reine', 'prince', 'princesse', 'pape', 'chancelier', 'chancelière', 'directeur', 'directrice', 'responsable', 'conseiller', 'conseillère', 'commandant', 'commissaire', 'procureur', 'procureure', 'juge', 'magistrat', 'magistrate', 'médecin-chef', 'médecin-cheffe', 'vice-président', 'vice-présidente', 'émissaire', 'envoyé', 'envoyée', 'négociateur', 'négociatrice', 'patron', 'patronne', 'président-directeur général', 'pdg', 'fondateur', 'fondatrice', 'chercheur', 'chercheuse', 'chercheuse', 'analyste', 'expert', 'experte', 'professeur', 'professeure', 'avocat', 'avocate', 'colonel', 'amiral', 'maréchal', 'monarque', 'souverain', 'dirigeants', 'représentant', 'représentante', 'ingénieur', 'ingénieure', 'délégué', 'déléguée', 'coordinateur', 'coordinatrice', 'gouvernant', 'préfet', 'préfète', 'candidat', 'candidate',
    // Roles of ordinary people and officials met in reports: they describe a person, never name one.
    'élu', 'élue', 'élus', 'élues', 'source', 'syndicaliste', 'passager', 'passagère', 'témoin', 'habitant', 'habitante', 'riverain', 'riveraine',
    'capitaine', 'officier', 'officière', 'préfet maritime', 'vice-amiral', 'contre-amiral', 'matelot', 'pompier', 'sauveteur', 'secouriste',
    'enquêteur', 'enquêtrice', 'militant', 'militante', 'retraité', 'retraitée', 'salarié', 'salariée', 'employé', 'employée',
    'contrôleur', 'contrôleuse', 'vétérinaire', 'éleveur', 'éleveuse', 'agriculteur', 'agricultrice', 'marin', 'marin-pêcheur', 'patron pêcheur', 'patron-pêcheur', 'ostréiculteur', 'ostréicultrice', 'navigateur', 'navigatrice', 'skipper', 'médecin', 'infirmier', 'infirmière', 'victime', 'rescapé', 'rescapée', 'survivant', 'survivante', 'conducteur', 'conductrice', 'chauffeur', 'routier',
    // Sport: athletes and the staff around them.
    'coureur', 'coureuse', 'cycliste', 'grimpeur', 'grimpeuse', 'sprinteur', 'sprinteuse', 'joueur', 'joueuse', 'athlète', 'sportif', 'sportive',
    'milieu de terrain', 'attaquant', 'attaquante', 'défenseur', 'défenseure', 'gardien de but', 'gardienne de but', 'ailier', 'ailière', 'buteur', 'buteuse', 'meneur de jeu', 'meneuse de jeu', 'pilier', 'demi de mêlée', 'talonneur',
    'manager', 'manager général', 'entraîneur', 'entraîneuse', 'technicien', 'technicienne', 'sélectionneur', 'sélectionneuse', 'directeur sportif', 'directrice sportive',
    // Academics, co-leaders and local offices.
    'politologue', 'politiste', 'sociologue', 'économiste', 'historien', 'historienne', 'géographe', 'spécialiste',
    'universitaire', 'enseignant-chercheur', 'enseignante-chercheuse', 'juriste', 'constitutionnaliste', 'démographe', 'philosophe', 'anthropologue',
    'coprésident', 'coprésidente', 'co-président', 'co-présidente', 'cofondateur', 'cofondatrice', 'codirecteur', 'codirectrice',
    // Professions printed before a name or standing for the person ("la volcanologue Léa Vasseur", "estime le géologue").
    'volcanologue', 'sismologue', 'géologue', 'géophysicien', 'géophysicienne', 'météorologue', 'météorologiste', 'prévisionniste', 'statisticien', 'statisticienne', 'cartographe', 'climatologue', 'glaciologue', 'océanographe', 'hydrologue',
    'épidémiologiste', 'neurologue', 'cardiologue', 'oncologue', 'pneumologue', 'néphrologue', 'dermatologue', 'gynécologue', 'rhumatologue', 'hématologue', 'radiologue', 'immunologue', 'allergologue', 'endocrinologue', 'gastro-entérologue', 'anesthésiste', 'virologue', 'biologiste', 'microbiologiste', 'infectiologue', 'toxicologue', 'physicien', 'physicienne', 'chimiste', 'astronome', 'astrophysicien', 'astrophysicienne',
    'chirurgien', 'chirurgienne', 'pédiatre', 'psychiatre', 'psychologue', 'pharmacien', 'pharmacienne', 'architecte', 'urbaniste', 'instituteur', 'institutrice', 'pilote', 'urgentiste',
    // The arts: film, stage and books ("l'acteur Paul Roux", "la romancière Anne Brun").
    'acteur', 'actrice', 'comédien', 'comédienne', 'réalisateur', 'réalisatrice', 'cinéaste', 'scénariste', 'producteur', 'productrice', 'romancier', 'romancière', 'écrivain', 'écrivaine', 'autrice', 'dramaturge', 'metteur en scène', 'metteuse en scène', 'chanteur', 'chanteuse', 'musicien', 'musicienne', 'compositeur', 'compositrice', 'juré', 'jurée',
    // Age nouns: they describe a person of that age, like any role noun ("s'inquiète la septuagénaire").
    'quadragénaire', 'quinquagénaire', 'sexagénaire', 'septuagénaire', 'octogénaire', 'nonagénaire', 'centenaire', 'trentenaire', 'quarantenaire', 'cinquantenaire',
    'syndic', 'syndique', 'directeur général', 'directrice générale', 'directeur général délégué', 'directrice générale déléguée'],
  titlePeriphrases: [
    ["représentant de l'État", 'préfet'], ["représentant de l'État", 'préfète'], ["représentante de l'État", 'préfète'],
    ['chef de la diplomatie', 'ministre des Affaires étrangères'], ['cheffe de la diplomatie', 'ministre des Affaires étrangères'],
    ['garde des Sceaux', 'ministre de la Justice'], ['locataire de Matignon', 'Premier ministre'], ['locataire de Matignon', 'Première ministre'],
    ["locataire de l'Élysée", 'président de la République'], ['locataire de Beauvau', "ministre de l'Intérieur"],
    ['édile', 'maire'], ['premier magistrat de la ville', 'maire'], ['première magistrate de la ville', 'maire'],
    ['chef du gouvernement', 'Premier ministre'], ['chef du gouvernement', 'Première ministre'], ['cheffe du gouvernement', 'Première ministre'],
    ["chef de l'État", 'président de la République'], ["chef de l'État", 'présidente de la République'], ["cheffe de l'État", 'présidente de la République'],
  ],
  winnerRoles: ['nouvel élu', 'nouvelle élue', 'nouveau élu', 'vainqueur', 'vainqueure', 'gagnant', 'gagnante', 'lauréat', 'lauréate', 'nouveau maire', 'nouvelle maire', 'nouveau président', 'nouvelle présidente', 'nouveau député', 'nouvelle députée'],
  winVerbs: ['a remporté', 'remporte', "l'emporte", "l'a emporté", "l'a emportée", 'a gagné', 'gagne', 'a été élu', 'a été élue', 'est élu', 'est élue', 'a été réélu', 'a été réélue', 'est réélu', 'est réélue', 'a battu', 'bat', 'a détrôné', 'détrône', 'ravit', 'a ravi', "s'est imposé", "s'est imposée", "s'impose"],
  titleKinds: [
    ['chercheur', 'chercheuse', 'universitaire', 'politologue', 'politiste', 'sociologue', 'économiste', 'historien', 'historienne', 'géographe', 'professeur', 'professeure', 'enseignant-chercheur', 'enseignante-chercheuse', 'spécialiste', 'expert', 'experte', 'analyste', 'juriste', 'constitutionnaliste', 'démographe', 'philosophe', 'anthropologue'],
  ],
  distinctCompoundTitles: ['premier ministre', 'première ministre', 'vice-président', 'vice-présidente', 'vice président', 'vice présidente', 'ministre délégué', 'ministre déléguée'],
  generalTitles: [
    ['magistrat', 'procureur', 'procureure', 'juge'],
    ['magistrate', 'procureur', 'procureure', 'juge'],
    // "le marin" after "X, patron pêcheur": a seafarer's general word covers the trades of the sea.
    ['marin', 'pêcheur', 'pêcheuse', 'marin-pêcheur', 'patron-pêcheur', 'matelot', 'capitaine', 'skipper', 'navigateur', 'navigatrice', 'ostréiculteur', 'ostréicultrice'],
    // "ajoute l'élu" after "Le maire, X, …": an elected official's general word covers the elected offices.
    ['élu', 'maire', 'édile', 'adjoint', 'député', 'sénateur', 'eurodéputé', 'conseiller municipal', 'conseiller régional', 'conseiller départemental'],
    ['élue', 'maire', 'édile', 'adjointe', 'députée', 'sénatrice', 'eurodéputée', 'conseillère municipale', 'conseillère régionale', 'conseillère départementale'],
    ['responsable', 'président', 'présidente', 'directeur', 'directrice', 'secrétaire', 'dirigeant', 'dirigeante', 'chef', 'cheffe', 'coordinateur', 'coordinatrice', 'délégué', 'déléguée', 'porte-parole', 'coprésident', 'coprésidente', 'fondateur', 'fondatrice'],
  ],
  leaderRoles: ['dirigeant', 'dirigeante', 'patron', 'patronne'],
  leaderTitles: ['directeur général', 'directrice générale', 'pdg', 'président-directeur général', 'présidente-directrice générale', 'président', 'présidente', 'directeur', 'directrice', 'fondateur', 'fondatrice', 'gérant', 'gérante', 'secrétaire général', 'secrétaire générale'],
  relativeTitles: ['homologue', 'homologues', 'hôte', 'invité', 'invitée', 'interlocuteur', 'interlocutrice', 'allié', 'alliée', 'rival', 'rivale', 'adversaire', 'prédécesseur', 'successeur', 'épouse', 'époux', 'fils', 'fille', 'frère', 'sœur', 'soeur', 'homonyme', 'homonymes'],
  honorifics: ['M.', 'MM.', 'Mme', 'Mmes', 'Mlle', 'Dr', 'Pr', 'Me', 'Maître', 'Maîtres', 'Mgr'],
  nameParticles: ['de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'da', 'di', 'del', 'della', 'dos', 'das', 'ben', 'bin', 'ibn', 'al', 'el'],
  ofDeterminers: ['de', "d'"],
  lowerCaseTitles: true,
  selfReferences: [['intéressé', 'm'], ['intéressée', 'f'], ['principal intéressé', 'm'], ['principale intéressée', 'f'], ['premier intéressé', 'm'], ['première intéressée', 'f'], ['personne concernée', null]],
  pluralDeterminers: ['les', 'des', 'ces', 'leurs', 'plusieurs', 'certains', 'certaines', 'nombreux', 'nombreuses', 'deux', 'trois', 'quatre', 'frères', 'sœurs', 'époux'],
  studyNouns: ['étude', 'enquête', 'sondage', 'essai', 'analyse', 'recherche', 'travaux', 'revue', 'publication', 'rapport', 'statistiques', 'données', 'chiffres'],
  documents: ['communiqué', 'rapport', 'texte', 'déclaration', 'note', 'lettre', 'message', 'document', 'dépêche', 'bulletin', 'bilan', 'relevé', 'décompte', 'compte rendu', 'compte-rendu', 'publication', 'article', 'éditorial', 'commentaire', 'résolution', 'enregistrement', 'mémo', 'courriel', 'pétition', 'tribune', 'éléments', 'informations', 'chiffres', 'données'],
  utteranceNouns: ['réponse', 'réplique', 'réaction', 'mot', 'mots', 'phrase', 'formule', 'verdict', 'conseil', 'avertissement', 'conclusion', 'explication', 'argument', 'promesse', 'message', 'commentaire', 'propos'],
  seenByParticiples: ['consulté par', 'consultée par', 'consultés par', 'consultées par', 'obtenu par', 'obtenue par', 'obtenus par', 'obtenues par', 'vu par', 'vue par', 'lu par', 'lue par', 'que s’est procuré', "que s'est procuré", 'que s’est procurée', "que s'est procurée"],
  signedBy: ['signée par', 'signé par', 'signées par', 'signés par', 'paraphée par'],
  pluralPronouns: ['ils', 'elles'],
  possessivePronouns: [['sa', 'sa'], ['son', 'son'], ['ses', 'ses'], ['leur', 'ils'], ['leurs', 'ils']],
  thirdPersonPossessives: ['sa', 'son', 'ses', 'leur', 'leurs'],
  sourceLinks: [],
  anonymousPlurals: ['personnes', 'sources', 'interlocuteurs'],
  organisations: ['école', 'lycée', 'collège', 'hôpital', 'clinique', 'musée', 'agence', 'agences', 'ministère', 'gouvernement', 'présidence', 'conseil', 'commission', 'comité', 'armée', 'police', 'parquet', 'tribunal', 'cour', 'bureau', 'service', 'services', 'office', 'médias', 'média', 'télévision', 'radio', 'journal', 'quotidien', 'parti', 'état-major', 'chancellerie', 'diplomatie', 'administration', 'autorités', 'organisation', 'fédération', 'union', 'banque', 'entreprise', 'groupe', 'société', 'syndicat', 'association', 'ong', 'mairie', 'préfecture', 'assemblée', 'sénat', 'parlement', 'cabinet', 'site', 'chaîne', 'institut', 'observatoire', 'réseau', 'fondation', 'instance', 'organisme', 'autorité', 'direction', 'institution', 'responsables', 'officiels', 'sources', 'experts', 'analystes', 'diplomates', 'dirigeants', 'club'],
  localAuthorities: ['ville', 'commune', 'municipalité', 'métropole', 'région', 'département', 'canton', 'province'],
  authorityKinds: { ville: 'city', commune: 'city', municipalité: 'city', mairie: 'city', préfecture: 'prefecture', région: 'region', département: 'department', métropole: 'metropolis', canton: 'canton', province: 'province', comté: 'county' },
  authorityModifiers: ['local', 'locale', 'départementale', 'régionale'],
  genericOrganisations: ['instance', 'organisme', 'organisation', 'institution', 'agence', 'fédération'],
  managementNouns: ['direction'],
  reportFrames: ['évoqué la possibilité', 'fait état', 'laissé entendre', 'fait part de', 'exprimé', 'évoque la possibilité'],
  objectVerbs: ['parlé de', 'parle de', 'décrit', 'dépeint', 'qualifié de', 'qualifie de'],
  continuingVerbs: ['ajouté', 'ajoute', 'ajoutait', 'poursuit', 'poursuivi', 'poursuivait', 'renchérit', 'renchéri', 'enchaîne', 'enchaîné', 'complète', 'complété', 'conclut', 'conclu'],
  addressVerbs: [],
  indirectObjects: ['à', 'au', 'aux'],
  circumstancePrepositions: ['sur', 'dans'],
  placePrepositions: ['à'],
  workNouns: ['film', 'films', 'drame', 'comédie', 'documentaire', 'long-métrage', 'court-métrage', 'roman', 'livre', 'essai', 'album', 'chanson', 'titre', 'série', 'feuilleton', 'pièce', 'spectacle', 'opéra', 'tableau', 'émission', 'podcast', 'jeu'],
  titlePrepositions: ['avec', 'de', 'du', 'des', "d'", 'sur', 'dans', 'par', 'pour', 'à', 'au', 'aux'],
  measureNouns: ['dépouillement', 'décompte', 'comptage', 'recomptage', 'chiffres', 'résultats', 'résultat', 'estimation', 'estimations', 'bilan', 'projections', 'calculs', 'relevés'],
  namedBodyNouns: ['liste', 'listes', 'parti', 'mouvement', 'collectif', 'coalition', 'alliance', 'association', 'groupe', 'ticket'],
  objectClitics: ['nous', 'vous', 'lui', 'leur', 'me', 'te', "m'", "t'", "l'", 'le', 'la', 'les'],
  viewOf: ['pour', 'aux yeux de', 'aux yeux du'],
  relativeViews: ['pour qui', 'selon qui', "d'après qui", 'aux yeux de qui'],
  cleftOpeners: [["c'est", 'qui'], ["c'était", 'qui'], ['ce sont', 'qui'], ["c'est", "qu'"]],
  viewPronouns: [['elle', 'elle'], ['lui', 'il'], ['elles', 'elles'], ['eux', 'ils']],
  pronounSources: [["à l'en croire", null], ["à les en croire", 'ils'], ["à l'entendre", null], ["à les entendre", 'ils'], ['selon ses dires', null], ["d'après ses dires", null], ['selon leurs dires', 'ils'], ["d'après leurs dires", 'ils'], ['selon ses mots', null], ['selon ses propres mots', null], ['pour reprendre ses mots', null], ['selon leurs mots', 'ils'], ['selon leurs propres mots', 'ils']],
  companies: ['entreprise', 'société', 'groupe', 'compagnie', 'fabricant', 'constructeur', 'enseigne', 'marque', 'fournisseur', 'producteur', 'opérateur', 'exploitant', 'firme', 'transporteur', 'distributeur', 'assureur', 'banque', 'laboratoire', 'start-up', 'industriel', 'géant', 'usine', 'raffinerie', 'aciérie', 'sucrerie', 'papeterie', 'club', 'armateur', 'affréteur', 'promoteur', 'éditeur', 'brasseur'],
  companyModifiers: [
    ...LANGUAGE_NAMES_FR.flatMap((l) => [l, l.endsWith('e') ? l : l.endsWith('ien') || l.endsWith('éen') ? `${l}ne` : `${l}e`, l === 'grec' ? 'grecque' : l]),
    'américain', 'américaine', 'britannique', 'suisse', 'belge', 'canadien', 'canadienne', 'européen', 'européenne', 'indien', 'indienne', 'singapourien', 'singapourienne',
    'automobile', 'pharmaceutique', 'aéronautique', 'maritime', 'pétrolier', 'pétrolière', 'agroalimentaire', 'chimique', 'ferroviaire', 'aérien', 'aérienne', 'bancaire', 'énergétique', 'public', 'publique', 'privé', 'privée', 'minier', 'minière', 'textile', 'numérique', 'immobilier', 'spatial',
  ],
  organisationNameEnds: [...BODY_NAME_ENDS, ...COMPANY_NAME_ENDS],
  negations: ['ne', "n'"],
  noStatement: ["n'a pas souhaité commenter", "n'a pas souhaité s'exprimer", "n'a pas souhaité réagir", "n'a pas voulu commenter", "n'a pas voulu s'exprimer", "n'a pas voulu réagir", "s'est refusé à tout commentaire", "se refuse à tout commentaire", "n'a pas répondu à nos sollicitations", "n'a pas donné suite", "n'était pas joignable", "n'a pu être joint", "n'a pas pu être joint", "n'ont pas souhaité commenter", "n'ont pas souhaité s'exprimer", "n'ont pas souhaité réagir", "n'ont pas donné suite", "n'ont pas répondu à nos sollicitations", "ne souhaite pas s'exprimer", "ne souhaite pas commenter", "ne souhaite pas réagir", "ne souhaitent pas s'exprimer", "ne souhaitent pas commenter"],
  companyNameEnds: COMPANY_NAME_ENDS,
  countryCodes: COUNTRY_CODES,
  agentParticiples: ['transmis par', 'transmise par', 'transmises par', 'publié par', 'publiée par', 'publiés par', 'publiées par', 'diffusé par', 'diffusée par', 'diffusés par', 'diffusées par', 'communiqué par', 'communiqués par', 'communiquées par', 'fourni par', 'fournis par', 'fournies par', 'établi par', 'établis par', 'compilés par', 'rendu public par', 'rendus publics par', 'réalisé par', 'réalisée par', 'menée par', 'mené par'],
  feminine: ['Mme', 'Mmes', 'Mlle', 'la', 'une', 'présidente', 'première ministre', 'dirigeante', 'cheffe', 'ambassadrice', 'gouverneure', 'sénatrice', 'députée', 'reine', 'princesse', 'chancelière', 'directrice', 'conseillère', 'procureure', 'magistrate', 'vice-présidente', 'envoyée', 'négociatrice', 'patronne', 'fondatrice', 'chercheuse', 'experte', 'professeure', 'avocate', 'représentante', 'ingénieure', 'déléguée', 'coordinatrice', 'préfète', 'retraitée', 'candidate', 'militante', 'habitante', 'élue', 'élues', 'passagère', 'riveraine', 'officière', 'enquêtrice', 'salariée', 'employée', 'contrôleuse', 'éleveuse', 'agricultrice', 'infirmière', 'rescapée', 'survivante', 'conductrice', 'coureuse', 'grimpeuse', 'sprinteuse', 'joueuse', 'sportive', 'entraîneuse', 'technicienne', 'sélectionneuse', 'mère', 'épouse', 'fille', 'sœur', 'historienne', 'coprésidente', 'co-présidente', 'cofondatrice', 'codirectrice', 'syndique', 'directrice générale', 'voisine', 'commerçante', 'cliente', 'patiente', 'gérante', 'collaboratrice'],
  masculine: ['M.', 'MM.', 'le', 'un', 'président', 'premier ministre', 'dirigeant', 'ambassadeur', 'gouverneur', 'sénateur', 'député', 'roi', 'prince', 'chancelier', 'directeur', 'conseiller', 'procureur', 'magistrat', 'vice-président', 'envoyé', 'négociateur', 'patron', 'fondateur', 'chercheur', 'professeur', 'avocat', 'représentant', 'ingénieur', 'délégué', 'coordinateur', 'préfet', 'retraité', 'candidat', 'militant', 'habitant', 'élu', 'passager', 'riverain', 'officier', 'enquêteur', 'salarié', 'employé', 'contrôleur', 'éleveur', 'agriculteur', 'infirmier', 'rescapé', 'survivant', 'conducteur', 'coureur', 'grimpeur', 'sprinteur', 'joueur', 'sportif', 'entraîneur', 'technicien', 'sélectionneur', 'père', 'époux', 'fils', 'frère', 'historien', 'coprésident', 'co-président', 'cofondateur', 'codirecteur', 'syndic', 'directeur général', 'voisin', 'commerçant', 'client', 'patient', 'gérant', 'collaborateur'],
  femininePronouns: ['elle', 'elles'],
  masculinePronouns: ['il', 'ils'],
  bodyPronouns: [],
  kinFeminine: ['femme', 'compagne', 'fiancée', 'veuve', 'tante', 'nièce', 'cousine', 'grand-mère', 'belle-mère', 'belle-sœur', 'petite-fille', 'amie'],
  kinEither: ['mère', 'épouse', 'fille', 'sœur', 'père', 'époux', 'fils', 'frère', 'enfant', 'conjoint', 'conjointe'],
  kinMasculine: ['mari', 'compagnon', 'fiancé', 'veuf', 'oncle', 'neveu', 'cousin', 'grand-père', 'beau-père', 'beau-frère', 'petit-fils', 'ami'],
};

export const speechEn: SpeechLanguage = {
  verbs: [
    ['said', 'says'], ['told', 'tells'], ['added', 'adds'], ['stated', 'states'], ['declared', 'declares'],
    ['announced', 'announces'], ['explained', 'explains'], ['noted', 'notes'], ['warned', 'warns'], ['wrote', 'writes'], ['read', 'reads'],
    ['insisted', 'insists'], ['argued', 'argues'], ['claimed', 'claims'], ['asserted', 'asserts'], ['replied', 'replies'],
    ['responded', 'responds'], ['continued', 'continues'], ['stressed', 'stresses'], ['emphasised', 'emphasises'],
    ['emphasized', 'emphasizes'], ['confirmed', 'confirms'], ['denied', 'denies'], ['acknowledged', 'acknowledges'],
    ['admitted', 'admits'], ['reported', 'reports'], ['tweeted', 'tweets'], ['posted', 'posts'], ['urged', 'urges'],
    ['cautioned', 'cautions'], ['predicted', 'predicts'], ['promised', 'promises'], ['vowed', 'vows'], ['pledged', 'pledges'],
    ['suggested', 'suggests'], ['indicated', 'indicates'], ['revealed', 'reveals'], ['recalled', 'recalls'],
    ['concluded', 'concludes'], ['observed', 'observes'], ['remarked', 'remarks'], ['commented', 'comments'],
    ['complained', 'complains'], ['conceded', 'concedes'], ['countered', 'counters'], ['assured', 'assures'],
    ['estimated', 'estimates'], ['agreed', 'agrees'], ['maintained', 'maintains'], ['reiterated', 'reiterates'],
    ['described', 'describes'], ['called', 'calls'], ['expressed', 'expresses'], ['welcomed', 'welcomes'],
    ['criticised', 'criticises'], ['criticized', 'criticizes'], ['accused', 'accuses'], ['asked', 'asks'],
    ['quipped', 'quips'], ['boasted', 'boasts'], ['hinted', 'hints'], ['mentioned', 'mentions'], ['raised', 'raises'],
    ['spoke of', 'speaks of'], ['talked of', 'talks of'], ['recommended', 'recommends'], ['advised', 'advises'],
    ['denounced', 'denounces'], ['condemned', 'condemns'], ['slammed', 'slams'], ['decried', 'decries'],
    ['deplored', 'deplores'], ['lamented', 'laments'], ['blasted', 'blasts'], ['exclaimed', 'exclaims'],
    // Verbs of a terse or quiet remark ("he snapped", "she whispered").
    ['snapped', 'snaps'], ['retorted', 'retorts'], ['joked', 'jokes'], ['whispered', 'whispers'], ['muttered', 'mutters'],
    ['sighed', 'sighs'],
    // Verbs of an angry outburst ("\"…,\" the coach fumed", "she raged at the press conference").
    ['fumed', 'fumes'], ['raged', 'rages'], ['ranted', 'rants'], ['thundered', 'thunders'], ['seethed', 'seethes'],
    ['fulminated', 'fulminates'], ['growled', 'growls'], ['grumbled', 'grumbles'], ['scoffed', 'scoffs'],
    // Verbs of thanks and praise, whose object often quotes a word of the speaker ("thanked passengers for their \"patience\"").
    ['thanked', 'thanks'], ['praised', 'praises'], ['hailed', 'hails'],
    // Verbs of fear and opinion, often with a partial quotation for object ("X dreads \"a domino effect\"").
    // ("fear", "worry" and "forecast" are nounVerbs: they are also nouns of the translation table.)
    ['dreaded', 'dreads'],
    // Verbs of a figure put forward by its author ("calculated the economist", "he reckoned").
    ['calculated', 'calculates'], ['reckoned', 'reckons'],
    // Verbs of mockery and sarcasm ("he scoffed", "mocked the opposition leader").
    ['mocked', 'mocks'], ['sneered', 'sneers'], ['jeered', 'jeers'], ['taunted', 'taunts'], ['derided', 'derides'],
    // Verbs of insistence and repetition ("she reaffirmed", "he repeated").
    ['repeated', 'repeats'], ['reaffirmed', 'reaffirms'], ['affirmed', 'affirms'], ['contended', 'contends'], ['persisted', 'persists'],
    // Verbs of complaint ("he groaned").
    ['groaned', 'groans'],
    // Verbs of a voice raised, a crowd's chant ("chanted the protesters", "he shouted").
    ['chanted', 'chants'], ['shouted', 'shouts'], ['yelled', 'yells'],
    // Verbs of a correction or a musing ("he clarified", "she mused").
    ['clarified', 'clarifies'], ['pleaded', 'pleads'], ['wondered', 'wonders'], ['mused', 'muses'],
    // A document's undertaking is its words: "the joint declaration commits both countries to settle it \"…\"".
    ['committed', 'commits'],
  ],
  sectionLabels: ['Q&A', 'Interview', 'Exclusive', 'Analysis', 'Opinion', 'Comment', 'Explainer', 'Watch', 'Video', 'Live', 'Podcast', 'Breaking', 'Review', 'Profile', 'Feature'],
  interviewQuestions: ['Q', 'Question'],
  interviewIntros: ['interview with', 'q&a with', 'in conversation with', 'questions for', 'talking with'],
  interviewAnswers: ['A', 'Answer'],
  denialVerbs: [['denied', 'denies'], ['disputed', 'disputes'], ['refuted', 'refutes'], ['rejected', 'rejects'], ['dismissed', 'dismisses']],
  mannerVerbs: [['smiled', 'smiles'], ['laughed', 'laughs'], ['chuckled', 'chuckles'], ['grinned', 'grins']],
  nounVerbs: [['feared', 'fears'], ['worried', 'worries'], ['forecast', 'forecasts'], ['hoped', 'hopes']],
  participles: ['saying', 'adding', 'writing', 'noting', 'stating', 'declaring', 'arguing', 'warning', 'insisting', 'explaining', 'claiming', 'calling', 'stressing', 'telling', 'promising', 'vowing', 'describing', 'urging', 'committing'],
  auxiliaries: ['has', 'have', 'had', 'was', 'were', 'is', 'are', 'would', 'will', 'did'],
  reflexives: ['said it was', 'said they were', 'said he was', 'said she was'],
  pronouns: ['he', 'she', 'they', 'it'],
  impersonalPronouns: [],
  freeRelatives: ['what', 'whatever'],
  impersonalPassives: ['it is', 'it was', 'it has been', 'it had been', 'it will be', "it's"],
  impersonalClauses: ['it is', 'it was', "it's", 'it seems', 'it remains', 'it appears'],
  emphaticPronouns: ['himself', 'herself', 'themselves', 'for his part', 'for her part', 'for their part', 'in turn'],
  accordingTo: ['according to', 'quoted by', 'cited by', 'as reported by'],
  complementisers: ['that'],
  passiveAuxiliaries: ['is', 'are', 'was', 'were', 'be', 'been', 'being'],
  prospectiveAuxiliaries: ['would', 'will', 'could', 'might', 'should', 'may', 'shall', "'ll"],
  determiners: ['the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'that', 'these', 'those', 'our', 'my', 'your'],
  demonstratives: ['this', 'that', 'these', 'those'],
  indefinites: ['a', 'an'],
  groundPrepositions: ['for'],
  quotingVerbs: ['quoted', 'quotes', 'quote', 'cited', 'cites', 'cite'],
  remarkOpeners: ['that was the', 'this was the', 'such was the', 'that is the', 'this is the', 'those were the', 'these were the'],
  remarkNouns: ['verdict', 'reaction', 'message', 'response', 'reply', 'cry', 'warning', 'assessment', 'judgement', 'judgment', 'view', 'words', 'outburst', 'rallying cry', 'comment', 'retort'],
  remarkOf: ['of', 'from'],
  backReferences: ['that is how', "that's how", 'this is how', 'that was how', 'in those words'],
  namingWords: ['nicknamed', 'nicknames', 'nickname', 'dubbed', 'dubs', 'known as', 'alias', 'aka', 'a.k.a.', 'so-called'],
  namingRelativeVerbs: ['call', 'calls', 'called', 'name', 'names', 'nickname', 'nicknames'],
  termNouns: ['level', 'levels', 'stage', 'threshold', 'phase', 'degree', 'category', 'status', 'mode', 'code', 'alert', 'warning', 'plan', 'operation', 'tier', 'rating', 'grade'],
  labelNouns: ['banner', 'banners', 'placard', 'placards', 'poster', 'posters', 'slogan', 'slogans', 'graffiti', 'inscription'],
  labelIntroducers: ['chants of', 'chant of', 'cries of', 'shouts of', 'chanting', 'chanted', 'banner reading', 'sign reading', 'placard reading', 'reading', 'banner', 'slogan', 'placards', 'signs saying', 'banner saying'],
  ageWords: ['years old', 'year old', 'years', 'year-old'],
  ageNouns: [['quadragenarian', 40], ['quinquagenarian', 50], ['sexagenarian', 60], ['septuagenarian', 70], ['octogenarian', 80], ['nonagenarian', 90]],
  partitives: ['one of them', 'one of those', 'one of us', 'another', 'some of them', 'many of them', 'several of them', 'most of them', 'two of them'],
  asideParticiples: ['speaking', 'talking', 'asking', 'requesting', 'declining', 'preferring', 'citing', 'reached', 'contacted', 'asked'],
  asideParticipleEndings: ['ing'],
  pastParticipleEndings: ['ed'],
  openingParticipleEndings: ['ing'],
  adverbEndings: ['ly'],
  functionWords: ['of', 'for', 'at', 'in', 'on', 'to', 'and', 'or', 'from', 'by', 'with'],
  asidePrepositions: ['in', 'at', 'on', 'before', 'during', 'after', 'outside', 'inside', 'from', 'with', 'without', 'amid', 'behind'],
  adverbs: ['also', 'later', 'then', 'again', 'further', 'previously', 'earlier', 'separately', 'publicly', 'repeatedly', 'on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'recently', 'however', 'meanwhile', 'last', 'week', 'this', 'morning', 'evening', 'afternoon',
    'already', 'just', 'never', 'not', 'yet', 'still', 'finally', 'once', ...LANGUAGE_NAMES_EN.map((l) => `in ${l}`)],
  complementLinks: ['of'],
  phraseStops: [
    // A time phrase after a noun phrase ends it: "by the town hall shortly after 10 p.m.", "soon after".
    'shortly', 'soon',
    'to', 'at', 'in', 'on', 'outside', 'inside', 'behind', 'beside', 'during', 'before', 'after', 'following', 'despite', 'amid', 'since', 'until', 'about', 'of', 'who', 'whose', 'which', 'where', 'that', 'while', 'as', 'but', 'and', 'when', 'according', 'with', 'for', 'from', 'by', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'adding', 'saying', 'citing'],
  connectives: ['then', 'and then', 'however', 'but', 'and', 'yet', 'still', 'meanwhile', 'also', 'separately', 'in', 'on', 'at', 'after', 'before', 'following', 'despite', 'amid', 'during', 'speaking', 'asked', 'later', 'earlier', 'for his part', 'for her part', 'according',
    // Subordinators opening a clause ("If Nexora fails to comply…"): never the first word of a name.
    'if', 'when', 'unless', 'because', 'although'],
  clauseOpeners: ['what', 'whatever', 'whoever', 'whichever', 'wherever', 'how', 'why', 'whether'],
  coordinators: ['and', 'then', 'and then', 'but'],
  titleComplements: ['of', 'for'],
  ownReporting: ['our'],
  asideAdverbs: ['visibly', 'clearly', 'obviously', 'apparently', 'deeply', 'very', 'still', 'now', 'often', 'briefly', 'calmly', 'firmly', 'evidently'],
  comparisonConjunctions: ['as', 'than'],
  relatives: ['who', 'whom', 'whose', 'which', 'where', 'that', 'when'],
  subjectRelatives: ['who', 'which'],
  prepositionalRelatives: ['in which', 'by which', 'under which', 'whereby'],
  infinitiveLinks: ['to'],
  titles: ['president', 'journalist', 'reporter', 'correspondent', 'photojournalist', 'prime minister', 'minister', 'foreign minister', 'defence minister', 'defense minister', 'secretary', 'secretary of state', 'secretary-general', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'chief', 'head', 'ambassador', 'general', 'gen.', 'governor', 'gov.', 'mayor', 'senator', 'sen.', 'representative', 'rep.', 'chancellor', 'director', 'official', 'adviser', 'advisor', 'envoy', 'king', 'queen', 'prince', 'pope', 'commander', 'commissioner', 'prosecutor', 'judge', 'magistrate', 'chief medical officer', 'medical director', 'vice president', 'negotiator', 'chairman', 'chairwoman', 'chair', 'ceo', 'founder', 'analyst', 'researcher', 'boss', 'expert', 'professor', 'lawyer', 'attorney', 'colonel', 'admiral', 'dictator', 'ruler', 'monarch', 'lawmaker', 'mp', 'premier', 'coordinator', 'deputy', 'strongman', 'engineer', 'candidate', 'challenger', 'incumbent', 'nominee', 'chief executive', 'executive',
    // Judicial offices printed before a name ("Chief Justice Jane Doe", "Justice John Roe").
    'chief justice', 'justice', 'associate justice',
    // Ranks and offices, with the abbreviations wire copy prints before a name ("Col. Jane Doe", "Prefect Jean Roux").
    'prefect', 'lieutenant', 'sergeant', 'corporal', 'major', 'brigadier', 'commodore', 'superintendent', 'col.', 'lt.', 'lt. col.', 'sgt.', 'capt.', 'maj.', 'cmdr.', 'cdr.', 'adm.', 'brig.', 'supt.', 'insp.', 'det.', 'cpl.', 'pvt.',
    // Roles of ordinary people and officials met in reports: they describe a person, never name one.
    'councillor', 'councilor', 'person', 'source', 'passenger', 'witness', 'resident', 'captain', 'officer', 'crew member', 'firefighter', 'rescuer',
    'veterinarian', 'farmer', 'sailor', 'seaman', 'trawlerman', 'deckhand', 'skipper', 'paramedic', 'survivor', 'victim', 'campaigner', 'activist', 'employee', 'trade unionist', 'unionist', 'investigator', 'inspector', 'pensioner',
    // Sport: athletes and the staff around them.
    'rider', 'cyclist', 'climber', 'sprinter', 'player', 'athlete', 'coach', 'manager', 'general manager', 'team manager', 'sporting director',
    'midfielder', 'striker', 'forward', 'defender', 'goalkeeper', 'keeper', 'winger', 'full-back', 'centre-back', 'center-back', 'playmaker', 'fly-half', 'scrum-half', 'prop', 'hooker', 'quarterback',
    // Academics and co-leaders.
    'political scientist', 'scientist', 'sociologist', 'economist', 'historian', 'political analyst', 'academic', 'specialist', 'scholar', 'legal scholar', 'lecturer', 'demographer', 'jurist', 'legal expert',
    // Professions printed before a name, article-less at a sentence start ("Volcanologist Léa Vasseur has repeated her warning").
    'volcanologist', 'seismologist', 'geologist', 'geophysicist', 'meteorologist', 'forecaster', 'statistician', 'cartographer', 'climatologist', 'glaciologist', 'oceanographer', 'hydrologist',
    'epidemiologist', 'neurologist', 'cardiologist', 'oncologist', 'pulmonologist', 'nephrologist', 'dermatologist', 'gynaecologist', 'gynecologist', 'rheumatologist', 'haematologist', 'hematologist', 'radiologist', 'immunologist', 'allergist', 'endocrinologist', 'gastroenterologist', 'anaesthetist', 'anesthesiologist', 'physician', 'virologist', 'biologist', 'microbiologist', 'toxicologist', 'physicist', 'chemist', 'astronomer', 'astrophysicist',
    'surgeon', 'paediatrician', 'pediatrician', 'psychiatrist', 'psychologist', 'pharmacist', 'architect', 'urban planner', 'pilot',
    // The arts: film, stage and books ("Lead actor Paul Roux", "novelist Anne Brun").
    'actor', 'actress', 'film-maker', 'filmmaker', 'film director', 'screenwriter', 'producer', 'novelist', 'writer', 'author', 'playwright', 'singer', 'musician', 'composer', 'juror',
    // Age nouns stand for the person of that age named before ("the septuagenarian", "the octogenarian").
    'quadragenarian', 'quinquagenarian', 'sexagenarian', 'septuagenarian', 'octogenarian', 'nonagenarian', 'centenarian',
    'co-chair', 'co-chairman', 'co-chairwoman', 'co-chairperson', 'co-president', 'co-founder', 'co-director', 'co-leader',
    'managing director', 'director general', 'director-general'],
  titlePeriphrases: [
    ['top diplomat', 'foreign minister'], ['top diplomat', 'foreign secretary'], ['top diplomat', 'secretary of state'],
    ['chief diplomat', 'foreign minister'], ['chief diplomat', 'foreign secretary'], ['chief diplomat', 'secretary of state'],
    ['head of government', 'prime minister'], ['head of state', 'president'],
  ],
  winnerRoles: ['winner', 'victor', 'mayor-elect', 'president-elect', 'governor-elect', 'senator-elect', 'premier-elect', 'prime minister-elect', 'chancellor-elect', 'new mayor', 'new president', 'new governor'],
  winVerbs: ['won', 'wins', 'has won', 'had won', 'was elected', 'has been elected', 'is elected', 'was re-elected', 'has been re-elected', 'beat', 'beats', 'has beaten', 'defeated', 'defeats', 'unseated', 'unseats', 'ousted', 'ousts', 'toppled', 'topples', 'claimed victory', 'clinched'],
  titleKinds: [
    ['researcher', 'academic', 'scholar', 'professor', 'lecturer', 'political scientist', 'scientist', 'sociologist', 'economist', 'historian', 'political analyst', 'analyst', 'expert', 'specialist', 'demographer', 'jurist', 'legal scholar', 'legal expert'],
  ],
  distinctCompoundTitles: ['prime minister', 'first minister', 'vice president', 'vice-president', 'deputy prime minister', 'deputy minister', 'junior minister', 'vice chairman', 'vice-chairman', 'vice chair', 'vice-chair'],
  generalTitles: [
    ['magistrate', 'prosecutor', 'judge'],
    ['sailor', 'fisherman', 'fisherwoman', 'fisher', 'seaman', 'skipper', 'deckhand', 'trawlerman', 'captain'],
    // "the lawmaker added" after "Senator X": a lawmaker's general word covers the elected seats of an assembly.
    ['lawmaker', 'senator', 'congressman', 'congresswoman', 'representative', 'legislator', 'mp', 'mep', 'assemblyman', 'assemblywoman', 'councillor', 'councilor', 'councilman', 'councilwoman'],
    ['official', 'president', 'chairman', 'chairwoman', 'chair', 'director', 'secretary', 'head', 'spokesman', 'spokeswoman', 'spokesperson', 'coordinator', 'founder'],
  ],
  leaderRoles: ['boss', 'head', 'leader'],
  leaderTitles: ['chief executive', 'ceo', 'chairman', 'chairwoman', 'chair', 'president', 'managing director', 'director', 'founder', 'head', 'executive', 'general secretary', 'secretary general', 'secretary-general'],
  relativeTitles: ['counterpart', 'counterparts', 'host', 'guest', 'ally', 'rival', 'predecessor', 'successor', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'namesake'],
  honorifics: ['Mr.', 'Mr', 'Mrs.', 'Mrs', 'Ms.', 'Ms', 'Dr.', 'Dr', 'Prof.', 'Sir', 'Dame', 'Maître', 'Maitre'],
  nameParticles: ['van', 'von', 'der', 'den', 'ter', 'de', 'du', 'des', 'la', 'le', 'da', 'di', 'del', 'della', 'dos', 'das', 'ben', 'bin', 'ibn', 'al', 'el'],
  // No English determiner is also "of": "the speech of John Roe" already reads John Roe as a name.
  ofDeterminers: [],
  lowerCaseTitles: false,
  selfReferences: [['person concerned', null], ['man concerned', 'm'], ['woman concerned', 'f'], ['man in question', 'm'], ['woman in question', 'f'], ['person in question', null]],
  pluralDeterminers: ['these', 'those', 'several', 'many', 'some', 'other', 'both', 'two', 'three', 'four', 'brothers', 'sisters'],
  studyNouns: ['study', 'survey', 'poll', 'trial', 'analysis', 'research', 'paper', 'journal', 'review', 'report', 'statistics', 'data', 'figures'],
  documents: ['statement', 'report', 'text', 'declaration', 'note', 'letter', 'message', 'document', 'dispatch', 'bulletin', 'readout', 'communique', 'communiqué', 'release', 'press release', 'editorial', 'commentary', 'resolution', 'post', 'tally', 'toll', 'update', 'memo', 'recording', 'email', 'petition'],
  utteranceNouns: ['answer', 'reply', 'response', 'retort', 'reaction', 'word', 'words', 'line', 'verdict', 'advice', 'warning', 'conclusion', 'explanation', 'argument', 'promise', 'message', 'comment', 'remarks'],
  seenByParticiples: ['seen by', 'reviewed by', 'obtained by', 'viewed by', 'consulted by', 'read by', 'heard by'],
  signedBy: ['signed by', 'co-signed by'],
  pluralPronouns: ['they'],
  possessivePronouns: [['his', 'he'], ['her', 'she'], ['their', 'they']],
  thirdPersonPossessives: ['his', 'her', 'its', 'their'],
  sourceLinks: ['familiar with', 'close to', 'briefed on', 'with knowledge of', 'knowledge of', 'aware of', 'involved in', 'privy to'],
  anonymousPlurals: ['people', 'persons', 'sources'],
  organisations: ['school', 'hospital', 'clinic', 'museum', 'agency', 'agencies', 'ministry', 'department', 'government', 'office', 'council', 'committee', 'commission', 'army', 'military', 'police', 'court', 'bureau', 'service', 'services', 'media', 'television', 'radio', 'newspaper', 'party', 'administration', 'authorities', 'organisation', 'organization', 'federation', 'union', 'bank', 'company', 'group', 'association', 'parliament', 'senate', 'cabinet', 'channel', 'institute', 'network', 'foundation', 'body', 'authority', 'board', 'regulator', 'prefecture', 'coastguard', 'coast guard', 'fire service', 'council', 'watchdog', 'institution', 'officials', 'sources', 'experts', 'analysts', 'diplomats', 'leaders', 'kremlin', 'pentagon', 'club'],
  localAuthorities: ['city', 'town', 'municipality', 'borough', 'county', 'region', 'province', 'state'],
  authorityKinds: { city: 'city', town: 'city', municipality: 'city', borough: 'city', 'city hall': 'city', prefecture: 'prefecture', region: 'region', county: 'county', province: 'province', canton: 'canton', metropolis: 'metropolis' },
  authorityModifiers: ['local', 'regional', 'departmental'],
  genericOrganisations: ['agency', 'body', 'organisation', 'organization', 'institution', 'federation'],
  managementNouns: ['management'],
  reportFrames: ['raised the possibility', 'expressed', 'hinted'],
  companies: ['company', 'firm', 'maker', 'manufacturer', 'group', 'retailer', 'operator', 'carrier', 'airline', 'chain', 'brand', 'supplier', 'producer', 'insurer', 'carmaker', 'automaker', 'startup', 'giant', 'lender', 'conglomerate', 'distributor', 'plant', 'factory', 'refinery', 'mill', 'smelter', 'steelworks', 'club', 'shipowner', 'charterer', 'developer', 'publisher', 'brewer'],
  companyModifiers: [],
  organisationNameEnds: [...BODY_NAME_ENDS, ...COMPANY_NAME_ENDS],
  negations: ['not', 'never', 'cannot', "n't"],
  noStatement: ['declined to comment', 'declines to comment', 'refused to comment', 'refuses to comment', 'declined to be interviewed', 'did not respond to a request for comment', 'did not respond to requests for comment', 'did not immediately respond to a request for comment', 'did not return calls', 'could not be reached for comment', 'could not immediately be reached for comment', 'was not available for comment', 'were not available for comment', 'had no comment', 'has no comment'],
  companyNameEnds: COMPANY_NAME_ENDS,
  countryCodes: COUNTRY_CODES,
  addressVerbs: ['told', 'tells', 'tell'],
  indirectObjects: [],
  circumstancePrepositions: ['on', 'in'],
  placePrepositions: ['in'],
  workNouns: ['film', 'films', 'movie', 'drama', 'comedy', 'thriller', 'documentary', 'feature', 'novel', 'book', 'memoir', 'album', 'song', 'single', 'series', 'show', 'play', 'musical', 'opera', 'painting', 'podcast', 'game'],
  titlePrepositions: ['with', 'of', 'from', 'in', 'on', 'by', 'for', 'about'],
  measureNouns: ['count', 'recount', 'tally', 'figures', 'results', 'result', 'estimate', 'estimates', 'toll', 'projections', 'calculations', 'readings'],
  namedBodyNouns: ['list', 'lists', 'party', 'movement', 'collective', 'coalition', 'alliance', 'association', 'group', 'ticket', 'slate', 'campaign'],
  objectClitics: [],
  viewOf: ['for', 'in the view of', 'in the eyes of'],
  relativeViews: ['for whom', 'according to whom', 'in whose view', 'in whose eyes'],
  cleftOpeners: [['it was', 'who'], ['it is', 'who'], ['it was', 'that']],
  viewPronouns: [['her', 'she'], ['him', 'he'], ['them', 'they']],
  pronounSources: [['by his account', 'he'], ['by her account', 'she'], ['by their account', 'they'], ['by his own account', 'he'], ['by her own account', 'she'], ['by their own account', 'they'], ['to hear him tell it', 'he'], ['to hear her tell it', 'she'], ['to hear them tell it', 'they'], ['in his telling', 'he'], ['in her telling', 'she'], ['in his words', 'he'], ['in her words', 'she'], ['in their words', 'they'], ['in his own words', 'he'], ['in her own words', 'she'], ['in their own words', 'they']],
  continuingVerbs: ['added', 'adds', 'continued', 'continues', 'went on', 'goes on', 'concluded', 'concludes'],
  objectVerbs: ['told', 'tells', 'tell', 'urged', 'urges', 'urge', 'accused', 'accuses', 'accuse', 'called', 'calls', 'call', 'welcomed', 'welcomes', 'welcome', 'criticised', 'criticises', 'criticise', 'criticized', 'criticizes', 'criticize', 'described', 'describes', 'describe', 'assured', 'assures', 'assure', 'warned', 'warns', 'warn', 'reminded', 'reminds', 'advised', 'advises', 'advise', 'recommended', 'recommends', 'recommend', 'spoke of', 'speaks of', 'talked of', 'talks of'],
  agentParticiples: ['transmitted by', 'supplied by', 'released by', 'published by', 'issued by', 'compiled by', 'provided by', 'collected by', 'gathered by', 'reported by', 'conducted by', 'carried out by', 'commissioned by', 'posted by'],
  feminine: ['Mrs.', 'Mrs', 'Ms.', 'Ms', 'Miss', 'Dame', 'Lady', 'spokeswoman', 'chairwoman', 'co-chairwoman', 'congresswoman', 'businesswoman', 'councilwoman', 'queen', 'princess', 'mother', 'wife', 'daughter', 'sister', 'grandmother', 'woman', 'actress', 'landlady', 'headmistress', 'waitress', 'stewardess', 'policewoman', 'firewoman'],
  masculine: ['Mr.', 'Mr', 'Sir', 'Lord', 'spokesman', 'chairman', 'co-chairman', 'congressman', 'businessman', 'councilman', 'king', 'prince', 'father', 'husband', 'son', 'brother', 'grandfather', 'man', 'actor', 'landlord', 'headmaster', 'policeman', 'fireman'],
  femininePronouns: ['she'],
  masculinePronouns: ['he'],
  bodyPronouns: ['it'],
  kinFeminine: ['widow', 'fiancée', 'girlfriend', 'aunt', 'niece', 'granddaughter', 'stepmother', 'stepdaughter', 'sister-in-law', 'mother-in-law'],
  kinEither: ['mother', 'wife', 'daughter', 'sister', 'grandmother', 'father', 'husband', 'son', 'brother', 'grandfather', 'partner', 'spouse', 'child', 'cousin', 'fiancé', 'fiancée'],
  kinMasculine: ['widower', 'fiancé', 'boyfriend', 'uncle', 'nephew', 'grandson', 'stepfather', 'stepson', 'brother-in-law', 'father-in-law'],
};

/**
 * Quotation marks, language-independent: opening mark → closing marks that end it.
 * Straight quotes close themselves; single quotes are only taken as quotation marks where an
 * outlet uses them so (no letter on the outer side), never inside a word (l'invitation, Putin's).
 */
export const quotePairs: { open: string; close: string[]; single?: boolean }[] = [
  { open: '«', close: ['»'] },
  { open: '“', close: ['”'] },
  { open: '„', close: ['“', '”'] },
  { open: '"', close: ['"'] },
  { open: '‹', close: ['›'] },
  { open: '‘', close: ['’'], single: true },
  { open: "'", close: ["'"], single: true },
];

export const speech: Record<Lang, SpeechLanguage> = { fr: speechFr, en: speechEn };
