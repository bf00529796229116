/**
 * Date words for French and English: weekdays, months, relative days, times of day and the
 * modifiers that move a weekday ("prochain", "last"). Data only; src/timeline/ reads it.
 * Every word is written as printed (accents kept); the reader folds accents and case itself.
 */

export interface DateWords {
  /** Weekday names, Monday first (index 0 = Monday, as ISO numbers them minus one). */
  weekdays: string[][];
  /** Month names and abbreviations, January first. */
  months: string[][];
  /** Words naming a day relative to publication, with the offset in days. */
  /** `notAfter`, `notBefore`: words next to it that make it no such day (« à ce jour » is "so far"). */
  relativeDays: { words: string; offset: number; notAfter?: string[]; notBefore?: string[] }[];
  /**
   * Words naming a day relative to another day of the story, with the offset in days ("la veille",
   * "the day before": -1; "le lendemain", "the day after": +1). They count from a date of the same
   * sentence or of the sentence just before in the paragraph; with none, they are not read.
   */
  storyRelativeDays: { words: string; offset: number }[];
  /**
   * Words right before such a phrase that make it the sentence's own time told from another event
   * ("au lendemain de la défaite", "à la veille du procès", "on the day after the vote"): the day is
   * the sentence's other date, not one counted from it, so it is not read.
   */
  storyRelativeLeads: string[];
  /**
   * Those of the leads that open a state ("depuis", "jusqu'à", "since", "until"): they make the phrase
   * another event's time only when a complement names that event ("depuis la veille du scrutin",
   * "since the day before the vote"); alone ("Depuis la veille, la zone est fermée") the phrase is
   * read, and marks when the state began or ends.
   */
  storyRelativeStateLeads: string[];
  /** Words right after such a phrase that open the complement naming the other event ("du", "of", "the"). */
  storyRelativeComplements: string[];
  /**
   * Participles that open an aside recalling when the subject's event happened ("L'effondrement,
   * survenu lundi, …", "The collapse, occurring on Monday, …"): background, not a fact of its own.
   */
  occurrenceParticiples: string[];
  /**
   * Words naming a month relative to publication, with the offset in months ("le mois prochain",
   * "next month": +1; "ce mois-ci", "later this month": 0; "le mois dernier", "last month": -1).
   */
  relativeMonths: { words: string; offset: number }[];
  /**
   * Words naming a week relative to publication, with the offset in weeks (Monday to Sunday): "la
   * semaine prochaine", "last week". A week is not a day: it is read as its month when the whole week
   * lies in one month, and not read at all when it straddles two.
   */
  relativeWeeks: { words: string; offset: number }[];
  /** Words right before a relative month that make it a span, not a month ("over the next month", "in the last month"). */
  relativeMonthSpans: string[];
  /** Times of day that may follow a weekday ("dimanche soir", "Sunday night"): part of the mention. */
  timesOfDay: string[];
  /**
   * A night that spans two weekdays ("la nuit de lundi à mardi", "overnight Monday into Tuesday"): the
   * words before the first weekday and between the two. What happens in such a night is dated to the
   * later day, as the hours of a night mostly fall after midnight (a storm "touched land" at 3:40).
   */
  nightSpan: { leads: string[]; joins: string[] };
  /**
   * Words after (fr) or before (en) a weekday that mean that weekday of the following week
   * ("jeudi prochain" or "next Thursday" written on a Wednesday is eight days later, not the day after).
   */
  nextWeekday: string[];
  /** Words that mean the last one strictly before publication. */
  lastWeekday: string[];
  /**
   * Month names that are also ordinary words ("may", "march"): read as a month only when
   * capitalised and next to a day, a year or one of `monthPrepositions`.
   */
  ambiguousMonths: string[];
  /** Words that introduce a bare month: "en juillet", "in May". */
  monthPrepositions: string[];
  /**
   * Seasons, with the month each starts in (meteorological seasons: spring in March…, winter in
   * December). "au printemps 2027", "in spring 2027" are read as the starting month of that year;
   * a winter with a year ("l'hiver 2027") straddles two years and is read as the year alone.
   */
  seasons: { words: string[]; month: number }[];
  /**
   * Words right before a season that may introduce it ("au", "l'", "in", "the"): a season is read only
   * after one of these (or a `thisSeason`/next/last word) and before a year or a next/last word, so
   * "a été" and "the fall of the regime" stay words.
   */
  seasonLeads: string[];
  /** Words before a season that mean the current one ("cet été", "this summer"). */
  thisSeason: string[];
  /** Season words that are also ordinary words ("fall"): read only after one of `seasonLeads` or this/next/last, and never as "fall of 2027". */
  ambiguousSeasons: string[];
  /** Words that place a month without a year in the publication's year ("cette année", "this year", "earlier this year"). */
  thisYear: string[];
  /**
   * Words before a date that make it the end of a state ("un contrat qui court jusqu'en 2027",
   * "closed until Friday"): the date is read, but it is not when something happened.
   */
  untilWords: string[];
  /**
   * Words right before an until word that make its date a deadline, not the end of a state ("le
   * groupe a jusqu'au 2 mars pour…", « deux mois, soit jusqu'au 12 février », "has until March 2 to
   * change"): the day by which something must be done is an event of the story.
   */
  deadlineUntilLeads: string[];
  /**
   * Words before a date that make it the start of a state ("porté disparu depuis mardi", "closed
   * since Monday"): the date is when the state began, not when what the sentence reports happened.
   */
  sinceWords: string[];
  /**
   * Words that make a date a point of comparison ("3 400 évacués, contre 1 200 la veille", "up from
   * 1,200 the day before"): the date is when the compared figure held, not when the sentence's fact happened.
   * Only with a figure between the lead and the date ("voté contre le texte mardi" compares nothing).
   */
  comparisonLeads: string[];
  /**
   * A level on a scale ("4 out of 5", « 4 sur une échelle de 5 », "level 3", « niveau 4 »): a grade, not a
   * running count, so "rated 4 out of 5 since Sunday" dates the change to Sunday. `joins` stand between the
   * level and the top of the scale, `levels` before a level's figure.
   */
  scaleWords: { joins: string[]; levels: string[] };
  /**
   * Labels by which an outlet flags its main development ("BREAKING:", « DERNIÈRE MINUTE : »), before a colon or a
   * dash: among a day's events, that entry is shown first.
   */
  urgentLabels: string[];
  /**
   * Words that open a clause telling an earlier event with a verb that has no tense of its own ("after
   * falling 2% on Tuesday", « après avoir chuté de 2 % mardi »): a date in it is that event's, not the
   * main verb's. `verbEndings`: the ending the next word must have (the English gerund); none when the
   * lead holds the auxiliary (« après avoir »).
   */
  priorEventLeads: { words: string[]; verbEndings: string[] };
  /**
   * Of the words of `sinceWords`, those after which a count or a record runs on to the time of
   * writing ("142 vols annulés depuis mardi", "its steepest fall since October"), and the words that
   * make a record: the date is where the count starts, not a day something happened.
   */
  runningSinceWords: string[];
  /** Record words, and verbs of change over a span ("ont doublé depuis 2023", "have doubled since 2023"): the span starts at the date, no event of that day. */
  recordWords: string[];
  /**
   * Words that set what a sentence says at the time of writing ("are now out of their homes", « sont
   * désormais 1 100 »): a figure as it stands when the article was published, whatever earlier day the
   * sentence recalls.
   */
  nowWords: string[];
  /**
   * Words right before a bare weekday that name the day something is set for ("le mistral, annoncé
   * pour jeudi", "a vote set for Friday"): the coming such day, whatever the clause's tense.
   */
  aheadPrepositions: string[];
  /**
   * Words of a deadline before a weekday ("by Friday", "d'ici vendredi"): the day is the coming one
   * unless the clause is told in the past ("had gathered 600 signatures by Thursday").
   */
  deadlinePrepositions: string[];
  /**
   * Words joining a noun to the date that tells which one it is ("la décision du 10 novembre", "the
   * ruling of 10 November"): the date names an earlier event the sentence refers to, and gives way
   * to a day of the sentence's own verb ("…, the President today announced").
   */
  nounComplementLeads: string[];
  /**
   * Phrases right before a month without a year that start something to come ("à partir d'avril",
   * "à compter de janvier", "starting in April"): the next such month, unless the clause is past
   * ("les prix avaient augmenté à partir de mars").
   */
  aheadMonthLeads: string[];
  /**
   * Words right after a month without a year that bound something still to come ("en septembre au
   * plus tôt", "September at the earliest", "by June at the latest"): the next such month, unless the clause is past.
   */
  aheadMonthBounds: string[];
  /**
   * Words that open the start of something from a day ("prend effet dès le match de samedi",
   * "starting with Saturday's game"), a few words before the weekday: unlike "depuis"/"since",
   * which look back, the start is to come unless the clause is told in the past.
   */
  fromDayLeads: string[];
  /**
   * Labels of a date printed on a product ("DLC du 12/03/2026", "à consommer de préférence avant le",
   * "best before 5 March 2026", "use-by date", "expiry"): a date a few words after one (other dates in
   * between allowed: "best before dates between 5 and 12 March") is the product's, never an event.
   */
  productDateLabels: string[];
  /**
   * Dates the sentence's fact is measured against, never when it happened (see `DateMention.reference`):
   * - `negations`: right before a date, deny it ("now, not next summer", « maintenant, pas l'été prochain »);
   * - `spanLeads` … `spanJoins`: a past span a count covers ("112 deaths between 19 and 24 June",
   *   « entre le 19 et le 24 juin »);
   * - a count of `intervalUnits` then one of `intervalLeads`, a few words before the date: the other end
   *   of an interval ("eight days before the start of the holidays on 3 July", « trois jours avant
   *   l'ouverture, le 3 juillet »);
   * - one of `recordWords`, then one of `recordFrames` right before a month: the period a record is
   *   for ("the lowest for June", « le plus bas pour juin »).
   */
  referenceWords: { negations: string[]; spanLeads: string[]; spanJoins: string[]; intervalUnits: string[]; intervalLeads: string[]; recordFrames: string[] };
  /**
   * What did not happen, or only might have: a date in such a clause dates no event.
   * - `modals`: a past that did not come true, or a mere possibility ("would have held on Tuesday",
   *   "could have been closed on Monday", « aurait pu tenir mardi », « aurait dû intervenir lundi »);
   *   `notBefore`: words right after a modal that make it another tense ("would have to": an obligation to come);
   * - one of the tense data's `conditionOpeners` ("if", « si ») then one of `pastAuxiliaries` in the same
   *   clause: an unreal condition ("If the council had acted in March", « S'ils nous avaient prévenus il y a un mois »);
   * - `invertedLeads` opening a clause before its subject: the same condition, inverted ("Had they asked us a month ago").
   */
  counterfactual: { modals: string[]; notBefore: string[]; pastAuxiliaries: string[]; invertedLeads: string[] };
  /**
   * Words right before a weekday that make it no particular day ("un dimanche matin", "chaque lundi",
   * "one Sunday morning", "every Monday"): the weekday is not read as a date.
   */
  anyWeekday: string[];
  /**
   * "il y a deux ans", "three months ago": a count of years or months before publication, read as the
   * year (or month) it points to. The count is a figure or one of `numbers` (index + 1 = value).
   */
  ago: { before: string[]; after: string[]; years: string[]; months: string[]; numbers: string[][] };
  /** Tense of the clause that holds a bare weekday: it decides whether the day is ahead or behind. */
  tense: TenseWords;
}

