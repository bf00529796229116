/**
 * Posts an answer to a channel without an interaction (scheduled digests): over REST, every
 * page as its own message up to a few, then a line saying how many results were left out.
 */
import { Routes, type REST } from 'discord.js';
import type { Answer } from '../../engine/answer.js';
import type { Locale } from '../../engine/commandDefinition.js';
import { discordText } from './messages.js';
import { paginateResults, renderDiscordEmbeds, truncate, DISCORD_LIMITS } from './renderDiscordEmbeds.js';

export const MAX_POSTED_PAGES = 3;

export interface DiscordPoster {
  post(channelId: string, answer: Answer, locale: Locale): Promise<void>;
}

/** `rest` is the running client's (`client.rest`), or any REST with the bot token set. */
export function createDiscordPoster(rest: REST): DiscordPoster {
  return {
    async post(channelId, answer, locale) {
      const pageCount = Math.max(1, paginateResults(answer.results, locale).length);
      const posted = Math.min(pageCount, MAX_POSTED_PAGES);
      for (let page = 0; page < posted; page++) {
        const message = renderDiscordEmbeds(answer, locale, { page });
        let content = page === 0 ? message.content : '';
        if (page === posted - 1 && posted < pageCount) {
          const left = paginateResults(answer.results, locale).slice(posted).reduce((sum, p) => sum + p.length, 0);
          content = truncate([content, discordText(locale, 'morePages', { count: left })].filter(Boolean).join('\n'), DISCORD_LIMITS.content);
        }
        const body: Record<string, unknown> = { embeds: message.embeds, allowed_mentions: { parse: [] } };
        if (content) body.content = content;
        await rest.post(Routes.channelMessages(channelId), { body });
      }
    },
  };
}
