/**
 * Parses a command written as text (Slack, the terminal chat, the CLI):
 * `/who-said lutte sacrée`, `/quotes speaker:Kirby topic:"artillerie lourde"`,
 * `/digest schedule cron:"0 8 * * 1-5" tz:Europe/Paris`. Options are `name:value`, quoted when
 * the value has spaces; words that are not a known option make up the first option (given bare).
 * A trailing `private` (or `privé`, or `private:true`) asks for an answer only the user sees.
 */
import type { CommandArgs, CommandDefinition, CommandOption } from './commandDefinition.js';
import type { MessageKey } from '../i18n/messages.js';

export interface ParsedCommand {
  ok: true;
  name: string;
  args: CommandArgs;
  private: boolean;
}

export interface CommandLineError {
  ok: false;
  error: { key: MessageKey; params: Record<string, string | number> };
}

/** Longest text accepted for an option that does not set its own limit. */
export const DEFAULT_MAX_OPTION_LENGTH = 1000;

const PRIVATE_WORDS = new Set(['private', 'privé', 'prive', '--private', '--ephemeral']);
const OPEN_QUOTES: Record<string, string> = { '"': '"', '“': '”', '«': '»', '„': '“' };

interface Token {
  text: string;
  /** `name` when the token was written `name:value`. */
  option?: string;
}

/**
 * Where the quotation opened at `open` closes. Users paste quotations that hold quotation marks of
 * their own (`quote:"He told me: "Wait", then left"`): a mark that closes the value is followed by a
 * space or the end of the line, and leaves the marks after it paired (the next option's value);
 * « » and “ ” nest. When no mark fits that, the first closing mark is taken. -1 when none closes.
 */
function closingQuote(line: string, open: number, close: string): number {
  const first = line.indexOf(close, open + 1);
  if (first < 0) return -1;
  const opener = line[open];
  const endsValue = (at: number) => at + 1 >= line.length || /\s/.test(line[at + 1]);
  if (opener !== close) {
    let depth = 1;
    for (let at = open + 1; at < line.length; at++) {
      if (line[at] === opener) depth++;
      else if (line[at] === close && --depth === 0) return endsValue(at) ? at : first;
    }
    return first;
  }
  for (let at = first; at >= 0; at = line.indexOf(close, at + 1)) {
    if (!endsValue(at)) continue;
    const after = line.slice(at + 1).split(close).length - 1;
    if (after % 2 === 0) return at;
  }
  return first;
}

function tokenizeLine(line: string): Token[] | 'unterminated' {
  const tokens: Token[] = [];
  let i = 0;
  const readQuoted = (close: string): string | null => {
    const end = closingQuote(line, i, close);
    if (end < 0) return null;
    const value = line.slice(i + 1, end).trim();
    i = end + 1;
    return value;
  };
  while (i < line.length) {
    if (/\s/.test(line[i])) {
      i++;
      continue;
    }
    // "name:value", or "name:" ending the line (an option given no value: a missing option, not the word "name:").
    const optionMatch = /^([a-z][a-z0-9_-]*):(?=\S|\s*$)/i.exec(line.slice(i));
    if (optionMatch) {
      i += optionMatch[0].length;
      const close = OPEN_QUOTES[line[i]];
      if (close) {
        const value = readQuoted(close);
        if (value === null) return 'unterminated';
        tokens.push({ text: value, option: optionMatch[1].toLowerCase() });
      } else {
        const end = line.slice(i).search(/\s/);
        const value = end < 0 ? line.slice(i) : line.slice(i, i + end);
        i += value.length;
        tokens.push({ text: value, option: optionMatch[1].toLowerCase() });
      }
      continue;
    }
    const close = OPEN_QUOTES[line[i]];
    if (close) {
      const value = readQuoted(close);
      // An unclosed quote in free text is kept as typed.
      if (value === null) {
        tokens.push({ text: line.slice(i) });
        break;
      }
      tokens.push({ text: value });
      continue;
    }
    const end = line.slice(i).search(/\s/);
    const word = end < 0 ? line.slice(i) : line.slice(i, i + end);
    i += word.length;
    tokens.push({ text: word });
  }
  return tokens;
}

const fail = (key: MessageKey, params: Record<string, string | number> = {}): CommandLineError => ({ ok: false, error: { key, params } });

/**
 * Parses `line`. When `command` is given (a Slack slash command carries its name separately),
 * the whole line is the command's text.
 */
