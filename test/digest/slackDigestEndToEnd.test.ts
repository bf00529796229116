/**
 * End to end on the Slack stand-in: a workspace admin schedules a digest with the slash
 * command, an article file is dropped into the corpus folder (indexed live by the watcher),
 * and at the next run the digest naming it is posted to the channel with chat.postMessage.
 */
import { once } from 'node:events';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../../commands/index.js';
import { Engine } from '../../src/engine/engine.js';
import { createLogger } from '../../src/log.js';
import { DigestService } from '../../src/digest/digestService.js';
import { startSlack, type RunningSlack } from '../../src/platforms/slack/index.js';
import { startFakeSlack, type FakeSlack } from '../slack/fakeSlack.js';
import { postToSlackEndpoint, slashCommandBody } from '../slack/signedRequests.js';
import { ManualClock } from './manualClock.js';
import { GREVE_PORT, HARBOUR_STRIKE, TempDirs, writeArticle } from './fixtures.js';

const SECRET = 'test-signing-secret';
const BOT_TOKEN = 'xoxb-123456789012-digest-test-token';
const dirs = new TempDirs();
const logLines: string[] = [];
const logger = createLogger('info', new Writable({ write(chunk, _e, done) { logLines.push(String(chunk)); done(); } }));
let fake: FakeSlack;
let slack: RunningSlack;
let engine: Engine;
let corpusDir: string;
let service: DigestService;
const clock = new ManualClock('2031-04-03T06:00:30Z');

beforeAll(async () => {
  fake = await startFakeSlack({ users: { U0ALICE: { locale: 'en-US', is_admin: true }, U0BOB: { locale: 'fr-FR' } } });
  corpusDir = dirs.make('corpus');
  writeArticle(corpusDir, HARBOUR_STRIKE);
  engine = await Engine.open({ corpusDir, dataDir: null });
  await engine.watch(50);
  // Minute steps keep the test short; the default minimum between digests is checked in digestCommand.test.ts.
  service = await DigestService.open({ engine, dataDir: dirs.make('data'), defaultTimeZone: 'Europe/Paris', clock, logger, minIntervalMinutes: 1 });
  slack = await startSlack({
    botToken: BOT_TOKEN,
    signingSecret: SECRET,
    apiUrl: fake.apiUrl,
    port: 0,
    host: '127.0.0.1',
    commands: await loadCommands(),
    createContext: (scope) => ({ engine, now: clock.now(), services: { digests: service }, ...scope }),
    logger,
    webApiRetries: 0,
  });
  service.registerPoster('slack', slack.poster);
}, 30_000);

afterAll(async () => {
  await slack?.stop();
  await service?.close();
  await engine?.close();
  await fake?.close();
  dirs.cleanup();
});

async function slashCommand(text: string, userId: string, id: string) {
  const body = slashCommandBody({ command: '/digest', text, responseUrl: fake.responseUrl(id), userId, channelId: 'C0NEWS' });
  const ack = await postToSlackEndpoint(`http://127.0.0.1:${slack.port}/slack/events`, SECRET, body, 'application/x-www-form-urlencoded');
  expect(ack.status).toBe(200);
  return fake.waitFor(() => fake.responses.find((r) => r.id === id));
}

describe('Slack: scheduled digest end to end', () => {
  it('refuses a member who is not an admin, and stores nothing', async () => {
    const reply = await slashCommand('schedule cron:"* * * * *" tz:UTC', 'U0BOB', 'bob-1');
    expect(reply.body.response_type).toBe('ephemeral');
    expect(String(reply.body.text)).toMatch(/Seuls les membres qui peuvent gérer ce salon/);
    expect(service.store.listSchedules()).toEqual([]);
  });

  it('schedules through /digest, then posts a digest naming an article dropped into the folder', async () => {
    const reply = await slashCommand('schedule cron:"* * * * *" tz:UTC', 'U0ALICE', 'alice-1');
    expect(reply.body.response_type).toBe('in_channel');
    expect(String(reply.body.text)).toContain('Digest scheduled for this channel: "* * * * *" (UTC)');
    expect(service.status({ platform: 'slack', id: 'C0NEWS' }).schedule).toMatchObject({ cron: '* * * * *', timeZone: 'UTC', createdBy: 'U0ALICE', locale: 'en', workspaceId: 'T0TEAM' });

    clock.set('2031-04-03T06:00:40Z');
    const reloaded = once(engine, 'reload');
    writeArticle(corpusDir, GREVE_PORT);
    await reloaded;
    expect(engine.article(GREVE_PORT.id)?.title).toBe(GREVE_PORT.title);

    clock.set('2031-04-03T06:01:00Z');
    const report = await service.scheduler.tick();
    expect(report.sent).toHaveLength(1);
    const posts = fake.calls.filter((c) => c.method === 'chat.postMessage');
    expect(posts).toHaveLength(1);
    const [post] = posts;
    expect(post.params.channel).toBe('C0NEWS');
    expect(post.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    const shown = JSON.stringify(post.params.blocks);
    expect(shown).toContain(GREVE_PORT.title);
    expect(shown).toContain(GREVE_PORT.outlet);
    expect(shown).toContain(GREVE_PORT.url);
    expect(shown).not.toContain(HARBOUR_STRIKE.title);
    // Nothing in a posted digest may ping the channel.
    expect(shown).not.toMatch(/<!(channel|here|everyone)>/);

    // The next minute has nothing new: one line says so, and the article is not repeated.
    clock.set('2031-04-03T06:02:00Z');
    await service.scheduler.tick();
    const second = fake.calls.filter((c) => c.method === 'chat.postMessage')[1];
    expect(JSON.stringify(second.params.blocks)).toContain('Nothing new since 3 Apr 2031, 06:01 (UTC).');
    expect(JSON.stringify(second.params.blocks)).not.toContain(GREVE_PORT.title);
    expect(logLines.join('')).not.toContain(BOT_TOKEN);
  });

  it('shows the status to anyone in the channel', async () => {
    const reply = await slashCommand('status', 'U0BOB', 'bob-2');
    expect(String(reply.body.text)).toMatch(/Digest « \* \* \* \* \* » \(UTC\)\. Prochain envoi : 3 avr\. 2031, 06:03 \(UTC\)\./);
  });
});
