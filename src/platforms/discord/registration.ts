/**
 * Slash command registration: every definition in `commands/` becomes a Discord application
 * command, described in English by default with French localizations, plus an adapter-only
 * `private` option that makes the answer ephemeral.
 */
import { REST, Routes } from 'discord.js';
import type { Logger } from 'pino';
import type {
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  APIApplicationCommandBasicOption,
  APIApplicationCommandOption,
} from 'discord.js';
import type { CommandDefinition, CommandOption, Localized } from '../../engine/commandDefinition.js';
import { discordText } from './messages.js';

export const PRIVATE_OPTION = 'private';

const OPTION_TYPES = { string: 3, integer: 4, boolean: 5 } as const;

function descriptions(description: Localized) {
  return {
    description: description.en.slice(0, 100),
    description_localizations: { fr: description.fr.slice(0, 100) },
  };
}

function optionPayload(option: CommandOption): APIApplicationCommandBasicOption {
  const payload: Record<string, unknown> = {
    type: OPTION_TYPES[option.type],
    name: option.name,
    ...descriptions(option.description),
    required: option.required ?? false,
  };
  if (option.choices?.length) {
    payload.choices = option.choices.slice(0, 25).map((choice) => ({ name: choice, value: option.type === 'integer' ? Number(choice) : choice }));
  } else if (option.autocomplete && option.type !== 'boolean') {
    payload.autocomplete = true;
  }
  if (option.maxLength !== undefined && option.type === 'string') payload.max_length = Math.min(option.maxLength, 6000);
  return payload as unknown as APIApplicationCommandBasicOption;
}

/** Discord wants required options before optional ones; the `private` option comes last. */
function optionsPayload(options: CommandOption[]): APIApplicationCommandBasicOption[] {
  const ordered = [...options.filter((o) => o.required), ...options.filter((o) => !o.required)];
  const payload = ordered.map(optionPayload);
  if (!options.some((o) => o.name === PRIVATE_OPTION)) {
    payload.push({
      type: OPTION_TYPES.boolean,
      name: PRIVATE_OPTION,
      description: discordText('en', 'privateOption'),
      description_localizations: { fr: discordText('fr', 'privateOption') },
      required: false,
    });
  }
  return payload.slice(0, 25);
}

/** The registration body for every command (pure, so it can be checked without Discord). */
export function buildDiscordCommandPayloads(commands: CommandDefinition[]): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.map((command) => {
    const options: APIApplicationCommandOption[] = command.subcommands?.length
      ? command.subcommands.map((sub) => ({
          type: 1,
          name: sub.name,
          ...descriptions(sub.description),
          options: optionsPayload(sub.options),
        }))
      : optionsPayload(command.options);
    return { type: 1, name: command.name, ...descriptions(command.description), options };
  });
}

export interface RegisterDiscordOptions {
  token: string;
  appId: string;
  guildId?: string;
  /** REST base (`https://discord.com/api` by default); tests point it at a local stand-in. */
  apiUrl?: string;
  commands: CommandDefinition[];
  logger?: Pick<Logger, 'info'>;
}

/**
 * Replaces the application's commands: in one guild when `guildId` is set (instant), else
 * globally (Discord may take up to an hour to show them everywhere). Returns how many.
 */
export async function registerDiscordCommands(options: RegisterDiscordOptions): Promise<{ count: number; scope: 'guild' | 'global' }> {
  const rest = new REST(options.apiUrl ? { api: options.apiUrl } : {}).setToken(options.token);
  const body = buildDiscordCommandPayloads(options.commands);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.appId, options.guildId)
    : Routes.applicationCommands(options.appId);
  const saved = (await rest.put(route, { body })) as unknown[];
  options.logger?.info({ count: saved.length, guildId: options.guildId ?? null }, 'discord: commands registered');
  return { count: saved.length, scope: options.guildId ? 'guild' : 'global' };
}
