/** Interface strings in French and English. Answers quote articles as printed; only this frame is translated. */
import type { Locale } from '../engine/commandDefinition.js';

const messages = {
  fr: {
    unknownOutlet: 'source inconnue',
    unknownSpeaker: 'locuteur non précisé',
    reportedSpeech: 'propos rapportés',
    unknownDate: 'date inconnue',
    nothingFound: 'Rien dans le corpus ne correspond à « {query} ».',
    closeSpellings: 'Aucun passage ne contient « {words} » : voici les passages qui contiennent des mots d’orthographe voisine.',
    someWordsMissing: 'Aucun passage ne contient « {words} » : les passages ci-dessous répondent aux autres mots de la question.',
    emptyCorpus: 'Le corpus est vide : ajoutez des articles (.md ou .txt) dans {dir}.',
    emptyQuery: 'Précisez votre question, par exemple : {example}',
    unknownCommand: 'Commande inconnue « /{name} ». Tapez /help pour la liste des commandes.',
    unknownOption: 'Option inconnue « {option} » pour /{name}. Options : {options}.',
    missingOption: 'Il manque l’option « {option} » pour /{name}. Écrivez : {usage}:<…> (aide : /help {name})',
    badOptionValue: 'Valeur invalide pour « {option} » : {reason}',
    repeatedOption: 'L’option « {option} » est donnée deux fois pour /{name} : gardez-en une.',
    unterminatedQuote: 'Guillemet non fermé dans la commande.',
    extraText: 'Texte en trop pour /{name} : « {text} » (options : {options}). Si la valeur contient des guillemets droits, entourez-la de « » ou de “ ”, ou écrivez-la sans nom d’option.',
    tooLong: 'Texte trop long pour « {option} » ({length} caractères, au plus {max}).',
    commandFailed: 'Désolé, une erreur interne a empêché de répondre. Elle a été journalisée.',
    askHeader: 'Passages pour « {query} »',
    helpHeader: 'Depeche répond sur l’actualité à partir des articles du corpus, avec extraits exacts et sources.',
    helpMentions: 'Vous pouvez aussi me mentionner avec une question : « @Depeche qui a dit « lutte sacrée » ? ».',
    helpUnknown: 'Pas de commande « /{name} ».',
    via: 'via {agency}',
    reportedBy: 'Rapporté par',
    speaker: 'Locuteur',
    context: 'Contexte',
    more: 'Suivant',
    sourcesLine: '{id} — {outlet} — {title} ({published})',
    noServiceDigest: 'Les digests se programment dans un salon Discord ou Slack, quand Depeche y est connecté.',
    welcomeTerminal: 'Depeche — {articles} articles chargés depuis {dir}. Tapez /help, ou /quit pour sortir.',
    goodbye: 'Au revoir.',
    privateFlag: 'privé',
  },
  en: {
    unknownOutlet: 'unknown outlet',
    unknownSpeaker: 'speaker not given',
    reportedSpeech: 'reported speech',
    unknownDate: 'unknown date',
    nothingFound: 'Nothing in the corpus matches "{query}".',
    closeSpellings: 'No passage holds "{words}": these passages hold words spelt like it.',
    someWordsMissing: 'No passage holds "{words}": the passages below match the other words of the question.',
    emptyCorpus: 'The corpus is empty: add articles (.md or .txt) to {dir}.',
    emptyQuery: 'Say what you are looking for, for example: {example}',
    unknownCommand: 'Unknown command "/{name}". Type /help for the list of commands.',
    unknownOption: 'Unknown option "{option}" for /{name}. Options: {options}.',
    missingOption: 'Missing option "{option}" for /{name}. Write: {usage}:<…> (help: /help {name})',
    badOptionValue: 'Invalid value for "{option}": {reason}',
    repeatedOption: 'The option "{option}" is given twice for /{name}: keep one.',
    unterminatedQuote: 'Unclosed quotation mark in the command.',
    extraText: 'Text left over for /{name}: "{text}" (options: {options}). If the value holds straight quotation marks, enclose it in “ ” or « », or write it without the option name.',
    tooLong: 'Text too long for "{option}" ({length} characters, at most {max}).',
    commandFailed: 'Sorry, an internal error kept me from answering. It has been logged.',
    askHeader: 'Passages for "{query}"',
    helpHeader: 'Depeche answers questions about the news from the articles in its corpus, with exact excerpts and sources.',
    helpMentions: 'You can also mention me with a question: "@Depeche who said "holy struggle"?".',
    helpUnknown: 'No command "/{name}".',
    via: 'via {agency}',
    reportedBy: 'Reported by',
    speaker: 'Speaker',
    context: 'Context',
    more: 'Next',
    sourcesLine: '{id} — {outlet} — {title} ({published})',
    noServiceDigest: 'Digests are scheduled in a Discord or Slack channel, when Depeche is connected there.',
    welcomeTerminal: 'Depeche — {articles} articles loaded from {dir}. Type /help, or /quit to leave.',
    goodbye: 'Goodbye.',
    privateFlag: 'private',
  },
} as const;

export type MessageKey = keyof (typeof messages)['fr'];

export type MessageParams = Record<string, string | number>;

/**
 * A lookup for one module's message table: the message in the locale (French when missing),
 * with `{name}` placeholders filled. Each module keeps its own table; they share this.
 */
export function createTranslator<K extends string>(table: Record<Locale, Record<K, string>>) {
  return (locale: Locale, key: K, params: MessageParams = {}): string => {
    const template = table[locale][key] ?? table.fr[key];
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
}

/** A message of the shared interface in the locale, with `{name}` placeholders filled. */
export const t = createTranslator<MessageKey>(messages);

export function isLocale(value: unknown): value is Locale {
  return value === 'fr' || value === 'en';
}

/** Maps a platform locale ("fr", "fr-FR", "en-US", "en_GB") to ours, or undefined. */
export function localeFrom(platformLocale: string | null | undefined): Locale | undefined {
  const code = platformLocale?.toLowerCase().slice(0, 2);
  return isLocale(code) ? code : undefined;
}