/**
 * What says a clause looks ahead or back. A bare weekday ("jeudi", "on Thursday") is the most
 * recent such day, unless the nearest of these markers before it in its clause is a future one
 * (see src/timeline/clauseTense.ts). Phrases are written lower-case, as printed (accents kept,
 * apostrophes straight); a phrase starting with an apostrophe ("'ll") may follow a letter.
 */
export interface TenseWords {
  /** Future and prospective markers: auxiliaries, "is due to", "doit", "prévu", "jusqu'à". */
  future: string[];
  /** Past markers: auxiliaries and past forms ("a", "avait", "was", "had"); reporting verbs are added from speech.ts. */
  past: string[];
  /**
   * Endings of a verb that looks ahead, 3rd person: French futur simple ("remorquera", "viendront")
   * and the conditional, which reported speech uses as a future in the past ("a ajouté que l'équipe
   * tiendrait une conférence mercredi": the Wednesday after publication). Only for lower-case words of
   * at least five letters; `notFuture` lists the words they would misread.
   */
  futureEndings: string[];
  notFuture: string[];
  /**
   * Words of arrangement: a convocation, a call, an invitation ("j'ai convoqué le PDG jeudi", "son
   * appel à manifester samedi", "summoned the CEO on Thursday"). A weekday after them is either the
   * day arranged (ahead) or the day it was arranged (behind), whatever the verb's tense: the nearer
   * of the two readings wins.
   */
  leanAhead: string[];
  /**
   * Words of comparison ("than", "as", "comme"): a future marker right after one ("higher than expected
   * on Wednesday", "as planned on Monday", "comme prévu lundi") compares with what was foreseen and
   * sets no tense for the clause.
   */
  comparisonWords: string[];
  /** Words that open a new clause (besides punctuation): "qui", "où", "which", "after". */
  clauseBreaks: string[];
  /**
   * Words joining a second predicate of the same subject ("arrêtée en mars et condamnée en janvier",
   * "arrested in March and sentenced in January"): a date after one and a past participle is a fact of its own.
   */
  coordinators: string[];
  /**
   * Future markers that end a state ("jusqu'à", "until"): they look ahead, unless they follow a past
   * participle in a clause with a past auxiliary ("a attendu jusqu'à samedi", "had waited until
   * Saturday"), where the day is past.
   */
  untilMarkers: string[];
  /**
   * Words that open a clause of condition ("si les discussions de jeudi aboutissent", "if the vote on
   * Friday backs the deal"): a date in it is to come, unless a past marker follows in the clause
   * ("si le vote de vendredi avait confirmé…").
   */
  conditionOpeners: string[];
  /**
   * Clause breaks that are also prepositions ("before", "after"): with no verb between them and a date
   * ("brought before a judge on Thursday") they open no clause.
   */
  prepositionBreaks: string[];
  /**
   * Endings and irregular forms of a past participle. A participle right before a date in a clause
   * without a tense marker ("Le procès, ouvert lundi, doit…", "the deal, signed Nov. 4, will…") dates a
   * past fact, whatever the next clause's tense. `notPastParticiples` are forms that look ahead
   * ("scheduled", "planned") or are not participles.
   */
  pastParticipleEndings: string[];
  pastParticiples: string[];
  notPastParticiples: string[];
  /**
   * Endings of a present-tense verb (3rd person). A weekday right after such a verb in a clause without
   * a tense marker is the coming one ("l'association organise samedi une réunion", "quoi qu'il arrive
   * vendredi"): news French uses the present for what is scheduled. Only lower-case words of at least
   * four letters, not stop words; `notPresent` lists words the endings would misread.
   */
  presentEndings: string[];
  notPresent: string[];
  /** Endings of adjectives and nouns that `presentEndings` would misread ("une fin de match lunaire samedi soir"). */
  notPresentEndings: string[];
  /** Short words that may stand between such a verb and its date ("signed on Nov. 4", "ouvert ce lundi"). */
  dateLeads: string[];
  /** Determiners: a word after one is a noun, not a verb its ending suggests ("la coupure lundi soir"). */
  determiners: string[];
  /**
   * Relative words that open an aside between commas ("Marchetti, qui avait gagné en juillet, a…",
   * "The rider, who won last July, was…"): background, so a date in it does not date the sentence's news.
   */
  asideOpeners: string[];
  /**
   * Of those, the relative words a subject of its own follows ("dont le prédécesseur", "whose
   * predecessor", "où les secours"): such an aside may hold a comma before its verb ("…, dont le
   * prédécesseur, conçu par la même équipe, s'était écrasé en 2024, a atterri mardi"), and runs to the
   * comma after it. After the others ("qui", "who") the verb comes first.
   */
  subjectAsideOpeners: string[];
  /**
   * Auxiliaries of the pluperfect, a few words into such an aside ("qui avait défendu mardi", "who had
   * defended on Tuesday"): the aside tells what came before the main clause's fact.
   */
  pluperfectAuxiliaries: string[];
  /**
   * Auxiliaries of a present perfect that opens the main clause after an aside ("X, who escaped on
   * Monday, has been arrested"): the news of the day of writing, not of the aside's day. Empty in
   * French, whose passé composé also tells any past day ("X, qui est venu hier, a promis…").
   */
  presentPerfectAuxiliaries: string[];
  /**
   * Words that open an apposition after a comma ("…, l'un des villages évacués lundi", "…, one of the
   * villages evacuated on Monday"): it describes a noun of the sentence, so a date in it is another
   * fact's, never the sentence's.
   */
  appositionOpeners: string[];
  /**
   * Nouns of an event still to come when announced ("a annoncé la réouverture du musée samedi",
   * "announced the reopening of the museum on Saturday"): a weekday right after one, in a clause
   * whose only earlier marker is a reporting verb (which dates the telling), dates the event ahead.
   */
  comingEvents: string[];
  /**
   * Prepositions that set an event as the circumstance of the telling ("a assuré X lors d'une réunion
   * mardi", "said at a meeting on Tuesday"): the event is when the speaking took place, so the
   * reporting verb's tense dates it, not the event noun.
   */
  settingPrepositions: string[];
  /** Articles that may stand between such a preposition and its event noun ("lors d'une", "at a"). */
  settingArticles: string[];
}

