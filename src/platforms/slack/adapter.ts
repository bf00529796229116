/**
 * What every Slack listener shares: the commands, how to build a command context, the stores,
 * and the two steps every answer takes (run the command in the engine, render one page), taken
 * in turn with the other answers.
 */
import type { Logger } from 'pino';
import type { Answer } from '../../engine/answer.js';
import type {
  ChannelRef,
  CommandArgs,
  CommandContext,
  CommandDefinition,
  CommandUser,
  Locale,
} from '../../engine/commandDefinition.js';
import { runCommand } from '../../engine/runCommand.js';
import type { AnswerQueue } from '../../chat/answerQueue.js';
import type { RoutedQuestion } from '../../chat/routeQuestion.js';
import type { EventDedupStore } from './eventDedupStore.js';
import type { ThreadContextStore } from './threadContextStore.js';
import type { SlackUserDirectory } from './userDirectory.js';
import { encodeMorePage } from './paging.js';
import { renderSlackBlocks, type SlackMessage } from './render.js';

/** Where and by whom a command was given; the rest of the context (engine, services) is the host's. */
export interface SlackScope {
  locale: Locale;
  channel: ChannelRef;
  user?: CommandUser;
}

export type CreateSlackContext = (scope: SlackScope) => CommandContext;

export interface SlackAdapter {
  commands: CommandDefinition[];
  createContext: CreateSlackContext;
  /** DEPECHE_LOCALE: used when Slack does not give the user's language. */
  defaultLocale: Locale;
  /** Results per message before the "More" button. */
  perPage: number;
  dedup: EventDedupStore;
  threads: ThreadContextStore<RoutedQuestion>;
  users: SlackUserDirectory;
  /** Where answers wait their turn, so acknowledging later requests is never held back by them. */
  answers: AnswerQueue;
  logger: Logger;
}

export function runInEngine(adapter: SlackAdapter, name: string, args: CommandArgs, scope: SlackScope): Promise<Answer> {
  return runCommand(adapter.commands, name, args, adapter.createContext(scope), adapter.logger);
}

export function renderPage(
  adapter: SlackAdapter,
  answer: Answer,
  page: { name: string; args: CommandArgs; locale: Locale; offset?: number; private?: boolean },
): SlackMessage {
  return renderSlackBlocks(answer, {
    locale: page.locale,
    offset: page.offset ?? 0,
    perPage: adapter.perPage,
    moreValue: (offset) =>
      encodeMorePage({ command: page.name, args: page.args, offset, locale: page.locale, private: page.private ?? false }),
  });
}

/**
 * Runs the command in the engine and renders the page asked for, in turn with the other
 * answers: Bolt has acknowledged the request already, and the requests that arrived meanwhile
 * are read and acknowledged before this answer's synchronous search starts.
 */
export function answerInTurn(
  adapter: SlackAdapter,
  scope: SlackScope,
  page: { name: string; args: CommandArgs; offset?: number; private?: boolean },
): Promise<{ answer: Answer; message: SlackMessage }> {
  return adapter.answers.run(async () => {
    const answer = await runInEngine(adapter, page.name, page.args, scope);
    return { answer, message: renderPage(adapter, answer, { ...page, locale: scope.locale }) };
  });
}
