/**
 * Slack gives a slash command one text field: `/who-said lutte sacrée`,
 * `/quotes Kirby topic:artillerie`, `/summary armes private`. This turns Slack's text into the
 * command's arguments with the shared command-line parser, after undoing Slack's escaping.
 */
import type { CommandArgs, CommandDefinition } from '../../engine/commandDefinition.js';
import { parseCommandLine } from '../../engine/commandLine.js';
import type { MessageKey } from '../../i18n/messages.js';
import { slackTextToPlain } from './mrkdwn.js';

export type SlashRequest =
  | { kind: 'run'; name: string; args: CommandArgs; private: boolean }
  /** `/<command> help`: the usage of that command. */
  | { kind: 'help'; name: string }
  | { kind: 'error'; name: string; key: MessageKey; params: Record<string, string | number> };

const HELP_WORDS = new Set(['help', 'aide', '?', '--help', '-h']);

/** `command` is Slack's `command` field (`/who-said`), `text` everything typed after it. */
export function parseSlashCommand(command: string, text: string, commands: CommandDefinition[]): SlashRequest {
  const name = command.replace(/^\//, '').toLowerCase();
  const plain = slackTextToPlain(text);
  if (name !== 'help' && HELP_WORDS.has(plain.toLowerCase()) && commands.some((c) => c.name === name)) {
    return { kind: 'help', name };
  }
  const parsed = parseCommandLine(plain, commands, { command: name });
  if (!parsed.ok) return { kind: 'error', name, key: parsed.error.key, params: parsed.error.params };
  return { kind: 'run', name: parsed.name, args: parsed.args, private: parsed.private };
}
