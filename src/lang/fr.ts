/** French language knowledge used by text analysis. Data only: no code paths depend on an event. */
import { fra } from 'stopword';

/**
 * An outlet name as a credit line prints it: capitalised words, with lower-case particles between
 * them and a lower-case adjective after them ("La Voix du Nord", "La Gazette occitane", "Le
 * Républicain lorrain").
 */
const NAME = String.raw`[\p{Lu}\d][\p{L}\d.&'’-]*(?:\s+(?:(?:de|du|des|la|le|les|l['’])\s*)*[\p{Lu}\d][\p{L}\d.&'’-]*){0,5}(?:\s+(?!(?:avec|et|par|pour|sur)\b)\p{Ll}[\p{L}'’-]{2,}){0,2}`;
/** A person's name as a byline prints it: two to four capitalised words, with particles ("Jean de La Fontaine"). */
const PERSON = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|du|des|d['’]|le|la|van|von|der|da|di|ben|al|el)\s*)*\p{Lu}[\p{L}'’.-]*){1,3}`;
/** Words naming what the writers did, before « par » and their names (« Direct animé par Jeanne Roux et Paul Blanc »). */
const BYLINE_LEADS = ['direct animé', 'direct assuré', 'direct réalisé', 'direct tenu', 'propos recueillis', 'texte', 'textes', 'reportage', 'enquête', 'entretien', 'entretien réalisé', 'interview', 'interview réalisée', 'questions', 'posté', 'publié', 'rédigé', 'écrit'];
/** A live blog's shift of each writer, in brackets after the name (« Jeanne Roux (en ce moment) et Paul Blanc (plus tôt) »). */
const SHIFTS = ['en ce moment', 'actuellement', 'maintenant', 'plus tôt', 'ce matin', 'cet après-midi', 'ce soir', 'cette nuit'];
/** Job titles that may follow a byline after a comma. */
const BYLINE_ROLES = ['correspondant', 'correspondante', 'envoyé spécial', 'envoyée spéciale', 'journaliste', 'rédacteur', 'rédactrice', 'reporter', 'chroniqueur', 'chroniqueuse', 'éditorialiste', 'chef du service', 'cheffe du service', 'service', 'rédaction', 'photographe', 'grand reporter'];
/** Words that open the place or desk after a byline's job title ("correspondant à Bruxelles"). */
const ROLE_PLACE = ['à', 'au', 'aux', 'en', 'pour', 'de', 'du', 'des', 'chez', 'sur'];
const alternatives = (words: string[]) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
/** Job titles as a byline prints them, in lower case or capitalised ("Health and Science Correspondent"). */
const roleWords = (words: string[]) => alternatives(words).replace(/(^|[\s|])(\p{Ll})/gu, (_, before: string, c: string) => `${before}[${c}${c.toUpperCase()}]`);
/** ", envoyée spéciale à Kiev", ", correspondant permanent": a job title after a byline, a few words before and after it. */
const ROLE = String.raw`\s*,\s*(?:[\p{L}'’-]+\s+){0,3}?(?:${roleWords(BYLINE_ROLES)})s?(?:\s+[\p{L}'’-]+)?(?:\s+(?:${alternatives(ROLE_PLACE)})\s+[^.!?,;]{1,40})?`;

export const fr = {
  /**
   * Endings that derive a word from another ("vacciner" → "vaccination", "nation" → "nationalisme"): a topic word
   * finds a longer word it begins only when the rest is made of these, not of another word ("porte" ≠ "portefeuille").
   */
  /**
   * A past participle as typed, masculine ("blessé", "blessés"), and the endings of the same participle as printed,
   * accents folded, in the feminine ("blessee", "blessees"): a topic « blessés » finds « 17 personnes ont été blessées ».
   */
  participleMasculine: /\p{L}{3}és?$/u,
  participleFeminineFolded: /ees?$/u,
  derivationEndings: ['e', 'es', 's', 'x', 'ment', 'ments', 'ation', 'ations', 'ition', 'itions', 'ion', 'ions', 'eur', 'eurs', 'euse', 'euses', 'rice', 'rices', 'ite', 'ites', 'iste', 'istes', 'isme', 'ismes', 'ique', 'iques', 'al', 'ale', 'ales', 'aux', 'el', 'elle', 'elles', 'els', 'ier', 'iers', 'iere', 'ieres', 'ais', 'aise', 'aises', 'ien', 'iens', 'ienne', 'iennes', 'age', 'ages', 'ance', 'ances', 'ence', 'ences', 'ant', 'ants', 'ante', 'antes', 'ent', 'ents', 'if', 'ifs', 'ive', 'ives', 'isation', 'isations', 'iser', 'ise', 'ises', 'er', 'ee', 'ees', 'es', 'i', 'ie', 'ies', 'is', 'it', 'u', 'ue', 'ues', 'us', 'n', 'ne', 'nes', 'r', 're', 'res', 'te', 'tes', 'ure', 'ures'],
  /**
   * A noun's ending and the verb root it alternates with ("suspension" ↔ "suspend-u", "extension" ↔
   * "extend-ed"), or its participle ("reconstruction" ↔ "reconstruit", "production" ↔ "produit"): the noun's
   * root is the verb's, so the topic finds the verb's forms and the other way round.
   */
  derivationAlternations: [{ noun: 'nsion', verb: 'nd' }, { noun: 'uction', verb: 'uire' }, { noun: 'uction', verb: 'uit' }],
  /** Stopwords: the maintained `stopword` list plus frequent function words it lacks. */
  stopwords: [...fra, 'a', 'ete', 'etre', 'plus', 'tout', 'tous', 'toute', 'toutes', 'aussi', 'ainsi', 'dont', 'quand', 'y', 'cela', 'ca', 'si', 'sans', 'selon', 'apres', 'avant', 'entre', 'lors', 'leurs', 'leur', 'deux', 'contre', 'alors', 'tandis', 'comme', 'vers', 'encore', 'deja', 'tres', 'moins', 'chez', 'sous', 'depuis', 'pendant', 'afin', 'fois', 'autre', 'autres', 'meme', 'memes', 'combien', 'pourquoi', 'comment', 'quoi', 'va', 'vont'],
  /** Elided articles and pronouns before a vowel: l'invitation, qu'il, jusqu'à. */
  elisions: ['l', 'd', 'qu', 'j', 'n', 's', 'c', 'm', 't', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu'],
  /** Abbreviations followed by a period that do not end a sentence. */
  abbreviations: ['M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Dr', 'Pr', 'Me', 'Mgr', 'St', 'Ste', 'NDLR', 'NDT', 'cf', 'etc', 'env', 'av', 'apr', 'J.-C', 'p', 'art', 'vol', 'n°', 'No', 'Gén', 'Gal', 'Col', 'Cdt', 'Lt', 'Sgt'],
  /** Words that, on a short line, mark advertising or page furniture. */
  pageMarkers: ['répondre', 'moments clés', 'les moments clés', 'temps forts', 'les temps forts', 'afficher uniquement les moments clés', 'actualiser', 'rafraîchir', 'publicité', 'annonce', 'sponsorisé', 'contenu sponsorisé', 'partager', 'partagez', 'imprimer', 'abonnez-vous', "l'article", 'lire la suite', 'lire aussi', 'à lire aussi', 'à lire également', 'voir aussi', 'en images', 'vidéo', 'photo', 'diaporama', 'contactez-nous', 'nous contacter', 'écrivez-nous', 'réagir', 'commenter', 'communiqué de presse', 'communiqué', 'note aux rédactions'],
  /**
   * Words that, opening a line, make it a link to another article ("Lire aussi : …", "À lire
   * aussi | …"), whatever its length. A one-word marker must be followed by a separator
   * (":", "|", "»", a dash); a longer one may also be followed by a headline (a line without
   * final punctuation).
   */
  leadMarkers: ['lire aussi', 'à lire aussi', 'lire également', 'à lire également', 'lisez aussi', 'voir aussi', 'à voir aussi', 'à voir également', 'à lire', 'à relire', 'à découvrir', 'à découvrir aussi', 'lire', 'relire', 'lire la suite'],
  /**
   * A line with one of these starts a "more to read" / comments section: after the article's body
   * it and everything after are not the article (before the body only the line itself is removed).
   * A one-word marker must be the whole line; a longer one may be part of a line without final punctuation.
   */
  sectionCutMarkers: ['pourrait également vous intéresser', 'pourrait aussi vous intéresser', 'vous aimerez aussi', 'vous aimerez également', 'sur le même sujet', 'les plus lus', 'articles les plus lus', 'nos articles recommandés', 'à découvrir aussi', 'dans la même rubrique', 'plus d\'articles', 'la rédaction vous conseille', 'la rédaction vous recommande', 'les plus populaires', 'les plus partagés', 'les plus commentés', 'articles liés', 'articles similaires', 'commentaires', 'réactions'],
  /** Words that count comments: "142 commentaires", "Commentaires (12)" is a comment counter. */
  commentWords: ['commentaire', 'commentaires', 'réaction', 'réactions', 'réagissez', 'réagir'],
  /** Words before a comment count on a link to the comments ("Voir les 3 commentaires"). */
  commentLinkWords: ['voir les', 'voir', 'afficher les', 'lire les'],
  /** Share bars: a line made of a share phrase and network names ("Partager : Facebook Twitter LinkedIn"). */
  shareMarkers: ['partager ce post', 'partager ce message', 'partager cette publication', 'partager', 'partagez', 'partager sur', 'partagez sur', 'partager cet article', 'partagez cet article', "partager l'article", 'partager par', 'partagez-le', 'partagez-la', 'partagez-les'],
  shareTargets: ['facebook', 'twitter', 'x', 'linkedin', 'whatsapp', 'messenger', 'telegram', 'pinterest', 'reddit', 'bluesky', 'threads', 'flipboard', 'mastodon', 'e-mail', 'email', 'mail', 'courriel', 'copier le lien', 'copier', 'lien', 'imprimer', 'sms'],
  /** Phrases typical of comment-section and site boilerplate. */
  boilerplatePhrases: ['direct est désormais terminé', 'direct est maintenant terminé', 'merci de l\'avoir suivi', 'merci d\'avoir suivi ce direct', 'jouer comporte des risques', 'appel non surtaxé', 'débats de commentaires', 'fonction de commentaire', 'laisser un commentaire', 'écrire un commentaire', 'ajouter un commentaire', 'les commentaires sont fermés', 'avez-vous une remarque', 'découvert une erreur', 'via le formulaire', 'avez-vous quelque chose à nous dire', 'connectez-vous pour', 'inscrivez-vous à notre', 'abonnez-vous à notre', 'notre newsletter', 'utilisation de cookies', 'accepter les cookies', 'tous droits réservés', 'merci de votre compréhension', 'réagir à cet article', 'réagissez à cet article', 'commentez cet article', 'les heures sont indiquées en heure locale', 'signaler un abus', 'disponible dans votre pays', 'disponible dans votre région', 'créez votre compte', 'créez un compte', 'identifiez-vous pour', 'vous avez une information à nous', 'une histoire à nous raconter', 'activez javascript', 'nous utilisons des cookies', 'ce site utilise des cookies', 'notre site utilise des cookies', 'en poursuivant votre navigation', 'vous acceptez leur utilisation', 'nous respectons votre vie privée', 'gérer les cookies', 'paramétrer les cookies', 'continuer sans accepter', 'le direct est terminé', 'ce direct est terminé', 'notre direct est terminé', 'merci de nous avoir suivis', "merci de l'avoir suivi", 'actualisez la page', 'rafraîchissez la page', 'actualisez pour', 'les commentaires sont modérés', 'commentaires sont soumis à modération', 'notre charte de modération', 'charte de modération', 'nos règles de modération'],
  /** Site controls: a line made only of these ("Menu Rechercher Se connecter S'abonner", "Aller au contenu") is page furniture. */
  siteControls: ['aller au contenu', 'aller au contenu principal', 'passer au contenu', 'menu', 'rechercher', 'recherche', 'se connecter', 'connexion', 'se déconnecter', 'déconnexion', "s'abonner", 'abonnez-vous', "s'inscrire", 'mon compte', 'accueil', 'tout accepter', 'tout refuser', 'accepter', 'refuser', 'paramétrer', 'actualiser', 'rafraîchir', 'actualiser la page', 'rafraîchir la page', "je m'abonne", 'je me connecte', 'mon espace', 'abonnement', 'abonnements', 'offre numérique'],
  /** Labels of a ticker of other stories across the page's top: "Tendances : … · …", "FLASH INFO · …" (a line opening with one, then a separator, is page furniture). */
  tickerLabels: ['tendances', 'tendance', 'flash info', 'flash infos', 'en ce moment', 'les plus lus', 'les plus lues', 'les plus partagés', 'dernière minute', 'dernières infos', 'alerte info', 'sujets du jour', 'à suivre'],
  /** Labels of site furniture: a short line opening with one and a colon is not the article ("Nos engagements : …"). */
  furnitureLabels: ['nos engagements', 'notre charte', 'charte éditoriale', 'charte de déontologie', 'nos principes éditoriaux', 'à propos', 'suivez-nous', 'mots-clés', 'mots clés', 'tags', 'note aux rédactions'],
  /** Labels of a press release's contact line, then a colon (« Contact presse : Jeanne Roy, 01 23 45 67 89 »): page furniture, not news. */
  contactLabels: ['contact presse', 'contacts presse', 'contact médias', 'contacts médias', 'relations presse', 'service de presse', 'service presse', "pour plus d'informations", "pour tout renseignement", 'renseignements'],
  /** Words for a newsletter: with a sign-up call ("Inscrivez-vous à la newsletter …") the sentence is a prompt. */
  newsletterWords: ['newsletter', 'newsletters', 'infolettre', "lettre d'information", "lettre d'info", 'courriel', 'e-mail', 'email'],
  /** Sign-up calls that open a newsletter prompt ("Inscrivez-vous à …", "Newsletter Sports : recevez …"). */
  signUpWords: ['inscrivez-vous', 'abonnez-vous', 'recevez', 'recevoir', "s'inscrire", "je m'inscris", 'inscription', 'découvrez'],
  /** Whole sentences that call the reader next to a sign-up prompt: buttons, "did you like it". */
  /** Un court appel à financer le site : un mot de soutien en tête, un mot du journalisme dedans (« Soutenez une rédaction indépendante »). */
  supportWords: ['soutenez', 'soutenir', 'aidez-nous', 'financez', 'faites un don'],
  journalismWords: ['journalisme', 'rédaction', 'presse', 'information', 'journalistes', 'média', 'médias'],
  readerPrompts: ["je m'inscris", "je m'abonne", "s'inscrire", "s'abonner", 'vous aimez ce que vous lisez', 'vous aimez nos articles', 'devenez membre', 'devenez abonné', 'devenez abonnée', 'je fais un don', 'faire un don', 'soutenez-nous', 'vous avez aimé cet article', 'cet article vous a plu', 'vous avez apprécié cet article', 'activez les notifications', 'activer les notifications', 'activez les alertes', 'activer les alertes', 'recevoir les alertes', 'recevez nos alertes', 'inscrivez-vous aux alertes'],
  /**
   * Words that address the reader: a short question with one of them and a sign-up word or a
   * page object ("Vous souhaitez recevoir nos alertes ?", "Cet article vous a été utile ?") is a call to action.
   */
  readerAddressWords: ['vous', 'votre', 'vos', 'tu', 'te', 'ton', 'ta', 'tes'],
  /** What a call to action offers or asks about: this page, the site's alerts, its newsletter. */
  /** Words after a page object that make it another thing ("cet article de loi"): then it is no call to action. */
  pageObjectComplements: ['de', 'du', 'des', "d'"],
  pageObjectWords: ['cet article', 'ce contenu', 'cette vidéo', 'nos alertes', 'nos notifications', 'notre newsletter', 'nos newsletters', 'notre site', 'notre application', 'notre journal'],
  /** Labels of a box set inside the article ("Le saviez-vous ? …"): the label goes, the fact it opens stays. */
  boxLabels: ['le saviez-vous', 'bon à savoir', 'à savoir', 'à retenir', 'en bref', 'rappel des faits', 'le point'],
  /** Lines that introduce embedded media: a short heading right before one is a teaser for it. */
  mediaMarkers: ['vidéo', 'video', 'photo', 'image', 'audio', 'podcast', 'infographie'],
  /**
   * Labels that open a caption or a media box, then a colon ("Photo : Le siège de la banque… © X",
   * "Photo d'illustration : …"): the whole short paragraph is page furniture.
   */
  /** A rights notice that names the site without a © sign ("Radio X - Tous droits réservés - 2026", "The Courier. All rights reserved."). */
  rightsNotices: ['tous droits réservés', 'tous droits de reproduction réservés', 'droits réservés'],
  /** A company suffix after a site's name in its copyright notice ("© 2025 The Courier Ltd."): not part of the name. */
  companySuffixes: ['SA', 'SAS', 'SARL', 'SASU'],
  /** Titres de la liste des moments clés d'un direct (« Les moments clés ») : les lignes « HHhMM titre » dessous renvoient aux entrées. */
  /** A live blog's greeting to its readers, opening the day's coverage: its own furniture, not a fact (« Bonjour et bienvenue dans ce direct »). */
  /** A live blog's sign-off closing the day's coverage (see en.liveSignOffs). */
  liveSignOffs: ['c\'est la fin de ce direct', 'c\'est tout pour aujourd\'hui', 'nous mettons fin à ce direct', 'nous clôturons ce direct', 'ce direct touche à sa fin', 'fin de ce direct', 'nous vous retrouvons demain', 'on se retrouve demain', 'merci de nous avoir suivis', 'merci de nous avoir lus'],
  /** A sentence pointing the reader to another page (see en.readerLinkOpeners). */
  readerLinkOpeners: ['vous pouvez lire', 'vous pouvez relire', 'vous pouvez retrouver', 'vous pouvez suivre', 'vous pouvez revoir', 'lire', 'relire', 'retrouvez', 'relisez', 'lisez', 'suivez', 'revoyez', 'cliquez'],
  readerLinkEnds: ['ici', 'ci-dessous', 'sur notre site'],
  /** How often a newsletter comes (« Recevez chaque soir l'essentiel ») (see en.deliveryCadences). */
  deliveryCadences: ['chaque matin', 'chaque soir', 'chaque jour', 'chaque semaine', 'tous les matins', 'tous les soirs', 'tous les jours', 'toutes les semaines', 'quotidiennement', 'chaque vendredi', 'chaque lundi'],
  liveGreetings: ['bonjour et bienvenue', 'bonsoir et bienvenue', 'bienvenue dans ce direct', 'bienvenue sur ce direct', 'bienvenue dans notre direct', 'bienvenue sur notre direct', 'bienvenue dans ce live', 'bienvenue sur ce live', 'bienvenue dans notre live', 'bienvenue sur notre live', 'bienvenue dans ce suivi', 'bienvenue dans notre suivi', 'suivez notre direct', 'suivez en direct', 'suivez notre live', 'suivez notre suivi', 'retrouvez notre direct'],
  /** Labels that open a live blog's exchange with a reader (« Question d'un lecteur : … Réponse : … »): furniture, see en.readerQuestionLabels. */
  readerQuestionLabels: ["question d'un lecteur", "question d'une lectrice", "question d'un internaute", "question d'une internaute", 'question de lecteur', 'questions de lecteurs', 'un lecteur demande', 'une lectrice demande', 'un internaute demande', 'une internaute demande'],
  /** Words of a service's phone line (« Numéro vert : 0 800 … (appel gratuit) »): see en.hotlineWords. */
  hotlineWords: ['plateforme téléphonique', 'numéro vert', 'numéro gratuit', 'appel gratuit', 'ligne téléphonique', "ligne d'écoute", 'service gratuit', 'numéro azur'],
  /** A heading that opens an organisation's standing description at the foot of a release (« À propos de la Cour des comptes »): the text under it is boilerplate. */
  aboutHeadings: ['à propos de', 'à propos de la', "à propos de l'", 'à propos du', 'à propos des', "à propos d'"],
  keyEventHeadings: ['moments clés', 'les moments clés', 'temps forts', 'les temps forts', "l'essentiel du direct"],
  /** L'état d'un match dans une ligne de résultats (« Brest 2 - 1 Lorient · Terminé »). */
  matchStates: ['terminé', 'mi-temps', 'en cours', 'reporté', 'à venir', 'arrêté', 'tab', 'ap'],
  captionLabels: ['photo', 'photos', "photo d'illustration", 'illustration', 'image', "image d'illustration", 'légende', 'crédit photo', 'crédits photo', 'vidéo', 'infographie', 'diaporama'],
  /** Words of a publication stamp besides its date and time ("Publié le 15 mai 2024 à 18h32", "Mis à jour le …"). */
  /** Le mot qui ouvre une signature en fin de ligne de date (« Publié le 3 mars 2026 à 10h20 par Jeanne Roux »). */
  stampBylineWords: ['par'],
  /** Words that make a lone clock time a stamp (« Direct · Mis à jour à 21h30 »), unlike a live blog's entry time alone (« 21h30 »). */
  stampVerbs: ['publié', 'publiée', 'mis à jour', 'mise à jour', 'modifié', 'actualisé'],
  dateStampWords: ['publié', 'publiée', 'publié le', 'mis à jour', 'mise à jour', 'dernière mise à jour', 'modifié', 'actualisé', 'le', 'à', 'h', 'et', 'heure', 'heures', 'en direct', 'direct'],
  /**
   * A stamp's time told relative to now ("Mis à jour il y a 2 heures"): the words before or after a
   * count and a unit, the words for "one" that may stand for the count, the units.
   */
  stampAgo: {
    before: ['il y a'],
    after: [] as string[],
    one: ['un', 'une'],
    units: ['seconde', 'secondes', 's', 'minute', 'minutes', 'min', 'mn', 'heure', 'heures', 'h', 'jour', 'jours', 'j', 'semaine', 'semaines'],
  },
  /** Job titles that may follow a byline after a comma ("Par Jeanne Roux, envoyée spéciale à Kiev"). */
  bylineRoles: BYLINE_ROLES,
  /** Credit lines: contributors, translators, reporting. */
  /**
   * An author's note closing the page: "Jeanne Roux est journaliste au service santé.", "Jeanne Roux
   * est notre correspondante à Bruxelles." Read only on the last paragraph of prose.
   */
  authorBioPatterns: [
    new RegExp(`^${PERSON}\\s+(?:est|était)\\s+(?:(?:le|la|notre|un|une|l['’])\\s*)?[^.!?]{0,60}?(?<![\\p{L}])(?:${alternatives(BYLINE_ROLES)})s?(?![\\p{L}])`, 'u'),
    new RegExp(`^${PERSON}\\s+couvre\\s+[^.!?]{1,60}\\s+depuis\\s`, 'u'),
  ],
  creditPatterns: [
    /^(?<names>.+?)\s+(?:de|du|d')\s*(?<outlet>[A-Z][\w .&'-]+?)\s+ont contribué à ce (?:rapport|reportage|article)\.?$/u,
    /^(?<names>.+?)\s+(?:de|du|d')\s*(?<outlet>[A-Z][\w .&'-]+?)\s+a contribué à ce (?:rapport|reportage|article)\.?$/u,
    /^[Ss]elon\s+(?<outlet>[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*)*)\s*\.?$/u,
    /^\((?:reportage|rédigé par|avec)\b[^)]*\)$/iu,
    // The desk's line, not the authors': « Édité par Jeanne Roux », « Édition : Paul Martin et Marie Durand ».
    new RegExp(`^(?:[ÉéEe]dité\\s+par|[ÉéEe]dition\\s*:)\\s+${PERSON}(?:\\s*(?:,|&|\\bet\\b)\\s*${PERSON}){0,3}\\.?$`, 'u'),
    // A person's byline with the agency: « Par Jeanne Roux avec AFP », « Par Jean Dupont et Marie Roux (avec Reuters) ».
    // A person is no outlet: the names are the byline (an outlet after « Par » opens with an article, « Par Le Progrès »).
    new RegExp(`^[Pp]ar\\s+(?!(?:L['’]|(?:Le|La|Les)\\s))(?<names>${PERSON}(?:\\s*(?:,|&|\\bet\\b)\\s*${PERSON}){0,3})\\s+(?:\\(\\s*)?[Aa]vec\\s+(?:l['’]\\s*)?(?<agency>[\\p{L}][\\p{L}\\s.,&'’-]{0,60}?)\\s*\\.?(?:\\s*\\))?\\.?$`, 'u'),
    // "Le Figaro avec AFP", "Ouest-France avec AFP.", "Par Le Monde avec Reuters et AFP", "Avec agences":
    // the agencies are checked against the wire agencies (or "agences"), so "Macron avec Scholz" is no credit.
    // "Par Le Progrès (avec AFP)": the same credit, the agencies in brackets.
    new RegExp(`^(?:(?:[Pp]ar\\s+)?(?<outlet>${NAME})\\s+)?(?:\\(\\s*)?[Aa]vec\\s+(?:l['’]\\s*)?(?<agency>[\\p{L}][\\p{L}\\s.,&'’-]{0,60}?)\\s*\\.?(?:\\s*\\))?\\.?$`, 'u'),
    // The newsroom as byline: "Par la rédaction de Drôme Matin", "Par la rédaction d'Ouest Info".
    new RegExp(`^[Pp]ar\\s+la\\s+rédaction\\s+(?:de\\s+|d['’]\\s*)(?<outlet>${NAME})$`, 'u'),
    // A bare byline naming a publication: "Par Le Parisien", "Par L'Express" (an article opens the name).
    new RegExp(`^[Pp]ar\\s+(?<outlet>(?:L['’]\\s*|(?:Le|La|Les)\\s+)${NAME})$`, 'u'),
    // A byline naming the work: « Direct animé par Jeanne Roux et Paul Blanc », « Propos recueillis par Jean Dupont ».
    new RegExp(`^(?:${roleWords(BYLINE_LEADS)})\\s+par\\s+(?<names>${PERSON}(?:\\s*\\([\\p{Ll} ]{1,20}\\))?(?:\\s*(?:,|&|\\bet\\b)\\s*${PERSON}(?:\\s*\\([\\p{Ll} ]{1,20}\\))?){0,3})\\.?$`, 'u'),
    // A live blog's writers, each with their shift and no lead: « Jeanne Roux (en ce moment) et Paul Blanc (plus tôt) ».
    new RegExp(`^(?<names>${PERSON}\\s*\\((?:${alternatives(SHIFTS)})\\)(?:\\s*(?:,|&|\\bet\\b)\\s*${PERSON}\\s*\\((?:${alternatives(SHIFTS)})\\)){0,3})\\.?$`, 'u'),
    // A bare byline: "Par Jean Dupont", "Par Marie Durand et Paul Martin" (a wire agency alone, "Par AFP", is the agency).
    // "Par Jeanne Roux, envoyée spéciale à Kiev": the job title after a comma goes with the byline.
    new RegExp(`^[Pp]ar\\s+(?<names>${PERSON}(?:\\s*(?:,|&|\\bet\\b)\\s*${PERSON}){0,3}|\\p{Lu}{2,}(?:-\\p{Lu}+)?)(?:${ROLE})?$`, 'u'),
  ],
};
