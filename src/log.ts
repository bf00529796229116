/**
 * The logger (pino). Secrets are redacted by key wherever they appear in logged objects, and
 * token-shaped strings are scrubbed from messages, so a token never reaches a log line.
 */
import { pino, type Logger } from 'pino';

const SECRET_KEYS = ['token', 'botToken', 'appToken', 'signingSecret', 'DISCORD_TOKEN', 'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET', 'authorization', 'Authorization'];

/** Slack tokens, Discord bot tokens (three dot-separated base64 parts), Bearer/Bot headers. */
const TOKEN_SHAPES = /\b(xox[abprs]-[\w-]{6,}|xapp-[\w-]{6,}|[\w-]{23,28}\.[\w-]{6,7}\.[\w-]{27,40}|(?:Bot|Bearer) [\w.-]{20,})\b/g;

export function scrubSecrets(text: string): string {
  return text.replace(TOKEN_SHAPES, '[redacted]');
}

export function createLogger(level = process.env.LOG_LEVEL ?? 'info', destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: [...SECRET_KEYS, ...SECRET_KEYS.map((k) => `*.${k}`), ...SECRET_KEYS.map((k) => `*.*.${k}`)], censor: '[redacted]' },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === 'string' ? scrubSecrets(a) : a)) as Parameters<typeof method>);
        },
      },
      formatters: {
        log(object) {
          const err = object.err as { message?: string; stack?: string } | undefined;
          if (err && typeof err === 'object') {
            return { ...object, err: { ...err, message: scrubSecrets(String(err.message ?? '')), stack: scrubSecrets(String(err.stack ?? '')) } };
          }
          return object;
        },
      },
    },
    destination ?? pino.destination(2),
  );
}
