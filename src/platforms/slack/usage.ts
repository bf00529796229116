/**
 * How a command is written in Slack's single text field, from its definition: the manifest's
 * usage hint and the help shown for `/<command> help` or a mistyped command.
 */
import type { CommandDefinition, CommandOption, Locale } from '../../engine/commandDefinition.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { slackText } from './messages.js';

/** `<quote> [topic:<topic>] [private]`; subcommands as `schedule cron:<cron> … | off | …`. */
export function commandUsageHint(command: CommandDefinition, _locale: Locale): string {
  if (command.subcommands?.length) {
    return command.subcommands
      .map((sub) => [sub.name, ...sub.options.map((o) => optionHint(o, false))].join(' '))
      .join(' | ');
  }
  const parts = command.options.map((o, i) => optionHint(o, i === 0));
  if (command.options.length > 0) parts.push('[private]');
  return parts.join(' ');
}

function optionHint(option: CommandOption, bare: boolean): string {
  const value = option.choices?.length ? option.choices.join('|') : `<${option.name}>`;
  const written = bare ? value : `${option.name}:${value}`;
  return option.required ? written : `[${written}]`;
}

/** The help for one command, in mrkdwn: description, usage, options, examples. */
export function renderCommandHelp(command: CommandDefinition, locale: Locale): string {
  const lines = [
    `*/${escapeMrkdwn(command.name)}* — ${escapeMrkdwn(command.description[locale])}`,
    `${slackText(locale, 'usage')}${locale === 'fr' ? ' :' : ':'} \`/${escapeMrkdwn(command.name)} ${escapeMrkdwn(commandUsageHint(command, locale))}\``,
  ];
  const options = command.subcommands?.length
    ? command.subcommands.flatMap((s) => [{ name: s.name, description: s.description, required: false }, ...s.options])
    : command.options;
  if (options.length) {
    lines.push(`*${slackText(locale, 'options')}*`);
    for (const o of options) {
      const required = 'required' in o && o.required ? ` (${slackText(locale, 'required')})` : '';
      lines.push(`• \`${escapeMrkdwn(o.name)}\`${required} : ${escapeMrkdwn(o.description[locale])}`);
    }
    if (!command.subcommands?.length) lines.push(`• ${slackText(locale, 'privateFlag')}`);
  }
  if (command.examples.length) {
    lines.push(`*${slackText(locale, 'examples')}*`);
    for (const e of command.examples.slice(0, 5)) lines.push(`• \`${escapeMrkdwn(e)}\``);
  }
  return lines.join('\n');
}
