/**
 * Slash commands: acknowledged at once (Slack allows 3 seconds), then answered through the
 * command's `response_url`: in the channel by default, only to the user with `private`.
 */
import type { App, RespondArguments } from '@slack/bolt';
import { t } from '../../../i18n/messages.js';
import { answerInTurn, type SlackAdapter } from '../adapter.js';
import { clipFormatted, escapeMrkdwn } from '../mrkdwn.js';
import { slackText } from '../messages.js';
import { SLACK_LIMITS } from '../render.js';
import { parseSlashCommand } from '../slashCommandText.js';
import { renderCommandHelp } from '../usage.js';

export function registerCommandListeners(app: App, adapter: SlackAdapter): void {
  // One listener for every command, so a command renamed in the Slack app still reaches us
  // with a clear "unknown command" rather than silence.
  app.command(/^\/[\w-]+$/, async ({ command, ack, respond, client }) => {
    await ack();
    const who = await adapter.users.lookup(client, command.user_id);
    const locale = who.locale ?? adapter.defaultLocale;
    try {
      const request = parseSlashCommand(command.command, command.text ?? '', adapter.commands);
      const definition = adapter.commands.find((c) => c.name === request.name);
      if (request.kind === 'help' || request.kind === 'error') {
        const lines: string[] = [];
        if (request.kind === 'error') lines.push(escapeMrkdwn(t(locale, request.key, request.params)));
        if (definition) lines.push(renderCommandHelp(definition, locale));
        await respond(ephemeralText(lines.join('\n\n')));
        return;
      }
      const scope = {
        locale,
        channel: { platform: 'slack' as const, id: command.channel_id, workspaceId: command.team_id },
        user: { id: command.user_id, canManageChannel: who.canManageChannel },
      };
      const { answer, message } = await answerInTurn(adapter, scope, { name: request.name, args: request.args, private: request.private });
      // Usage errors are for the user who typed them, never for the whole channel.
      const visibility = request.private || answer.error ? 'ephemeral' : 'in_channel';
      await respond({ response_type: visibility, text: message.text, blocks: message.blocks });
    } catch (error) {
      adapter.logger.error({ err: error, command: command.command, channel: command.channel_id }, 'slack command failed');
      await respond(ephemeralText(escapeMrkdwn(slackText(locale, 'commandFailed')))).catch(() => undefined);
    }
  });
}

function ephemeralText(mrkdwn: string): RespondArguments {
  const text = clipFormatted(mrkdwn, SLACK_LIMITS.sectionText);
  return {
    response_type: 'ephemeral',
    text,
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }],
  };
}
