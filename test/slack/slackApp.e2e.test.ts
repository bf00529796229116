/**
 * The real Bolt app in HTTP mode, its Web API pointed at a local stand-in for Slack, fed
 * signed requests exactly as Slack sends them: slash commands, mentions, thread follow-ups,
 * retries, the "More" button, and forged or stale requests.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../../commands/index.js';
import type { CommandDefinition } from '../../src/engine/commandDefinition.js';
import { Engine } from '../../src/engine/engine.js';
import { routeQuestion } from '../../src/chat/routeQuestion.js';
import { startSlack, type RunningSlack } from '../../src/platforms/slack/index.js';
import { blockProblems, startFakeSlack, type FakeSlack } from './fakeSlack.js';
import { blockActionBody, eventBody, postToSlackEndpoint, slashCommandBody } from './signedRequests.js';

const SECRET = 'test-signing-secret-0123456789abcdef';
const corpusDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../corpus');

let fake: FakeSlack;
let engine: Engine;
let commands: CommandDefinition[];
let slack: RunningSlack;
let endpoint: string;

beforeAll(async () => {
  fake = await startFakeSlack({ users: { U0ALICE: { locale: 'fr-FR' }, U0BOB: { locale: 'en-US' } } });
  engine = await Engine.open({ corpusDir, dataDir: null });
  commands = await loadCommands();
  slack = await startSlack({
    botToken: 'xoxb-test-token',
    signingSecret: SECRET,
    apiUrl: fake.apiUrl,
    port: 0,
    host: '127.0.0.1',
    commands,
    createContext: ({ locale, channel, user }) => ({ engine, locale, now: new Date(), channel, user, services: {} }),
    logger: pino({ level: 'silent' }),
    defaultLocale: 'fr',
    perPage: 2,
    webApiRetries: 0,
  });
  endpoint = `http://127.0.0.1:${slack.port}/slack/events`;
}, 30_000);

afterAll(async () => {
  await slack?.stop();
  await engine?.close();
  await fake?.close();
});

const slash = (command: string, text: string, id: string, userId = 'U0ALICE', options = {}) =>
  postToSlackEndpoint(endpoint, SECRET, slashCommandBody({ command, text, responseUrl: fake.responseUrl(id), userId }), 'application/x-www-form-urlencoded', options);

const mention = (event: Record<string, unknown>, eventId: string, options = {}) =>
  postToSlackEndpoint(endpoint, SECRET, eventBody(event, eventId), 'application/json', options);

const responseFor = (id: string) => fake.waitFor(() => fake.responses.find((r) => r.id === id));
const postsIn = (channel: string, threadTs: string) =>
  fake.calls.filter((c) => c.method === 'chat.postMessage' && c.params.channel === channel && c.params.thread_ts === threadTs);

/** Article ids cited in a message's context blocks. */
function citedIds(blocks: any[]): string[] {
  const known = new Set(engine.articles.map((a) => a.id));
  return [...JSON.stringify(blocks).matchAll(/`([^`]+)`/g)].map((m) => m[1]).filter((id) => known.has(id));
}

describe('Slack adapter over HTTP', () => {
  it('answers the health check', async () => {
    const res = await fetch(`http://127.0.0.1:${slack.port}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, platform: 'slack', mode: 'http' });
  });

  it('acknowledges a signed /who-said at once and answers it in the channel with cited blocks', async () => {
    const ack = await slash('/who-said', 'lutte sacrée', 'who-said-1');
    expect(ack.status).toBe(200);
    expect(ack.elapsedMs).toBeLessThan(3000);
    const { body } = await responseFor('who-said-1');
    expect(body.response_type).toBe('in_channel');
    expect(blockProblems(body.blocks)).toEqual([]);
    expect(citedIds(body.blocks as any[]).length).toBeGreaterThan(0);
    expect(JSON.stringify(body.blocks)).toContain('Kim');
    expect(typeof body.text).toBe('string');
  });

  it('answers privately when asked, in the language of the user’s Slack locale', async () => {
    await slash('/ask', 'satellites private', 'ask-private', 'U0BOB');
    const { body } = await responseFor('ask-private');
    expect(body.response_type).toBe('ephemeral');
    expect(blockProblems(body.blocks)).toEqual([]);
    expect(JSON.stringify(body.blocks)).toContain('More results');
  });

  it('pages with the More button', async () => {
    await slash('/ask', 'Poutine', 'ask-page-1');
    const first = (await responseFor('ask-page-1')).body as any;
    const button = first.blocks.find((b: any) => b.type === 'actions').elements[0];
    expect(button.text.text).toBe('Plus de résultats');
    const firstIds = citedIds(first.blocks);

    // A click on the button of message 1.2 in #C0NEWS, its answer expected on `responseId`'s URL.
    const clickMore = (responseId: string, n: number) =>
      postToSlackEndpoint(
        endpoint,
        SECRET,
        blockActionBody({
          user: { id: 'U0ALICE' },
          team: { id: 'T0TEAM' },
          channel: { id: 'C0NEWS' },
          container: { type: 'message', channel_id: 'C0NEWS', is_ephemeral: false, message_ts: '1.2' },
          message: { ts: '1.2', blocks: first.blocks },
          response_url: fake.responseUrl(responseId),
          trigger_id: `1.2.${n + 2}`,
          actions: [{ type: 'button', action_id: button.action_id, block_id: 'b', value: button.value, action_ts: `1.${n + 2}` }],
        }),
        'application/x-www-form-urlencoded',
      );
    const click = await clickMore('ask-page-2', 1);
    expect(click.status).toBe(200);
    const second = (await responseFor('ask-page-2')).body as any;
    // A second click on the same button (a double click) shows nothing more.
    const again = await clickMore('ask-page-2-again', 2);
    expect(again.status).toBe(200);
    expect(second.replace_original).toBe(false);
    expect(blockProblems(second.blocks)).toEqual([]);
    expect(JSON.stringify(second.blocks)).toContain('Résultats 3–4');
    expect(citedIds(second.blocks).length).toBeGreaterThan(0);
    expect(JSON.stringify(second.blocks)).not.toEqual(JSON.stringify(first.blocks));
    expect(firstIds.length).toBeGreaterThan(0);
    // By the time a later request is answered, the ignored click would have been answered too.
    await slash('/ask', 'Kim', 'ask-after-double-click');
    await responseFor('ask-after-double-click');
    expect(fake.responses.filter((r) => r.id === 'ask-page-2-again')).toEqual([]);
  });

  it('never lets a query ping the channel', async () => {
    await slash('/ask', '<!channel> <@U0BOB> Poutine', 'ask-ping');
    const { body } = await responseFor('ask-ping');
    const shown = JSON.stringify(body);
    expect(shown).not.toMatch(/<!channel>|<!here>|<@U0BOB>/);
  });

  it('answers a signed app_mention in the mention’s thread, and a follow-up in that thread', async () => {
    const ack = await mention(
      { type: 'app_mention', user: 'U0ALICE', text: '<@UDEPECHE> qui a dit « lutte sacrée » ?', ts: '1700000100.000200', channel: 'C0NEWS', event_ts: '1700000100.000200' },
      'Ev0MENTION1',
    );
    expect(ack.status).toBe(200);
    expect(ack.elapsedMs).toBeLessThan(3000);
    const [answer] = await fake.waitFor(() => postsIn('C0NEWS', '1700000100.000200').length > 0 && postsIn('C0NEWS', '1700000100.000200'));
    expect(answer.authorization).toBe('Bearer xoxb-test-token');
    expect(blockProblems(answer.params.blocks)).toEqual([]);
    expect(citedIds(answer.params.blocks as any[]).length).toBeGreaterThan(0);
    expect(JSON.stringify(answer.params.blocks)).toContain('lutte sacrée');

    // "et Peskov ?" in the thread, without mentioning the bot: understood from the thread.
    await mention(
      { type: 'message', channel_type: 'channel', user: 'U0ALICE', text: 'et Peskov ?', ts: '1700000160.000300', thread_ts: '1700000100.000200', channel: 'C0NEWS', event_ts: '1700000160.000300' },
      'Ev0FOLLOWUP',
    );
    const posts = await fake.waitFor(() => postsIn('C0NEWS', '1700000100.000200').length === 2 && postsIn('C0NEWS', '1700000100.000200'));
    expect(JSON.stringify(posts[1].params.blocks)).toContain('Peskov');
    expect(blockProblems(posts[1].params.blocks)).toEqual([]);

    // People talking to each other in the thread are left alone; the next follow-up is answered.
    const thread = { type: 'message', channel_type: 'channel', user: 'U0BOB', thread_ts: '1700000100.000200', channel: 'C0NEWS' };
    await mention({ ...thread, text: 'merci, très utile', ts: '1700000170.000100' }, 'Ev0THANKS');
    await mention({ ...thread, text: 'et Kirby ?', ts: '1700000180.000100' }, 'Ev0FOLLOWUP2');
    const all = await fake.waitFor(() => postsIn('C0NEWS', '1700000100.000200').length >= 3 && postsIn('C0NEWS', '1700000100.000200'));
    expect(all).toHaveLength(3);
    expect(JSON.stringify(all[2].params.blocks)).toContain('Kirby');
  });

  it('rebuilds a thread’s context from its history when the bot has forgotten it (after a restart)', async () => {
    const root = '1700000500.000100';
    fake.threads.set(`C0HIST:${root}`, [
      { type: 'message', user: 'U0ALICE', text: '<@UDEPECHE> qui a dit « lutte sacrée » ?', ts: root },
      { type: 'message', user: 'UDEPECHE', bot_id: 'BDEPECHE', text: 'Kim Jong Un…', ts: '1700000501.000100', thread_ts: root },
      { type: 'message', user: 'U0ALICE', text: '<@UDEPECHE> et Peskov ?', ts: '1700000560.000100', thread_ts: root },
    ]);
    await mention(
      { type: 'app_mention', user: 'U0ALICE', text: '<@UDEPECHE> et Peskov ?', ts: '1700000560.000100', thread_ts: root, channel: 'C0HIST', event_ts: '1700000560.000100' },
      'Ev0HISTORY',
    );
    const [post] = await fake.waitFor(() => postsIn('C0HIST', root).length > 0 && postsIn('C0HIST', root));
    const expected = routeQuestion('et Peskov ?', routeQuestion('qui a dit « lutte sacrée » ?', undefined, commands, 'fr'), commands, 'fr');
    const header = JSON.stringify((post.params.blocks as any[])[0]);
    expect(header).toContain(`*/${expected.command}*`);
    expect(header).toContain('Peskov');
    expect(fake.calls.some((c) => c.method === 'conversations.replies' && c.params.ts === root)).toBe(true);
  });

  it('answers a direct message in place', async () => {
    await mention(
      { type: 'message', channel_type: 'im', user: 'U0BOB', text: 'who said "sacred struggle"?', ts: '1700000600.000100', channel: 'D0BOB', event_ts: '1700000600.000100' },
      'Ev0DIRECT',
    );
    const post = await fake.waitFor(() => fake.calls.find((c) => c.method === 'chat.postMessage' && c.params.channel === 'D0BOB'));
    expect(post.params.thread_ts).toBeUndefined();
    expect(blockProblems(post.params.blocks)).toEqual([]);
  });

  it('answers a retried event once', async () => {
    const event = { type: 'app_mention', user: 'U0BOB', text: '<@UDEPECHE> who said "sacred struggle"?', ts: '1700000200.000100', channel: 'C0OTHER', event_ts: '1700000200.000100' };
    // Slack retries when it thinks the first delivery was not acknowledged, sometimes while the first is still being answered.
    const [first, retry] = await Promise.all([
      mention(event, 'Ev0RETRIED'),
      mention(event, 'Ev0RETRIED', { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } }),
    ]);
    expect([first.status, retry.status]).toEqual([200, 200]);
    await mention(event, 'Ev0RETRIED', { headers: { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' } });
    // A later, different mention is answered: by then any duplicate would have been posted too.
    await mention({ ...event, ts: '1700000300.000100', event_ts: '1700000300.000100' }, 'Ev0SENTINEL');
    await fake.waitFor(() => postsIn('C0OTHER', '1700000300.000100').length > 0);
    expect(postsIn('C0OTHER', '1700000200.000100')).toHaveLength(1);
  });

  it('rejects unsigned, badly signed and stale requests without answering them', async () => {
    const before = { responses: fake.responses.length, calls: fake.calls.filter((c) => c.method === 'chat.postMessage').length };
    const body = slashCommandBody({ command: '/ask', text: 'Poutine', responseUrl: fake.responseUrl('forged') });
    const unsigned = await postToSlackEndpoint(endpoint, SECRET, body, 'application/x-www-form-urlencoded', { unsigned: true });
    const wrongSecret = await postToSlackEndpoint(endpoint, 'not-the-secret', body, 'application/x-www-form-urlencoded');
    const stale = await postToSlackEndpoint(endpoint, SECRET, body, 'application/x-www-form-urlencoded', {
      timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
    });
    const forgedEvent = await postToSlackEndpoint(
      endpoint,
      'not-the-secret',
      eventBody({ type: 'app_mention', user: 'U0X', text: '<@UDEPECHE> Poutine', ts: '1700000400.1', channel: 'C0NEWS' }, 'Ev0FORGED'),
      'application/json',
    );
    expect([unsigned.status, wrongSecret.status, stale.status, forgedEvent.status]).toEqual([401, 401, 401, 401]);
    // A genuine request sent afterwards is answered; the forged ones never were.
    await slash('/ask', 'Poutine', 'genuine-after-forged');
    await responseFor('genuine-after-forged');
    expect(fake.responses.filter((r) => r.id === 'forged')).toHaveLength(0);
    expect(fake.responses.length).toBe(before.responses + 1);
    expect(fake.calls.filter((c) => c.method === 'chat.postMessage').length).toBe(before.calls);
  });
});
