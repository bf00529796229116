/**
 * Chat round trips on the local stand-ins, with the real adapters (Bolt over HTTP, discord.js
 * over the gateway) and the real engine, the bot in its own process (bench/chatBot.ts) and the
 * stand-ins and the load here:
 * - Slack: from a signed slash-command request to its HTTP acknowledgement (and, for information,
 *   to the answer posted on the response_url);
 * - Discord: from a dispatched interaction to the bot's interaction callback (which carries the
 *   answer, or a deferral when answering takes longer).
 * At 1 and at 50 concurrent requests.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiscordStandIn } from '../test/discord/discordStandIn.js';
import { startFakeSlack } from '../test/slack/fakeSlack.js';
import { postToSlackEndpoint, slashCommandBody } from '../test/slack/signedRequests.js';
import { latencyStats } from './measure.js';
import type { ChatBotJob } from './chatBot.js';
import type { EndToEndCase, EndToEndReport } from './report.js';

export interface EndToEndOptions {
  projectDir: string;
  corpusDir: string;
  dataDir: string | null;
  /** Where job files go. */
  workDir: string;
  /** Quotations asked (rotated). */
  quotes: string[];
  /** Requests per concurrency level (whole batches). */
  requests: number;
  /** Seconds allowed to the bot to start (the first /who-said builds the quotation store). */
  startTimeoutSeconds: number;
  /** Whether /who-said exists (else /ask is measured). */
  whoSaid: boolean;
}

const SLACK_SECRET = 'bench-signing-secret-0123456789abcdef';
const DISCORD_TOKEN = 'MTE5ODc2NTQzMjEwOTg3NjU0.GxYzAb.benchbenchbenchbenchbenchbenchbench00';
const DISCORD_APP_ID = '123456789012345678';
const LEVELS = [1, 50];

/** Runs `total` calls of `one`, `concurrency` at a time in batches; returns each call's ms. */
async function inBatches(total: number, concurrency: number, one: (i: number) => Promise<number>): Promise<{ samples: number[]; errors: number }> {
  const samples: number[] = [];
  let errors = 0;
  for (let start = 0; start < total; start += concurrency) {
    const batch = Array.from({ length: concurrency }, (_, k) => one(start + k).then((ms) => samples.push(ms), () => errors++));
    await Promise.all(batch);
  }
  return { samples, errors };
}

export async function runEndToEnd(options: EndToEndOptions): Promise<EndToEndReport> {
  const [command, option] = options.whoSaid ? ['who-said', 'quote'] : ['ask', 'question'];
  const fake = await startFakeSlack();
  const standIn = new DiscordStandIn({ token: DISCORD_TOKEN, appId: DISCORD_APP_ID });
  await standIn.start();
  const base = join(options.workDir, `chat-bot-${process.pid}-${Date.now()}`);
  const job: ChatBotJob = {
    corpusDir: options.corpusDir,
    dataDir: options.dataDir,
    slackApiUrl: fake.apiUrl,
    slackSigningSecret: SLACK_SECRET,
    discordApiUrl: standIn.apiUrl,
    discordToken: DISCORD_TOKEN,
    discordAppId: DISCORD_APP_ID,
    command,
    option,
    warmUpQuery: options.quotes[0] ?? 'Russie',
    ready: `${base}.ready`,
  };
  writeFileSync(`${base}.json`, JSON.stringify(job));
  const bot = spawn(process.execPath, ['--import', 'tsx', join(options.projectDir, 'bench', 'chatBot.ts'), `${base}.json`], {
    cwd: options.projectDir,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, LOG_LEVEL: 'silent' },
  });
  let stderr = '';
  bot.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-3000);
  });
  const exited = new Promise<void>((resolve) => bot.on('exit', () => resolve()));
  try {
    const started = Date.now();
    while (!existsSync(job.ready)) {
      if (bot.exitCode !== null) return { status: 'not available', reason: `the bot did not start: ${stderr.trim().split('\n').slice(-3).join(' ')}`, cases: [] };
      if (Date.now() - started > options.startTimeoutSeconds * 1000) {
        return { status: 'not available', reason: `the bot did not start within ${options.startTimeoutSeconds} s (first /${command} included)`, cases: [] };
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    const { slackPort } = JSON.parse(readFileSync(job.ready, 'utf8')) as { slackPort: number };
    const endpoint = `http://127.0.0.1:${slackPort}/slack/events`;
    const cases: EndToEndCase[] = [];

    let counter = 0;
    const askSlack = async (i: number) => {
      const id = `bench-${counter++}`;
      const body = slashCommandBody({ command: `/${command}`, text: options.quotes[i % options.quotes.length]!, responseUrl: fake.responseUrl(id) });
      const t0 = performance.now();
      const ack = await postToSlackEndpoint(endpoint, SLACK_SECRET, body, 'application/x-www-form-urlencoded');
      if (ack.status !== 200) throw new Error(`ack status ${ack.status}`);
      await fake.waitForResponse(id, 30_000);
      return { ack: ack.elapsedMs, answer: performance.now() - t0 };
    };
    await inBatches(10, 1, async (i) => (await askSlack(i)).ack);
    for (const concurrency of LEVELS) {
      const answers: number[] = [];
      const { samples, errors } = await inBatches(options.requests, concurrency, async (i) => {
        const r = await askSlack(i);
        answers.push(r.answer);
        return r.ack;
      });
      cases.push({ platform: 'slack', what: `/${command}: signed request → acknowledgement`, concurrency, latency: latencyStats(samples), errors, targetP99Ms: 100 });
      cases.push({ platform: 'slack', what: `/${command}: signed request → answer on response_url (information)`, concurrency, latency: latencyStats(answers), errors, targetP99Ms: 3000 });
    }

    const askDiscord = async (i: number) => {
      const t0 = performance.now();
      const interaction = standIn.dispatchSlashCommand({ name: command, options: [{ name: option, type: 3, value: options.quotes[i % options.quotes.length]! }], locale: 'fr' });
      const prefix = `/interactions/${interaction.id}/`;
      await standIn.waitForRequest((r) => r.path.startsWith(prefix), 30_000);
      return performance.now() - t0;
    };
    await inBatches(10, 1, askDiscord);
    for (const concurrency of LEVELS) {
      const seen = standIn.requests.length;
      const { samples, errors } = await inBatches(options.requests, concurrency, askDiscord);
      const deferred = standIn.requests.slice(seen).filter((r) => r.path.endsWith('/callback') && r.body?.type === 5).length;
      cases.push({ platform: 'discord', what: `/${command}: interaction → callback${deferred ? ` (${deferred} deferred)` : ''}`, concurrency, latency: latencyStats(samples), errors, targetP99Ms: 200 });
    }
    return { status: 'measured', cases, ...(options.whoSaid ? {} : { reason: 'no /who-said command yet: measured with /ask' }) };
  } finally {
    bot.kill('SIGTERM');
    const killTimer = setTimeout(() => bot.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(killTimer);
    for (const file of [`${base}.json`, job.ready]) rmSync(file, { force: true });
    await standIn.stop();
    await fake.close();
  }
}
