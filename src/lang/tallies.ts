/**
 * Counted tallies in the news, French and English: the people a story counts (dead, injured,
 * evacuated, missing, arrested) and how a count is written. Data only; `src/summary/tallies.ts`
 * reads a sentence's tallies with it, so that a summary can tell when a later report gives another
 * figure ("two killed" on Wednesday, "the death toll rose to four" on Thursday).
 * Words are written as printed, lower case; they are compared without accents.
 */

import { englishDates, frenchDates } from './dates.js';

/** The words of each counted tally, every form a sentence may print. */
export const talliedWords = {
  dead: ['mort', 'morts', 'morte', 'mortes', 'mourir', 'décès', 'décédé', 'décédés', 'décédée', 'décédées', 'tué', 'tués', 'tuée', 'tuées', 'tuer', 'corps', 'die', 'died', 'dies', 'dying', 'dead', 'death', 'deaths', 'killed', 'kill', 'kills', 'toll', 'fatalities', 'body', 'bodies'],
  injured: ['blessé', 'blessés', 'blessée', 'blessées', 'blesser', 'injured', 'injuries', 'injury', 'wounded', 'hurt'],
  evacuated: ['évacué', 'évacués', 'évacuée', 'évacuées', 'évacuer', 'évacuation', 'évacuations', 'evacuate', 'evacuated', 'evacuation', 'evacuations'],
  missing: ['disparu', 'disparus', 'disparue', 'disparues', 'missing'],
  // Expelled people: diplomats declared persona non grata, deported migrants.
  expelled: ['expulsé', 'expulsés', 'expulsée', 'expulsées', 'expulsion', 'expulsions', 'expulser', 'persona', 'expel', 'expelled', 'expels', 'expelling', 'deported', 'deportation', 'deportations'],
  // People a disruption reaches: passengers stranded, customers affected (« 32 000 passagers touchés »).
  affected: ['touché', 'touchés', 'touchée', 'touchées', 'affecté', 'affectés', 'affectée', 'affectées', 'bloqué', 'bloqués', 'bloquée', 'bloquées', 'affected', 'stranded'],
  // Not « arrêté » alone: a decree (« un arrêté préfectoral »).
  // People set free: hostages, crews, prisoners (« les 21 marins libérés », "19 crew members freed").
  released: ['libéré', 'libérés', 'libérée', 'libérées', 'libération', 'relâché', 'relâchés', 'relâchée', 'relâchées', 'freed', 'released'],
  // People a disease outbreak makes ill: the count a story revises in many wordings (« 146 personnes présentaient
  // des symptômes », « 213 malades », "the number of people who have fallen ill has reached 287").
  ill: ['malade', 'malades', 'symptôme', 'symptômes', 'contaminé', 'contaminés', 'contaminée', 'contaminées', 'infecté', 'infectés', 'infectée', 'infectées', 'intoxiqué', 'intoxiqués', 'intoxiquée', 'intoxiquées',
    'ill', 'sick', 'symptoms', 'infected', 'sickened', 'poisoned'],
  arrested: ['arrestation', 'arrestations', 'arrêtée', 'arrêtés', 'arrêtées', 'interpellé', 'interpellée', 'interpellés', 'interpellées', 'interpellation', 'interpellations', 'arrest', 'arrested', 'arrests', 'detained', 'custody'],
};

export type Tally = keyof typeof talliedWords;

/**
 * Nouns of a running total: their figure follows them in the sentence, past a verb ("le bilan
 * s'élève à quatre morts", "the death toll rose to four", "the number of injured has risen to 15"),
 * where other tally words stand beside theirs. What they count is the tally word after them, or
 * the one given here ("toll" is a death toll); « bilan » alone counts nothing (« le bilan de l'agence : 27 cas »).
 */
export const totalNouns: Record<string, Tally | null> = { bilan: null, toll: 'dead', nombre: null, number: null };

/**
 * Who a count may count, besides the tally's own words: two figures of one tally are one count only
 * when they count the same kind ("3 000 personnes évacuées", "1,200 residents were evacuated"; not
 * "the three campsites evacuated").
 */
