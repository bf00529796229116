/**
 * Words that tell a summary how a sentence reads on its own, for French and English. Data
 * only: src/summary/ reads it. Nothing here names a person, place or event.
 */
import type { Lang } from '../corpus/article.js';

export interface SummaryCues {
  /**
   * Connectives that tie a sentence to the one before it. At the start of an extracted
   * sentence they dangle, so they are trimmed ("Cependant, le porte-parole…" → "Le porte-parole…").
   * Written without the comma; a comma after them is trimmed too.
   */
  leadingConnectives: string[];
  /** Connectives trimmed only when a comma follows (they can also start a plain sentence: "Ainsi va…"). */
  leadingConnectivesWithComma: string[];
  /** Pronouns, demonstratives and possessives that, opening a sentence, point back to something the reader has not seen ("Its shares fell…"). */
  anaphoricOpeners: string[];
  /**
   * Definite articles before a role ("La syndicaliste a rappelé…", "The minister said…"): a role
   * with no name after it stands for someone named earlier in the article.
   */
  definiteArticles: string[];
  /** Personal subject pronouns: after an opening phrase ("Dans un message, il affirme…") they too point back. */
  subjectPronouns: string[];
  /** Asides set between commas after a subject that contrast it with someone named before ("Poutine, lui, a…"). */
  contrastiveAsides: string[];
  /**
   * Cue words of news importance (Edmundson's "bonus words"): a claim confirmed, denied or
   * not yet confirmed; an agreement accepted or refused; a reaction of concern or warning.
   * Matched as word starts on accent-folded, lower-case text.
   */
  bonusWords: string[];
  /**
   * Words that say who reported a fact, not what it is ("a déclaré", "selon l'agence", "said",
   * "news agency"): left out when telling whether two sentences report the same fact.
   */
  attributionWords: string[];
  /** Additive adverbs ("a aussi évoqué", "also said"): near the start, the sentence adds to one the reader has not seen. */
  additiveAdverbs: string[];
  /**
   * Verbs of a reminder (« Le bureau rappelle que… », "the agency reminded that…"): they recall what is
   * known, background, not news; no report word when telling a report from background. Forms as in
   * src/lang/speech.ts.
   */
  reminderVerbs: string[];
  /**
   * Phrases by which an article speaks of itself or of its coverage, not of the news ("franceinfo
   * fait le point sur ce que l'on sait", "here is what we know"): such a sentence reports no fact.
   * Matched as whole words on accent-folded, lower-case text, outside quotations (a speaker's "we
   * met the minister" is news).
   */
  selfReference: string[];
  /**
   * Openers of a sentence that only frames a quotation given before it ("C'est ainsi que la
   * ministre résume le projet.", "That is how the coach put it."): with a reporting verb and no
   * quotation of its own, such a sentence reports no fact. Matched on accent-folded, lower-case text.
   */
  quotationFrames: string[];
  /**
   * Endings of a sentence that only announces what follows (« …, la procureure communique les
   * éléments suivants. », "The ministry issued the following statement."): it tells that someone
   * speaks, not what. Not « s'en explique », « raconte »: the speaker's description may carry a fact
   * (« Le député, qui réclame une audition, s'en explique. »). Matched on accent-folded, lower-case text.
   */
  announcingEndings: string[];
  /**
   * Phrases saying someone did not speak (« n'a pas souhaité réagir », "declined to comment", "could not be
   * reached"): a sentence built on one tells that nothing was said, no fact. Matched as whole words on
   * accent-folded, lower-case text, outside quotations.
   */
  noComment: string[];
  /**
   * Openers of an interview answer that only answers its question ("Because I…", « Parce que… », "Yes,",
   * « Non, »): alone, the answer says nothing, its question being what it is about. Matched on accent-folded,
   * lower-case text at the start of the answer, as whole words.
   */
  answerOpeners: string[];
  /** Openers that answer only when a punctuation mark follows ("Yes, …", « Non. »; not "No one was hurt"). */
  answerInterjections: string[];
  /**
   * Phrases telling that a question was put to someone ("was asked whether", « a été interrogée sur », « s'est vu
   * demander si »): with no quotation and no reporting verb after it, the sentence tells only that a question was
   * asked, not its answer. Not "was asked to" (a request is news). Matched as whole words on accent-folded,
   * lower-case text, outside quotations.
   */
  questionPut: string[];
  /**
   * Words telling what was done or said at an earlier stage, since replaced (« La compagnie avait d'abord proposé… »,
   * "The company had initially offered…"): in the article's own telling, the sentence is outdated background, the
   * article giving what replaced it; not in an aside set off by commas, where the sentence gives the replacement
   * itself ("The vote, initially set for Monday, took place on Tuesday."). Matched as whole words on accent-folded,
   * lower-case text, outside quotations.
   */
  earlierStage: string[];
}

