/**
 * The "More" button: runs the command again and shows the next page where the first one was
 * (in the thread for a mention, to the user alone for a private answer, in the channel otherwise).
 * A button shows its page once: a second click on it (a double click, or someone else in the
 * channel) is acknowledged and ignored, since the page is already there.
 */
import type { App, BlockButtonAction } from '@slack/bolt';
import { answerInTurn, type SlackAdapter } from '../adapter.js';
import { escapeMrkdwn } from '../mrkdwn.js';
import { slackText } from '../messages.js';
import { decodeMorePage } from '../paging.js';
import { MORE_ACTION_ID } from '../render.js';

export function registerActionListeners(app: App, adapter: SlackAdapter): void {
  app.action<BlockButtonAction>(MORE_ACTION_ID, async ({ ack, body, action, respond, client }) => {
    await ack();
    const page = decodeMorePage(action.value);
    const locale = page?.locale ?? adapter.defaultLocale;
    try {
      if (!page) {
        await respond({ response_type: 'ephemeral', replace_original: false, text: escapeMrkdwn(slackText(locale, 'expired')) });
        return;
      }
      const channelId = body.channel?.id ?? body.container?.channel_id;
      const messageTs = body.message?.ts ?? body.container?.message_ts;
      if (messageTs && !(await adapter.dedup.claim(`more:${channelId ?? ''}:${messageTs}:${action.value}`))) return;
      const who = await adapter.users.lookup(client, body.user.id);
      const scope = {
        locale,
        channel: { platform: 'slack' as const, id: channelId ?? '', workspaceId: body.team?.id },
        user: { id: body.user.id, canManageChannel: who.canManageChannel },
      };
      const { message } = await answerInTurn(adapter, scope, { name: page.command, args: page.args, offset: page.offset, private: page.private });
      const threadTs: string | undefined = body.message?.thread_ts ?? body.container?.thread_ts;
      const ephemeral = page.private || body.container?.is_ephemeral === true;
      if (!ephemeral && threadTs && channelId) {
        await client.chat.postMessage({
          channel: channelId,
          thread_ts: threadTs,
          text: message.text,
          blocks: message.blocks,
          unfurl_links: false,
          unfurl_media: false,
        });
      } else {
        await respond({
          response_type: ephemeral ? 'ephemeral' : 'in_channel',
          replace_original: false,
          text: message.text,
          blocks: message.blocks,
        });
      }
    } catch (error) {
      adapter.logger.error({ err: error, action: MORE_ACTION_ID }, 'slack action failed');
      await respond({ response_type: 'ephemeral', replace_original: false, text: escapeMrkdwn(slackText(locale, 'commandFailed')) }).catch(
        () => undefined,
      );
    }
  });
}