export function parseCommandLine(line: string, commands: CommandDefinition[], opts: { command?: string } = {}): ParsedCommand | CommandLineError {
  let text = line.trim();
  let name = opts.command?.replace(/^\//, '').toLowerCase();
  if (!name) {
    const m = /^\/?([\p{L}][\p{L}\p{N}_-]*)/u.exec(text);
    if (!m) return fail('unknownCommand', { name: (text.split(/\s/)[0] ?? '').replace(/^\//, '') });
    name = m[1].toLowerCase();
    text = text.slice(m[0].length);
  }
  const definition = commands.find((c) => c.name === name);
  if (!definition) return fail('unknownCommand', { name });

  const tokens = tokenizeLine(text);
  if (tokens === 'unterminated') return fail('unterminatedQuote');

  let isPrivate = false;
  const last = tokens[tokens.length - 1];
  if (last && !last.option && PRIVATE_WORDS.has(last.text.toLowerCase())) {
    isPrivate = true;
    tokens.pop();
  }

  const args: CommandArgs = {};
  let options: CommandOption[] = definition.options;
  if (definition.subcommands?.length) {
    const first = tokens[0];
    const sub = first && !first.option ? definition.subcommands.find((s) => s.name === first.text.toLowerCase()) : undefined;
    if (!sub) {
      return fail('badOptionValue', {
        option: 'subcommand',
        reason: `/${name} ${definition.subcommands.map((s) => s.name).join(' | ')}`,
      });
    }
    tokens.shift();
    args.subcommand = sub.name;
    options = sub.options;
  }

  const bare: string[] = [];
  for (const token of tokens) {
    if (token.option === 'private') {
      isPrivate = /^(true|yes|oui|1)$/i.test(token.text);
      continue;
    }
    const option = token.option ? options.find((o) => o.name === token.option) : undefined;
    if (token.option && !option) {
      // "lutte:sacrée" is not an option of ours: it is words; so is a last word ending in a colon ("… a dit:").
      if (options.length === 0 || !/^[a-z_]+$/.test(token.option) || token.text === '') {
        bare.push(`${token.option}:${token.text}`);
        continue;
      }
      return fail('unknownOption', { option: token.option, name, options: options.map((o) => o.name).join(', ') || '—' });
    }
    if (option) {
      // "speaker:A speaker:B": which one was meant is not ours to guess.
      if (args[option.name] !== undefined) return fail('repeatedOption', { option: option.name, name });
      const value = coerce(option, token.text);
      if (typeof value === 'object') return value;
      args[option.name] = value;
    } else bare.push(token.text);
  }
  if (bare.length) {
    const first = options.find((o) => args[o.name] === undefined && o.type === 'string');
    // Words left over once every option has its value: most often a quotation cut short by a mark inside it.
    if (!first) return fail('extraText', { text: bare.join(' ').slice(0, 60), name, options: options.map((o) => o.name).join(', ') || '—' });
    const value = coerce(first, bare.join(' '));
    if (typeof value === 'object') return value;
    args[first.name] = value;
  }
  const missing = options.find((o) => o.required && (args[o.name] === undefined || args[o.name] === ''));
  if (missing) return fail('missingOption', { option: missing.name, name, usage: missingUsage(name, args.subcommand, missing.name) });
  return { ok: true, name, args, private: isPrivate };
}

/** How to write the missing option, with no example of one story: `/who-said quote`, `/digest schedule cron`. */
export function missingUsage(name: string, subcommand: unknown, option: string): string {
  return [`/${name}`, typeof subcommand === 'string' ? subcommand : '', option].filter(Boolean).join(' ');
}

function coerce(option: CommandOption, raw: string): string | number | boolean | CommandLineError {
  if (option.type === 'boolean') {
    if (/^(true|yes|oui|on|1)$/i.test(raw)) return true;
    if (/^(false|no|non|off|0)$/i.test(raw)) return false;
    return fail('badOptionValue', { option: option.name, reason: 'true | false' });
  }
  if (option.type === 'integer') {
    if (!/^-?\d+$/.test(raw)) return fail('badOptionValue', { option: option.name, reason: `"${raw.slice(0, 40)}" is not a whole number` });
    return Number(raw);
  }
  const max = option.maxLength ?? DEFAULT_MAX_OPTION_LENGTH;
  if (raw.length > max) return fail('tooLong', { option: option.name, length: raw.length, max });
  if (option.choices && !option.choices.includes(raw)) return fail('badOptionValue', { option: option.name, reason: option.choices.join(' | ') });
  return raw;
}
