/**
 * The words of digests and of `/digest`, in French and English. Kept beside the digest code
 * (like the adapters' own message files) so the shared message table stays small.
 */
import { createTranslator } from '../i18n/messages.js';
import type { Locale } from '../engine/commandDefinition.js';

const messages = {
  fr: {
    header: 'Digest — {count} nouvel(s) article(s) depuis le {since}.',
    headerFirst: 'Digest — {count} article(s) dans le corpus.',
    nothingNew: 'Rien de nouveau depuis le {since}.',
    catchUp: 'Digest de rattrapage : le bot était hors ligne à {due}.',
    skippedNote: '{count} digest(s) non envoyé(s) pendant une interruption (trop anciens), le dernier prévu le {due}.',
    moreArticles: '… et {count} autre(s) article(s).',
    quoteLabel: 'Citation',
    summaryLabel: 'En bref',
    untitled: '(sans titre)',
    needsChannel: 'Les digests se règlent dans un salon Discord ou un canal Slack.',
    notAllowed: 'Seuls les membres qui peuvent gérer ce salon peuvent changer ses digests (Discord : permission « Gérer les salons » ; Slack : administrateurs de l’espace de travail ou liste SLACK_ADMIN_USERS).',
    badCron: 'Expression cron invalide « {cron} » : {reason}. Cinq champs : minute heure jour-du-mois mois jour-de-la-semaine, par exemple cron:"0 8 * * 1-5" (8 h en semaine). Rien n’a été enregistré.',
    cronNeverRuns: 'L’expression cron « {cron} » ne se déclenche jamais. Rien n’a été enregistré.',
    cronTooOften: 'L’expression cron « {cron} » publierait un digest toutes les {gap} min : au plus un toutes les {minutes} min (par exemple « 0 8,18 * * * » : à 8 h et 18 h). Rien n’a été enregistré.',
    badZone: 'Fuseau horaire inconnu « {zone} » : donnez un nom IANA comme Europe/Paris, America/New_York ou UTC. Rien n’a été enregistré.',
    scheduled: 'Digest programmé pour ce canal : « {cron} » ({zone}). Prochain envoi : {next}.{quiet}',
    quietOn: ' Rien ne sera publié quand il n’y a rien de nouveau.',
    quietOff: ' Quand il n’y a rien de nouveau, une ligne le dira.',
    turnedOff: 'Digest arrêté pour ce canal.',
    wasOff: 'Aucun digest n’était programmé pour ce canal.',
    statusNone: 'Aucun digest programmé pour ce canal. Exemple : /digest schedule cron:"0 8 * * 1-5" tz:Europe/Paris',
    statusSchedule: 'Digest « {cron} » ({zone}). Prochain envoi : {next}.{quiet}',
    statusLast: 'Dernier digest : {when} ({status}, {count} article(s)).',
    statusNoDigest: 'Aucun digest envoyé pour l’instant.',
    statusPending: '{count} digest(s) en attente d’envoi (nouvel essai le {when}).',
    statusQuiet: ' Silencieux quand il n’y a rien de nouveau.',
    status_sent: 'envoyé',
    status_silent: 'rien de nouveau, rien publié',
    status_skipped: 'non envoyé, trop ancien',
    status_failed: 'échec après plusieurs essais',
    status_uncertain: 'interrompu pendant l’envoi',
    status_pending: 'en attente',
  },
  en: {
    header: 'Digest — {count} new article(s) since {since}.',
    headerFirst: 'Digest — {count} article(s) in the corpus.',
    nothingNew: 'Nothing new since {since}.',
    catchUp: 'Catch-up digest: the bot was offline at {due}.',
    skippedNote: '{count} digest(s) not sent during an outage (too old), the last one due {due}.',
    moreArticles: '… and {count} more article(s).',
    quoteLabel: 'Quote',
    summaryLabel: 'In short',
    untitled: '(untitled)',
    needsChannel: 'Digests are set up in a Discord or Slack channel.',
    notAllowed: 'Only members who can manage this channel may change its digests (Discord: Manage Channels permission; Slack: workspace admins or the SLACK_ADMIN_USERS list).',
    badCron: 'Invalid cron expression "{cron}": {reason}. Five fields: minute hour day-of-month month day-of-week, e.g. cron:"0 8 * * 1-5" (8 am on weekdays). Nothing was saved.',
    cronNeverRuns: 'The cron expression "{cron}" never fires. Nothing was saved.',
    cronTooOften: 'The cron expression "{cron}" would post a digest every {gap} min: at most one every {minutes} min (for example "0 8,18 * * *": at 8:00 and 18:00). Nothing was saved.',
    badZone: 'Unknown time zone "{zone}": give an IANA name such as Europe/Paris, America/New_York or UTC. Nothing was saved.',
    scheduled: 'Digest scheduled for this channel: "{cron}" ({zone}). Next one: {next}.{quiet}',
    quietOn: ' Nothing will be posted when nothing is new.',
    quietOff: ' When nothing is new, one line will say so.',
    turnedOff: 'Digest turned off for this channel.',
    wasOff: 'No digest was scheduled for this channel.',
    statusNone: 'No digest is scheduled for this channel. Example: /digest schedule cron:"0 8 * * 1-5" tz:Europe/Paris',
    statusSchedule: 'Digest "{cron}" ({zone}). Next one: {next}.{quiet}',
    statusLast: 'Last digest: {when} ({status}, {count} article(s)).',
    statusNoDigest: 'No digest sent yet.',
    statusPending: '{count} digest(s) waiting to be sent (next try {when}).',
    statusQuiet: ' Silent when nothing is new.',
    status_sent: 'sent',
    status_silent: 'nothing new, nothing posted',
    status_skipped: 'not sent, too old',
    status_failed: 'failed after several tries',
    status_uncertain: 'interrupted while sending',
    status_pending: 'waiting',
  },
} as const;

export type DigestMessageKey = keyof (typeof messages)['fr'];

export const digestText = createTranslator<DigestMessageKey>(messages);

/** A moment as the channel's readers expect it: their language, the schedule's time zone. */
export function formatMoment(at: Date | number, locale: Locale, timeZone: string): string {
  const date = typeof at === 'number' ? new Date(at) : at;
  const text = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(date);
  return `${text} (${timeZone})`;
}
