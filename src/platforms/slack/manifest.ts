/**
 * The Slack app manifest, built from the same command definitions that Slack serves, so a
 * pasted manifest always matches the running bot: one slash command per command, the events
 * and scopes the adapter listens with, and Socket Mode or the HTTP request URL.
 */
import type { CommandDefinition, Locale } from '../../engine/commandDefinition.js';
import { commandUsageHint } from './usage.js';

export interface SlackManifestOptions {
  /** Socket Mode (SLACK_APP_TOKEN set): no public URL needed. */
  socketMode: boolean;
  /** HTTP mode: the public URL of `POST /slack/events` (e.g. https://bot.example.org/slack/events). */
  requestUrl?: string;
  /** Language of the descriptions (Slack manifests have one); default French. */
  locale?: Locale;
  /** App and bot display name; default "Depeche". */
  name?: string;
}

/** Events the adapter listens to: mentions, and thread follow-ups / direct messages. */
export const SLACK_BOT_EVENTS = ['app_mention', 'message.channels', 'message.groups', 'message.im', 'message.mpim'];

/**
 * Bot scopes, each needed by something the adapter does:
 * app_mentions:read (mentions), chat:write (answers in threads, digests), chat:write.public
 * (digests in public channels the bot was not invited to), commands (slash commands),
 * users:read (the user's locale and admin status), *:history (thread follow-ups and DMs).
 */
export const SLACK_BOT_SCOPES = [
  'app_mentions:read',
  'chat:write',
  'chat:write.public',
  'commands',
  'users:read',
  'channels:history',
  'groups:history',
  'im:history',
  'mpim:history',
];

export class SlackManifestError extends Error {}

const descriptions: Record<Locale, { app: string; long: string }> = {
  fr: {
    app: 'Répond aux questions sur l’actualité avec des extraits exacts et leurs sources.',
    long:
      'Depeche répond aux questions sur un événement d’actualité à partir des articles qu’on lui donne : ' +
      'qui a dit quoi, citations d’une personne, résumé multi-sources, chronologie. Chaque phrase affichée ' +
      'vient d’un article et chaque réponse cite ses sources. Mentionnez @Depeche dans un canal ou utilisez ' +
      'les commandes /who-said, /quotes, /summary, /timeline, /ask, /sources, /digest et /help.',
  },
  en: {
    app: 'Answers questions about the news with exact excerpts and their sources.',
    long:
      'Depeche answers questions about a news event from the articles it is given: who said what, what ' +
      'a person said, a multi-outlet summary, a timeline. Every sentence it shows comes from an article and ' +
      'every answer names its sources. Mention @Depeche in a channel or use /who-said, /quotes, /summary, ' +
      '/timeline, /ask, /sources, /digest and /help.',
  },
};

export function buildSlackManifest(commands: CommandDefinition[], options: SlackManifestOptions): object {
  const locale = options.locale ?? 'fr';
  const name = options.name ?? 'Depeche';
  let url: string | undefined;
  if (!options.socketMode) {
    if (!options.requestUrl) {
      throw new SlackManifestError(
        'HTTP mode needs the public URL Slack will call: pass --request-url https://<your-host>/slack/events, ' +
          'or set SLACK_APP_TOKEN to use Socket Mode (no public URL).',
      );
    }
    if (!/^https:\/\/\S+$/.test(options.requestUrl)) {
      throw new SlackManifestError(
        `Slack only calls https:// request URLs; got "${options.requestUrl}". Use e.g. https://<your-host>/slack/events.`,
      );
    }
    url = options.requestUrl;
  }

  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name,
      description: descriptions[locale].app,
      long_description: descriptions[locale].long,
      background_color: '#1d2b3a',
    },
    features: {
      app_home: { home_tab_enabled: false, messages_tab_enabled: true, messages_tab_read_only_enabled: false },
      bot_user: { display_name: name, always_online: true },
      slash_commands: commands.map((command) => ({
        command: `/${command.name}`,
        description: clip(command.description[locale], 100),
        usage_hint: clip(commandUsageHint(command, locale), 100),
        should_escape: false,
        ...(url ? { url } : {}),
      })),
    },
    oauth_config: { scopes: { bot: SLACK_BOT_SCOPES } },
    settings: {
      event_subscriptions: { ...(url ? { request_url: url } : {}), bot_events: SLACK_BOT_EVENTS },
      interactivity: { is_enabled: true, ...(url ? { request_url: url } : {}) },
      org_deploy_enabled: false,
      socket_mode_enabled: options.socketMode,
      token_rotation_enabled: false,
    },
  };
}

function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
