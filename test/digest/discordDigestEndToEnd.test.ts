/**
 * End to end on the Discord stand-in: a member with Manage Channels schedules a digest with
 * the `/digest schedule` slash command, an article file is dropped into the corpus folder
 * (indexed live by the watcher), and at the next run the digest naming it is posted to the
 * channel over REST, with no pings.
 */
import { once } from 'node:events';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../../commands/index.js';
import { Engine } from '../../src/engine/engine.js';
import { createLogger } from '../../src/log.js';
import { DigestService } from '../../src/digest/digestService.js';
import { createDiscordPoster, startDiscord, type DiscordAdapter } from '../../src/platforms/discord/index.js';
import { DiscordStandIn, nextSnowflake, type RecordedRequest } from '../discord/discordStandIn.js';
import { ManualClock } from './manualClock.js';
import { GREVE_PORT, HARBOUR_STRIKE, TempDirs, writeArticle } from './fixtures.js';

const TOKEN = 'MTE5ODc2NTQzMjEwOTg3NjU0.GxYzAb.digestdigestdigestdigestdigest0123456789';
const APP_ID = '123456789012345678';
const standIn = new DiscordStandIn({ token: TOKEN, appId: APP_ID });
const dirs = new TempDirs();
const logLines: string[] = [];
const logger = createLogger('info', new Writable({ write(chunk, _e, done) { logLines.push(String(chunk)); done(); } }));
const clock = new ManualClock('2031-04-03T06:00:30Z');
let engine: Engine;
let corpusDir: string;
let service: DigestService;
let bot: DiscordAdapter;

const isCallback = (interaction: { id: string }) => (r: RecordedRequest) => r.path.startsWith(`/interactions/${interaction.id}/`);
/** Permission bits of a member: everything the stand-in gives, plus Manage Channels (1 << 4). */
const MANAGER_PERMISSIONS = (1071698660929n | (1n << 4n)).toString();

/** A `/digest <sub>` interaction from a member, as Discord dispatches it; `manager` adds Manage Channels. */
function dispatchDigest(sub: string, options: { name: string; type: number; value: unknown }[], input: { manager: boolean; locale?: string }) {
  const userId = input.manager ? '700000000000000009' : '700000000000000001';
  const interaction = {
    id: nextSnowflake(),
    application_id: APP_ID,
    type: 2,
    token: `interaction-token-${nextSnowflake()}`,
    version: 1,
    guild_id: standIn.guildId,
    channel_id: standIn.channelId,
    channel: { id: standIn.channelId, type: 0, guild_id: standIn.guildId, name: 'actualite' },
    member: {
      user: { id: userId, username: `user${userId.slice(-3)}`, discriminator: '0', global_name: null, avatar: null },
      roles: [],
      joined_at: new Date(0).toISOString(),
      permissions: input.manager ? MANAGER_PERMISSIONS : '1071698660929',
      deaf: false,
      mute: false,
      flags: 0,
    },
    locale: input.locale ?? 'en-US',
    guild_locale: 'fr',
    app_permissions: '1071698660929',
    entitlements: [],
    authorizing_integration_owners: { '0': standIn.guildId },
    context: 0,
    data: { id: nextSnowflake(), name: 'digest', type: 1, options: [{ name: sub, type: 1, options }] },
  };
  standIn.dispatch('INTERACTION_CREATE', interaction);
  return interaction;
}

