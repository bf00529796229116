/**
 * Strings only the Slack adapter shows (buttons, paging, usage layout). Command answers and
 * notices come from the engine in the user's locale already.
 */
import type { Locale } from '../../engine/commandDefinition.js';

const messages = {
  fr: {
    more: 'Plus de résultats',
    range: 'Résultats {from}–{to} sur {total}',
    unknownOutlet: 'source inconnue',
    unknownSpeaker: 'Locuteur non précisé',
    reported: 'propos rapportés',
    otherSources: '+{count} autres sources',
    nothingFound: 'Rien trouvé.',
    moreNotShown: '{count} autres résultats ; précisez la question pour les voir.',
    openQuote: '«\u00a0',
    closeQuote: '\u00a0»',
    usage: 'Utilisation',
    options: 'Options',
    examples: 'Exemples',
    privateFlag: '`private` : réponse visible de vous seul',
    required: 'obligatoire',
    commandFailed: 'Une erreur est survenue en préparant la réponse ; réessayez dans un instant.',
    askMe: 'Posez-moi une question sur l’actualité, par exemple : `@{bot} qui a dit « … » ?`, ou tapez `/help`.',
    expired: 'Ce bouton a expiré ; relancez la commande.',
    commandsTitle: 'Commandes',
  },
  en: {
    more: 'More results',
    range: 'Results {from}–{to} of {total}',
    unknownOutlet: 'unknown outlet',
    unknownSpeaker: 'Speaker not stated',
    reported: 'reported speech',
    otherSources: '+{count} more sources',
    nothingFound: 'Nothing found.',
    moreNotShown: '{count} more results; narrow the question to see them.',
    openQuote: '“',
    closeQuote: '”',
    usage: 'Usage',
    options: 'Options',
    examples: 'Examples',
    privateFlag: '`private`: answer visible only to you',
    required: 'required',
    commandFailed: 'Something went wrong while preparing the answer; please try again in a moment.',
    askMe: 'Ask me about the news, for example: `@{bot} who said "…"?`, or type `/help`.',
    expired: 'This button has expired; run the command again.',
    commandsTitle: 'Commands',
  },
} satisfies Record<Locale, Record<string, string>>;

export type SlackMessageKey = keyof (typeof messages)['fr'];

export function slackText(
  locale: Locale,
  key: SlackMessageKey,
  params: Record<string, string | number> = {},
): string {
  const template = messages[locale][key] ?? messages.en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}
