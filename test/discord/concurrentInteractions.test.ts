/**
 * Fifty slash commands at once on the real discord.js client against the stand-in: every
 * interaction gets exactly one callback (the answer, or a deferral followed by exactly one edit
 * carrying the answer), each answer is its own question's, failures are still shown to the
 * user, and answers take turns rather than run on top of each other.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/engine.js';
import { t } from '../../src/i18n/messages.js';
import { createLogger } from '../../src/log.js';
import { startDiscord, type DiscordAdapter } from '../../src/platforms/discord/index.js';
import { DiscordStandIn, type RecordedRequest } from './discordStandIn.js';
import { echoCommand } from '../chat/echoCommand.js';

const TOKEN = 'concurrency-token';
const APP_ID = '123456789012345678';
const standIn = new DiscordStandIn({ token: TOKEN, appId: APP_ID });
let bot: DiscordAdapter;
const { command: echo, concurrency } = echoCommand();

beforeAll(async () => {
  await standIn.start();
  bot = await startDiscord({
    token: TOKEN,
    appId: APP_ID,
    apiUrl: standIn.apiUrl,
    commands: [echo],
    logger: createLogger('silent'),
    createContext: (partial) => ({ engine: {} as Engine, now: new Date(), services: {}, ...partial }),
  });
});
afterAll(async () => {
  await bot?.stop();
  await standIn.stop();
});

describe('Discord under fifty concurrent interactions', () => {
  it('calls every interaction back once and shows each its own answer, failures included', async () => {
    const words = Array.from({ length: 50 }, (_, i) => (i % 10 === 3 ? 'boom' : `mot${i}`));
    const interactions = words.map((word) => standIn.dispatchSlashCommand({ name: 'echo', options: [{ name: 'word', type: 3, value: word }], locale: 'fr' }));
    const callbacks = await Promise.all(interactions.map((i) => standIn.waitForRequest((r) => r.path === `/interactions/${i.id}/${i.token}/callback`)));

    const edits: (RecordedRequest | undefined)[] = await Promise.all(
      interactions.map((interaction, k) =>
        callbacks[k]!.body.type === 5
          ? standIn.waitForRequest((r) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${interaction.token}/messages/@original`)
          : undefined,
      ),
    );
    interactions.forEach((interaction, k) => {
      const callback = callbacks[k]!;
      expect([4, 5]).toContain(callback.body.type);
      const shown = JSON.stringify(edits[k]?.body ?? callback.body.data);
      if (words[k] === 'boom') expect(shown).toContain(t('fr', 'commandFailed'));
      else expect(shown).toContain(`echo ${words[k]}`);
      if (edits[k]) expect(standIn.requests.indexOf(callback)).toBeLessThan(standIn.requests.indexOf(edits[k]!));
      // Exactly one callback, and no edit when the answer was in the callback.
      expect(standIn.requests.filter((r) => r.path.startsWith(`/interactions/${interaction.id}/`))).toHaveLength(1);
      expect(standIn.requests.filter((r) => r.path.includes(`/${interaction.token}/messages/`))).toHaveLength(edits[k] ? 1 : 0);
    });
    expect(concurrency.mostActive).toBe(1);
  });
});
