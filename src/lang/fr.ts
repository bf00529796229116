/** French language knowledge used by text analysis. Data only: no code paths depend on an event. */
import { fra } from 'stopword';

export const fr = {
  /** Stopwords: the maintained `stopword` list plus frequent function words it lacks. */
  stopwords: [...fra, 'a', 'ete', 'etre', 'plus', 'tout', 'tous', 'toute', 'toutes', 'aussi', 'ainsi', 'dont', 'quand', 'y', 'cela', 'ca', 'si', 'sans', 'selon', 'apres', 'avant', 'entre', 'lors', 'leurs', 'leur', 'deux', 'contre', 'alors', 'tandis', 'comme', 'vers', 'encore', 'deja', 'tres', 'moins', 'chez', 'sous', 'depuis', 'pendant', 'afin', 'fois', 'autre', 'autres', 'meme', 'memes'],
  /** Elided articles and pronouns before a vowel: l'invitation, qu'il, jusqu'à. */
  elisions: ['l', 'd', 'qu', 'j', 'n', 's', 'c', 'm', 't', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu'],
  /** Abbreviations followed by a period that do not end a sentence. */
  abbreviations: ['M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Dr', 'Pr', 'Me', 'Mgr', 'St', 'Ste', 'NDLR', 'NDT', 'cf', 'etc', 'env', 'av', 'apr', 'J.-C', 'p', 'art', 'vol', 'n°', 'No', 'Gén', 'Gal', 'Col', 'Cdt', 'Lt', 'Sgt'],
  /** Words that, on a short line, mark advertising or page furniture. */
  pageMarkers: ['publicité', 'annonce', 'sponsorisé', 'contenu sponsorisé', 'partager', 'partagez', 'imprimer', 'abonnez-vous', "l'article", 'lire la suite', 'lire aussi', 'à lire aussi', 'à lire également', 'voir aussi', 'en images', 'vidéo', 'photo', 'diaporama'],
  /** A line with one of these starts a "more to read" / comments section: it and everything after are not the article. */
  sectionCutMarkers: ['pourrait également vous intéresser', 'pourrait aussi vous intéresser', 'vous aimerez aussi', 'vous aimerez également', 'sur le même sujet', 'les plus lus', 'articles les plus lus', 'nos articles recommandés', 'à découvrir aussi', 'dans la même rubrique', 'plus d\'articles'],
  /** Phrases typical of comment-section and site boilerplate. */
  boilerplatePhrases: ['débats de commentaires', 'fonction de commentaire', 'laisser un commentaire', 'écrire un commentaire', 'ajouter un commentaire', 'les commentaires sont fermés', 'avez-vous une remarque', 'découvert une erreur', 'via le formulaire', 'avez-vous quelque chose à nous dire', 'connectez-vous pour', 'inscrivez-vous à notre', 'abonnez-vous à notre', 'notre newsletter', 'utilisation de cookies', 'accepter les cookies', 'tous droits réservés', 'merci de votre compréhension', 'réagir à cet article', 'signaler un abus'],
  /** Lines that introduce embedded media: a short heading right before one is a teaser for it. */
  mediaMarkers: ['vidéo', 'video', 'photo', 'image', 'audio', 'podcast', 'infographie'],
  /** Credit lines: contributors, translators, reporting. */
  creditPatterns: [
    /^(?<names>.+?)\s+(?:de|du|d')\s*(?<outlet>[A-Z][\w .&'-]+?)\s+ont contribué à ce (?:rapport|reportage|article)\.?$/u,
    /^(?<names>.+?)\s+(?:de|du|d')\s*(?<outlet>[A-Z][\w .&'-]+?)\s+a contribué à ce (?:rapport|reportage|article)\.?$/u,
    /^[Ss]elon\s+(?<outlet>[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*)*)\s*\.?$/u,
    /^\((?:reportage|rédigé par|avec)\b[^)]*\)$/iu,
  ],
};
