/**
 * Configuration from the environment (and `.env`, read with dotenv), validated with zod at
 * start-up. Errors name the variable and say what to do.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const optionalText = z.string().trim().optional().transform((v) => (v ? v : undefined));
const url = (name: string) =>
  optionalText.refine((v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v), { message: `${name} must be an http(s) URL` });

const schema = z.object({
  DISCORD_TOKEN: optionalText,
  DISCORD_APP_ID: optionalText.refine((v) => v === undefined || /^\d{5,25}$/.test(v), { message: 'DISCORD_APP_ID must be the numeric application id from the Discord developer portal' }),
  DISCORD_GUILD_ID: optionalText.refine((v) => v === undefined || /^\d{5,25}$/.test(v), { message: 'DISCORD_GUILD_ID must be a numeric server id' }),
  DISCORD_API_URL: url('DISCORD_API_URL'),
  DISCORD_MESSAGE_CONTENT: optionalText.refine((v) => v === undefined || /^(true|false|1|0|yes|no)$/i.test(v), { message: 'DISCORD_MESSAGE_CONTENT must be true or false' }),
  SLACK_BOT_TOKEN: optionalText.refine((v) => v === undefined || v.startsWith('xoxb-'), { message: 'SLACK_BOT_TOKEN must be a bot token (starts with xoxb-)' }),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText.refine((v) => v === undefined || v.startsWith('xapp-'), { message: 'SLACK_APP_TOKEN must be an app-level token (starts with xapp-)' }),
  SLACK_API_URL: url('SLACK_API_URL'),
  SLACK_ADMIN_USERS: optionalText,
  PORT: optionalText.refine((v) => v === undefined || (/^\d{1,5}$/.test(v) && Number(v) <= 65535), { message: 'PORT must be a port number (0-65535)' }),
  DEPECHE_CORPUS: optionalText.default('./corpus'),
  DEPECHE_DATA: optionalText.default('./data'),
  DEPECHE_LOCALE: optionalText.pipe(z.enum(['fr', 'en']).optional()).default('fr'),
  DEPECHE_TZ: optionalText.default('Europe/Paris').refine(isTimeZone, { message: 'DEPECHE_TZ must be an IANA time zone such as Europe/Paris' }),
  LOG_LEVEL: optionalText.pipe(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional()).default('info'),
});

export function isTimeZone(zone: string | undefined): boolean {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export interface Config {
  discord?: { token: string; appId: string; guildId?: string; apiUrl?: string; messageContent: boolean };
  slack?: { botToken: string; signingSecret: string; appToken?: string; apiUrl?: string; adminUsers: string[] };
  port: number;
  corpusDir: string;
  dataDir: string;
  locale: 'fr' | 'en';
  timeZone: string;
  logLevel: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example for every variable.`);
  }
}

/** Reads and checks the configuration; throws ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: { corpusDir?: string } = {}): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];
  let discord: Config['discord'];
  if (e.DISCORD_TOKEN || e.DISCORD_APP_ID) {
    if (!e.DISCORD_TOKEN) problems.push('DISCORD_APP_ID is set but DISCORD_TOKEN is missing (Bot → Reset Token in the developer portal)');
    else if (!e.DISCORD_APP_ID) problems.push('DISCORD_TOKEN is set but DISCORD_APP_ID is missing (General Information → Application ID)');
    else discord = { token: e.DISCORD_TOKEN, appId: e.DISCORD_APP_ID, guildId: e.DISCORD_GUILD_ID, apiUrl: e.DISCORD_API_URL, messageContent: /^(true|1|yes)$/i.test(e.DISCORD_MESSAGE_CONTENT ?? '') };
  }
  let slack: Config['slack'];
  if (e.SLACK_BOT_TOKEN || e.SLACK_SIGNING_SECRET || e.SLACK_APP_TOKEN) {
    if (!e.SLACK_BOT_TOKEN) problems.push('SLACK_BOT_TOKEN is missing (OAuth & Permissions → Bot User OAuth Token)');
    else if (!e.SLACK_SIGNING_SECRET) problems.push('SLACK_SIGNING_SECRET is missing (Basic Information → Signing Secret)');
    else slack = {
      botToken: e.SLACK_BOT_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET,
      appToken: e.SLACK_APP_TOKEN,
      apiUrl: e.SLACK_API_URL,
      adminUsers: (e.SLACK_ADMIN_USERS ?? '').split(/[\s,]+/).filter(Boolean),
    };
  }
  if (problems.length) throw new ConfigError(problems);
  return {
    discord,
    slack,
    port: e.PORT === undefined ? 3000 : Number(e.PORT),
    corpusDir: path.resolve(overrides.corpusDir ?? e.DEPECHE_CORPUS ?? './corpus'),
    dataDir: path.resolve(e.DEPECHE_DATA ?? './data'),
    locale: e.DEPECHE_LOCALE ?? 'fr',
    timeZone: e.DEPECHE_TZ ?? 'Europe/Paris',
    logLevel: e.LOG_LEVEL ?? 'info',
  };
}

/** What is wrong with the corpus folder, or null: a folder name typed wrong must not read as an empty corpus. */
export function corpusFolderProblem(dir: string): string | null {
  try {
    return statSync(dir).isDirectory() ? null : `the corpus folder is not a folder: ${dir}`;
  } catch {
    return `the corpus folder does not exist: ${dir}`;
  }
}
