/**
 * Fifty slash commands and mentions at once on the real Bolt app over HTTP: every request is
 * acknowledged, every question gets its own answer exactly once, failures are still reported
 * to the user who asked, and answers take turns rather than run on top of each other.
 */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/messages.js';
import { startSlack, type RunningSlack } from '../../src/platforms/slack/index.js';
import { startFakeSlack, type FakeSlack } from './fakeSlack.js';
import { eventBody, postToSlackEndpoint, slashCommandBody } from './signedRequests.js';
import { echoCommand } from '../chat/echoCommand.js';

const SECRET = 'concurrency-signing-secret-0123456789';

let fake: FakeSlack;
let slack: RunningSlack;
let endpoint: string;
const { command: echo, concurrency } = echoCommand();

beforeAll(async () => {
  fake = await startFakeSlack({ users: { U0ALICE: { locale: 'fr-FR' } } });
  slack = await startSlack({
    botToken: 'xoxb-test-token',
    signingSecret: SECRET,
    apiUrl: fake.apiUrl,
    port: 0,
    host: '127.0.0.1',
    commands: [echo],
    createContext: ({ locale, channel, user }) => ({ engine: {} as never, locale, now: new Date(), channel, user, services: {} }),
    logger: pino({ level: 'silent' }),
    defaultLocale: 'fr',
    webApiRetries: 0,
  });
  endpoint = `http://127.0.0.1:${slack.port}/slack/events`;
});

afterAll(async () => {
  await slack?.stop();
  await fake?.close();
});

describe('Slack under fifty concurrent requests', () => {
  it('acknowledges every slash command and answers each on its own response_url, once, failures included', async () => {
    concurrency.mostActive = 0;
    const words = Array.from({ length: 50 }, (_, i) => (i % 10 === 7 ? 'boom' : `mot${i}`));
    const acks = await Promise.all(
      words.map((word, i) =>
        postToSlackEndpoint(endpoint, SECRET, slashCommandBody({ command: '/echo', text: word, responseUrl: fake.responseUrl(`burst-${i}`) }), 'application/x-www-form-urlencoded'),
      ),
    );
    expect(acks.map((a) => a.status)).toEqual(words.map(() => 200));

    const answers = await Promise.all(words.map((_, i) => fake.waitForResponse(`burst-${i}`)));
    words.forEach((word, i) => {
      const body = answers[i]!.body;
      if (word === 'boom') {
        expect(body.response_type).toBe('ephemeral');
        expect(String(body.text)).toContain(t('fr', 'commandFailed'));
      } else {
        expect(body.response_type).toBe('in_channel');
        expect(JSON.stringify(body.blocks)).toContain(`echo ${word}`);
      }
    });
    for (let i = 0; i < words.length; i++) expect(fake.responses.filter((r) => r.id === `burst-${i}`)).toHaveLength(1);
    // Answers took turns: never two at once, even though each waited on I/O.
    expect(concurrency.mostActive).toBe(1);
  });

  it('answers fifty mentions at once, each in its own thread, once', async () => {
    const asked = Array.from({ length: 50 }, (_, i) => ({ ts: `1700001000.${String(i).padStart(6, '0')}`, word: `fil${i}` }));
    const acks = await Promise.all(
      asked.map(({ ts, word }, i) =>
        postToSlackEndpoint(
          endpoint,
          SECRET,
          eventBody({ type: 'app_mention', user: 'U0ALICE', text: `<@UDEPECHE> /echo ${word}`, ts, channel: 'C0BURST', event_ts: ts }, `EvBURST${i}`),
          'application/json',
        ),
      ),
    );
    expect(acks.map((a) => a.status)).toEqual(asked.map(() => 200));
    const replies = (ts: string) => fake.calls.filter((c) => c.method === 'chat.postMessage' && c.params.channel === 'C0BURST' && c.params.thread_ts === ts);
    await fake.waitFor(() => asked.every(({ ts }) => replies(ts).length > 0), 10_000);
    for (const { ts, word } of asked) {
      expect(replies(ts)).toHaveLength(1);
      expect(JSON.stringify(replies(ts)[0]!.params.blocks)).toContain(`echo ${word}`);
    }
  });
});