export const peopleNouns = [
  'personnes', 'personne', 'gens', 'habitants', 'résidents', 'riverains', 'victimes', 'passagers', 'civils', 'enfants', 'adultes', 'hommes', 'femmes', 'ouvriers', 'salariés',
  'employés', 'soldats', 'militaires', 'touristes', 'campeurs', 'patients', 'élèves', 'membres', 'suspects', 'manifestants', 'pompiers', 'policiers', 'agents', 'diplomates', 'migrants',
  'marins', 'otages', 'détenus', 'prisonniers',
  'people', 'persons', 'person', 'residents', 'inhabitants', 'locals', 'victims', 'passengers', 'civilians', 'children', 'adults', 'men', 'women', 'workers', 'employees',
  'staff', 'soldiers', 'troops', 'tourists', 'campers', 'patients', 'pupils', 'students', 'members', 'suspects', 'protesters', 'firefighters', 'officers', 'crew', 'diplomats', 'migrants',
  'sailors', 'seafarers', 'hostages', 'detainees', 'prisoners', 'captives', 'guests',
];

/** Numbers written as words, with their value: cardinals and the ordinals that count ("un quatrième corps", "a fourth victim"). */
export const numberValues: Record<'fr' | 'en', Record<string, number>> = {
  fr: {
    un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
    vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, cent: 100, cents: 100, mille: 1000,
    premier: 1, première: 1, deuxième: 2, second: 2, seconde: 2, troisième: 3, quatrième: 4, cinquième: 5, sixième: 6, septième: 7, huitième: 8, neuvième: 9, dixième: 10,
    aucun: 0, aucune: 0,
  },
  en: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
    seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, hundred: 100, thousand: 1000,
    first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
    nobody: 0,
  },
};

/** Words that multiply the number before them ("1,2 million", "two thousand"). */
export const multipliers: Record<string, number> = { mille: 1000, million: 1e6, millions: 1e6, thousand: 1000, milliard: 1e9, milliards: 1e9, billion: 1e9, billions: 1e9, bn: 1e9 };

/** Two words that make no one: "no one was injured". */
export const noOne: Record<'fr' | 'en', string[][]> = { fr: [], en: [['no', 'one']] };

/**
 * Words after a number that make it no count of people: ages, durations, distances, sums, shares,
 * times of day and dates ("52 ans", "two days", "10 km", "80 millions d'euros", "22h", "13 septembre").
 */
export const notCountUnits = [
  'an', 'ans', 'année', 'années', 'year', 'years', 'old', 'year-old', 'year-olds', 'jour', 'jours', 'day', 'days', 'semaine', 'semaines', 'week', 'weeks', 'mois', 'month', 'months',
  'heure', 'heures', 'h', 'hour', 'hours', 'minute', 'minutes', 'min', 'secondes', 'seconds', 'p.m', 'a.m', 'pm', 'am',
  'tonnes', 'tonne', 'tons', 'ton', 'kilos', 'kg', 'litres', 'liters', 'gallons', 'km', 'kilomètres', 'kilometres', 'kilometers', 'mile', 'miles', 'm', 'mètres', 'metres', 'meters', 'cm', 'mm', 'hectares', 'ha',
  'euro', 'euros', 'dollar', 'dollars', 'livres', 'pounds', 'francs', '€', '$', '£', '%', 'pour', 'percent', 'per', 'fois', 'times',
  // Month names, as the date words spell them in full.
  ...[frenchDates, englishDates].flatMap((words) => words.months.map(([name]) => name.toLowerCase())),
];

/** Words after a number that make it a part of another count: "two of them seriously hurt", « deux d'entre eux ». */
export const partOf = ['of', "d'entre"];

/** Words before a number that make it an age or a sum: "âgé de 52", "aged 67", "€15". */
export const notCountBefore = ['âgé', 'âgée', 'âgés', 'âgées', 'aged', 'age', '€', '$', '£', 'n°', 'no.', 'numéro', 'number'];

