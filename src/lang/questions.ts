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

/**
 * Questions that ask for a quantity ("Combien de…", "How many…"): an answer holds a number, in
 * figures or in words. `/ask` brings the passages holding one forward among the close matches.
 */
export const quantityQuestions: Record<'fr' | 'en', RegExp> = {
  fr: /^\s*(?:et\s+|mais\s+)?(?:combien|quel(?:le)?s?\s+(?:nombre|montant|somme|chiffre|quantité|bilan|pourcentage|âge|durée)\b)/iu,
  en: /^\s*(?:and\s+|but\s+)?(?:how\s+(?:many|much|long|old|big|large)\b|what\s+(?:number|amount|sum|percentage|share|toll)\b)/iu,
};

/** Numbers written as words (a figure is always a number): "cinq ans", "three people". */
export const numberWords: Record<'fr' | 'en', string[]> = {
  fr: ['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'cent', 'cents', 'mille', 'million', 'millions', 'milliard', 'milliards', 'dizaine', 'dizaines', 'douzaine', 'centaine', 'centaines', 'milliers', 'moitié', 'tiers', 'quart'],
  en: ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'dozen', 'dozens', 'half', 'third', 'quarter'],
};
