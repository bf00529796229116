/**
 * Wires the engine, the commands and the services together: what every front end (Discord,
 * Slack, terminal chat, CLI) receives. Nothing here knows about a platform.
 */
import type { Logger } from 'pino';
import { loadCommands } from '../commands/index.js';
import type { Config } from './config.js';
import type { Answer } from './engine/answer.js';
import type { CommandArgs, CommandContext, CommandDefinition, CommandServices } from './engine/commandDefinition.js';
import { Engine } from './engine/engine.js';
import { runCommand } from './engine/runCommand.js';
import { DigestService } from './digest/digestService.js';
import { digestSettingsFromEnv } from './digest/settings.js';

export interface DepecheApp {
  config: Config;
  engine: Engine;
  commands: CommandDefinition[];
  logger: Logger;
  services: CommandServices;
  /** A command context with the app's defaults; adapters fill in locale, channel and user. */
  createContext(partial?: Partial<CommandContext>): CommandContext;
  run(name: string, args: CommandArgs, partial?: Partial<CommandContext>): Promise<Answer>;
  close(): Promise<void>;
}

export async function createApp(
  config: Config,
  options: { logger: Logger; watch?: boolean; cache?: boolean; /** Open the digest database (`/digest`); the caller starts its loop. */ digests?: boolean },
): Promise<DepecheApp> {
  const engine = await Engine.open({ corpusDir: config.corpusDir, dataDir: options.cache === false ? null : config.dataDir, logger: options.logger });
  if (options.watch) await engine.watch();
  const commands = await loadCommands();
  const services: CommandServices = {};
  const closers: (() => Promise<void>)[] = [() => engine.close()];
  if (options.digests) {
    const digests = await DigestService.open({
      engine,
      dataDir: config.dataDir,
      defaultTimeZone: config.timeZone,
      slackAdminUsers: config.slack?.adminUsers,
      logger: options.logger,
      ...digestSettingsFromEnv(),
    });
    services.digests = digests;
    closers.push(() => digests.close());
  }
  const app: DepecheApp = {
    config,
    engine,
    commands,
    logger: options.logger,
    services,
    createContext(partial = {}) {
      return { engine, locale: config.locale, now: new Date(), services, ...partial };
    },
    run(name, args, partial) {
      return runCommand(commands, name, args, app.createContext(partial), options.logger);
    },
    async close() {
      for (const close of closers.reverse()) await close().catch(() => undefined);
    },
  };
  return app;
}
