/**
 * Runs a command from any adapter: checks the arguments against the definition, runs the
 * handler, and turns a failure into a short answer for the user (logged with context).
 */
import type { Logger } from 'pino';
import type { Answer } from './answer.js';
import type { CommandArgs, CommandContext, CommandDefinition, CommandOption } from './commandDefinition.js';
import { DEFAULT_MAX_OPTION_LENGTH, missingUsage } from './commandLine.js';
import { t } from '../i18n/messages.js';

export function errorAnswer(command: string, query: string, notice: string): Answer {
  return { command, query, results: [], notice, error: true };
}

/** Control characters (other than line breaks and tabs) never reach a handler. */
function cleanArg(value: string): string {
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').trim();
}

function optionsFor(definition: CommandDefinition, args: CommandArgs): CommandOption[] {
  if (!definition.subcommands?.length) return definition.options;
  return definition.subcommands.find((s) => s.name === args.subcommand)?.options ?? [];
}

export async function runCommand(
  commands: CommandDefinition[],
  name: string,
  rawArgs: CommandArgs,
  ctx: CommandContext,
  logger?: Logger,
): Promise<Answer> {
  const definition = commands.find((c) => c.name === name);
  const firstValue = Object.entries(rawArgs).find(([k, v]) => k !== 'subcommand' && typeof v === 'string')?.[1];
  const query = typeof firstValue === 'string' ? firstValue : '';
  if (!definition) return errorAnswer(name, query, t(ctx.locale, 'unknownCommand', { name }));

  if (definition.subcommands?.length && !definition.subcommands.some((s) => s.name === rawArgs.subcommand)) {
    return errorAnswer(name, query, t(ctx.locale, 'badOptionValue', { option: 'subcommand', reason: definition.subcommands.map((s) => s.name).join(' | ') }));
  }
  const args: CommandArgs = { ...rawArgs };
  for (const option of optionsFor(definition, args)) {
    const value = args[option.name];
    if (typeof value === 'string') {
      const cleaned = cleanArg(value);
      const max = option.maxLength ?? DEFAULT_MAX_OPTION_LENGTH;
      if (cleaned.length > max) return errorAnswer(name, query.slice(0, 100), t(ctx.locale, 'tooLong', { option: option.name, length: cleaned.length, max }));
      args[option.name] = cleaned || undefined;
    }
    if (option.required && (args[option.name] === undefined || args[option.name] === '')) {
      return errorAnswer(name, query, t(ctx.locale, 'missingOption', { option: option.name, name, usage: missingUsage(name, args.subcommand, option.name) }));
    }
  }
  try {
    return await definition.run(ctx, args);
  } catch (error) {
    logger?.error({ err: error, command: name, args, channel: ctx.channel }, 'command failed');
    return errorAnswer(name, query, t(ctx.locale, 'commandFailed'));
  }
}
