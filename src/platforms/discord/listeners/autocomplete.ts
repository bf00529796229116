/** Completions while an option is typed (`/quotes speaker:` → known speakers). */
import { PermissionFlagsBits, type AutocompleteInteraction } from 'discord.js';
import { loggableError, localeFromDiscord, type DiscordAdapterContext } from '../adapterContext.js';

/** Discord takes at most 25 choices, each name and value at most 100 characters. */
export function toAutocompleteChoices(values: string[]): { name: string; value: string }[] {
  const seen = new Set<string>();
  const choices: { name: string; value: string }[] = [];
  for (const value of values) {
    if (!value || value.length > 100 || seen.has(value)) continue;
    seen.add(value);
    choices.push({ name: value, value });
    if (choices.length === 25) break;
  }
  return choices;
}

export async function answerAutocomplete(interaction: AutocompleteInteraction, adapter: DiscordAdapterContext): Promise<void> {
  const command = adapter.commands.find((c) => c.name === interaction.commandName);
  const focused = interaction.options.getFocused(true);
  if (!command?.complete) {
    await interaction.respond([]);
    return;
  }
  const context = adapter.createContext({
    locale: localeFromDiscord(interaction.locale, adapter.defaultLocale),
    channel: { platform: 'discord', id: interaction.channelId ?? '', workspaceId: interaction.guildId ?? undefined },
    user: { id: interaction.user.id, canManageChannel: interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false },
  });
  let values: string[] = [];
  try {
    values = command.complete(context, focused.name, String(focused.value ?? ''));
  } catch (error) {
    adapter.logger.warn({ err: loggableError(error), command: command.name, option: focused.name }, 'discord: autocomplete failed');
  }
  await interaction.respond(toAutocompleteChoices(values));
}
