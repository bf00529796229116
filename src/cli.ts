/**
 * The CLI: `npm run -s depeche -- <subcommand>`.
 *   ask "<command line>" [--json] [--corpus DIR] [--locale fr|en]
 *   index [--corpus DIR]
 *   register-discord
 *   slack-manifest [--request-url URL]
 * Exit status: 0 for answers (including "nothing found"), 2 for usage errors, 1 for failures.
 */
import 'dotenv/config';
import { parseArgs } from 'node:util';
import { createApp } from './app.js';
import { ConfigError, corpusFolderProblem, loadConfig, type Config } from './config.js';
import { answerToJson } from './engine/answer.js';
import { parseCommandLine } from './engine/commandLine.js';
import { errorAnswer } from './engine/runCommand.js';
import { isLocale, t } from './i18n/messages.js';
import { createLogger } from './log.js';
import { renderText } from './render/text.js';

const USAGE = `Usage: npm run -s depeche -- <subcommand>
  ask "<command line>" [--json] [--corpus DIR] [--locale fr|en]   answer one command, e.g. ask "/who-said lutte sacrée" --json
  index [--corpus DIR]                                            load and index the corpus, print statistics and problems
  register-discord                                                register the slash commands with Discord
  slack-manifest [--request-url URL]                              print a Slack app manifest`;

class UsageError extends Error {}

export async function main(argv: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        corpus: { type: 'string' },
        locale: { type: 'string' },
        'request-url': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    err.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [sub, ...rest] = positionals;
  if (values.help || !sub) {
    (values.help ? out : err).write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  if (values.locale !== undefined && !isLocale(values.locale)) {
    err.write(`--locale must be fr or en, not "${values.locale}"\n`);
    return 2;
  }
  let config: Config;
  try {
    config = loadConfig(process.env, { corpusDir: values.corpus });
  } catch (error) {
    if (error instanceof ConfigError) {
      err.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const folderProblem = corpusFolderProblem(config.corpusDir);
  if (folderProblem) {
    err.write(`${folderProblem}\n`);
    return 2;
  }
  const locale = (values.locale as 'fr' | 'en' | undefined) ?? config.locale;
  config = { ...config, locale };
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');

  try {
    switch (sub) {
      case 'ask':
        return await ask(config, logger, rest, values.json ?? false, out, err);
      case 'index':
        return await index(config, logger, out);
      case 'register-discord':
        return await registerDiscord(config, logger, out, err);
      case 'slack-manifest':
        return await slackManifest(config, values['request-url'], out);
      default:
        throw new UsageError(`Unknown subcommand "${sub}".`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      err.write(`${error.message}\n${USAGE}\n`);
      return 2;
    }
    logger.error({ err: error }, 'command failed');
    err.write(`Error: ${(error as Error).message}\n`);
    return 1;
  }
}

async function ask(config: Config, logger: ReturnType<typeof createLogger>, rest: string[], json: boolean, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const line = rest.join(' ').trim();
  if (!line) throw new UsageError('ask needs a command line, e.g. ask "/who-said lutte sacrée"');
  const app = await createApp(config, { logger });
  try {
    const parsed = parseCommandLine(line.startsWith('/') ? line : `/${line}`, app.commands);
    const answer = parsed.ok
      ? await app.run(parsed.name, parsed.args, { channel: { platform: 'cli', id: 'cli' }, user: { id: 'cli', canManageChannel: true } })
      : errorAnswer(line.replace(/^\//, '').split(/\s/)[0] ?? '', line, t(config.locale, parsed.error.key, parsed.error.params));
    if (answer.error) {
      err.write(`${answer.notice ?? 'usage error'}\n`);
      if (json) out.write(`${JSON.stringify(answerToJson(answer), null, 2)}\n`);
      return 2;
    }
    out.write(json ? `${JSON.stringify(answerToJson(answer), null, 2)}\n` : `${renderText(answer, config.locale)}\n`);
    return 0;
  } finally {
    await app.close();
  }
}

async function index(config: Config, logger: ReturnType<typeof createLogger>, out: NodeJS.WritableStream): Promise<number> {
  const started = performance.now();
  const app = await createApp(config, { logger });
  try {
    const { engine } = app;
    const ms = performance.now() - started;
    const outlets = new Set(engine.articles.map((a) => a.outlet ?? 'unknown'));
    const noise = engine.articles.reduce((n, a) => n + a.removed.length, 0);
    out.write(
      [
        `corpus: ${engine.corpusDir}`,
        `articles: ${engine.articles.length} (${[...outlets].join(', ') || 'none'})`,
        `passages: ${engine.index.documentCount}`,
        `lines kept out as page noise or credits: ${noise}`,
        `loaded from ${engine.startedFrom === 'cache' ? 'the cache' : 'the files'} in ${ms.toFixed(0)} ms`,
        `problems: ${engine.corpus.problems.length}`,
        ...engine.corpus.problems.map((p) => `  ${p.file}: ${p.reason}`),
      ].join('\n') + '\n',
    );
    return 0;
  } finally {
    await app.close();
  }
}

async function registerDiscord(config: Config, logger: ReturnType<typeof createLogger>, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  if (!config.discord) {
    err.write('register-discord needs DISCORD_TOKEN and DISCORD_APP_ID (see .env.example).\n');
    return 2;
  }
  const { loadCommands } = await import('../commands/index.js');
  const { registerDiscordCommands } = await import('./platforms/discord/index.js');
  const commands = await loadCommands();
  await registerDiscordCommands({ ...config.discord, commands, logger });
  out.write(`Registered ${commands.length} commands ${config.discord.guildId ? `in guild ${config.discord.guildId}` : 'globally (may take up to an hour to appear)'}.\n`);
  return 0;
}

async function slackManifest(config: Config, requestUrl: string | undefined, out: NodeJS.WritableStream): Promise<number> {
  const { loadCommands } = await import('../commands/index.js');
  const { buildSlackManifest } = await import('./platforms/slack/index.js');
  const manifest = buildSlackManifest(await loadCommands(), { socketMode: Boolean(config.slack?.appToken) || !requestUrl, requestUrl, locale: config.locale });
  out.write(`${JSON.stringify(manifest, null, 2)}\n`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('src/cli.ts')) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
