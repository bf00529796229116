/**
 * Mentions and thread follow-ups. `@Depeche qui a dit « lutte sacrée » ?` is answered in the
 * mention's thread; a later message in that thread ("et Peskov ?"), with or without a mention,
 * is understood from the thread's earlier question. Direct messages are questions too.
 * Each message is claimed before it is answered, so Slack's retries and the double delivery of
 * a mention (as `app_mention` and as `message`) never produce a second answer.
 */
import type { AllMiddlewareArgs, App } from '@slack/bolt';
import { routeQuestion, type RoutedQuestion } from '../../../chat/routeQuestion.js';
import { answerInTurn, type SlackAdapter } from '../adapter.js';
import { escapeMrkdwn, slackTextToPlain } from '../mrkdwn.js';
import { slackText } from '../messages.js';
import type { SlackBlock } from '../render.js';

interface IncomingQuestion {
  channel: string;
  ts: string;
  threadTs?: string;
  text: string;
  user?: string;
  team?: string;
  /** A direct message: answered in place rather than in a thread. */
  direct: boolean;
}

/** Key under which a direct-message conversation keeps its context outside threads. */
const DIRECT_CONTEXT = 'direct';

export function registerEventListeners(app: App, adapter: SlackAdapter): void {
  app.event('app_mention', async ({ event, body, context, client }) => {
    if (!(await claimOnce(adapter, body.event_id, event.channel, event.ts, context.retryNum))) return;
    await answerQuestion(adapter, client, context.botUserId, {
      channel: event.channel,
      ts: event.ts,
      threadTs: event.thread_ts,
      text: event.text,
      user: event.user,
      team: event.team ?? body.team_id,
      direct: false,
    });
  });

  app.message(async ({ message, body, context, client }) => {
    // Edits, joins, bot posts and other subtypes are not questions.
    if (message.subtype !== undefined || !('user' in message)) return;
    if (message.bot_id) return;
    const text = message.text ?? '';
    const botUserId = context.botUserId;
    const direct = message.channel_type === 'im';
    // In channels a mention arrives as `app_mention` too; that listener answers it.
    if (!direct && botUserId && text.includes(`<@${botUserId}`)) return;
    const previous = message.thread_ts !== undefined ? adapter.threads.get(message.channel, message.thread_ts) : undefined;
    // In a thread the bot answered, people also talk to each other: only questions and
    // follow-ups get an answer ("et Peskov ?" does, "merci !" does not).
    if (!direct && !(previous && addressedToBot(adapter, slackTextToPlain(text, botUserId), previous))) return;
    if (!(await claimOnce(adapter, body.event_id, message.channel, message.ts, context.retryNum))) return;
    await answerQuestion(adapter, client, botUserId, {
      channel: message.channel,
      ts: message.ts,
      threadTs: message.thread_ts,
      text,
      user: message.user,
      team: message.team ?? body.team_id,
      direct,
    });
  });
}

function addressedToBot(adapter: SlackAdapter, text: string, previous: RoutedQuestion): boolean {
  if (/\?\s*$/.test(text)) return true;
  const alone = routeQuestion(text, undefined, adapter.commands, previous.locale);
  if (alone.command !== 'ask') return true;
  const inThread = routeQuestion(text, previous, adapter.commands, previous.locale);
  return JSON.stringify(inThread) !== JSON.stringify(alone);
}

async function claimOnce(
  adapter: SlackAdapter,
  eventId: string,
  channel: string,
  ts: string,
  retryNum: number | undefined,
): Promise<boolean> {
  const fresh = (await adapter.dedup.claim(`event:${eventId}`)) && (await adapter.dedup.claim(`message:${channel}:${ts}`));
  if (!fresh) adapter.logger.debug({ eventId, retryNum }, 'slack event already answered; ignored');
  return fresh;
}

async function answerQuestion(
  adapter: SlackAdapter,
  client: AllMiddlewareArgs['client'],
  botUserId: string | undefined,
  question: IncomingQuestion,
): Promise<void> {
  const { channel } = question;
  const replyThread = question.direct ? question.threadTs : (question.threadTs ?? question.ts);
  const contextKey = question.threadTs ?? (question.direct ? DIRECT_CONTEXT : question.ts);
  const post = (text: string, blocks?: SlackBlock[]) =>
    client.chat.postMessage({
      channel,
      ...(replyThread ? { thread_ts: replyThread } : {}),
      text,
      ...(blocks ? { blocks } : {}),
      unfurl_links: false,
      unfurl_media: false,
    });

  let locale = adapter.defaultLocale;
  try {
    const asked = slackTextToPlain(question.text, botUserId);
    const who = question.user ? await adapter.users.lookup(client, question.user) : { locale: undefined, canManageChannel: false };
    locale = who.locale ?? adapter.defaultLocale;
    if (!asked) {
      await post(escapeMrkdwn(slackText(locale, 'askMe', { bot: 'Depeche' })));
      return;
    }
    const previous =
      adapter.threads.get(channel, contextKey) ??
      (question.threadTs
        ? await rebuildThreadContext(adapter, client, channel, question.threadTs, question.ts, botUserId, locale)
        : undefined);
    // The question's own language wins (someone writing in English wants English back);
    // when it cannot tell, the user's Slack language, then DEPECHE_LOCALE.
    const route = routeQuestion(asked, previous, adapter.commands, locale);
    locale = route.locale;
    const scope = {
      locale,
      channel: { platform: 'slack' as const, id: channel, workspaceId: question.team },
      user: question.user ? { id: question.user, canManageChannel: who.canManageChannel } : undefined,
    };
    const { message } = await answerInTurn(adapter, scope, { name: route.command, args: route.args });
    await post(message.text, message.blocks);
    adapter.threads.set(channel, contextKey, route);
  } catch (error) {
    adapter.logger.error({ err: error, channel, ts: question.ts }, 'slack mention failed');
    await post(escapeMrkdwn(slackText(locale, 'commandFailed'))).catch(() => undefined);
  }
}

/**
 * After a restart the thread store is empty: the earlier questions of the thread are read back
 * (those that mentioned the bot, or that the bot answered) and routed in order.
 */
async function rebuildThreadContext(
  adapter: SlackAdapter,
  client: AllMiddlewareArgs['client'],
  channel: string,
  threadTs: string,
  currentTs: string,
  botUserId: string | undefined,
  locale: SlackAdapter['defaultLocale'],
): Promise<RoutedQuestion | undefined> {
  try {
    const result = await client.conversations.replies({ channel, ts: threadTs, limit: 100 });
    const messages = result.messages ?? [];
    const fromBot = (m: (typeof messages)[number] | undefined) => Boolean(m && (m.bot_id || (botUserId && m.user === botUserId)));
    let previous: RoutedQuestion | undefined;
    for (let i = 0; i < messages.length; i++) {
      const m = messages[i];
      if (m.ts === currentTs) break;
      if (fromBot(m) || !m.text) continue;
      const mentioned = botUserId !== undefined && m.text.includes(`<@${botUserId}`);
      if (!mentioned && !fromBot(messages[i + 1])) continue;
      const asked = slackTextToPlain(m.text, botUserId);
      if (asked) previous = routeQuestion(asked, previous, adapter.commands, locale);
    }
    return previous;
  } catch {
    // No history scope, or the thread is gone: answer without context.
    return undefined;
  }
}
