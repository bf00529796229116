/**
 * A command is data plus a handler (one file per command in `commands/`). The same definition
 * feeds Discord registration, the Slack manifest, the CLI and terminal parser, and `/help`.
 */
import type { Answer } from './answer.js';
import type { Engine } from './engine.js';
import type { DigestService } from '../digest/digestService.js';

export type Locale = 'fr' | 'en';
export type Localized = Record<Locale, string>;

export interface CommandOption {
  name: string;
  description: Localized;
  type: 'string' | 'boolean' | 'integer';
  required?: boolean;
  /** Offer completions (Discord autocomplete); see `CommandDefinition.complete`. */
  autocomplete?: boolean;
  /** Fixed choices, when the option takes one of a few values. */
  choices?: string[];
  /** Upper bound on a string's length (Discord enforces it, text parsers too). */
  maxLength?: number;
}

export interface Subcommand {
  name: string;
  description: Localized;
  options: CommandOption[];
}

/** Where a command was given: lets channel-scoped commands (digests) know their channel. */
export interface ChannelRef {
  platform: 'discord' | 'slack' | 'terminal' | 'cli';
  /** Platform channel id (Discord channel id, Slack channel id). */
  id: string;
  /** Discord guild id or Slack team id, when there is one. */
  workspaceId?: string;
}

export interface CommandUser {
  id: string;
  /** Whether the user may change channel settings (Discord Manage Channels, Slack admin/allow-list). */
  canManageChannel: boolean;
}

/**
 * Services a command may need beyond the engine. Optional: a command that needs a missing
 * service answers with a clear notice rather than failing.
 */
export interface CommandServices {
  /** Scheduled digests (`/digest`); absent where there is no database (the CLI). */
  digests?: DigestService;
}

export interface CommandContext {
  engine: Engine;
  locale: Locale;
  now: Date;
  channel?: ChannelRef;
  user?: CommandUser;
  services: CommandServices;
}

export type CommandArgs = Record<string, string | boolean | number | undefined> & {
  /** The chosen subcommand, for commands that have them. */
  subcommand?: string;
};

export interface CommandDefinition {
  /** Slash command name, lower case with dashes (`who-said`). */
  name: string;
  description: Localized;
  /** Options in order; the first may be given bare in text form (`/who-said lutte sacrée`). */
  options: CommandOption[];
  subcommands?: Subcommand[];
  /** Examples for /help and the README, in text form. */
  examples: string[];
  run(ctx: CommandContext, args: CommandArgs): Promise<Answer> | Answer;
  /** Completions for an option being typed (at most 25). */
  complete?(ctx: CommandContext, option: string, typed: string): string[];
}

export function defineCommand(definition: CommandDefinition): CommandDefinition {
  return definition;
}
