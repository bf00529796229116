/**
 * `npm start`: starts every platform whose credentials are configured (Discord, Slack); with
 * none, the terminal chat on the corpus. `npm start -- --corpus DIR` reads another folder
 * (as `DEPECHE_CORPUS` does).
 */
import 'dotenv/config';
import { parseArgs } from 'node:util';
import { createApp, type DepecheApp } from './app.js';
import { ConfigError, corpusFolderProblem, loadConfig, type Config } from './config.js';
import { AnswerQueue } from './chat/answerQueue.js';
import { startTerminalChat } from './chat/terminalChat.js';
import { createLogger } from './log.js';
import { quoteStore } from './quotes/index.js';

/** How long stopping what had started may take when start-up fails, before the process exits anyway. */
const FAILED_START_GRACE_MS = 5_000;

/** Starts the configured platforms; if one fails, those already started are stopped before the error is passed on. */
async function startPlatforms(app: DepecheApp, config: Config): Promise<(() => Promise<void>)[]> {
  const stops: (() => Promise<void>)[] = [];
  try {
    await startEach(app, config, stops);
  } catch (error) {
    for (const stop of stops) await stop().catch(() => undefined);
    throw error;
  }
  return stops;
}

async function startEach(app: DepecheApp, config: Config, stops: (() => Promise<void>)[]): Promise<void> {
  // One queue for both platforms: answers take turns across them, acknowledgements never wait.
  const answers = new AnswerQueue();
  if (config.discord) {
    const { startDiscord, createDiscordPoster } = await import('./platforms/discord/index.js');
    const discord = await startDiscord({ ...config.discord, app, answers });
    stops.push(discord.stop);
    app.services.digests?.registerPoster('discord', createDiscordPoster(discord.client.rest));
    app.logger.info('Discord connected');
  }
  if (config.slack) {
    const { startSlack } = await import('./platforms/slack/index.js');
    const slack = await startSlack({
      ...config.slack,
      port: config.port,
      answers,
      commands: app.commands,
      createContext: (scope) => app.createContext(scope),
      logger: app.logger,
      defaultLocale: config.locale,
      // Digests retry on their own schedule; a post must not hang past the digest claim's lease.
      webApiRetries: 2,
    });
    stops.push(slack.stop);
    app.services.digests?.registerPoster('slack', slack.poster);
    app.logger.info({ port: slack.port, socketMode: Boolean(config.slack.appToken) }, 'Slack started');
  }
}

const USAGE = 'usage: npm start [-- --corpus DIR]';

/** The corpus folder given with --corpus; null after a usage error (written to stderr). */
function readArguments(args: string[]): { corpusDir?: string } | null {
  try {
    const { values } = parseArgs({ args, options: { corpus: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return null;
    }
    if (values.corpus !== undefined && !values.corpus.trim()) throw new Error('--corpus needs a folder');
    return values.corpus === undefined ? {} : { corpusDir: values.corpus };
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    process.exitCode = 2;
    return null;
  }
}

async function main(): Promise<void> {
  const args = readArguments(process.argv.slice(2));
  if (!args) return;
  let config: Config;
  try {
    config = loadConfig(process.env, args);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    throw error;
  }
  const folderProblem = corpusFolderProblem(config.corpusDir);
  if (folderProblem) {
    process.stderr.write(`${folderProblem}\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const onPlatform = Boolean(config.discord || config.slack);
  const logger = createLogger(process.env.LOG_LEVEL ?? (onPlatform ? config.logLevel : 'warn'));
  const interactive = Boolean(process.stdin.isTTY);
  const app = await createApp(config, { logger, watch: onPlatform || interactive, digests: onPlatform });
  for (const p of app.engine.corpus.problems) logger.warn({ file: p.file }, `corpus file not loaded: ${p.reason}`);

  if (!onPlatform) {
    await startTerminalChat(app);
    await app.close();
    return;
  }
  // The quotation store is built before going online (and again after each corpus change), so
  // a platform's answer deadline never waits on it; from the cache this takes a moment.
  const warmQuotes = () => {
    const started = performance.now();
    quoteStore(app.engine);
    logger.info({ ms: Math.round(performance.now() - started) }, 'quotation store ready');
  };
  warmQuotes();
  app.engine.on('reload', warmQuotes);
  let stops: (() => Promise<void>)[];
  try {
    stops = await startPlatforms(app, config);
  } catch (error) {
    // The watcher and the digest timers would keep the process alive: close them, then report.
    app.engine.off('reload', warmQuotes);
    await app.close().catch(() => undefined);
    throw error;
  }
  // Posters are registered: digests due (or missed while down) can go out now.
  app.services.digests?.start();
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    for (const stop of stops) await stop().catch((err) => logger.error({ err }, 'stop failed'));
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('unhandledRejection', (err) => logger.error({ err }, 'unhandled rejection'));
}

main().catch((error) => {
  process.stderr.write(`Depeche could not start: ${(error as Error).message}\n`);
  process.exitCode = 1;
  // Whatever a failed start left running (a client's retries, a socket) must not keep the process alive.
  setTimeout(() => process.exit(1), FAILED_START_GRACE_MS).unref();
});
