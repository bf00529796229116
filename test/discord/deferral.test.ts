import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineCommand } from '../../src/engine/commandDefinition.js';
import type { Engine } from '../../src/engine/engine.js';
import { createLogger } from '../../src/log.js';
import { startDiscord, type DiscordAdapter } from '../../src/platforms/discord/index.js';
import { answerInTime } from '../../src/platforms/discord/adapterContext.js';
import { AnswerQueue } from '../../src/chat/answerQueue.js';
import { DiscordStandIn } from './discordStandIn.js';

const TOKEN = 'deferral-token';
const standIn = new DiscordStandIn({ token: TOKEN, appId: '123456789012345678' });
let bot: DiscordAdapter;

/** Slower than the bot's (test-lowered) deferral threshold. */
const slow = defineCommand({
  name: 'slow',
  description: { fr: 'Lent', en: 'Slow' },
  options: [],
  examples: ['/slow'],
  run: async () => {
    await new Promise((resolve) => setTimeout(resolve, 150));
    return { command: 'slow', query: '', results: [{ text: 'enfin', articles: [] }] };
  },
});

beforeAll(async () => {
  await standIn.start();
  bot = await startDiscord({
    token: TOKEN,
    appId: '123456789012345678',
    apiUrl: standIn.apiUrl,
    commands: [slow],
    logger: createLogger('silent'),
    deferAfterMs: 20,
    createContext: (partial) => ({ engine: {} as Engine, now: new Date(), services: {}, ...partial }),
  });
});
afterAll(async () => {
  await bot?.stop();
  await standIn.stop();
});

describe('slow answers', () => {
  it('defers the interaction in time, then edits the answer in, ephemerally when private', async () => {
    const interaction = standIn.dispatchSlashCommand({ name: 'slow', options: [{ name: 'private', type: 5, value: true }] });
    const deferred = await standIn.waitForRequest((r) => r.path.startsWith(`/interactions/${interaction.id}/`));
    expect(deferred.body).toEqual({ type: 5, data: { flags: 64 } });
    const edit = await standIn.waitForRequest((r) => r.method === 'PATCH' && r.path === `/webhooks/123456789012345678/${interaction.token}/messages/@original`);
    expect(edit.body.embeds[0].description).toBe('enfin');
    expect(edit.body.allowed_mentions).toEqual({ parse: [] });
    expect(standIn.requests.indexOf(deferred)).toBeLessThan(standIn.requests.indexOf(edit));
  });
});

describe('the deferral budget', () => {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('gives an answer ready within the budget to the callback itself', async () => {
    const reply = await answerInTime({ answers: new AnswerQueue(), deferAfterMs: 1000 }, async () => 'ready');
    expect(reply).toEqual({ value: 'ready' });
  });

  it('defers without waiting when the answers queued ahead already take longer than the budget', async () => {
    const answers = new AnswerQueue();
    await answers.run(() => sleep(30));
    const ahead = [answers.run(() => sleep(30)), answers.run(() => sleep(30))];
    let started = false;
    const reply = await answerInTime({ answers, deferAfterMs: 20 }, async () => {
      started = true;
      return 'late';
    });
    expect(started).toBe(false);
    expect('later' in reply && (await reply.later)).toBe('late');
    await Promise.all(ahead);
  });
});
