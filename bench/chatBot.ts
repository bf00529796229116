/**
 * The bot under test for the chat round trips, in its own process (the load and the stand-ins
 * run in the benchmark's process, as Slack and Discord would be elsewhere):
 * `node --import tsx bench/chatBot.ts <job.json>`. It opens the engine, answers one /who-said to
 * build the quotation store, starts the real Slack (HTTP) and Discord adapters against the
 * stand-ins' URLs, writes `{ slackPort }` to `job.ready`, and runs until SIGTERM.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import pino from 'pino';
import { Engine } from '../src/engine/engine.js';
import { loadCommands } from '../commands/index.js';
import { runCommand } from '../src/engine/runCommand.js';
import { startSlack } from '../src/platforms/slack/index.js';
import { startDiscord } from '../src/platforms/discord/index.js';
import { AnswerQueue } from '../src/chat/answerQueue.js';

export interface ChatBotJob {
  corpusDir: string;
  dataDir: string | null;
  slackApiUrl: string;
  slackSigningSecret: string;
  discordApiUrl: string;
  discordToken: string;
  discordAppId: string;
  command: string;
  option: string;
  warmUpQuery: string;
  ready: string;
}

const job = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as ChatBotJob;
const logger = pino({ level: 'silent' });
const engine = await Engine.open({ corpusDir: job.corpusDir, dataDir: job.dataDir });
const commands = await loadCommands();
await runCommand(commands, job.command, { [job.option]: job.warmUpQuery }, { engine, locale: 'fr', now: new Date(), services: {} });
// As in src/main.ts: one answer queue shared by both platforms.
const answers = new AnswerQueue();
const slack = await startSlack({
  answers,
  botToken: 'xoxb-bench-token',
  signingSecret: job.slackSigningSecret,
  apiUrl: job.slackApiUrl,
  port: 0,
  host: '127.0.0.1',
  commands,
  createContext: ({ locale, channel, user }) => ({ engine, locale, now: new Date(), channel, user, services: {} }),
  logger,
  webApiRetries: 0,
});
const discord = await startDiscord({
  answers,
  token: job.discordToken,
  appId: job.discordAppId,
  apiUrl: job.discordApiUrl,
  commands,
  logger,
  createContext: (partial) => ({ engine, now: new Date(), services: {}, ...partial }),
});
writeFileSync(job.ready, JSON.stringify({ slackPort: slack.port }));

process.on('SIGTERM', () => {
  void Promise.allSettled([slack.stop(), discord.stop(), engine.close()]).then(() => process.exit(0));
});
