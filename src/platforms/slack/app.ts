/**
 * Wires the Slack adapter: a Bolt app in Socket Mode (SLACK_APP_TOKEN set) or over HTTP with
 * Slack's request signing verified, the listeners (commands, events, actions), and a health
 * check at `GET /healthz`. Nothing outside `src/platforms/slack` knows about Bolt.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, type CustomRoute } from '@slack/bolt';
import type { Logger } from 'pino';
import { AnswerQueue } from '../../chat/answerQueue.js';
import type { CommandDefinition, Locale } from '../../engine/commandDefinition.js';
import type { CreateSlackContext, SlackAdapter } from './adapter.js';
import { boltLogger } from './boltLogger.js';
import { MemoryEventDedupStore, type EventDedupStore } from './eventDedupStore.js';
import { registerActionListeners } from './listeners/actions.js';
import { registerCommandListeners } from './listeners/commands.js';
import { registerEventListeners } from './listeners/events.js';
import { createSlackPoster, type SlackPoster } from './poster.js';
import { MemoryThreadContextStore } from './threadContextStore.js';
import { SlackUserDirectory } from './userDirectory.js';

export interface StartSlackOptions {
  botToken: string;
  signingSecret: string;
  /** When set, Socket Mode: no public URL; `port` then only serves the health check. */
  appToken?: string;
  /** Web API base URL (SLACK_API_URL); default Slack's. Tests point it at a local stand-in. */
  apiUrl?: string;
  /** HTTP port for `POST /slack/events` and `GET /healthz`; 0 picks a free one. */
  port: number;
  /** Interface to listen on; default all. */
  host?: string;
  commands: CommandDefinition[];
  createContext: CreateSlackContext;
  logger: Logger;
  /** DEPECHE_LOCALE, when Slack does not give the user's language. Default French. */
  defaultLocale?: Locale;
  /** Results per message before the "More" button; default 5. */
  perPage?: number;
  /** SLACK_ADMIN_USERS: user ids allowed to change channel settings (digests) besides workspace admins. */
  adminUsers?: string[];
  /** Where answered events are remembered; default in memory. */
  dedup?: EventDedupStore;
  /** Web API retries (default: the client's, ten over about thirty minutes). */
  webApiRetries?: number;
  /**
   * Where answers wait their turn (default: one queue for this adapter). Give Slack and
   * Discord the same queue when they run in one process, so answers take turns across both.
   */
  answers?: AnswerQueue;
}

export interface RunningSlack {
  app: App;
  /** The port actually listened on. */
  port: number;
  mode: 'http' | 'socket';
  /** Posts answers to channels (scheduled digests). */
  poster: SlackPoster;
  stop(): Promise<void>;
}

export async function startSlack(options: StartSlackOptions): Promise<RunningSlack> {
  const socketMode = Boolean(options.appToken);
  const mode = socketMode ? 'socket' : 'http';
  const healthCheck: CustomRoute = {
    path: '/healthz',
    method: ['GET'],
    handler: (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, platform: 'slack', mode }));
    },
  };

  const app = new App({
    token: options.botToken,
    signingSecret: options.signingSecret,
    ...(socketMode
      ? { socketMode: true, appToken: options.appToken, installerOptions: { port: options.port } }
      : { port: options.port }),
    customRoutes: [healthCheck],
    // Bolt's conversation store is not used (threads keep their context in ThreadContextStore);
    // without it, no store lookup runs before every acknowledgement.
    convoStore: false,
    // Acknowledge first, work after: Slack wants its answer within 3 seconds.
    processBeforeResponse: false,
    // auth.test runs in init(), where a bad token becomes a clear start-up error.
    deferInitialization: true,
    logger: boltLogger(options.logger),
    clientOptions: {
      ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
      ...(options.webApiRetries !== undefined ? { retryConfig: { retries: options.webApiRetries } } : {}),
    },
  });

  const adapter: SlackAdapter = {
    commands: options.commands,
    createContext: options.createContext,
    defaultLocale: options.defaultLocale ?? 'fr',
    perPage: options.perPage ?? 5,
    dedup: options.dedup ?? new MemoryEventDedupStore(),
    threads: new MemoryThreadContextStore(),
    users: new SlackUserDirectory(options.adminUsers ?? []),
    answers: options.answers ?? new AnswerQueue(),
    logger: options.logger,
  };
  registerCommandListeners(app, adapter);
  registerEventListeners(app, adapter);
  registerActionListeners(app, adapter);
  app.error(async (error) => {
    options.logger.error({ err: error, code: error.code }, 'slack listener error');
  });

  try {
    await app.init();
  } catch (error) {
    const refusal = (error as { data?: { error?: string } }).data?.error;
    // Slack answered and said no (invalid_auth…): the token. No answer at all (ECONNREFUSED, DNS, timeout): the network.
    if (refusal) throw new Error(`Slack refused SLACK_BOT_TOKEN at start-up (${refusal}): check the bot token (xoxb-…) of the installed app.`);
    throw new Error(`Slack could not be reached at start-up (${(error as Error).message}): check the network (or SLACK_API_URL).`);
  }

  let port = options.port;
  if (socketMode) {
    await app.start();
  } else {
    const server = (await app.start(options.host ? { port: options.port, host: options.host } : options.port)) as Server;
    port = (server.address() as AddressInfo).port;
    // Answers give way while requests arrive, so a burst is acknowledged before they resume.
    server.on('connection', () => adapter.answers.arrived());
    server.on('request', () => adapter.answers.arrived());
  }
  options.logger.info({ mode, port }, 'slack adapter started');

  let stopped = false;
  return {
    app,
    port,
    mode,
    poster: createSlackPoster({ client: app.client }),
    async stop() {
      if (stopped) return;
      stopped = true;
      await app.stop();
    },
  };
}