export const frenchDates: DateWords = {
  weekdays: [['lundi'], ['mardi'], ['mercredi'], ['jeudi'], ['vendredi'], ['samedi'], ['dimanche']],
  months: [
    ['janvier', 'janv.'], ['février', 'févr.', 'fév.'], ['mars'], ['avril', 'avr.'], ['mai'], ['juin'],
    ['juillet', 'juil.'], ['août'], ['septembre', 'sept.'], ['octobre', 'oct.'], ['novembre', 'nov.'], ['décembre', 'déc.'],
  ],
  relativeDays: [
    { words: 'avant-hier', offset: -2 },
    { words: 'hier', offset: -1 },
    { words: "aujourd'hui", offset: 0 },
    { words: 'ce matin', offset: 0 },
    { words: 'cet après-midi', offset: 0 },
    { words: 'ce soir', offset: 0 },
    { words: 'cette nuit', offset: 0 },
    // The formal "today" of a statement (« une information judiciaire a été ouverte ce jour »); « à ce jour » is "so far".
    // « depuis ce jour » and « ce jour-là » point back to another day of the story.
    { words: 'ce jour', offset: 0, notAfter: ['à', 'de', 'depuis', 'dès'], notBefore: ['-là', ' là'] },
    { words: 'demain', offset: 1 },
    { words: 'après-demain', offset: 2 },
  ],
  storyRelativeDays: [
    { words: "l'avant-veille", offset: -2 },
    { words: 'la veille', offset: -1 },
    { words: 'le lendemain', offset: 1 },
    { words: 'le surlendemain', offset: 2 },
    { words: 'un jour plus tôt', offset: -1 },
    { words: 'deux jours plus tôt', offset: -2 },
    { words: 'trois jours plus tôt', offset: -3 },
    { words: 'un jour plus tard', offset: 1 },
    { words: 'deux jours plus tard', offset: 2 },
    { words: 'trois jours plus tard', offset: 3 },
  ],
  storyRelativeLeads: ['à', 'au', 'dès', 'dès le', 'dès la', 'jusqu\'à', 'jusqu\'au', 'depuis'],
  storyRelativeStateLeads: ['dès', 'dès le', 'dès la', 'jusqu\'à', 'jusqu\'au', 'depuis'],
  storyRelativeComplements: ['de', 'du', 'des', "d'"],
  occurrenceParticiples: ['survenu', 'survenue', 'survenus', 'survenues', 'intervenu', 'intervenue', 'intervenus', 'intervenues'],
  relativeMonths: [
    { words: 'le mois prochain', offset: 1 },
    { words: 'mois prochain', offset: 1 },
    { words: 'plus tard ce mois-ci', offset: 0 },
    { words: 'ce mois-ci', offset: 0 },
    { words: 'le mois dernier', offset: -1 },
    { words: 'mois dernier', offset: -1 },
  ],
  relativeMonthSpans: [],
  relativeWeeks: [
    { words: 'la semaine prochaine', offset: 1 },
    { words: 'semaine prochaine', offset: 1 },
    { words: 'la semaine dernière', offset: -1 },
    { words: 'semaine dernière', offset: -1 },
    { words: 'cette semaine', offset: 0 },
  ],
  timesOfDay: ['matin', 'midi', 'après-midi', 'soir', 'soirée', 'nuit', 'matinée'],
  nightSpan: { leads: ['nuit de', 'nuit du'], joins: ['à', 'au'] },
  nextWeekday: ['prochain'],
  lastWeekday: ['dernier'],
  ambiguousMonths: [],
  monthPrepositions: ['en', 'début', 'fin', 'mi', 'depuis', "d'ici", 'courant', 'dès', 'pour', 'à partir de', "à partir d'", 'à compter de', "à compter d'"],
  seasons: [{ words: ['printemps'], month: 3 }, { words: ['été'], month: 6 }, { words: ['automne'], month: 9 }, { words: ['hiver'], month: 12 }],
  seasonLeads: ["l'", 'le', 'au', 'en', "à l'", "de l'", 'du', "d'ici l'", "d'ici le", 'dès le', "dès l'", 'fin', 'début', 'mi'],
  thisSeason: ['ce', 'cet'],
  ambiguousSeasons: [],
  thisYear: ['cette année', "depuis le début de l'année", "en début d'année"],
  untilWords: ["jusqu'en", "jusqu'au", "jusqu'aux", "jusqu'à"],
  deadlineUntilLeads: ['a', 'ont', 'avait', 'avaient', 'aura', 'auront', 'aurait', 'avoir', 'dispose', 'disposent', 'disposait', 'disposera', 'soit'],
  sinceWords: ['depuis', 'dès'],
  runningSinceWords: ['depuis'],
  recordWords: [
    'plus', 'moins', 'premier', 'première', 'record', 'pire', 'meilleur', 'meilleure', 'jamais',
    'doublé', 'triplé', 'quadruplé', 'augmenté', 'baissé', 'diminué', 'progressé', 'reculé', 'chuté', 'grimpé', 'bondi', 'flambé',
    'explosé', 'fondu', 'évolué', 'stagné', 'double', 'doublent', 'triple', 'triplent', 'augmente', 'augmentent', 'baisse', 'baissent',
  ],
  comparisonLeads: ['contre', 'par rapport à', 'comparé à', 'comparativement à'],
  scaleWords: { joins: ['sur', 'sur une échelle de', "sur l'échelle de"], levels: ['niveau', 'degré', 'catégorie', 'échelon', 'stade'] },
  urgentLabels: ['dernière minute', 'alerte info', 'flash info', 'flash', 'urgent', 'info de dernière minute'],
  priorEventLeads: {
    words: ['après avoir', 'après être', "après s'être", "après l'avoir", 'après les avoir', 'après en avoir', 'après y avoir', 'après lui avoir', 'après leur avoir'],
    verbEndings: [],
  },
  nowWords: ['désormais', 'à présent', 'actuellement', 'pour l\'heure', 'à ce stade'],
  aheadPrepositions: ['pour'],
  deadlinePrepositions: ["d'ici", "d'ici à", 'avant'],
  nounComplementLeads: ['du', 'de'],
  aheadMonthLeads: ['à partir de', "à partir d'", 'à compter de', "à compter d'"],
  aheadMonthBounds: ['au plus tôt', 'au plus tard', 'au mieux'],
  fromDayLeads: ['dès', 'à partir de', 'à partir du', "à partir d'", 'à compter de', 'à compter du', "à compter d'"],
  referenceWords: {
    negations: ['pas', 'non', 'non pas', 'plutôt que', "plutôt qu'", 'au lieu de', "au lieu d'"],
    spanLeads: ['entre'],
    spanJoins: ['et'],
    intervalUnits: ['jour', 'jours', 'semaine', 'semaines', 'mois', 'an', 'ans', 'année', 'années', 'heure', 'heures'],
    intervalLeads: ['avant', 'après'],
    recordFrames: ['pour'],
  },
  counterfactual: {
    modals: [
      'aurait pu', 'auraient pu', 'aurais pu', 'aurions pu', 'auriez pu', 'aurait dû', 'auraient dû', 'aurais dû', 'aurions dû', 'auriez dû',
      "n'aurait pas pu", "n'auraient pas pu", "n'aurait jamais pu", "n'aurait pas dû", "n'auraient pas dû",
    ],
    notBefore: [],
    // Not « était », « étaient »: their imperfect also tells a real past condition (« Si le suspect était là lundi, … »).
    pastAuxiliaries: ['avais', 'avait', 'avions', 'aviez', 'avaient', 'eût', 'eussent'],
    invertedLeads: [],
  },
  productDateLabels: [
    'DLC', 'DDM', 'DLUO', 'date limite de consommation', 'dates limites de consommation', 'date limite d\'utilisation',
    'date de durabilité minimale', 'dates de durabilité minimale', 'à consommer avant', 'à consommer jusqu\'au',
    'à consommer de préférence avant', 'date de péremption', 'dates de péremption',
    'périmé', 'périmés', 'périmée', 'périmées', 'expirant', 'date d\'expiration', 'dates d\'expiration',
  ],
  anyWeekday: ['un', 'une', 'chaque', 'tous les', 'certains', 'certain'],
  ago: {
    before: ['il y a', 'voici', 'voilà'],
    after: [],
    years: ['ans', 'années'],
    months: ['mois'],
    numbers: [['un', 'une'], ['deux'], ['trois'], ['quatre'], ['cinq'], ['six'], ['sept'], ['huit'], ['neuf'], ['dix']],
  },
  tense: {
    future: [
      'espère', 'espèrent', 'espérer', 'espérant', 'souhaite', 'souhaitent', 'à commencer par', 'a lieu', 'ont lieu',
      'se tient', 'se tiennent', 'se déroule', 'se déroulent',
      'doit', 'doivent', 'devra', 'devront', 'devrait', 'devraient', 'sera', 'seront', 'fera', 'feront', 'ira', 'iront',
      'aura', 'auront', 'va', 'vont', 'prévu', 'prévue', 'prévus', 'prévues', 'programmé', 'programmée', 'programmés',
      'programmées', 'aura lieu', 'auront lieu', 'se tiendra', 'se tiendront', 'est attendu', 'est attendue', 'sont attendus',
      'sont attendues', 'prévoit', 'prévoient', 'envisage', 'envisagent', 'appelle à', 'appellent à', 'appelle au',
      'appellent au', 'appel à', 'appels à', 'appel au', 'appels au', "jusqu'à", "d'ici", 'à venir', 'prochainement', 'irait', 'iraient', 'aurait lieu', 'auraient lieu',
      // Verbs of intention in the present: "Jeudi, je veux voir…", "nous allons présenter…".
      'veux', 'veut', 'voulons', 'voulez', 'veulent', 'vais', 'allons', 'comptons', 'comptez',
    ],
    past: [
      'a', 'ont', 'avait', 'avaient', 'eut', 'eurent', 'était', 'étaient', 'fut', 'furent', "s'est", 'se sont', "s'était",
      "s'étaient", 'hier', 'devait', 'devaient', 'aurait', 'auraient', 'serait', 'seraient',
    ],
    futureEndings: [
      'era', 'eront', 'ira', 'iront', 'dra', 'dront', 'rra', 'rront', 'tra', 'tront', 'vra', 'vront', 'ura', 'uront',
      // Futur simple, 1st and 2nd person ("nous tiendrons une conférence jeudi", "je serai là lundi", "vous recevrez…"). Its
      // "-irons"/"-irez" is also the present of every verb in -irer ("tirons", "désirons"), so only stems that no -irer verb
      // shares are listed, as for the conditional below.
      'erai', 'eras', 'erons', 'erez', 'drai', 'dras', 'drons', 'drez', 'rrai', 'rras', 'rrons', 'rrez', 'ttrai', 'ttrons', 'ttrez',
      'aîtrai', 'aîtrons', 'aîtrez', 'aitrai', 'aitrons', 'aitrez', 'vrai', 'vrons', 'vrez', 'urai', 'urons', 'urez',
      'nirai', 'nirons', 'nirez', 'uirai', 'uirons', 'uirez', 'dirai', 'dirons', 'direz', 'girai', 'girons', 'girez',
      'ssirai', 'ssirons', 'ssirez', 'rtirai', 'rtirons', 'rtirez', 'rvirai', 'rvirons', 'rvirez',
      // Conditional, 3rd person. Its "-rait" is also the imperfect of every verb in -rer ("entrait",
      // "livrait", "serrait", "tirait", "durait") and ends nouns ("portrait", "trait"), so only the stems
      // a conditional has are listed: -erait (jouerait), -drait (tiendrait), -ttrait and -aîtrait (mettrait,
      // connaîtrait), -evrait, -uivrait, -vivrait (recevrait, suivrait, vivrait), -ourrait and -verrait
      // (pourrait, verrait), and the -ir/-ire stems that no -irer verb shares (finirait, conduirait, dirait…).
      'erait', 'eraient', 'drait', 'draient', 'ttrait', 'ttraient', 'aîtrait', 'aîtraient', 'aitrait', 'aitraient',
      'evrait', 'evraient', 'uivrait', 'uivraient', 'vivrait', 'vivraient', 'ourrait', 'ourraient', 'verrait', 'verraient',
      'nirait', 'niraient', 'uirait', 'uiraient', 'crirait', 'criraient', 'dirait', 'diraient', 'girait', 'giraient',
      'ssirait', 'ssiraient', 'rirait', 'riraient', 'rvirait', 'rviraient', 'tirait', 'tiraient',
    ],
    notFuture: [
      'extra', 'ultra', 'mantra', 'tantra', 'contra', 'lira', 'cobra', 'opéra', 'caméra', 'hydra', 'terra', 'affront', 'front',
      // Nouns and adjectives the 1st and 2nd person endings above would misread.
      'bûcherons', 'vignerons', 'forgerons', 'quarterons', 'moucherons', 'liserons', 'escadrons', 'chaudrons', 'goudrons',
      'édredons', 'potirons', 'environs', 'navrai', 'livrai', 'livrons', 'livrez', 'cadrai',
      'cadrons', 'cadrez', 'encadrons', 'encadrez', 'poudrez', 'poudrons', 'bourrons', 'bourrez', 'fourrons', 'fourrez',
      'entrons', 'entrez', 'montrons', 'montrez', 'rencontrons', 'rencontrez', 'démontrons', 'démontrez', 'filtrons', 'filtrez',
      'patrons', 'citrons', 'électrons', 'neutrons', 'plastrons', 'mesurons', 'mesurez', 'assurons', 'assurez', 'durons', 'durez',
      'murons', 'jurons', 'jurez', 'figurons', 'figurez', 'procurons', 'procurez', 'rassurons', 'rassurez', 'endurons', 'endurez',
      'admirons', 'admirez',
      // Nouns and imperfects that the conditional endings above would misread.
      'portrait', 'retrait', 'extrait', 'attrait', 'abstrait', 'distrait', 'soustrait', 'encadrait', 'encadraient',
      'cadrait', 'cadraient', 'engendrait', 'engendraient', 'bourrait', 'bourraient', 'fourrait', 'fourraient',
      'tirait', 'tiraient', 'retirait', 'retiraient', 'attirait', 'attiraient', 'étirait', 'étiraient', 'soutirait', 'soutiraient',
    ],
    comparisonWords: ['comme'],
    leanAhead: [
      'convoque', 'convoquent', 'convoqué', 'convoquée', 'convoqués', 'convoquées', 'appelé à',
      'appelée à', 'appelés à', 'appelées à', 'invité à', 'invitée à', 'invités à', 'invitées à', 'rendez-vous',
      // A decree sets a day ("a décrété une journée de deuil samedi"): the day decreed, or the day of the decree.
      'décrète', 'décrètent', 'décrété', 'décrétée', 'décrétés', 'décrétées',
    ],
    untilMarkers: ["jusqu'à"],
    conditionOpeners: ['si', "s'il", "s'ils"],
    prepositionBreaks: [],
    coordinators: ['et', 'puis', 'ensuite', 'avant d\'être'],
    clauseBreaks: ['qui', 'que', "qu'", 'où', 'dont', 'lorsque', "lorsqu'", 'quand', 'alors que', 'tandis que', 'après que', 'avant que', 'car'],
    pastParticipleEndings: ['é', 'ée', 'és', 'ées'],
    pastParticiples: [
      'ouvert', 'ouverte', 'ouverts', 'ouvertes', 'rouvert', 'rouverte', 'fait', 'faite', 'dit', 'dite', 'pris', 'prise', 'mis', 'mise',
      'écrit', 'écrite', 'mort', 'morte', 'morts', 'né', 'née', 'élu', 'élue', 'élus', 'tenu', 'tenue', 'rendu', 'rendue', 'reçu',
      'reçue', 'vu', 'vue', 'battu', 'battue', 'perdu', 'perdue', 'conclu', 'conclue', 'détruit', 'détruite', 'conduit', 'conduite',
      'découvert', 'découverte', 'survenu', 'survenue', 'parti', 'partie', 'arrivé', 'venu', 'venue',
      'saisi', 'saisie', 'saisis', 'saisies', 'averti', 'avertie', 'avertis', 'averties', 'admis', 'admise', 'transmis', 'transmise',
    ],
    notPastParticiples: [
      'prévu', 'prévue', 'prévus', 'prévues', 'programmé', 'programmée', 'programmés', 'programmées', 'fixé', 'fixée', 'fixés',
      'fixées', 'reporté', 'reportée', 'reportés', 'reportées', 'attendu', 'attendue', 'attendus', 'attendues',
      'convoqué', 'convoquée', 'convoqués', 'convoquées', 'invité', 'invitée', 'invités', 'invitées', 'appelé', 'appelée',
      'appelés', 'appelées', 'été', 'année', 'journée', 'soirée', 'matinée', 'arrivée', 'entrée', 'rentrée', 'marché', 'comité',
      'député', 'société', 'santé', 'sécurité', 'côté', 'procédé', 'degré', 'musée', 'idée', 'armée', 'lycée', 'durée', 'volonté',
    ],
    dateLeads: ['le', 'ce', 'dès'],
    determiners: ['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'au', 'aux', 'sa', 'son', 'ses', 'leur', 'leurs', 'cette', 'ce', 'ces', 'notre', 'votre', 'nos', 'vos', 'chaque'],
    presentEndings: ['e', 'ent'],
    notPresentEndings: ['aire', 'ible', 'able', 'iste', 'euse', 'ienne', 'elle', 'ique', 'oire', 'ède'],
    notPresent: [
      'semaine', 'presse', 'grève', 'dimanche', 'ensemble', 'même', 'comme', 'entre', 'contre', 'notre', 'votre', 'cette',
      'quelque', 'chaque', 'autre', 'seule', 'simple', 'centre', 'rencontre', 'réunion', 'séance', 'audience', 'conférence',
      'cérémonie', 'course', 'étape', 'victoire', 'défaite', 'équipe', 'affaire', 'enquête', 'tempête', 'crise',
      'président', 'accident', 'incident', 'agent', 'argent', 'client', 'patient', 'récent', 'récente', 'ancienne',
      'prochaine', 'dernière', 'première', 'deuxième', 'troisième', 'veille', 'lendemain', 'avance', 'heure', 'ville', 'place',
      'justice', 'police', 'guerre', 'terre', 'zone', 'frontière', 'manche', 'table', 'ligne', 'date', 'fête', 'messe', 'vote',
    ],
    asideOpeners: ['qui', 'dont', 'où', 'lequel', 'laquelle', 'lesquels', 'lesquelles'],
    subjectAsideOpeners: ['dont', 'où'],
    pluperfectAuxiliaries: ['avait', 'avaient', 'était', 'étaient'],
    presentPerfectAuxiliaries: [],
    appositionOpeners: ["l'un des", "l'une des", 'un des', 'une des', "l'un d'eux", "l'une d'elles", 'parmi'],
    comingEvents: [
      'réouverture', 'ouverture', 'inauguration', 'sortie', 'match', 'vote', 'scrutin', 'audience', 'procès', 'comparution',
      'reprise', 'lancement', 'tenue', 'cérémonie', 'obsèques', 'funérailles', 'manifestation', 'rassemblement', 'grève',
      'réunion', 'sommet', 'débat', 'élection', 'examen', 'publication', 'remise', 'signature', 'visite', 'conférence de presse',
    ],
    settingPrepositions: ['lors de', "lors d'", 'au cours de', "au cours d'", 'pendant', 'durant', 'en marge de', "en marge d'", "à l'issue de", "à l'issue d'", 'devant'],
    settingArticles: ['une', 'un', 'la', 'le', 'les', 'sa', 'son', 'leur', 'cette', 'ce'],
  },
};

export const englishDates: DateWords = {
  weekdays: [['Monday', 'Mon.'], ['Tuesday', 'Tue.', 'Tues.'], ['Wednesday', 'Wed.'], ['Thursday', 'Thu.', 'Thurs.'], ['Friday', 'Fri.'], ['Saturday', 'Sat.'], ['Sunday', 'Sun.']],
  months: [
    ['January', 'Jan.'], ['February', 'Feb.'], ['March', 'Mar.'], ['April', 'Apr.'], ['May'], ['June', 'Jun.'],
    ['July', 'Jul.'], ['August', 'Aug.'], ['September', 'Sept.', 'Sep.'], ['October', 'Oct.'], ['November', 'Nov.'], ['December', 'Dec.'],
  ],
  relativeDays: [
    { words: 'the day before yesterday', offset: -2 },
    { words: 'yesterday', offset: -1 },
    // "last night", written the morning after: the evening before publication, as "hier soir".
    { words: 'last night', offset: -1 },
    { words: 'today', offset: 0 },
    { words: 'this morning', offset: 0 },
    { words: 'this afternoon', offset: 0 },
    { words: 'this evening', offset: 0 },
    { words: 'tonight', offset: 0 },
    { words: 'the day after tomorrow', offset: 2 },
    { words: 'tomorrow', offset: 1 },
  ],
  storyRelativeDays: [
    { words: 'the day before', offset: -1 },
    { words: 'the previous day', offset: -1 },
    { words: 'the day after', offset: 1 },
    { words: 'the next day', offset: 1 },
    { words: 'the following day', offset: 1 },
    { words: 'a day earlier', offset: -1 },
    { words: 'two days earlier', offset: -2 },
    { words: 'three days earlier', offset: -3 },
    { words: 'a day later', offset: 1 },
    { words: 'two days later', offset: 2 },
    { words: 'three days later', offset: 3 },
  ],
  storyRelativeLeads: ['on', 'by', 'until', 'since', 'from'],
  storyRelativeStateLeads: ['until', 'since', 'from'],
  storyRelativeComplements: ['of', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'that'],
  occurrenceParticiples: ['occurring', 'happening', 'which occurred', 'which happened', 'that occurred', 'that happened'],
  relativeMonths: [
    { words: 'next month', offset: 1 },
    { words: 'later this month', offset: 0 },
    { words: 'earlier this month', offset: 0 },
    { words: 'this month', offset: 0 },
    { words: 'last month', offset: -1 },
  ],
  relativeMonthSpans: ['the', 'over the', 'in the', 'within the', 'during the', 'for the'],
  relativeWeeks: [
    { words: 'next week', offset: 1 },
    { words: 'later this week', offset: 0 },
    { words: 'earlier this week', offset: 0 },
    { words: 'this week', offset: 0 },
    { words: 'last week', offset: -1 },
  ],
  timesOfDay: ['morning', 'afternoon', 'evening', 'night'],
  nightSpan: { leads: ['overnight', 'overnight from', 'overnight on', 'night of', 'night from'], joins: ['into', 'to'] },
  nextWeekday: ['next'],
  lastWeekday: ['last'],
  ambiguousMonths: ['may', 'march'],
  monthPrepositions: ['in', 'since', 'by', 'until', 'early', 'late', 'mid', 'during', 'last', 'next', 'this', 'from', 'for'],
  seasons: [{ words: ['spring'], month: 3 }, { words: ['summer'], month: 6 }, { words: ['autumn', 'fall'], month: 9 }, { words: ['winter'], month: 12 }],
  seasonLeads: ['in', 'the', 'in the', 'by', 'by the', 'for', 'early', 'late', 'mid', 'until', 'since', 'during', 'from'],
  thisSeason: ['this'],
  ambiguousSeasons: ['fall'],
  thisYear: ['this year', 'earlier this year', 'so far this year'],
  untilWords: ['until', 'till', 'through', 'up until', 'up to'],
  deadlineUntilLeads: ['has', 'have', 'had', 'having', 'given', 'gives', 'give', 'get', 'gets', 'got'],
  sinceWords: ['since', 'ever since'],
  runningSinceWords: ['since', 'ever since'],
  recordWords: [
    'first', 'biggest', 'largest', 'steepest', 'sharpest', 'highest', 'lowest', 'worst', 'best', 'strongest', 'weakest', 'deepest', 'heaviest', 'most', 'least', 'record',
    'doubled', 'tripled', 'quadrupled', 'halved', 'risen', 'fallen', 'grown', 'increased', 'decreased', 'climbed', 'dropped', 'declined',
    'soared', 'surged', 'plunged', 'slumped', 'shrunk', 'shrank', 'swelled', 'swollen',
  ],
  comparisonLeads: ['up from', 'down from', 'compared with', 'compared to', 'versus', 'against'],
  scaleWords: { joins: ['out of', 'on a scale of', 'on the scale of'], levels: ['level', 'category', 'grade', 'stage'] },
  urgentLabels: ['breaking', 'breaking news', 'just in', 'urgent', 'flash', 'news alert'],
  priorEventLeads: { words: ['after'], verbEndings: ['ing'] },
  nowWords: ['now', 'currently', 'so far', 'as of now', 'at this stage'],
  aheadPrepositions: ['for'],
  deadlinePrepositions: ['by', 'before'],
  nounComplementLeads: ['of', 'of the'],
  aheadMonthLeads: ['starting in', 'starting from', 'beginning in', 'beginning from', 'effective from'],
  aheadMonthBounds: ['at the earliest', 'at the latest', 'at best'],
  fromDayLeads: ['starting', 'beginning', 'effective', 'as of'],
  referenceWords: {
    negations: ['not', 'rather than', 'instead of'],
    spanLeads: ['between'],
    spanJoins: ['and'],
    intervalUnits: ['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours'],
    intervalLeads: ['before', 'after', 'ahead of'],
    recordFrames: ['for'],
  },
  counterfactual: {
    modals: [
      'would have', 'could have', 'might have', 'should have', "would've", "could've", "might've", "should've",
      'would not have', 'could not have', 'might not have', 'should not have', "wouldn't have", "couldn't have", "shouldn't have",
      'would never have', 'could never have',
    ],
    notBefore: ['to'],
    pastAuxiliaries: ['had'],
    invertedLeads: ['had'],
  },
  productDateLabels: [
    'best before', 'best-before', 'best by', 'use by', 'use-by', 'sell by', 'sell-by', 'display until', 'BBE',
    'expiry', 'expiry date', 'expiry dates', 'expiration date', 'expiration dates', 'expiring', 'expires',
  ],
  anyWeekday: ['a', 'an', 'one', 'every', 'each', 'any', 'some', 'that'],
  ago: {
    before: [],
    after: ['ago'],
    years: ['years', 'year'],
    months: ['months', 'month'],
    numbers: [['one', 'a'], ['two'], ['three'], ['four'], ['five'], ['six'], ['seven'], ['eight'], ['nine'], ['ten']],
  },
  tense: {
    future: [
      'hope to', 'hopes to', 'hoping to', 'aim to', 'aims to', 'aiming to', 'want to', 'wants to', 'seek to', 'seeks to',
      'expect to', 'expects to', 'starting with', 'beginning with', 'holds', 'opens', 'begins', 'starts', 'takes place', 'take place',
      // "should" looks ahead as French "devrait" does ("should be lifted on Saturday"); "should have" is past.
      'will', "'ll", 'shall', "won't", 'would', 'should', 'is due to', 'are due to', 'is expected to', 'are expected to',
      'is scheduled to', 'are scheduled to', 'scheduled for', 'is set to', 'are set to', 'set for', 'is going to',
      'are going to', 'is to', 'are to', 'plans to', 'plan to', 'planning to', 'intends to', 'intend to', 'is slated to',
      'are slated to', 'slated for', 'due on', 'expected on', 'calls for', 'call for', 'calling for', 'call to', 'calls to', 'until', 'till',
      // A passive of arrangement in the present ("a tribute is planned on Saturday"), as French "prévu".
      'is planned', 'are planned', 'is scheduled', 'are scheduled', 'is due', 'are due', 'is expected', 'are expected',
      'upcoming', 'has to', 'have to',
      // An obligation to come, told in reported speech ("said parliament would have to rewrite it by March 1"): not the past "would have".
      'would have to', 'will have to', 'would need to', 'we want', 'i want', 'could be', 'might', 'we are going to', "we're going to", "i'm going to",
      // What was to come when told ("was due at the site on Wednesday", written on Tuesday), and a possibility ("may be allowed home on Thursday").
      'was due', 'were due', 'was due to', 'were due to', 'was expected to', 'were expected to',
      'was scheduled to', 'were scheduled to', 'was set to', 'were set to', 'was to', 'were to',
      'was going to', 'were going to', 'may', 'may be', 'may not',
    ],
    past: [
      'was', 'were', 'had', 'did', 'has', 'have', "'ve", 'would have', "would've", 'should have', "should've", 'yesterday', 'last night', 'ago', 'earlier',
    ],
    futureEndings: [],
    notFuture: [],
    leanAhead: ['summoned', 'summons', 'convened', 'convenes', 'invited', 'called to', 'decreed', 'decrees'],
    comparisonWords: ['than', 'as'],
    untilMarkers: ['until', 'till'],
    conditionOpeners: ['if', 'unless'],
    prepositionBreaks: ['before', 'after'],
    coordinators: ['and', 'then', 'before being'],
    clauseBreaks: ['which', 'who', 'whose', 'that', 'where', 'when', 'while', 'after', 'before', 'because', 'although'],
    pastParticipleEndings: ['ed'],
    pastParticiples: [
      'held', 'won', 'lost', 'made', 'built', 'sold', 'taken', 'given', 'shot', 'struck', 'met', 'seen', 'told', 'brought', 'caught',
      'found', 'kept', 'led', 'paid', 'sent', 'written', 'begun', 'broken', 'chosen', 'driven', 'fought', 'hit', 'killed', 'born',
    ],
    notPastParticiples: [
      'scheduled', 'rescheduled', 'expected', 'planned', 'slated', 'proposed', 'postponed', 'delayed', 'intended', 'billed',
      'earmarked', 'timed', 'pencilled', 'penciled', 'booked', 'fixed', 'called', 'summoned', 'convened', 'invited', 'needed',
      'required', 'tipped', 'pushed', 'moved', 'brought forward', 'bed', 'red', 'shed', 'need', 'speed', 'seed', 'feed',
    ],
    dateLeads: ['on', 'this', 'last'],
    determiners: ['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'your', 'this', 'that', 'these', 'those', 'each', 'every'],
    presentEndings: [],
    notPresentEndings: [],
    notPresent: [],
    asideOpeners: ['who', 'whose', 'whom', 'which', 'where'],
    subjectAsideOpeners: ['whose', 'where'],
    pluperfectAuxiliaries: ['had'],
    presentPerfectAuxiliaries: ['has', 'have'],
    appositionOpeners: ['one of', 'among'],
    comingEvents: [
      'reopening', 'opening', 'inauguration', 'release', 'match', 'game', 'vote', 'ballot', 'hearing', 'trial', 'resumption',
      'launch', 'ceremony', 'funeral', 'rally', 'strike', 'meeting', 'summit', 'debate', 'election', 'publication', 'signing',
      'visit', 'news conference', 'press conference',
    ],
    settingPrepositions: ['during', 'at', 'on the sidelines of', 'at the end of', 'in the course of'],
    settingArticles: ['a', 'an', 'the', 'its', 'his', 'her', 'their', 'this'],
  },
};

export const dateWords = { fr: frenchDates, en: englishDates } as const;
