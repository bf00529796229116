/**
 * Where a paged answer keeps its state: in Discord, never in memory, so "Next" keeps working
 * after a restart. The button's custom id carries the command, its arguments and the page when
 * they fit in Discord's 100 characters; when a long question does not fit, the id says so and
 * the command line is read back from the answer's first content line, which shows it anyway.
 */
import type { CommandArgs } from '../../engine/commandDefinition.js';

export interface AnswerState {
  command: string;
  args: CommandArgs;
}

export type PageButton =
  | { page: number; state: AnswerState }
  | { page: number; command: string; stateInMessage: true };

export const CUSTOM_ID_MAX = 100;
const PREFIX = 'pg:';
/** Marks a custom id whose arguments live in the message header. */
const IN_MESSAGE = '^';

/** Arguments worth keeping in a state: set, and not adapter-only (`private`). */
export function stateArgs(args: CommandArgs): CommandArgs {
  const kept: CommandArgs = {};
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined || name === 'private') continue;
    kept[name] = value;
  }
  return kept;
}

export function encodePageCustomId(state: AnswerState, page: number): string {
  const full = `${PREFIX}${page}:${JSON.stringify([state.command, stateArgs(state.args)])}`;
  if (full.length <= CUSTOM_ID_MAX) return full;
  return `${PREFIX}${page}:${IN_MESSAGE}${state.command}`;
}

export function decodePageCustomId(customId: string): PageButton | null {
  const match = /^pg:(\d{1,4}):([\s\S]+)$/.exec(customId);
  if (!match) return null;
  const page = Number(match[1]);
  const rest = match[2];
  if (rest.startsWith(IN_MESSAGE)) {
    const command = rest.slice(IN_MESSAGE.length);
    return /^[a-z0-9_-]{1,32}$/.test(command) ? { page, command, stateInMessage: true } : null;
  }
  try {
    const parsed: unknown = JSON.parse(rest);
    if (!Array.isArray(parsed) || typeof parsed[0] !== 'string') return null;
    const args = parsed[1];
    if (typeof args !== 'object' || args === null || Array.isArray(args)) return null;
    return { page, state: { command: parsed[0], args: args as CommandArgs } };
  } catch {
    return null;
  }
}

/**
 * The text command line for a state: `/who-said quote:"lutte sacrée"`. Strings are always
 * JSON-quoted (backticks and mention signs escaped) and the subcommand comes
 * first, bare, so `parseCommandHeader` reads back exactly what was written.
 */
export function formatCommandHeader(state: AnswerState): string {
  const parts = [`/${state.command}`];
  const args = stateArgs(state.args);
  if (typeof args.subcommand === 'string') parts.push(args.subcommand);
  for (const [name, value] of Object.entries(args)) {
    if (name === 'subcommand') continue;
    // JSON escapes keep the line inert: no backtick closes the code span, no `@everyone` or
    // `<@id>` is ever written, and JSON.parse gives the exact value back.
    const shown = typeof value === 'string' ? JSON.stringify(value).replace(/[`@<]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : String(value);
    parts.push(`${name}:${shown}`);
  }
  return parts.join(' ');
}

const HEADER_LINE = /^-# `` (\/[\s\S]+?) ``$/;

/** The content line that shows the command an answer replies to (and stores its state). */
export function headerLine(state: AnswerState): string {
  return `-# \`\` ${formatCommandHeader(state)} \`\``;
}

/** Reads the state back from a message's content, or null when it has no header. */
export function parseCommandHeader(content: string): AnswerState | null {
  const firstLine = content.split('\n', 1)[0] ?? '';
  const match = HEADER_LINE.exec(firstLine);
  if (!match) return null;
  const line = match[1];
  const head = /^\/([a-z0-9_-]{1,32})/.exec(line);
  if (!head) return null;
  const args: CommandArgs = {};
  const token = /\s+(?:([a-z0-9_-]+):("(?:[^"\\]|\\.)*"|\S+)|([a-z0-9_-]+))/y;
  token.lastIndex = head[0].length;
  while (token.lastIndex < line.length) {
    const found = token.exec(line);
    if (!found) return null;
    const [, name, raw, bare] = found;
    if (bare !== undefined) {
      args.subcommand = bare;
      continue;
    }
    try {
      args[name] = raw.startsWith('"') ? (JSON.parse(raw) as string) : raw === 'true' ? true : raw === 'false' ? false : Number(raw);
    } catch {
      return null;
    }
    if (typeof args[name] === 'number' && Number.isNaN(args[name])) return null;
  }
  return { command: head[1], args };
}