const channelPosts = () => standIn.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${standIn.channelId}/messages`);

beforeAll(async () => {
  await standIn.start();
  corpusDir = dirs.make('corpus');
  writeArticle(corpusDir, HARBOUR_STRIKE);
  engine = await Engine.open({ corpusDir, dataDir: null });
  await engine.watch(50);
  // Minute steps keep the test short; the default minimum between digests is checked in digestCommand.test.ts.
  service = await DigestService.open({ engine, dataDir: dirs.make('data'), defaultTimeZone: 'Europe/Paris', clock, logger, minIntervalMinutes: 1 });
  bot = await startDiscord({
    token: TOKEN,
    appId: APP_ID,
    apiUrl: standIn.apiUrl,
    commands: await loadCommands(),
    logger,
    createContext: (partial) => ({ engine, now: clock.now(), services: { digests: service }, ...partial }),
  });
  service.registerPoster('discord', createDiscordPoster(bot.client.rest));
}, 30_000);

afterAll(async () => {
  await bot?.stop();
  await service?.close();
  await engine?.close();
  await standIn.stop();
  dirs.cleanup();
});

describe('Discord: scheduled digest end to end', () => {
  it('schedules through /digest schedule, then posts a digest naming an article dropped into the folder', async () => {
    const cron = [{ name: 'cron', type: 3, value: '* * * * *' }, { name: 'tz', type: 3, value: 'UTC' }];
    // Without Manage Channels: refused, privately, and nothing stored.
    const refused = dispatchDigest('schedule', cron, { manager: false });
    const refusal = await standIn.waitForRequest(isCallback(refused));
    expect(refusal.body.data.content).toContain('Only members who can manage this channel');
    expect(refusal.body.data.flags & 64).toBe(64);
    expect(service.store.listSchedules()).toEqual([]);

    const interaction = dispatchDigest('schedule', cron, { manager: true });
    const callback = await standIn.waitForRequest(isCallback(interaction));
    expect(JSON.stringify(callback.body.data)).toContain('Digest scheduled for this channel: \\"* * * * *\\" (UTC)');
    expect(service.status({ platform: 'discord', id: standIn.channelId }).schedule).toMatchObject({ cron: '* * * * *', timeZone: 'UTC', locale: 'en', workspaceId: standIn.guildId });

    clock.set('2031-04-03T06:00:40Z');
    const reloaded = once(engine, 'reload');
    writeArticle(corpusDir, GREVE_PORT);
    await reloaded;

    clock.set('2031-04-03T06:01:00Z');
    expect((await service.scheduler.tick()).sent).toHaveLength(1);
    const posts = channelPosts();
    expect(posts).toHaveLength(1);
    const [post] = posts;
    expect(post.authorization).toBe(`Bot ${TOKEN}`);
    expect(post.body.allowed_mentions).toEqual({ parse: [] });
    const shown = JSON.stringify({ content: post.body.content, embeds: post.body.embeds });
    expect(shown).toContain(GREVE_PORT.title);
    expect(shown).toContain(GREVE_PORT.outlet);
    expect(shown).toContain(GREVE_PORT.url);
    expect(shown).not.toContain(HARBOUR_STRIKE.title);

    // A failing post (Discord outage) is retried later and sent once.
    clock.set('2031-04-03T06:02:00Z');
    standIn.failNext(new RegExp(`^/channels/${standIn.channelId}/messages$`), 500);
    standIn.failNext(new RegExp(`^/channels/${standIn.channelId}/messages$`), 500);
    standIn.failNext(new RegExp(`^/channels/${standIn.channelId}/messages$`), 500);
    standIn.failNext(new RegExp(`^/channels/${standIn.channelId}/messages$`), 500);
    const failed = await service.scheduler.tick();
    expect(failed.retrying).toHaveLength(1);
    const failures = channelPosts().length;
    clock.set('2031-04-03T06:02:30Z');
    const retried = await service.scheduler.tick();
    expect(retried.sent).toHaveLength(1);
    const delivered = channelPosts().slice(failures).filter((r) => r.status === 200);
    expect(delivered).toHaveLength(1);
    expect(JSON.stringify(delivered[0].body)).toContain('Nothing new since 3 Apr 2031, 06:01 (UTC).');
    expect(logLines.join('')).not.toContain(TOKEN);
  }, 30_000);

  it('answers /digest status in the channel', async () => {
    const interaction = dispatchDigest('status', [], { manager: false, locale: 'fr' });
    const callback = await standIn.waitForRequest(isCallback(interaction));
    expect(JSON.stringify(callback.body.data)).toContain('Digest « * * * * * » (UTC)');
  });
});
