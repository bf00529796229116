/**
 * What every Discord listener needs: the commands, a way to build a command context, a logger,
 * and the interface language to fall back on. Built once by `startDiscord`.
 */
import type { Logger } from 'pino';
import type { CommandContext, CommandDefinition, Locale } from '../../engine/commandDefinition.js';

/** The parts of a command context only the platform knows; the app fills in the rest. */
export type DiscordContextPartial = Pick<CommandContext, 'locale' | 'channel' | 'user'>;

export type DiscordLogger = Logger;

export interface DiscordAdapterContext {
  commands: CommandDefinition[];
  createContext: (partial: DiscordContextPartial) => CommandContext;
  logger: DiscordLogger;
  /** Used when Discord gives a locale that is neither French nor English. */
  defaultLocale: Locale;
  /** Whether follow-ups in the bot's threads are read without a mention (Message Content intent). */
  readFollowUpsWithoutMention: boolean;
  /** How long an answer may take before the interaction is deferred (Discord allows 3 s). */
  deferAfterMs: number;
}

/** Discord locales are `fr`, `en-US`, `en-GB`…; anything else falls back to the default. */
export function localeFromDiscord(discordLocale: string | null | undefined, fallback: Locale): Locale {
  if (discordLocale?.startsWith('fr')) return 'fr';
  if (discordLocale?.startsWith('en')) return 'en';
  return fallback;
}

/** Slash answers must start within 3 s; past this, the adapter defers and edits later. */
export const DEFER_AFTER_MS = 1500;

/** Resolves with the work's value if it finishes within `ms`, else with undefined. */
export async function within<T>(work: Promise<T>, ms: number): Promise<{ value: T } | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([work.then((value) => ({ value })), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * What a log needs from an error. Discord REST errors carry the request URL, which for
 * interaction replies contains the interaction's token, and the request body: both are left out.
 */
export function loggableError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const { name, message, stack } = error;
  const extra = error as { code?: unknown; status?: unknown; method?: unknown };
  return { name, message, stack, code: extra.code, status: extra.status, method: extra.method };
}