/** Little words that shape a count, both languages together (they are compared without accents). */
export const countWords = {
  /** Words that join two clauses: a count never reaches across them ("A crew member was missing and 23 people were hurt"). */
  conjunctions: ['and', 'et', 'or', 'ou', 'but', 'mais'],
  /** The second figure of a range is the total ("passé de deux à quatre", "from two to four"). */
  rangeTo: ['à', 'to'],
  /** Before a figure, the size of what was hit, not a count (« un village de 600 habitants évacué », "a town of 5,000"). */
  sizeOf: ['de', 'of'],
  /** Words before that "de" that make it a quantity, not a size (« près de 32 000 passagers », « plus de 200 blessés »). */
  aboutBeforeOf: ['près', 'plus', 'moins', 'autour', 'au-delà', 'quelque'],
  /**
   * Words of an approximate figure between a tally word and its count, and those that join them to it
   * ("evacuate around 480 residents", « l'évacuation de quelque 300 habitants », « de près de 300 », "more than 40").
   */
  approximately: ['quelque', 'environ', 'près', 'plus', 'moins', 'autour', 'around', 'about', 'some', 'nearly', 'almost', 'roughly', 'approximately', 'over', 'more', 'fewer', 'less', 'up'],
  approximatelyJoins: ['de', 'du', "d'", 'than', 'to'],
  /** Articles between a tally word and the count after it ("freed the 19 crew members", « libéré les 21 marins »). */
  determiners: ['les', 'the', 'ses', 'leurs', 'its', 'their'],
  /** Numbers that are also articles or pronouns: a count only right beside their word (« un mort », not « un village … évacué »). */
  articleOne: ['un', 'une', 'one'],
  /**
   * Words opening an aside between a count and its tally word, set off by commas: the count reaches across
   * it (« neuf personnes, dont deux enfants, ont été tuées », "six people, including a child, were killed").
   */
  asideOpeners: ['dont', 'parmi', 'notamment', 'including', 'among', 'mostly', 'most'],
  /** Words inside a number written with hyphens that join its parts, not count (« vingt-et-un »). */
  numberJoins: ['et', 'and'],
};

/**
 * Units after a figure that make it an amount a later report may revise like a tally ("6,5 milliards
 * d'euros" then "8.2 billion euros", « 38 objets » then "112 objects"): sums of money. Other words of
 * `notCountUnits` (ages, durations, dates, shares, sizes) give no amount.
 */
export const amountUnits = ['euro', 'euros', 'dollar', 'dollars', 'livres', 'pounds', 'francs', '€', '$', '£'];

/**
 * What a sum measures, French and English: a sum is revised by a later one only when both measure the
 * same thing (« le coût du dispositif à 6,5 milliards d'euros », "raised its cost estimate to 8.2 billion
 * euros"), not when they are two sums of one story (a fund, a share price).
 */
export const sumNouns = ['coût', 'coûts', 'coûtera', 'cost', 'costs', 'facture', 'bill', 'amende', 'amendes', 'fine', 'fines', 'rançon', 'ransom', 'préjudice', 'dommages', 'damage', 'damages', 'déficit', 'deficit', 'dette', 'debt'];

/**
 * Nouns that count one thing, French and English together, one group each: a later report giving another
 * figure with any noun of a group revises the earlier one (« 41 000 spectateurs » then "112,350 admissions",
 * "260 screens" then « 340 salles »). Only what a story counts in whole numbers that grow: audiences and
 * places showing or selling something.
 */
export const countedThings: string[][] = [
  ['entrées', 'spectateurs', 'billets', 'tickets', 'admissions', 'spectators', 'viewers', 'cinemagoers', 'moviegoers'],
  ['salles', 'écrans', 'cinémas', 'screens', 'cinemas', 'theaters', 'theatres'],
  ['exemplaires', 'copies'],
  ['abonnés', 'subscribers'],
  ['signataires', 'signatures', 'signatories'],
];

/**
 * Words after a figure that make it a share ("38 %", "24 per cent", « 24 pour cent »), each as its words:
 * a share a later report may revise like a tally when both are shares of the same thing (see shareOf).
 */
export const shareUnits: string[][] = [['%'], ['percent'], ['per', 'cent'], ['pour', 'cent']];

/** Words before what a share is a share of (« 38 % de sa charge », "24 per cent of its charge"). */
export const shareOf = ['de', 'du', 'des', "d'", 'of'];

/** Words between a figure's multiplier and its unit (« 6,5 milliards d'euros », "2 millions de dollars"). */
export const amountJoins = ['de', "d'", 'of'];
