/**
 * "Previous"/"Next": the button's custom id (or the message's first line) says which command,
 * arguments and page; the command runs again and the message is updated in place. Nothing is
 * kept in memory, so the buttons still work after a restart.
 */
import { MessageFlags, PermissionFlagsBits, type ButtonInteraction } from 'discord.js';
import { runCommand } from '../../../engine/runCommand.js';
import { answerInTime, localeFromDiscord, type DiscordAdapterContext } from '../adapterContext.js';
import { discordText } from '../messages.js';
import { decodePageCustomId, parseCommandHeader, type AnswerState } from '../pageState.js';
import { NOOP_CUSTOM_ID, renderDiscordEmbeds } from '../renderDiscordEmbeds.js';

export function isPageButton(customId: string): boolean {
  return customId.startsWith('pg:');
}

export async function answerPageButton(interaction: ButtonInteraction, adapter: DiscordAdapterContext): Promise<void> {
  const locale = localeFromDiscord(interaction.locale, adapter.defaultLocale);
  if (interaction.customId === NOOP_CUSTOM_ID) {
    await interaction.deferUpdate();
    return;
  }
  const button = decodePageCustomId(interaction.customId);
  let state: AnswerState | null = null;
  if (button && 'state' in button) state = button.state;
  else if (button) {
    const fromMessage = parseCommandHeader(interaction.message.content);
    if (fromMessage?.command === button.command) state = fromMessage;
  }
  if (!button || !state || !adapter.commands.some((c) => c.name === state.command)) {
    await interaction.reply({ content: discordText(locale, 'expiredButton'), flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    return;
  }

  const context = adapter.createContext({
    locale,
    channel: { platform: 'discord', id: interaction.channelId, workspaceId: interaction.guildId ?? undefined },
    user: { id: interaction.user.id, canManageChannel: interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false },
  });
  const shown = state;
  const reply = await answerInTime(adapter, async () => {
    const answer = await runCommand(adapter.commands, shown.command, { ...shown.args }, context, adapter.logger);
    return renderDiscordEmbeds(answer, locale, { state: shown, page: button.page });
  });
  if ('later' in reply) await interaction.deferUpdate();
  const message = 'value' in reply ? reply.value : await reply.later;

  const body = { content: message.content, embeds: message.embeds, components: message.components, allowedMentions: { parse: [] } };
  if (interaction.deferred) await interaction.editReply(body);
  else await interaction.update(body);
}
