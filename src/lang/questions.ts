/**
 * How people ask, in French and English: the phrasings that route a natural question (an
 * @mention) to a command. Data only; `src/chat/routeQuestion.ts` reads it.
 * In the patterns, (?<who>…) captures a speaker, (?<what>…) quoted words or a topic.
 */
export interface QuestionPattern {
  command: 'who-said' | 'quotes' | 'summary' | 'timeline' | 'sources' | 'help';
  pattern: RegExp;
}

const TOPIC = String.raw`(?:\s+(?:sur|à propos d[eu']|au sujet d[eu']|concernant|about|on|regarding)\s*(?<topic>.+?))?`;
const END = String.raw`\s*[?.!]*\s*$`;

export const questionPatterns: Record<'fr' | 'en', QuestionPattern[]> = {
  fr: [
    { command: 'who-said', pattern: new RegExp(String.raw`^(?:mais\s+)?(?:qui\s+(?:a|aurait|avait)\s+(?:dit|déclaré|affirmé|prononcé|écrit|lancé|parlé\s+(?:des|de|du|d'))|qui\s+(?:dit|parle\s+(?:des|de|du|d'))|de\s+qui\s+(?:est|vient)(?:\s+la\s+(?:citation|phrase))?|qui\s+est\s+l'auteur\s+d[eu'](?:\s+la\s+(?:citation|phrase))?)\s*:?\s*(?<what>.+?)${END}`, 'iu') },
    { command: 'quotes', pattern: new RegExp(String.raw`^(?:qu'(?:a|est-ce\s+qu'a)\s+(?:dit|déclaré|affirmé)|que\s+(?:dit|disait|déclare|pense)|qu'est-ce\s+que\s+(?:dit)?|qu'a\s+(?:répondu|ajouté))\s+(?<who>.+?)(?:\s+a\s+dit)?${TOPIC}${END}`, 'iu') },
    { command: 'quotes', pattern: new RegExp(String.raw`^(?:les\s+)?(?:citations|déclarations|propos|paroles)\s+d[eu']\s*(?<who>.+?)${TOPIC}${END}`, 'iu') },
    { command: 'summary', pattern: new RegExp(String.raw`^(?:(?:fais|fait|donne)(?:-moi)?\s+(?:un\s+)?)?(?:résumé|résume|résumer|synthèse|l'essentiel|que\s+s'est-il\s+passé|quoi\s+de\s+neuf|qu'est-ce\s+qui\s+s'est\s+passé)(?:\s*:)?(?:\s+(?:sur|des|du|de|à propos d[eu']|concernant)\s*(?<topic>.+?))?${END}`, 'iu') },
    { command: 'timeline', pattern: new RegExp(String.raw`^(?:(?:quelle\s+est\s+|donne(?:-moi)?\s+|fais(?:-moi)?\s+)?(?:la\s+|une\s+)?chronologie|(?:les\s+)?dates(?:\s+clés)?|frise(?:\s+chronologique)?|quand\s+(?:est-ce\s+que|a\s+eu\s+lieu|s'est)?)(?:\s+(?:sur|des|du|de|à propos d[eu']|concernant)\s*(?<topic>.+?))?${END}`, 'iu') },
    { command: 'sources', pattern: /^(?:(?:quelles?|les)\s+(?:sont\s+)?(?:tes\s+|vos\s+|les\s+)?)?(?:sources|articles|médias)(?:\s+(?:as-tu|avez-vous|du corpus|disponibles))?\s*[?.!]*\s*$/iu },
    { command: 'help', pattern: /^(?:aide|au secours|comment (?:ça marche|t'utiliser))\s*[?.!]*\s*$/iu },
  ],
  en: [
    { command: 'who-said', pattern: new RegExp(String.raw`^(?:but\s+)?(?:who\s+(?:said|says|stated|declared|wrote|called|talked\s+about|spoke\s+of)|whose\s+(?:words|quote)\s+(?:is|are)|who\s+is\s+the\s+author\s+of)\s*:?\s*(?<what>.+?)${END}`, 'iu') },
    { command: 'quotes', pattern: new RegExp(String.raw`^(?:what\s+(?:did|does|has)\s+(?<who>.+?)\s+(?:say|said|tell|think)|(?:show\s+me\s+)?(?:quotes|statements|remarks)\s+(?:from|by|of)\s+(?<who2>.+?))${TOPIC}${END}`, 'iu') },
    { command: 'summary', pattern: new RegExp(String.raw`^(?:(?:give\s+me\s+)?(?:a\s+)?(?:summary|summarise|summarize|recap|what\s+happened|what's\s+new))(?:\s+(?:of|on|about|regarding)\s*(?<topic>.+?))?${END}`, 'iu') },
    { command: 'timeline', pattern: new RegExp(String.raw`^(?:(?:what\s+is\s+|give\s+me\s+|show\s+me\s+)?(?:a\s+|the\s+)?(?:timeline|chronology|key\s+dates)|when\s+did)(?:\s+(?:of|on|about|for)\s*(?<topic>.+?))?${END}`, 'iu') },
    { command: 'sources', pattern: /^(?:(?:which|what)\s+(?:are\s+)?(?:your\s+|the\s+)?)?(?:sources|articles|outlets)(?:\s+(?:do\s+you\s+have|are\s+there))?\s*[?.!]*\s*$/iu },
    { command: 'help', pattern: /^(?:help|how\s+do\s+(?:i|you)\s+(?:use|work)(?:\s+you)?)\s*[?.!]*\s*$/iu },
  ],
};

/** Follow-ups that swap the subject of the thread's previous question: "et Peskov ?", "what about Kirby?". */
export const followUpPatterns: RegExp[] = [
  /^(?:et|mais)\s+(?:pour\s+|sur\s+|concernant\s+|à propos d[eu']\s*)?(?<what>.+?)\s*[?.!]*\s*$/iu,
  /^(?:what|how)\s+about\s+(?<what>.+?)\s*[?.!]*\s*$/iu,
  /^and\s+(?:about\s+|for\s+|on\s+)?(?<what>.+?)\s*[?.!]*\s*$/iu,
];

/** Topics that mean "the whole story": "la chronologie des événements" asks for no topic in particular. */
export const wholeStoryTopics = ['événements', 'evenements', 'faits', 'affaire', 'histoire', 'actualité', 'events', 'story', 'news', 'the story', 'the events', 'it', 'ça'];

/** Words that say the question is French or English when nothing else does. */
export const questionWords = {
  fr: ['qui', 'que', 'quoi', 'quand', 'où', 'comment', 'pourquoi', 'quel', 'quelle', 'quels', 'quelles', 'et', 'sur', 'les', 'des', 'résumé', 'chronologie', 'dit'],
  en: ['who', 'what', 'when', 'where', 'how', 'why', 'which', 'and', 'about', 'the', 'said', 'say', 'summary', 'timeline'],
};

/** Numbers written as words (a figure is always a number): "cinq ans", "three people"; and ordinals that count ("un quatrième corps", "a fourth victim"). */
export const numberWords: Record<'fr' | 'en', string[]> = {
  fr: ['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'cent', 'cents', 'mille', 'million', 'millions', 'milliard', 'milliards', 'dizaine', 'dizaines', 'douzaine', 'centaine', 'centaines', 'milliers', 'moitié', 'tiers', 'quart', 'deuxième', 'troisième', 'quatrième', 'cinquième', 'sixième', 'septième', 'huitième', 'neuvième', 'dixième'],
  en: ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'dozen', 'dozens', 'half', 'third', 'quarter', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'],
};

/**
 * What a question asks for: a time or date, a deadline (a date to come or a span to act within), what someone said, a quantity, a place, a person, a reason,
 * a score, or the movement of a market or a currency ("How did the pound react?": a percentage, "rose", « a reculé »).
 */
export type AnswerType = 'time' | 'deadline' | 'said' | 'clock' | 'quantity' | 'place' | 'person' | 'reason' | 'score' | 'movement';

/**
 * Nouns that, asked with "quel"/"what", ask for a figure: « Quelle amende ? », "What fine?", "What
 * price?", « Quelle sanction ? ». The noun stays in the search; only the asking word is left out.
 */
export const figureNouns: string[] = [
  'amende', 'amendes', 'montant', 'prix', 'coût', 'salaire', 'indemnité', 'indemnités', 'rançon', 'fine', 'fines', 'price', 'cost', 'salary', 'ransom', 'compensation',
  // A punishment is told in figures: matches, years, euros (« cinq matches de suspension », "a two-year ban").
  'sanction', 'sanctions', 'peine', 'punition', 'punishment', 'sentence',
];
const FIGURE_NOUN = figureNouns.join('|');

/**
 * Nouns of a measure on a scale: asked with "quel"/"what" (« Quel était le niveau de risque ? », "What was
 * the risk level?"), they ask for a figure ("4 on a scale of 5", « 38 °C »), not for the sentence that names the measure.
 */
export const scaleNouns: string[] = ['niveau', 'niveaux', 'taux', 'degré', 'température', 'seuil', 'level', 'levels', 'rate', 'rates', 'degree', 'temperature', 'threshold'];
const SCALE_NOUN = scaleNouns.join('|');

/**
 * Nouns of a market, a security or a currency (« la bourse », "shares", « le yen », "the pound"): asked how it
 * reacted, moved or fared (« Comment a réagi le yen ? », "How did stocks react?"), they ask for its movement, a
 * percentage or a verb of rise and fall, not for a passage holding the verb "react". Data only.
 */
export const marketNouns: string[] = [
  'bourse', 'bourses', 'marché', 'marchés', 'devise', 'devises', 'monnaie', 'monnaies', 'action', 'actions', 'titre', 'titres', 'indice', 'indices',
  'obligations', 'pétrole', 'baril', 'market', 'markets', 'stock', 'stocks', 'share', 'shares', 'currency', 'currencies', 'bond', 'bonds', 'index',
  'oil', 'gold', 'euro', 'dollar', 'pound', 'sterling', 'yen', 'yuan', 'franc', 'florin', 'rouble', 'ruble', 'peso', 'couronne', 'krone', 'roupie', 'rupee', 'bitcoin',
];
const MARKET_NOUN = marketNouns.join('|');
/** The French asking verb inverted after the market noun (« la bourse a-t-elle réagi », « le yen se porte-t-il »). */
const INVERTED_MOVEMENT = String.raw`(?:(?:a-t-(?:il|elle)|ont-(?:ils|elles))\s+(?:réagi|évolué)|(?:se\s+)?(?:porte|portent|comporte|comportent)-(?:t-)?(?:il|elle|ils|elles)|réagit-(?:il|elle)|évolue-t-(?:il|elle))`;
/** The verbs an English question asks a market's movement with ("react", "fare", "move", "perform"). */
const MOVE_ASKING_EN = String.raw`(?:react|reacted|reacting|respond|responded|move|moved|moving|fare|fared|faring|perform|performed|performing|trade|traded|trading|doing|done)`;

/** A market's movement: a percentage or points, or a verb of rise or fall (« a reculé de 2 % », "the pound slid"). */
export const movementWords: Record<'fr' | 'en' | 'figure', RegExp> = {
  figure: /\d(?:[.,]\d+)?\s*(?:%|pour\s*cent|per\s*cent|percent|points?(?![\p{L}\p{N}]))/iu,
  fr: /(?<![\p{L}\p{N}])(?:gagn|perd|perdu|recul|progress|bond|chut|baiss|grimp|augment|diminu|mont|céd|apprécié|déprécié|plong|rebond|flamb|dévissé|s['’]envol|s['’]effondr|hausse|repli)[\p{L}]*(?![\p{L}\p{N}])/iu,
  en: /(?<![\p{L}\p{N}])(?:rose|risen|rising|rises|fell|fallen|falling|falls|gained|gains|lost|jumped|slid|slipped|climbed|dropped|surged|soared|tumbled|plunged|rallied|bounced|weakened|strengthened|firmed|eased|sank|slumped)(?![\p{L}\p{N}])/iu,
};

/**
 * Nouns that, asked with "quel"/"what", ask for a date by which something must be done: « Quel est
 * le délai ? », "What is the deadline to comply?". The noun stays in the search; the answer is a
 * date or a span of time (see `deadlineSpans`).
 */
export const deadlineNouns: string[] = ['délai', 'délais', 'date limite', 'échéance', 'ultimatum', 'deadline', 'deadlines', 'time limit', 'cut-off date'];
const DEADLINE_NOUN = deadlineNouns.map((n) => n.replace(/\s+/g, String.raw`\s+`)).join('|');

/** A span of time something must be done within: « d'ici 90 jours », « dans un délai de trois mois », "within 90 days". */
export const deadlineSpans: Record<'fr' | 'en', RegExp> = {
  fr: /(?<![\p{L}\p{N}])(?:d['’]ici|sous|dans\s+un\s+délai\s+d[e'’]|dans\s+les)\s*(?:\d+|[\p{L}-]+)\s+(?:jours|semaines|mois|ans)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:reporté|reportée|reportés|reportées|repoussé|repoussée|repoussés|repoussées|prolongé|prolongée|prolongés|prolongées|décalé|décalée)\s+(?:d['’]au\s+moins\s+|de\s+)(?:\d+|[\p{L}-]+)\s+(?:jours|semaines|mois|ans)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:pas|plus)\s+avant\s+(?:\d+|[\p{L}-]+)\s+(?:jours|semaines|mois|ans)(?![\p{L}\p{N}])/iu,
  en: /(?<![\p{L}\p{N}])(?:within|in\s+the\s+next)\s+(?:\d+|[\p{L}-]+)\s+(?:days|weeks|months|years)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:postponed|delayed|pushed\s+back|put\s+off|extended)\s+(?:["“'‘]\s*)?(?:by|for)\s+(?:at\s+least\s+)?(?:\d+|[\p{L}-]+)\s+(?:days|weeks|months|years)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:\d+|[\p{L}-]+)\s+(?:days|weeks|months|years)\s+away(?![\p{L}\p{N}])/iu,
};

/**
 * Words after "quand" / "when" that ask about a time still to come: a future auxiliary ("will",
 * "is going to", « va », « doit »), or in French a verb in the future with its subject after it
 * (« reprendra-t-il », « seront-ils »). Such a question asks for a date after publication or a span
 * ("in September at the earliest", "by at least six months"), as a deadline question does.
 */
export const futureAsking: Record<'fr' | 'en', string> = {
  fr: String.raw`va|vont|doit|doivent|pourra|pourront|[\p{L}]+(?:ra|ront)(?:-t)?-(?:il|elle|on|ils|elles)`,
  en: String.raw`will|shall|(?:is|are)\s+(?:[\p{L}'’-]+\s+){1,4}?(?:going|expected|due|set|scheduled)\s+to`,
};
const FUTURE_ASKING = futureAsking;

/**
 * Verbs that only say what may, must or will be done (« pourront », « doit », « devraient », "can", "should"): in a
 * question they are grammar, as the asking words are (« Quand les passagers pourront-ils débarquer ? » asks about
 * landing). English ones are stopwords already; the French ones are forms of « pouvoir » and « devoir ». Data only.
 */
export const modalVerbs: Record<'fr' | 'en', string[]> = {
  fr: [
    'peut', 'peuvent', 'pourra', 'pourront', 'pourrait', 'pourraient', 'pouvait', 'pouvaient', 'pourrons', 'pouvons', 'pouvez', 'pourrez',
    'doit', 'doivent', 'devra', 'devront', 'devrait', 'devraient', 'devait', 'devaient', 'devons', 'devez', 'devrons', 'devrez',
  ],
  en: ['can', 'could', 'will', 'would', 'shall', 'should', 'must', 'might'],
};

/**
 * Words by which a question asks for the latest figure or news (« Quel est le dernier bilan ? », "What is the latest
 * death toll?", "the current figure", « le bilan actuel »): they ask, no passage need hold them. `/ask` gives the most
 * recently posted close matches first (see `latestFiguresFirst`). `before` stand before the noun they date (up to two
 * words away: "latest death toll"), `after` after it (« le bilan actuel »). What such a word dates: a figure (`figures`,
 * then a figure is the answer) or the news (`news`: "What's the latest news on the strike?").
 */
export const recencyWords: Record<'fr' | 'en', { before: string[]; after: string[]; figures: string[]; news: string[] }> = {
  fr: {
    before: ['dernier', 'dernière', 'derniers', 'dernières', 'nouveau', 'nouvel', 'nouvelle', 'nouveaux', 'nouvelles'],
    after: ['actuel', 'actuelle', 'actuels', 'actuelles', 'le plus récent', 'la plus récente', 'à jour', 'à ce jour', 'provisoire'],
    figures: ['bilan', 'bilans', 'chiffre', 'chiffres', 'nombre', 'estimation', 'estimations', 'décompte', 'montant', 'total'],
    news: ['état', 'nouvelles', 'informations', 'point', 'situation'],
  },
  en: {
    before: ['latest', 'most recent', 'current', 'updated', 'new', 'revised'],
    after: ['so far', 'to date', 'now'],
    figures: ['toll', 'tolls', 'figure', 'figures', 'number', 'numbers', 'count', 'estimate', 'estimates', 'tally', 'total'],
    news: ['news', 'update', 'updates', 'situation', 'status'],
  },
};
const phrase = (words: string[]) => words.map((w) => w.replace(/\s+/g, String.raw`\s+`)).join('|');
/** A recency word where it dates a figure or the news: before the noun (two words may stand between), after it, or alone after "what is the" ("What's the latest?"). */
const recencyFrame = (lang: 'fr' | 'en') => {
  const { before, after, figures, news } = recencyWords[lang];
  const NOUN = `(?:${phrase([...figures, ...news])})`;
  const opener = lang === 'en' ? String.raw`|(?<=(?:^|\s)what(?:['’]s|\s+is|\s+are)\s+the\s+)(?:${phrase(before)})(?=\s*(?:on|about|in|with|for|[?.!]|$))` : '';
  return new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:${phrase(before)})(?=(?:\s+[\p{L}'’-]+){0,2}?\s+${NOUN}(?![\p{L}\p{N}]))|(?<=(?<![\p{L}\p{N}])${NOUN}(?:\s+[\p{L}'’-]+)?\s+)(?:${phrase(after)})(?![\p{L}\p{N}])${opener}`,
    'iu',
  );
};

/**
 * Question frames: the words that ask ("à quelle heure", "when", "où", "how many", "avoir lieu",
 * "take place") and the kind of answer they ask for. `/ask` searches without them (they are not
 * what the passage is about) and brings forward the close matches holding such an answer. A frame
 * with no `answer` is only left out of the search ("a-t-il eu lieu", "did it take place").
 * 'clock' asks for a time of day ("à quelle heure", "what time"); 'time' for a date or a time.
 * The first frame that matches gives the answer type; every frame that matches is left out.
 */
export const questionFrames: Record<'fr' | 'en', { answer?: AnswerType; latest?: true; pattern: RegExp }[]> = {
  fr: [
    // « Quel est le dernier bilan ? », « le bilan actuel »: the latest figure is asked for (see `recencyWords`); the word is no subject.
    { latest: true, pattern: recencyFrame('fr') },
    { answer: 'clock', pattern: /(?:^|\s)(?:à|a|vers)\s+quelle\s+heure(?![\p{L}\p{N}])/iu },
    // « Jusqu'à quand … ? », « Quand la ligne va-t-elle rouvrir ? », « Quand reprendra-t-il ? »: a date still to come (see `futureAsking`).
    { answer: 'deadline', pattern: new RegExp(String.raw`(?:^|\s)(?:jusqu['’]à|d['’]ici)\s+quand(?![\p{L}\p{N}])|(?:^|\s)quand(?=(?:\s+est-ce\s+qu[e'’]?)?(?:\s*[\p{L}'’-]+){0,5}?\s*(?:${FUTURE_ASKING.fr})(?![\p{L}]))`, 'iu') },
    { answer: 'time', pattern: /(?:^|\s)(?:(?:depuis|jusqu'à|jusqu’à|d'ici)\s+)?quand(?![\p{L}\p{N}])|(?:^|\s)(?:à|a|en|pour)\s+quel(?:le)?\s+(?:date|jour|année|mois|moment)(?![\p{L}\p{N}])|^\s*quel(?:le)?\s+(?:date|jour|année|mois)(?![\p{L}\p{N}])/iu },
    // « Quel a été le score ? », « Quel est le score final ? », « Quel score ? »: a result between two sides (see `scoreLines`).
    // « Quel est le délai pour se conformer ? »: the asking words are left out, the noun is searched for.
    { answer: 'deadline', pattern: new RegExp(String.raw`(?:^|\s)quel(?:le)?s?(?:\s+(?:est|était|sera|a\s+été)\s+(?:le|la|l['’]))?(?=\s*(?:${DEADLINE_NOUN})(?![\p{L}\p{N}]))`, 'iu') },
    { answer: 'score', pattern: /(?:^|\s)quel(?:le)?\s+(?:(?:a\s+été|était|est|fut|sera)\s+)?(?:le\s+)?(?:score|résultat\s+final)(?:\s+final)?(?![\p{L}\p{N}])/iu },
    // « Combien de personnes », "how many people": people are what a count counts, no word a passage about them need hold
    // (« 41 morts », "the death toll rose to 41").
    { answer: 'quantity', pattern: /(?:^|\s)combien(?:\s+de\s+(?:personnes|gens)(?![\p{L}\p{N}])|\s+d[e'’]|\s+de\s+fois)?|(?:^|\s)quel(?:le)?s?\s+(?:(?:est|était|a\s+été|sont|étaient|sera)\s+(?:le|la|les|l['’])\s*)?(?:nombre|montant|somme|chiffre|quantité|bilan|pourcentage|âge|durée)(?![\p{L}\p{N}])|(?:^|\s)(?:à\s+)?quelle\s+(?:distance|profondeur|hauteur|altitude|vitesse)(?![\p{L}\p{N}])/iu },
    // « Quelle amende pour X ? »: the asking word alone is left out, the noun is searched for.
    { answer: 'quantity', pattern: new RegExp(String.raw`(?:^|\s)quel(?:le)?s?(?=\s+(?:${FIGURE_NOUN})(?![\p{L}\p{N}]))`, 'iu') },
    // « Quel était le niveau de risque ? », « À quel taux … ? »: a measure, told in figures; the noun stays searched.
    { answer: 'quantity', pattern: new RegExp(String.raw`(?:^|\s)(?:à\s+)?quel(?:le)?s?(?:\s+(?:est|était|sera|a\s+été|étaient|sont)\s+(?:le|la|les|l['’]))?(?=\s*(?:${SCALE_NOUN})(?![\p{L}\p{N}]))`, 'iu') },
    // « Où se trouve l'usine ? », « À quelle distance se situe la gare ? »: the verb only asks where.
    { pattern: /(?<![\p{L}\p{N}])(?:se|s['’])\s*(?:trouve|trouvent|trouvait|trouvaient|situe|situent|situait|situaient)(?:-t-(?:il|elle|on)|-(?:il|elle|ils|elles))?(?![\p{L}\p{N}])/iu },
    { answer: 'place', pattern: /(?:^|\s)(?:d'|d’|par\s+)?où(?![\p{L}\p{N}])|(?:^|\s)(?:à|dans|en)\s+quel(?:le)?\s+(?:endroit|lieu|ville|pays|région|quartier)(?![\p{L}\p{N}])/iu },
    // « Comment a réagi le yen ? », « Comment la bourse a-t-elle réagi ? »: a market's movement is asked for; the asking verb is left out.
    { answer: 'movement', pattern: new RegExp(String.raw`(?:^|\s)comment\s+(?:(?:a|ont|avait|avaient)\s+(?:réagi|évolué)|(?:s['’]est|se\s+sont)\s+(?:comporté|comportée|comportés|comportées)|(?:se\s+)?(?:comporte|comportent|porte|portent)|réagit|réagissent|évolue|évoluent)(?=(?:\s+[\p{L}-]+){0,2}?\s+(?:l['’])?(?:${MARKET_NOUN})(?![\p{L}\p{N}]))|(?:^|\s)comment(?=\s+(?:le|la|les|l['’])\s*(?:${MARKET_NOUN})(?![\p{L}\p{N}])(?:\s+[\p{L}-]+)?\s+${INVERTED_MOVEMENT})`, 'iu') },
    { pattern: new RegExp(String.raw`(?<=(?:${MARKET_NOUN})(?![\p{L}\p{N}])(?:\s+[\p{L}-]+)?\s+)${INVERTED_MOVEMENT}(?![\p{L}\p{N}])`, 'iu') },
    { answer: 'reason', pattern: /(?:^|\s)pourquoi(?![\p{L}\p{N}])|(?:^|\s)pour\s+quelle\s+raison(?![\p{L}\p{N}])/iu },
    // « Qu'est-ce qui a provoqué l'accident ? », « Quelle est la cause de la panne ? »: a cause is asked for. The asking words go
    // with the cause verb or noun: the words a cause is named by are searched for instead (see `causeWording`), « les causes de l'accident » among them.
    { answer: 'reason', pattern: /(?:^|\s)qu['’]est-ce\s+qui\s+(?:a|aurait|avait|ont)\s+(?:causé|provoqué|entraîné|déclenché)(?![\p{L}\p{N}])|(?:^|\s)quel(?:le)?s?\s+(?:est|sont|était|étaient|serait|seraient|a\s+été)\s+(?:la|les|l['’])\s*(?:causes?|origine)\s+d(?:e(?:\s+la)?|u|es|['’])(?![\p{L}\p{N}])|(?:^|\s)(?:d['’]où|de\s+quoi)\s+(?:vient|viennent|provient|proviennent|venait)(?![\p{L}\p{N}])/iu },
    // « Qui a servi de médiateur ? »: "servir de" only introduces the role asked about ("acted as" in English).
    { pattern: /(?<![\p{L}\p{N}])(?:a|ont|avait|avaient|aurait)?\s*(?:servi|sert|servent|servira)\s+d(?:e\s+|['’])/iu },
    { answer: 'person', pattern: /^\s*(?:et\s+|mais\s+)?(?:(?:par|à|de|avec|pour)\s+)?qui(?![\p{L}\p{N}])/iu },
    // "avoir lieu": "a eu lieu", "a-t-il eu lieu", "aura lieu", "ont-elles lieu".
    { pattern: /(?<![\p{L}\p{N}])(?:eu|a|ont|aura|auront|avait|avaient|avoir|aurait|va|vont|doit|doivent)(?:-t-(?:il|elle|on)|-(?:il|elle|ils|elles))?\s+(?:eu\s+|avoir\s+)?lieu(?![\p{L}\p{N}])/iu },
    { pattern: /(?:^|\s)est-ce\s+qu[e'’]?/iu },
    // « Qui a gagné finalement ? », « au final », « en fin de compte »: when the story ended, no word of it (not « à la fin du match »).
    { pattern: /(?<![\p{L}\p{N}])(?:finalement|au\s+final|en\s+fin\s+de\s+compte|en\s+définitive|à\s+la\s+fin(?!\s+d))(?![\p{L}\p{N}])/iu },
    // « Quand pourront-ils débarquer ? », « Que doit faire la commune ? »: a modal verb is grammar (see `modalVerbs`), with the subject inverted after it.
    { pattern: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${modalVerbs.fr.join('|')})(?:-t)?(?:-(?:il|elle|on|ils|elles))?(?![\p{L}\p{N}])`, 'iu') },
    // « Qu'a dit le ministre ? »: the speech verb asks for what was said; no passage need hold "dit".
    { answer: 'said', pattern: /(?:^|\s)(?:qu['’](?:a|ont|avait|avaient)(?:-t-(?:il|elle|on))?|que)\s+(?:dit|déclaré|affirmé|répondu|ajouté)(?![\p{L}\p{N}])/iu },
  ],
  en: [
    // "What is the latest death toll?", "the number so far": the latest figure is asked for (see `recencyWords`); the word is no subject.
    { latest: true, pattern: recencyFrame('en') },
    { answer: 'clock', pattern: /(?:^|\s)(?:at\s+)?what\s+time(?![\p{L}\p{N}])/iu },
    // "Until when …?", "When will it reopen?", "How long will traffic stay diverted?": a date or a span still to come (see `futureAsking`).
    { answer: 'deadline', pattern: new RegExp(String.raw`(?:^|\s)(?:until|till)\s+when(?![\p{L}\p{N}])|(?:^|\s)(?:when|how\s+long)(?=\s+(?:${FUTURE_ASKING.en})(?![\p{L}]))`, 'iu') },
    { answer: 'time', pattern: /(?:^|\s)(?:since\s+|until\s+|till\s+)?when(?![\p{L}\p{N}])|(?:^|\s)(?:on\s+|in\s+)?(?:what|which)\s+(?:date|day|year|month)(?![\p{L}\p{N}])|(?:^|\s)how\s+soon(?![\p{L}\p{N}])/iu },
    // "What was the score?", "What's the final score?": a result between two sides (see `scoreLines`).
    // "What is the deadline to comply?": the asking words are left out, the noun is searched for.
    { answer: 'deadline', pattern: new RegExp(String.raw`(?:^|\s)(?:what|which)(?:\s+(?:was|is|were|will\s+be)|['’]s)?(?:\s+the)?(?=\s+(?:${DEADLINE_NOUN})(?![\p{L}\p{N}]))`, 'iu') },
    { answer: 'score', pattern: /(?:^|\s)what(?:\s+(?:was|is|were|will\s+be)|['’]s)?\s+(?:the\s+)?(?:final\s+)?score(?![\p{L}\p{N}])/iu },
    { answer: 'quantity', pattern: /(?:^|\s)how\s+(?:many(?:\s+(?:people|persons))?|much|long|old|big|large|far|deep|high|tall|wide|heavy|fast)(?![\p{L}\p{N}])|(?:^|\s)what\s+(?:(?:was|is|were)\s+the\s+)?(?:number|amount|sum|percentage|share|toll)(?![\p{L}\p{N}])/iu },
    // "What fine did X get?", "Which price?": the asking word alone is left out, the noun is searched for.
    { answer: 'quantity', pattern: new RegExp(String.raw`(?:^|\s)(?:what|which)(?:\s+(?:was|is|were)\s+the)?(?=\s+(?:${FIGURE_NOUN})(?![\p{L}\p{N}]))`, 'iu') },
    // "What was the risk level?", "At what rate…?": a measure, told in figures; the nouns stay searched.
    { answer: 'quantity', pattern: new RegExp(String.raw`(?:^|\s)(?:at\s+)?(?:what|which)(?:\s+(?:was|is|were|will\s+be)|['’]s)?(?:\s+the)?(?=(?:\s+[\p{L}'’-]+){0,3}?\s+(?:${SCALE_NOUN})\s*[?.!]*\s*$|\s+(?:${SCALE_NOUN})(?![\p{L}\p{N}]))`, 'iu') },
    { answer: 'place', pattern: /(?:^|\s)where(?![\p{L}\p{N}])|(?:^|\s)(?:in|at|to)\s+(?:what|which)\s+(?:place|city|town|country|region|area)(?![\p{L}\p{N}])/iu },
    // "How did the pound react?", "How have stocks fared?": a market's movement is asked for; the asking verb is left out.
    { answer: 'movement', pattern: new RegExp(String.raw`(?:^|\s)how\s+(?:did|does|do|has|have|had|is|are|was|were)(?=(?:\s+[\p{L}'’-]+){0,3}?\s+(?:${MARKET_NOUN})(?![\p{L}\p{N}])(?:\s+[\p{L}'’-]+){0,2}?\s+${MOVE_ASKING_EN}(?![\p{L}\p{N}]))`, 'iu') },
    { pattern: new RegExp(String.raw`(?<=(?:${MARKET_NOUN})(?![\p{L}\p{N}])(?:\s+[\p{L}'’-]+){0,2}?\s+)${MOVE_ASKING_EN}(?=\s*[?.!]*\s*$)`, 'iu') },
    { answer: 'reason', pattern: /(?:^|\s)why(?![\p{L}\p{N}])|(?:^|\s)for\s+what\s+reason(?![\p{L}\p{N}])/iu },
    // "What caused the crash?", "What is the cause of the outage?": a cause is asked for. The asking words go with the cause
    // verb or noun: the words a cause is named by are searched for instead (see `causeWording`), "the cause of" among them.
    { answer: 'reason', pattern: /(?:^|\s)what\s+(?:caused|causes|led\s+to|triggered|sparked|set\s+off)(?![\p{L}\p{N}])|(?:^|\s)what\s+(?:is|was|are|were)\s+(?:the\s+)?(?:likely\s+|probable\s+|possible\s+)?(?:causes?|origins?)\s+(?:of|for|behind)(?![\p{L}\p{N}])|(?:^|\s)how\s+did(?=(?:\s+[\p{L}'’-]+){1,6}\s+(?:start|begin|happen|occur)\s*[?.!]*\s*$)/iu },
    // "Who acted as mediator?", "Who served as go-between?": the verb only introduces the role asked about.
    { pattern: /(?<![\p{L}\p{N}])(?:acted|acts|served|serves)\s+as(?![\p{L}\p{N}])/iu },
    { answer: 'person', pattern: /^\s*(?:and\s+|but\s+)?(?:(?:by|to|from|with|for)\s+)?(?:who|whom|whose)(?![\p{L}\p{N}])/iu },
    { pattern: /(?<![\p{L}\p{N}])(?:take|takes|took|taken|taking)\s+place(?![\p{L}\p{N}])/iu },
    // "Who won in the end?", "finally", "ultimately": when the story ended, no word of it (not "the end of the season").
    { pattern: /(?<![\p{L}\p{N}])(?:in\s+the\s+end(?!\s+of)|at\s+the\s+end(?!\s+of)|finally|ultimately|eventually|at\s+last|after\s+all)(?![\p{L}\p{N}])/iu },
    // "What did the minister say?": the speech verb asks for what was said; no passage need hold "say".
    // "What does the deal include?" asks for what the deal holds, not for a quotation: the frame is left out, no answer kind is set.
    { pattern: /(?:^|\s)what\s+(?:did|does|has|have|had)(?=\s)(?!(?:\s+\S+)*?\s+(?:say|said|tell|told)\s*[?.!]*\s*$)/iu },
    { answer: 'said', pattern: /(?:^|\s)what\s+(?:did|does|has|have|had)(?=\s)|(?<![\p{L}\p{N}])(?:say|said|tell|told)(?=\s*[?.!]*\s*$)/iu },
  ],
};

/**
 * "Qui est la médiatrice ?", "Who is the mediator?": the role whose holder is asked for. `/ask`
 * prefers a passage where the role stands next to a name ("la médiatrice, Anne Roy," / "mediator Anne Roy").
 */
export const whoIsRole: Record<'fr' | 'en', RegExp> = {
  fr: /^\s*(?:et\s+|mais\s+)?qui\s+(?:est|était|sera|sont|étaient)\s+(?:donc\s+)?(?:le|la|l'|l’|les|ce|cette)\s*(?<role>[^?!.]+?)\s*[?!.]*\s*$/iu,
  en: /^\s*(?:and\s+|but\s+)?who\s+(?:is|was|will\s+be|are|were)\s+(?:the|this|that)\s+(?<role>[^?!.]+?)\s*[?!.]*\s*$/iu,
};

/** Words that introduce a place after them: "à Poitiers", "in Bordeaux". A capitalised word after one holds a place. */
export const placePrepositions: Record<'fr' | 'en', string[]> = {
  fr: ['à', 'au', 'aux', 'en', 'dans', 'depuis', 'vers', 'près de', "près d'", 'de', "d'", 'du'],
  en: ['in', 'at', 'near', 'from', 'to', 'outside', 'into'],
};

/** Times of day written as a clock reading: "3 h 40", "22h", "midi", "4 a.m.", "10:30", "noon". */
export const clockTimes: Record<'fr' | 'en', RegExp> = {
  fr: /(?<![\p{L}\p{N}])\d{1,2}\s?h(?:\s?\d{2})?(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])\d{1,2}\s?heures?(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:midi|minuit)(?![\p{L}\p{N}])/iu,
  en: /(?<![\p{L}\p{N}])\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am(?![\p{L}\p{N}])|pm(?![\p{L}\p{N}]))|(?<![\p{L}\p{N}])\d{1,2}:\d{2}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:noon|midday|midnight|o'clock)(?![\p{L}\p{N}])/iu,
};

/**
 * A result between two sides, the answer to "What was the score?": "2-1", "(1-2)", "2–1", "2 à 1"
 * (not "de 2 à 5"), "by 2 goals to 1", "par deux buts à un". Not a date ("2026-03-07"), a minute ("90+3") or a percentage.
 */
const SCORE_NUMBER = String.raw`(?:\d{1,3}|zéro|zero|nil|un|une|one|deux|two|trois|three|quatre|four|cinq|five|six)`;
export const scoreLines: RegExp = new RegExp(
  String.raw`(?<![\p{L}\p{N}/.:,+–-])\d{1,3}\s?[-–]\s?\d{1,3}(?![\p{N}/.:%–-]|,\d|\s?(?:ans|years|h(?![\p{L}])|heures|hours|%))` +
    String.raw`|(?<![\p{L}\p{N}])(?<!(?:de|entre|from|between)\s+)\d{1,3}\s+à\s+\d{1,3}(?![\p{L}\p{N}%]|\s?(?:ans|heures|h(?![\p{L}])|%))` +
    String.raw`|(?<![\p{L}\p{N}])${SCORE_NUMBER}\s+(?:buts?|goals?|points?|sets?)\s+(?:à|to)\s+${SCORE_NUMBER}(?![\p{L}\p{N}])`,
  'iu',
);

/**
 * Nouns a report names a cause with (« les causes de l'accident », "the cause of the outage"): a "why" question
 * searches for them beside its own words, since a report giving the cause seldom repeats the event's verb.
 */
export const causeNouns: Record<'fr' | 'en', string[]> = {
  fr: ['cause', 'causes', 'origine'],
  en: ['cause', 'causes'],
};

/**
 * Verbs by which a report ties a decision to its reason (« a justifié la hausse par… », "justified the move with…",
 * « invoquant… », "citing…"): searched for beside a "why" question's words like `causeNouns`, since the passage giving
 * the reason names the decision another way (« la décision ») than the question does ("raise rates").
 */
export const reasonVerbs: Record<'fr' | 'en', string[]> = {
  fr: ['justifié', 'justifie', 'motivé', 'invoquant'],
  en: ['justified', 'justifies', 'citing'],
};

/**
 * How a report ties an event to its cause, beside `reasonWords`: "blamed on", "blamed corrosion for", "attributed to",
 * "put down to", "the result of", "traced to", "a lorry caused the failure", « dû au gaz », « imputée à une fuite »,
 * « attribué à », « consécutif à », « résulte de », « la corrosion serait en cause », « un glissement a provoqué l'effondrement »;
 * and a failure that came first ("after a transformer failed", « après qu'une vanne a cédé », « après la rupture d'une
 * conduite »), which tells the cause where "after the meeting" tells only the order (see `weakReasonWords`).
 * `words` are the words of these phrasings a cause question searches for beside its own (see `causeNouns`): the
 * passage naming the cause seldom repeats the question's verb ("caused", « provoqué »).
 */
const FAILED_EN = String.raw`(?:failed|broke|burst|ruptured|collapsed|gave\s+way|malfunctioned|leaked|overheated|caught\s+fire|short-circuited|snapped|cracked)`;
const FAILED_FR = String.raw`(?:cédé|lâché|rompu|explosé|pris\s+feu|surchauffé|fui|craqué|flanché|(?:s['’]est|se\s+sont)\s+(?:rompue?s?|effondrée?s?|fissurée?s?|détachée?s?))`;
export const causeWording: Record<'fr' | 'en', { words: string[]; pattern: RegExp }> = {
  fr: {
    words: ['due', 'dus', 'dues', 'imputé', 'imputée', 'imputés', 'imputées', 'imputable', 'attribué', 'attribuée', 'attribués', 'attribuées', 'consécutif', 'consécutive', 'résulte', 'causé', 'causée', 'provoqué', 'provoquée', 'origine'],
    pattern: new RegExp(
      String.raw`(?<![\p{L}\p{N}])(?:(?:dûe?s?|due?s?|imputée?s?|imputables?|attribuée?s?|consécuti(?:f|ve|fs|ves))\s+(?:à|au|aux)(?![\p{L}\p{N}])|résult(?:e|ent|ait|aient|erait)\s+d(?:e|u|es|['’])|(?:déclenchée?s?|causée?s?|provoquée?s?|occasionnée?s?)\s+par|(?:est|sont|serait|seraient|était|étaient|semble|semblent|pourrait|pourraient)\s+(?:être\s+)?en\s+cause|(?:a|ont|aurait|auraient|avait|avaient)\s+(?:provoqué|causé|déclenché|entraîné|occasionné)\s+(?:(?:la|le|les|une?)(?![\p{L}\p{N}])|l['’])|après\s+qu['’]?\s*(?:[\p{L}'’-]+\s+){1,6}?(?:a|ont|avait|avaient)\s+${FAILED_FR}|après\s+(?:la|une)\s+(?:rupture|défaillance|panne|fuite|explosion|chute|casse|avarie)\s+d)`,
      'iu',
    ),
  },
  en: {
    words: ['caused', 'blamed', 'attributed', 'due', 'triggered', 'sparked', 'traced', 'result'],
    pattern: new RegExp(
      String.raw`(?<![\p{L}\p{N}])(?:blamed\s+on|blam(?:ed|es|ing)\s+(?:[\p{L}'’-]+\s+){1,5}?for(?![\p{L}\p{N}])|(?:caused|triggered|sparked)\s+(?:the|a|an)(?![\p{L}\p{N}])|attributed\s+to|put\s+down\s+to|traced\s+(?:back\s+)?to|(?:was|were|is|are)\s+(?:the\s+)?(?:direct\s+)?result\s+of|result(?:ed|s)?\s+from|stemm(?:ed|ing)\s+from|sparked\s+by|set\s+off\s+by|after\s+(?:a|an|the|its|their|one)\s+(?:[\p{L}'’-]+\s+){0,5}?${FAILED_EN}(?![\p{L}\p{N}]))`,
      'iu',
    ),
  },
};

/**
 * Words that give a reason: "parce que", "because", "en raison de", "due to"; an inquiry's purpose or charge
 * (« déterminer si », "to establish whether", « enquête pour homicide », "investigation into manslaughter"); and those that
 * announce or state one: "explique sa décision", "explained his decision", "la raison", "the reason
 * for", "rendait sa position intenable", "untenable"; a decision justified by a cause (« a justifié la hausse par… »,
 * "justified the move with…", "citing…", « invoquant… »; not "citing sources", which names a source).
 */
export const reasonWords: Record<'fr' | 'en', RegExp> = {
  fr: /(?<![\p{L}\p{N}])(?:parce\s+qu|car(?![\p{L}\p{N}])|en\s+raison\s+d|à\s+cause\s+d|faute\s+d|afin\s+d|pour\s+protester|grâce\s+à|(?:déterminer|établir|vérifier|comprendre|éclaircir)\s+(?:si|s['’]|comment|pourquoi|les\s+circonstances|les\s+causes|les\s+responsabilités)|faire\s+(?:toute\s+)?la\s+lumière|(?:enquête|information\s+judiciaire)\s+(?:a\s+été\s+)?(?:ouverte\s+)?(?:pour|du\s+chef\s+d)|(?:explique|expliqué|expliquait|justifie|justifié|justifiait|motive|motivé)\s+(?:sa|son|ses|leur|leurs|cette|ce)\s+(?:décision|choix|départ|démission|geste|refus)|(?:justifi|motiv)(?:e|é|ée|és|ées|ait|aient|ent)\s+(?:(?:la|le|les|sa|son|ses|leur|leurs|cette|ce|cet)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+)?par(?![\p{L}\p{N}])|au\s+motif\s+qu|(?:en\s+)?invoquant|compte\s+tenu\s+d|en\s+réponse\s+à|(?:la|les)\s+raisons?\s+d|(?:la|les|une|des|possibles?)\s+causes?\s+d|(?:causée?s?|provoquée?s?)\s+par|à\s+l['’]origine\s+d|intenables?(?![\p{L}\p{N}]))/iu,
  en: /(?<![\p{L}\p{N}])(?:because|due\s+to|owing\s+to|as\s+a\s+result\s+of|in\s+order\s+to|so\s+that|in\s+protest|to\s+(?:establish|determine|ascertain|find\s+out|understand|clarify|examine)\s+(?:whether|if|how|why|the\s+circumstances|the\s+causes?)|(?:investigation|inquiry|probe)\s+into\s+(?:possible\s+|suspected\s+|alleged\s+)?(?:involuntary\s+|voluntary\s+)?(?:manslaughter|homicide|murder|fraud|negligence|corruption)|(?:explains?|explained|justif(?:y|ies|ied))\s+(?:his|her|their|its|the|this|that)\s+(?:decision|choice|departure|resignation|move|refusal)|justif(?:y|ies|ied|ying)\s+(?:(?:his|her|their|its|the|this|that)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+)?(?:by|with)(?![\p{L}\p{N}])|citing(?!(?:\s+[\p{L}'’-]+){0,2}\s+(?:sources?|officials?|people|reports?|agency|newspaper|spokes(?:man|woman|person))(?![\p{L}\p{N}]))|on\s+the\s+grounds?\s+that|in\s+response\s+to|in\s+light\s+of|prompted\s+by|driven\s+by|the\s+reasons?\s+(?:for|why)|(?:the|a|possible|likely)\s+causes?\s+of|caused\s+by|triggered\s+by|untenable(?![\p{L}\p{N}]))/iu,
};

/**
 * Words that may give a reason but more often tell only what came first: "after the storm", « suite à ».
 * A passage holding only these answers a "why" less surely than one holding `reasonWords` ("She left the
 * office after the meeting" gives no reason for the strike).
 */
export const weakReasonWords: Record<'fr' | 'en', RegExp> = {
  fr: /(?<![\p{L}\p{N}])(?:suite\s+à|après\s+(?:la|le|les|l['’]|une?)(?![\p{L}\p{N}]))/iu,
  en: /(?<![\p{L}\p{N}])after\s+(?:a|an|the)(?![\p{L}\p{N}])/iu,
};

/**
 * Words of one family a "who" question may ask with while the answer says it another way: "Qui
 * remplace X ?" is answered by "X a été remplacé par Y", "Y, son successeur", "named Y to replace
 * him". Any form of one word (same stem) already counts; a family joins the other words. Data only.
 */
export const verbFamilies: string[][] = [
  ['remplacer', 'remplaçant', 'remplacement', 'succéder', 'successeur', 'succession', 'replace', 'replacement', 'successor', 'succeed', 'succession'],
  ['nommer', 'nomination', 'désigner', 'désignation', 'appoint', 'appointment', 'name', 'designate'],
  ['élire', 'élu', 'élection', 'elect', 'elected', 'election'],
  ['arrêter', 'interpeller', 'interpellation', 'arrestation', 'arrest', 'detain', 'detention'],
  ['condamner', 'condamnation', 'convict', 'conviction', 'sentence'],
];

/**
 * Words of one family a question may ask with while a passage says it another way: "Combien de
 * morts ?", "How many people died?" are answered by "deux personnes ont été tuées", "le bilan
 * s'alourdit", "the death toll rose to four". `/ask` also searches the question with each word of
 * the family the corpus holds in place of the question's. Data only.
 */
export const topicFamilies: string[][] = [
  ['mort', 'morts', 'mourir', 'mortes', 'décès', 'décédé', 'décédés', 'tué', 'tués', 'tuées', 'tuer', 'bilan', 'die', 'died', 'dies', 'dying', 'dead', 'death', 'deaths', 'killed', 'kill', 'kills', 'toll', 'fatalities'],
  ['blessé', 'blessés', 'blessées', 'blesser', 'injured', 'injuries', 'injury', 'wounded', 'hurt'],
  ['vouloir', 'veut', 'veulent', 'voulait', 'réclamer', 'réclame', 'réclament', 'réclamaient', 'exiger', 'exige', 'exigent', 'exigence', 'exigences', 'revendiquer', 'revendiquent', 'revendication', 'revendications', 'souhaiter', 'souhaite', 'want', 'wants', 'wanted', 'expect', 'expects', 'demand', 'demands', 'seek', 'seeks', 'sought'],
  ['évacué', 'évacués', 'évacuer', 'évacuation', 'évacuations', 'evacuate', 'evacuated', 'evacuation', 'evacuations'],
  ['sommet', 'rencontre', 'rencontrer', 'réunion', 'entretien', 'entrevue', 'summit', 'meeting', 'meet', 'met', 'talks'],
  ['démission', 'démissionner', 'démissionné', 'démissionnaire', 'resign', 'resigned', 'resignation', 'quit', 'quits'],
  // An arrest, and a fugitive caught again: "recaptured" is told "arrested", « interpellé ».
  ['arrestation', 'arrêté', 'arrêtés', 'interpellé', 'interpellés', 'interpellation', 'interpellations', 'capturé', 'capturée', 'capturés', 'recapturé', 'recapturée', 'appréhendé', 'appréhendée', 'arrest', 'arrested', 'arrests', 'detained', 'captured', 'recapture', 'recaptured', 'apprehended'],
  // A fine, before the punishments that hold it: "what fine" asks for a fine, not a ban (a word belongs to the first family that lists it).
  // An inquiry and what it examines: "What is the regulator investigating?" is answered by "it would examine whether…".
  // Not "probe": also a drill's or a spacecraft's.
  ['enquête', 'enquêter', 'enquêtent', 'examiner', 'examine', 'examinera', 'vérifier', 'investigate', 'investigates', 'investigating', 'investigation', 'inquiry', 'examining'],
  // What an agreement or a text holds: "What does the deal include?" is answered by « L'accord prévoit : ».
  ['inclure', 'inclut', 'prévoit', 'prévoient', 'contient', 'include', 'includes', 'including', 'contains', 'provides', 'provide'],
  // A text struck down by a court: « censuré » is said « déclaré contraire à la Constitution », "struck down".
  ['censurer', 'censuré', 'censurés', 'censurée', 'censurées', 'censure', 'inconstitutionnel', 'contraire', 'contraires', 'invalider', 'invalidé', 'invalidés', 'censored', 'struck', 'unconstitutional', 'invalidate', 'invalidated'],
  // People gathered to protest: a crowd, a rally are the protest a topic or a question names.
  ['manifestation', 'manifestations', 'manifestant', 'manifestants', 'manifester', 'rassemblement', 'rassemblements', 'rassemblés', 'rassemblées', 'foule', 'protest', 'protests', 'protester', 'protesters', 'demonstration', 'demonstrations', 'demonstrators', 'rally', 'rallies', 'crowd', 'gathered'],
  // Money owed to those harmed: compensation, a refund.
  ['indemnisation', 'indemniser', 'indemnisé', 'indemnisés', 'dédommagement', 'dédommager', 'remboursement', 'rembourser', 'remboursé', 'remboursés', 'compensation', 'compensate', 'compensated', 'refund', 'refunds', 'refunded', 'reimbursement', 'reimburse'],
  // A law and the bill that makes one: « un nouveau projet de loi » is "a new bill".
  ['loi', 'lois', 'législation', 'law', 'laws', 'bill', 'bills', 'legislation'],
  ['amende', 'amendes', 'fine', 'fined', 'fines'],
  // Who owns a thing and its owner: "Who owns the building?" is answered by "the block's owner, X", « X, propriétaire du site ».
  ['propriétaire', 'propriétaires', 'posséder', 'possède', 'possèdent', 'possédait', 'appartient', 'appartiennent', 'appartenait', 'own', 'owns', 'owned', 'owner', 'owners', 'ownership', 'belongs', 'belonged'],
  // Those who farm and what they farm: "farmers" are « éleveurs », « agriculteurs », the « monde agricole ».
  ['agriculteur', 'agriculteurs', 'agricultrice', 'agricultrices', 'agricole', 'agricoles', 'agriculture', 'éleveur', 'éleveurs', 'éleveuse', 'éleveuses', 'paysan', 'paysans', 'farmer', 'farmers', 'farm', 'farms', 'farming', 'breeder', 'breeders', 'grower', 'growers', 'agricultural'],
  // Those who review a work and what they write: « la critique » is "the critics".
  ['critique', 'critiques', 'critiqué', 'critiquée', 'critic', 'critics', 'criticism', 'criticised', 'criticized', 'reviewer', 'reviewers', 'reviews'],
  // The box office: a film's or a show's admissions, its spectators, the tickets sold.
  ['box-office', 'entrées', 'spectateurs', 'spectatrices', 'admissions', 'tickets', 'moviegoers', 'cinemagoers'],
  // A punishment. Not "penalty" / « pénalité »: in sport they are also a penalty kick or a points deduction.
  ['sanction', 'sanctions', 'sanctionner', 'sanctionné', 'sanctionnée', 'suspendu', 'suspendue', 'suspendus', 'suspendre', 'suspension', 'amende', 'amendes', 'punition', 'puni', 'punie', 'sanctioned', 'ban', 'bans', 'banned', 'suspended', 'suspend', 'fine', 'fined', 'fines', 'punishment', 'punished'],
];

/**
 * The noun a "how many" question counts (« Combien d'objets… », « Combien de blessés… », "How many
 * objects…"): group `noun`. A passage giving a number of that thing answers it, whatever else the
 * question's verb says (« remontés » is "recovered", "brought up").
 */
export const countedNoun: Record<'fr' | 'en', RegExp> = {
  fr: /(?:^|\s)combien\s+d(?:e\s+|['’])(?<noun>\p{L}[\p{L}-]*)/iu,
  en: /(?:^|\s)how\s+many\s+(?<noun>\p{L}[\p{L}-]*)/iu,
};

/**
 * Units by which an act is counted rather than those who did it: "How many deputies voted the motion?",
 * « Combien de députés ont voté ? » are answered by « 203 voix sur 350 », "201 votes for". When a "how many"
 * question holds one of the `verbs`, a number of one of the `units` counts its noun. Data only.
 */
export const countUnits: { verbs: string[]; units: string[] }[] = [
  { verbs: ['voter', 'voté', 'votent', 'votaient', 'vote', 'votes', 'voted', 'voting'], units: ['voix', 'vote', 'votes', 'suffrage', 'suffrages', 'bulletin', 'bulletins', 'ballot', 'ballots'] },
];

/**
 * Words that say a figure is expected, not decided: "up to", « jusqu'à », "faces", « risque »,
 * "could". Among figures posted at the same time, `/ask` gives a decided one first.
 */
export const expectedFigureWords: Record<'fr' | 'en', RegExp> = {
  fr: /(?<![\p{L}\p{N}])(?:jusqu['’]à|pouvant\s+atteindre|risqu(?:e|ent|ait|aient)|encour(?:t|ent|ait|aient)|pourrai(?:t|ent)|devrai(?:t|ent)|serai(?:t|ent)|environ|prévu|attendu)(?![\p{L}\p{N}])/iu,
  en: /(?<![\p{L}\p{N}])(?:up\s+to|faces?|faced|facing|could|might|would|expected|likely|around|had\s+said)(?![\p{L}\p{N}])/iu,
};
