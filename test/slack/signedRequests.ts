/**
 * Requests as Slack sends them to `POST /slack/events`, signed with the app's signing secret
 * (`v0=` HMAC-SHA256 of `v0:<timestamp>:<body>`), plus ways to sign them wrongly.
 */
import { createHmac } from 'node:crypto';
import { request } from 'node:http';
import { stringify } from 'node:querystring';

export interface SignOptions {
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  /** Omit the signature headers entirely. */
  unsigned?: boolean;
  /** Extra headers (e.g. `x-slack-retry-num`). */
  headers?: Record<string, string>;
}

export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export async function postToSlackEndpoint(
  url: string,
  secret: string,
  body: string,
  contentType: 'application/x-www-form-urlencoded' | 'application/json',
  options: SignOptions = {},
): Promise<{ status: number; text: string; elapsedMs: number }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = { 'content-type': contentType, ...options.headers };
  if (!options.unsigned) {
    headers['x-slack-request-timestamp'] = String(timestamp);
    headers['x-slack-signature'] = slackSignature(secret, timestamp, body);
  }
  const started = performance.now();
  // node:http rather than fetch: the benchmark sends fifty at once from one process, and
  // fetch's own work there was counted in the time the bot took to acknowledge.
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), elapsedMs: performance.now() - started }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

export function slashCommandBody(fields: {
  command: string;
  text: string;
  responseUrl: string;
  userId?: string;
  channelId?: string;
  teamId?: string;
}): string {
  return stringify({
    token: 'legacy-verification-token',
    team_id: fields.teamId ?? 'T0TEAM',
    team_domain: 'newsroom',
    channel_id: fields.channelId ?? 'C0NEWS',
    channel_name: 'news',
    user_id: fields.userId ?? 'U0ALICE',
    user_name: 'alice',
    command: fields.command,
    text: fields.text,
    api_app_id: 'A0DEPECHE',
    is_enterprise_install: 'false',
    response_url: fields.responseUrl,
    trigger_id: '123.456.abc',
  });
}

export function eventBody(event: Record<string, unknown>, eventId: string, teamId = 'T0TEAM'): string {
  return JSON.stringify({
    token: 'legacy-verification-token',
    team_id: teamId,
    api_app_id: 'A0DEPECHE',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: teamId, user_id: 'UDEPECHE', is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  });
}

export function blockActionBody(payload: Record<string, unknown>): string {
  return stringify({ payload: JSON.stringify({ type: 'block_actions', ...payload }) });
}