export const summaryCues: Record<Lang, SummaryCues> = {
  fr: {
    leadingConnectives: ['mais', 'et', 'or', 'donc', 'pourtant', 'cependant', 'toutefois', 'néanmoins'],
    leadingConnectivesWithComma: [
      'par ailleurs', 'en outre', 'de plus', 'ainsi', 'enfin', "d'autre part", 'en revanche', 'par conséquent',
      'de son côté', 'de leur côté', 'pour sa part', 'pour leur part', 'dans le même temps', 'parallèlement',
      'en effet', 'de même', 'également', 'aussi', 'quant à lui', 'quant à elle', 'au contraire', 'malgré tout',
      'pour rappel', 'pour mémoire',
    ],
    contrastiveAsides: ['lui', 'elle', 'eux', 'elles', 'quant à lui', 'quant à elle', 'de son côté', 'pour sa part', 'lui aussi', 'elle aussi'],
    anaphoricOpeners: ['il', 'ils', 'elle', 'elles', 'ce', 'cet', 'cette', 'ces', 'celui', 'celle', 'ceux', 'celles', 'celui-ci', 'celle-ci', 'ceux-ci', 'cela', 'lui', 'eux', 'son', 'sa', 'ses', 'leur', 'leurs'],
    definiteArticles: ['le', 'la', 'les', "l'"],
    subjectPronouns: ['il', 'ils', 'elle', 'elles'],
    bonusWords: [
      'confirm', 'dementi', 'nie', 'nier', 'pas encore', "a l'ordre du jour", 'accept', 'refus', 'rejet',
      'accord', 'preoccup', 'inquiet', 'condamn', 'averti', 'menac', 'sanction', 'premier', 'premiere', 'soutien',
    ],
    additiveAdverbs: ['aussi', 'également'],
    reminderVerbs: ['rappelé', 'rappelle', 'rappelant'],
    selfReference: [
      "ce que l'on sait", "ce qu'on sait", "ce que l'on ne sait pas", "ce qu'il faut savoir", 'on fait le point', 'faisons le point',
      'vous explique', 'vous expliquons', 'on vous explique', 'nous vous expliquons', 'voici ce que', 'notre direct',
      'suivez en direct', 'nos questions', 'répond à vos questions', 'décryptage',
      // A live blog's own furniture: its welcome and its sign-off.
      'ce direct', 'notre live', 'ce live', 'merci de nous avoir suivis', 'merci de nous avoir suivi', 'merci de nous avoir lus',
      'merci de nous suivre', "merci de l'avoir suivi", 'nous vous retrouvons',
      // Its pauses: the entry that closes a day and says when the coverage resumes.
      "c'est tout pour aujourd'hui", "c'est tout pour ce soir", "c'est tout pour nous", "c'est terminé pour aujourd'hui",
      'le direct reprend', 'le direct reprendra', 'notre couverture reprend', 'notre couverture reprendra', 'retrouvez-nous',
      // Its readers' messages, which it prints beside the news.
      'un lecteur', 'une lectrice', 'nos lecteurs', 'nos lectrices', 'un de nos lecteurs', 'une de nos lectrices',
      // The lead-in of an interview: the paper putting its questions.
      'nous avons demandé', 'nous avons interrogé', 'nous lui avons demandé', 'a répondu à nos questions', 'nous avons posé',
      'nous avons rencontré', 'nous nous sommes entretenus', 'nous avons joint', 'nous avons pu joindre', 'nous avons parlé avec',
    ],
    quotationFrames: ["c'est ainsi que", "c'est en ces termes que", "c'est par ces mots que", 'voici comment', 'voilà comment'],
    announcingEndings: ['les éléments suivants', 'les informations suivantes', 'le communiqué suivant', 'la déclaration suivante', 'ce qui suit'],
    noComment: [
      "ne s'est pas exprimé", "ne s'est pas exprimée", "ne s'est pas encore exprimé", "ne s'est pas encore exprimée", "ne se sont pas exprimés",
      "n'a pas souhaité réagir", "n'a pas souhaité commenter", "n'a pas souhaité s'exprimer", "n'ont pas souhaité réagir",
      "n'a pas donné suite", "n'ont pas donné suite", "n'a pas pu être joint", "n'a pas pu être jointe", "n'était pas joignable",
      "s'est refusé à tout commentaire", "s'est refusée à tout commentaire", "se refuse à tout commentaire",
      'pas répondu à nos sollicitations', 'pas répondu aux sollicitations', 'pas répondu à nos questions',
      "n'a pas voulu réagir", "n'a pas voulu commenter", "n'ont pas voulu réagir", "n'a pas souhaité faire de commentaire",
    ],
    answerOpeners: ['parce que', "parce qu'", 'car'],
    // Not « d'abord » alone: a first step of several (« Il a d'abord rencontré le maire, puis… ») is no replaced one.
    earlierStage: ['initialement', 'dans un premier temps', "avait d'abord", "avaient d'abord", "avait tout d'abord", 'au départ', "à l'origine"],
    questionPut: [
      'a été interrogé sur', 'a été interrogée sur', 'ont été interrogés sur', 'ont été interrogées sur',
      'a été interrogé pour savoir si', 'a été interrogée pour savoir si', 'a été questionné sur', 'a été questionnée sur',
      "s'est vu demander si", "s'est vue demander si", "se sont vu demander si",
      "s'est vu poser la question", "s'est vue poser la question", 'a été interrogé sur la question de savoir si', 'a été interrogée sur la question de savoir si',
    ],
    answerInterjections: ['oui', 'non', 'si', 'bien sûr', 'absolument', 'évidemment', 'pas du tout', 'tout à fait', 'exactement', 'jamais'],
    attributionWords: [
      'déclaré', 'déclare', 'dit', 'affirmé', 'affirme', 'ajouté', 'ajoute', 'annoncé', 'annonce', 'indiqué', 'indique',
      'précisé', 'précise', 'rapporté', 'rapporte', 'expliqué', 'explique', 'souligné', 'souligne', 'assuré', 'assure',
      'agence', 'presse', 'médias', 'média', 'communiqué', 'rapport', 'officiel', 'officielle', 'site', 'internet', 'selon',
      'journalistes', 'propos', 'diffusés', 'transmis', 'citant',
    ],
  },
  en: {
    // "Still" opens a plain sentence as an adverb too ("Still no sign of the driver."): trimmed only before a comma.
    leadingConnectives: ['but', 'and', 'so', 'yet', 'however', 'nevertheless', 'nonetheless'],
    leadingConnectivesWithComma: [
      'still', 'meanwhile', 'also', 'moreover', 'furthermore', 'in addition', 'additionally', 'separately', 'instead', 'thus',
      'on the other hand', 'for his part', 'for her part', 'for their part', 'at the same time', 'likewise', 'indeed',
      'in turn', 'besides', 'even so', 'as a reminder', 'for the record',
    ],
    contrastiveAsides: ['for his part', 'for her part', 'for their part', 'in turn', 'meanwhile', 'too', 'though'],
    anaphoricOpeners: ['he', 'she', 'they', 'it', 'this', 'these', 'those', 'that', 'him', 'them', 'its', 'his', 'her', 'their'],
    definiteArticles: ['the'],
    subjectPronouns: ['he', 'she', 'they'],
    bonusWords: [
      'confirm', 'denied', 'deny', 'denies', 'not yet', 'on the agenda', 'accept', 'refus', 'reject',
      'agreement', 'deal', 'concern', 'worr', 'condemn', 'warn', 'threat', 'sanction', 'first', 'support',
    ],
    additiveAdverbs: ['also', 'too'],
    reminderVerbs: ['recalled', 'recalls', 'reminded', 'reminds', 'reminding'],
    selfReference: [
      'what we know', "what we don't know", 'what you need to know', "here's what", 'here is what', 'live updates',
      'follow our live', 'follow live', 'explainer', 'we explain', 'answers your questions', 'key questions answered',
      // A live blog's own furniture: its welcome and its sign-off.
      'our live blog', 'this live blog', 'thank you for following', 'thanks for following',
      'thank you for reading', 'thanks for reading', "we'll leave", 'we will leave', 'stay with us',
      // Its pauses: the entry that closes a day and says when the coverage resumes.
      "that's all for today", "that's all for tonight", "that's all from us", 'that is all for today', 'that is all for tonight',
      'coverage resumes', 'coverage will resume', "we'll be back", 'we will be back', 'join us again',
      // Its readers' messages, which it prints beside the news.
      'a reader', 'one reader', 'our readers', 'readers write', 'a reader writes', 'another reader',
      "that's all from our",
      // The lead-in of an interview: the paper putting its questions.
      'we asked', 'answered our questions', 'we spoke to', 'we spoke with', 'we talked to', 'we talked with', 'we sat down with',
      'we caught up with', 'we met',
    ],
    quotationFrames: ['this is how', 'that is how', 'that was how', 'this was how', 'in those words', 'in these words', 'with those words', 'with these words'],
    announcingEndings: ['the following statement', 'the following'],
    noComment: [
      'did not comment', 'declined to comment', 'has not commented', 'have not commented', 'had no comment', 'no immediate comment',
      'did not respond to a request for comment', 'did not respond to requests for comment', 'did not immediately respond',
      'could not be reached', 'was not available for comment', 'were not available for comment', 'not immediately available for comment',
      'did not return calls', 'did not return a request for comment',
      'refused to comment', 'would not comment', 'declined to comment further', 'did not reply to a request for comment',
    ],
    // Not "because of": "Because of the heat, the race was cut short" tells its own fact.
    answerOpeners: ['because'],
    earlierStage: ['initially', 'originally', 'at first', 'had first'],
    questionPut: [
      'was asked whether', 'was asked if', 'was asked about', 'were asked whether', 'were asked if', 'were asked about',
      'been asked whether', 'been asked if', 'been asked about', 'is asked whether', 'is asked about',
      'was questioned about', 'were questioned about', 'was quizzed about', 'was quizzed on', 'was pressed on', 'was pressed about',
    ],
    answerInterjections: ['yes', 'no', 'yeah', 'of course', 'absolutely', 'certainly', 'not at all', 'exactly', 'never', 'sure'],
    attributionWords: [
      'said', 'says', 'say', 'told', 'tells', 'stated', 'added', 'adds', 'announced', 'announces', 'reported', 'reports',
      'explained', 'noted', 'according', 'agency', 'news', 'press', 'media', 'statement', 'report', 'official', 'website',
      'reporters', 'remarks', 'citing',
    ],
  },
};
