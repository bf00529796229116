/**
 * Wires discord.js to the listeners: slash commands, autocomplete and page buttons arrive as
 * interactions, questions as messages that mention the bot. Every listener's failure is logged
 * with its context and answered with a short message; none can crash the process.
 */
import { Client, Events, GatewayIntentBits, MessageFlags, type Interaction, type Message } from 'discord.js';
import type { DepecheApp } from '../../app.js';
import { AnswerQueue } from '../../chat/answerQueue.js';
import type { CommandContext, CommandDefinition, Locale } from '../../engine/commandDefinition.js';
import { DEFER_AFTER_MS, localeFromDiscord, loggableError, type DiscordAdapterContext, type DiscordContextPartial, type DiscordLogger } from './adapterContext.js';
import { answerAutocomplete } from './listeners/autocomplete.js';
import { answerMention, ThreadQuestions } from './listeners/mention.js';
import { answerPageButton, isPageButton } from './listeners/pageButton.js';
import { answerSlashCommand } from './listeners/slashCommand.js';
import { discordText } from './messages.js';

interface DiscordConnectionOptions {
  token: string;
  appId: string;
  /** REST base (`https://discord.com/api` by default); the gateway URL then comes from its GET /gateway/bot. */
  apiUrl?: string;
  /** Accepted for symmetry with the configuration; registration uses it, the gateway does not. */
  guildId?: string;
  /** Interface language when Discord's locale is neither French nor English (default: the app's, else `fr`). */
  defaultLocale?: Locale;
  /**
   * Request the privileged Message Content intent, to read follow-ups in the bot's threads that
   * do not mention it. It must also be enabled in the Developer Portal, or login fails.
   */
  messageContent?: boolean;
  /** Answers not ready after this are deferred ("thinking…") then edited in (default 50 ms). */
  deferAfterMs?: number;
  /**
   * Where answers wait their turn (default: one queue for this adapter). Give Discord and
   * Slack the same queue when they run in one process, so answers take turns across both.
   */
  answers?: AnswerQueue;
}

/** Either the app (`npm start`) or its parts (tests, embedding). */
export type StartDiscordOptions = DiscordConnectionOptions &
  (
    | { app: Pick<DepecheApp, 'commands' | 'logger' | 'createContext'> & { config?: { locale?: Locale } } }
    | {
        commands: CommandDefinition[];
        createContext: (partial: DiscordContextPartial) => CommandContext;
        logger: DiscordLogger;
      }
  );

export interface DiscordAdapter {
  client: Client<true>;
  stop(): Promise<void>;
}

export function createDiscordClient(options: Pick<StartDiscordOptions, 'apiUrl' | 'messageContent'>): Client {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages];
  if (options.messageContent) intents.push(GatewayIntentBits.MessageContent);
  return new Client({
    intents,
    // Nothing the bot sends may ping anyone, whatever the text echoes.
    allowedMentions: { parse: [], repliedUser: false },
    rest: options.apiUrl ? { api: options.apiUrl } : {},
  });
}

function describeInteraction(interaction: Interaction) {
  return {
    interactionId: interaction.id,
    kind: interaction.type,
    command: interaction.isCommand() || interaction.isAutocomplete() ? interaction.commandName : undefined,
    customId: interaction.isButton() ? interaction.customId : undefined,
    guildId: interaction.guildId,
    channelId: interaction.channelId,
    userId: interaction.user.id,
  };
}

async function tellUserSomethingFailed(interaction: Interaction, adapter: DiscordAdapterContext): Promise<void> {
  if (!interaction.isRepliable()) return;
  const content = discordText(localeFromDiscord(interaction.locale, adapter.defaultLocale), 'error');
  const body = { content, allowedMentions: { parse: [] }, embeds: [], components: [] };
  // A button's message still holds a good answer: tell the user aside rather than replace it.
  if (interaction.isMessageComponent() && (interaction.deferred || interaction.replied)) await interaction.followUp({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
  else if (interaction.deferred || interaction.replied) await interaction.editReply(body);
  else await interaction.reply({ ...body, flags: MessageFlags.Ephemeral });
}

export async function startDiscord(options: StartDiscordOptions): Promise<DiscordAdapter> {
  const parts = 'app' in options
    ? { commands: options.app.commands, createContext: (partial: DiscordContextPartial) => options.app.createContext(partial), logger: options.app.logger, locale: options.app.config?.locale }
    : { commands: options.commands, createContext: options.createContext, logger: options.logger, locale: undefined };
  const adapter: DiscordAdapterContext = {
    commands: parts.commands,
    createContext: parts.createContext,
    logger: parts.logger,
    defaultLocale: options.defaultLocale ?? parts.locale ?? 'fr',
    readFollowUpsWithoutMention: options.messageContent ?? false,
    deferAfterMs: options.deferAfterMs ?? DEFER_AFTER_MS,
    answers: options.answers ?? new AnswerQueue(),
  };
  const threads = new ThreadQuestions();
  const client = createDiscordClient(options);
  const { logger } = adapter;

  client.on(Events.InteractionCreate, async (interaction: Interaction) => {
    try {
      if (interaction.isChatInputCommand()) await answerSlashCommand(interaction, adapter);
      else if (interaction.isAutocomplete()) await answerAutocomplete(interaction, adapter);
      else if (interaction.isButton() && isPageButton(interaction.customId)) await answerPageButton(interaction, adapter);
    } catch (error) {
      logger.error({ err: loggableError(error), ...describeInteraction(interaction) }, 'discord: interaction failed');
      await tellUserSomethingFailed(interaction, adapter).catch((replyError: unknown) =>
        logger.warn({ err: loggableError(replyError), interactionId: interaction.id }, 'discord: could not report the failure to the user'),
      );
    }
  });

  client.on(Events.MessageCreate, async (message: Message) => {
    try {
      await answerMention(message, adapter, threads);
    } catch (error) {
      logger.error({ err: loggableError(error), messageId: message.id, channelId: message.channelId, guildId: message.guildId }, 'discord: mention failed');
      await message
        .reply({ content: discordText(adapter.defaultLocale, 'error'), allowedMentions: { parse: [], repliedUser: false } })
        .catch((replyError: unknown) => logger.warn({ err: loggableError(replyError), messageId: message.id }, 'discord: could not report the failure to the user'));
    }
  });

  client.on(Events.Error, (error) => logger.error({ err: loggableError(error) }, 'discord: client error'));
  client.on(Events.Warn, (warning) => logger.warn({ warning }, 'discord: client warning'));
  client.on(Events.ShardDisconnect, (event, shardId) => logger.warn({ code: event.code, shardId }, 'discord: gateway disconnected'));

  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  await client.login(options.token);
  const readyClient = await ready;
  logger.info({ user: readyClient.user.tag, guilds: readyClient.guilds.cache.size, messageContent: adapter.readFollowUpsWithoutMention }, 'discord: connected');

  return {
    client: readyClient,
    async stop() {
      await client.destroy();
    },
  };
}
