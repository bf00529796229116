/**
 * Posts an answer to a Slack channel on the bot's own initiative (scheduled digests): the same
 * Block Kit rendering as replies, through `chat.postMessage`.
 */
import { webApi } from '@slack/bolt';
import type { Answer } from '../../engine/answer.js';
import type { Locale } from '../../engine/commandDefinition.js';
import { renderSlackBlocks } from './render.js';

export interface SlackPoster {
  post(channelId: string, answer: Answer, locale: Locale): Promise<void>;
}

export type SlackPosterOptions =
  | { client: webApi.WebClient }
  | { botToken: string; apiUrl?: string };

/** Results in a posted digest: no "More" button there, so a page holds more. */
const DIGEST_RESULTS = 10;

export function createSlackPoster(options: SlackPosterOptions): SlackPoster {
  const client =
    'client' in options
      ? options.client
      : new webApi.WebClient(options.botToken, options.apiUrl ? { slackApiUrl: options.apiUrl } : {});
  return {
    async post(channelId, answer, locale) {
      const message = renderSlackBlocks(answer, { locale, perPage: DIGEST_RESULTS });
      await client.chat.postMessage({
        channel: channelId,
        text: message.text,
        blocks: message.blocks,
        unfurl_links: false,
        unfurl_media: false,
      });
    },
  };
}
