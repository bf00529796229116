/**
 * Socket Mode (SLACK_APP_TOKEN set): the same Bolt app opens a WebSocket to Slack instead of
 * listening for requests; the stand-in plays Slack's side of it.
 */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineCommand } from '../../src/engine/commandDefinition.js';
import type { Engine } from '../../src/engine/engine.js';
import { startSlack, type RunningSlack } from '../../src/platforms/slack/index.js';
import { blockProblems, startFakeSlack, type FakeSlack } from './fakeSlack.js';

const echo = defineCommand({
  name: 'ask',
  description: { fr: 'Question', en: 'Question' },
  options: [{ name: 'question', type: 'string', required: true, description: { fr: 'Question', en: 'Question' } }],
  examples: ['/ask port strike'],
  run: (ctx, args) => ({
    command: 'ask',
    query: String(args.question),
    results: [{ text: `Dockers in ${ctx.channel?.id} asked about ${args.question}.`, articles: [{ id: 'wire-1', outlet: 'Wire', title: null, url: null, published: '2024-03-02' }] }],
  }),
});

let fake: FakeSlack;
let slack: RunningSlack;

beforeAll(async () => {
  fake = await startFakeSlack();
  slack = await startSlack({
    botToken: 'xoxb-test-token',
    signingSecret: 'unused-in-socket-mode',
    appToken: 'xapp-test-token',
    apiUrl: fake.apiUrl,
    port: 0,
    commands: [echo],
    createContext: ({ locale, channel, user }) => ({ engine: {} as Engine, locale, now: new Date(), channel, user, services: {} }),
    logger: pino({ level: 'silent' }),
    webApiRetries: 0,
  });
}, 30_000);

afterAll(async () => {
  await slack?.stop();
  await fake?.close();
});

describe('Slack adapter in Socket Mode', () => {
  it('connects with the app token and answers a slash command envelope', async () => {
    expect(slack.mode).toBe('socket');
    const open = fake.calls.find((c) => c.method === 'apps.connections.open');
    expect(open?.authorization).toBe('Bearer xapp-test-token');
    await fake.sendEnvelope({
      envelope_id: 'env-1',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: {
        team_id: 'T0TEAM',
        channel_id: 'C0DOCKS',
        user_id: 'U0ALICE',
        command: '/ask',
        text: 'port strike',
        response_url: fake.responseUrl('socket-1'),
        trigger_id: '1.2.3',
        api_app_id: 'A0DEPECHE',
      },
    });
    const { body } = await fake.waitFor(() => fake.responses.find((r) => r.id === 'socket-1'));
    expect(fake.socketAcks.has('env-1')).toBe(true);
    expect(body.response_type).toBe('in_channel');
    expect(blockProblems(body.blocks)).toEqual([]);
    expect(JSON.stringify(body.blocks)).toContain('Dockers in C0DOCKS asked about port strike.');
    expect(JSON.stringify(body.blocks)).toContain('`wire-1`');
  });
});
