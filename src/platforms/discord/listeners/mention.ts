/**
 * `@Depeche qui a dit « lutte sacrée » ?`: the question is routed to a command, answered in a
 * thread started on the message (or in the thread it was asked in), and a follow-up in that
 * thread ("et Peskov ?") is read against the thread's earlier question.
 */
import { PermissionFlagsBits, ThreadAutoArchiveDuration, type Message, type SendableChannels, type ThreadChannel } from 'discord.js';
import { routeQuestion, type RoutedQuestion } from '../../../chat/routeQuestion.js';
import { runCommand } from '../../../engine/runCommand.js';
import { loggableError, type DiscordAdapterContext } from '../adapterContext.js';
import { discordText } from '../messages.js';
import { parseCommandHeader } from '../pageState.js';
import { neutralizeMentions, renderDiscordEmbeds, truncate } from '../renderDiscordEmbeds.js';

/** The question without the bot's own mention(s). */
export function stripBotMention(content: string, botUserId: string): string {
  return content.replace(new RegExp(`<@!?${botUserId}>`, 'g'), ' ').replace(/\s+/g, ' ').trim();
}

/** A thread title from the question: one line, no pings, within Discord's 100 characters. */
export function threadName(question: string): string {
  return truncate(neutralizeMentions(question.replace(/\s+/g, ' ').trim()), 90) || 'Depeche';
}

/**
 * Remembers each thread's last routed question, so follow-ups are understood. Bounded; after a
 * restart the question is read back from the bot's last answer in the thread instead.
 */
export class ThreadQuestions {
  private readonly questions = new Map<string, RoutedQuestion>();
  constructor(private readonly capacity = 1000) {}

  get(threadId: string): RoutedQuestion | undefined {
    return this.questions.get(threadId);
  }

  set(threadId: string, question: RoutedQuestion): void {
    this.questions.delete(threadId);
    this.questions.set(threadId, question);
    if (this.questions.size > this.capacity) this.questions.delete(this.questions.keys().next().value!);
  }
}

async function previousQuestionFromHistory(thread: ThreadChannel, botUserId: string, adapter: DiscordAdapterContext): Promise<RoutedQuestion | undefined> {
  try {
    const recent = await thread.messages.fetch({ limit: 25 });
    for (const message of recent.values()) {
      if (message.author.id !== botUserId) continue;
      const state = parseCommandHeader(message.content);
      if (state) return { command: state.command, args: state.args, locale: adapter.defaultLocale };
    }
  } catch (error) {
    adapter.logger.warn({ err: loggableError(error), threadId: thread.id }, 'discord: could not read the thread history');
  }
  return undefined;
}

export function shouldAnswerMessage(message: Message, botUserId: string, adapter: DiscordAdapterContext): boolean {
  // Never answer bots, including itself: two bots could otherwise talk forever.
  if (message.author.bot || message.author.id === botUserId || message.system || message.webhookId) return false;
  if (!message.inGuild()) return false;
  if (message.mentions.users.has(botUserId)) return true;
  // Follow-ups in the bot's own thread, when the Message Content intent lets us read them.
  return adapter.readFollowUpsWithoutMention && message.channel.isThread() && message.channel.ownerId === botUserId && message.content.trim() !== '';
}

export async function answerMention(message: Message, adapter: DiscordAdapterContext, threads: ThreadQuestions): Promise<void> {
  const botUserId = message.client.user.id;
  if (!shouldAnswerMessage(message, botUserId, adapter)) return;
  const question = stripBotMention(message.content, botUserId);
  const inThread = message.channel.isThread();
  const allowedMentions = { parse: [] as [], repliedUser: false };

  if (!question) {
    await message.reply({ content: discordText(adapter.defaultLocale, 'emptyMention'), allowedMentions });
    return;
  }

  const previous = inThread
    ? (threads.get(message.channelId) ?? (await previousQuestionFromHistory(message.channel as ThreadChannel, botUserId, adapter)))
    : undefined;
  const routed = routeQuestion(question, previous, adapter.commands, adapter.defaultLocale);
  const locale = routed.locale;
  const context = adapter.createContext({
    locale,
    channel: { platform: 'discord', id: message.channelId, workspaceId: message.guildId ?? undefined },
    user: { id: message.author.id, canManageChannel: message.member?.permissions.has(PermissionFlagsBits.ManageChannels) ?? false },
  });
  adapter.logger.debug({ command: routed.command, channelId: message.channelId, followUp: Boolean(previous) }, 'discord: mention routed');
  const rendered = await adapter.answers.run(async () => {
    const answer = await runCommand(adapter.commands, routed.command, routed.args, context, adapter.logger);
    return renderDiscordEmbeds(answer, locale, { state: { command: routed.command, args: routed.args } });
  });
  const body = { content: rendered.content, embeds: rendered.embeds, components: rendered.components, allowedMentions };

  let target: SendableChannels = message.channel as SendableChannels;
  if (!inThread) {
    try {
      target = await message.startThread({ name: threadName(question), autoArchiveDuration: ThreadAutoArchiveDuration.OneDay });
    } catch (error) {
      // No thread permission (or a channel without threads): answer as a reply instead.
      adapter.logger.warn({ err: loggableError(error), channelId: message.channelId }, 'discord: could not start a thread, replying in the channel');
      await message.reply(body);
      return;
    }
  }
  await target.send(body);
  threads.set(target.id, routed);
}
