/**
 * The "More" button carries the command to run again and where the next page starts, so
 * paging needs no server-side state and survives a restart. Slack caps a button value at
 * 2000 characters; the renderer drops the button when the value would be longer.
 */
import type { CommandArgs, Locale } from '../../engine/commandDefinition.js';
import { isLocale } from '../../i18n/messages.js';

export interface MorePage {
  command: string;
  args: CommandArgs;
  offset: number;
  locale: Locale;
  /** The first page was private (ephemeral): so are the next ones. */
  private: boolean;
}

export function encodeMorePage(page: MorePage): string {
  return JSON.stringify({ v: 1, c: page.command, a: page.args, o: page.offset, l: page.locale, p: page.private ? 1 : 0 });
}

/** The page a button asks for, or undefined for a value this version did not write. */
export function decodeMorePage(value: string | undefined): MorePage | undefined {
  if (!value) return undefined;
  try {
    const data = JSON.parse(value) as Record<string, unknown>;
    if (data.v !== 1 || typeof data.c !== 'string' || typeof data.o !== 'number' || !isLocale(data.l)) return undefined;
    if (typeof data.a !== 'object' || data.a === null || Array.isArray(data.a)) return undefined;
    const args: CommandArgs = {};
    for (const [key, v] of Object.entries(data.a)) {
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') args[key] = v;
    }
    return { command: data.c, args, offset: Math.max(0, Math.floor(data.o)), locale: data.l, private: data.p === 1 };
  } catch {
    return undefined;
  }
}
