/** `/who-said`, `/quotes`…: read the options, let the engine answer, render it as embeds. */
import { MessageFlags, PermissionFlagsBits, type ChatInputCommandInteraction } from 'discord.js';
import type { CommandArgs, CommandDefinition } from '../../../engine/commandDefinition.js';
import { runCommand } from '../../../engine/runCommand.js';
import { answerInTime, localeFromDiscord, type DiscordAdapterContext } from '../adapterContext.js';
import { discordText } from '../messages.js';
import { PRIVATE_OPTION } from '../registration.js';
import { renderDiscordEmbeds } from '../renderDiscordEmbeds.js';

/** The command's arguments from a chat-input interaction (subcommand included). */
export function readSlashArgs(interaction: ChatInputCommandInteraction, command: CommandDefinition): CommandArgs {
  const args: CommandArgs = {};
  const subcommand = command.subcommands?.length ? interaction.options.getSubcommand(false) : null;
  const options = subcommand
    ? (command.subcommands?.find((s) => s.name === subcommand)?.options ?? [])
    : command.options;
  if (subcommand) args.subcommand = subcommand;
  for (const option of options) {
    const value = interaction.options.get(option.name)?.value;
    if (value !== undefined && value !== null) args[option.name] = value;
  }
  return args;
}

export async function answerSlashCommand(interaction: ChatInputCommandInteraction, adapter: DiscordAdapterContext): Promise<void> {
  const locale = localeFromDiscord(interaction.locale, adapter.defaultLocale);
  const command = adapter.commands.find((c) => c.name === interaction.commandName);
  if (!command) {
    await interaction.reply({
      content: discordText(locale, 'unknownCommand', { name: interaction.commandName }),
      flags: MessageFlags.Ephemeral,
      allowedMentions: { parse: [] },
    });
    return;
  }
  const args = readSlashArgs(interaction, command);
  const ephemeral = interaction.options.getBoolean(PRIVATE_OPTION) ?? false;
  const context = adapter.createContext({
    locale,
    channel: { platform: 'discord', id: interaction.channelId, workspaceId: interaction.guildId ?? undefined },
    user: { id: interaction.user.id, canManageChannel: interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false },
  });

  const reply = await answerInTime(adapter, async () => {
    const answer = await runCommand(adapter.commands, command.name, args, context, adapter.logger);
    return { answer, message: renderDiscordEmbeds(answer, locale, { state: { command: command.name, args } }) };
  });
  if ('later' in reply) await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  const { answer, message } = 'value' in reply ? reply.value : await reply.later;

  const body = { content: message.content, embeds: message.embeds, components: message.components, allowedMentions: { parse: [] } };
  if (interaction.deferred) await interaction.editReply(body);
  // A usage error only concerns the person who typed it.
  else await interaction.reply({ ...body, ...(ephemeral || answer.error ? { flags: MessageFlags.Ephemeral as const } : {}) });
}
