/**
 * Interface strings only the Discord adapter shows (buttons, page counter, errors). Everything
 * an answer says comes from the engine; these are the frame around it.
 */
import type { Locale } from '../../engine/commandDefinition.js';

const discordMessages = {
  previous: { fr: 'Précédent', en: 'Previous' },
  next: { fr: 'Suivant', en: 'Next' },
  page: { fr: 'Page {page}/{pages}', en: 'Page {page}/{pages}' },
  unknownOutlet: { fr: 'Média inconnu', en: 'Unknown outlet' },
  reported: { fr: 'propos rapportés', en: 'reported speech' },
  untitled: { fr: 'Sans titre', en: 'Untitled' },
  moreSources: { fr: '+ {count} autres sources', en: '+ {count} more sources' },
  moreArticleIds: { fr: '+{count}', en: '+{count}' },
  sources: { fr: 'Sources', en: 'Sources' },
  morePages: {
    fr: '{count} résultats de plus : affinez la question pour les voir.',
    en: '{count} more results: narrow the question to see them.',
  },
  error: {
    fr: 'Désolé, une erreur est survenue. Réessayez dans un instant.',
    en: 'Sorry, something went wrong. Please try again in a moment.',
  },
  unknownCommand: {
    fr: 'Commande inconnue : /{name}. Les commandes sont peut-être à réenregistrer.',
    en: 'Unknown command: /{name}. The commands may need registering again.',
  },
  expiredButton: {
    fr: 'Ce bouton ne correspond plus à aucune question. Reposez-la.',
    en: 'This button no longer matches a question. Please ask again.',
  },
  emptyMention: {
    fr: 'Posez-moi une question, par exemple : qui a dit « … » ?',
    en: 'Ask me a question, for example: who said "…"?',
  },
  privateOption: {
    fr: 'Réponse visible de vous seul',
    en: 'Only you see the answer',
  },
} satisfies Record<string, Record<Locale, string>>;

export type DiscordMessageKey = keyof typeof discordMessages;

export function discordText(
  locale: Locale,
  key: DiscordMessageKey,
  params: Record<string, string | number> = {},
): string {
  return discordMessages[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
