/**
 * What every Discord listener needs: the commands, a way to build a command context, a logger,
 * the interface language to fall back on, and the queue answers take turns in. Built once by
 * `startDiscord`.
 */
import type { Logger } from 'pino';
import type { AnswerQueue } from '../../chat/answerQueue.js';
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
  /** Where answers wait their turn, so the callbacks of later interactions are not held back. */
  answers: AnswerQueue;
}

/** Discord locales are `fr`, `en-US`, `en-GB`…; anything else falls back to the default. */
export function localeFromDiscord(discordLocale: string | null | undefined, fallback: Locale): Locale {
  if (discordLocale?.startsWith('fr')) return 'fr';
  if (discordLocale?.startsWith('en')) return 'en';
  return fallback;
}

/**
 * Past this, the interaction is deferred (Discord shows "thinking…") and the answer edited in
 * when ready. Discord allows 3 s, but the callback should leave within 200 ms even under a
 * burst, when the deferrals of every answer not ready by then go out together: 50 ms leaves
 * room for them. Answers ready sooner (most, on an idle bot) go straight into the callback.
 */
export const DEFER_AFTER_MS = 50;

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
 * Queues an answer and waits for it up to the deferral budget: `{ value }` when it is ready in
 * time, else `{ later }` (the caller then defers the interaction and awaits `later`). When the
 * answers already queued ahead take longer than the budget, it does not wait at all, so the
 * deferral leaves at once.
 */
export async function answerInTime<T>(
  adapter: Pick<DiscordAdapterContext, 'answers' | 'deferAfterMs'>,
  work: () => Promise<T>,
): Promise<{ value: T } | { later: Promise<T> }> {
  const waitAhead = adapter.answers.backlogMs();
  const later = adapter.answers.run(work);
  const quick = waitAhead > adapter.deferAfterMs ? undefined : await within(later, adapter.deferAfterMs);
  if (quick) return quick;
  // Awaited by the caller once it has deferred; this only keeps a failure before then from going unhandled.
  later.catch(() => undefined);
  return { later };
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
