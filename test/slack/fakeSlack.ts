/**
 * A local stand-in for Slack on 127.0.0.1: the Web API (`/api/<method>`, what Bolt's
 * `clientOptions.slackApiUrl` points at) and the `response_url` receiver (`/respond/<id>`).
 * It records every call and checks Block Kit payloads against Slack's limits the way Slack
 * does (answering `invalid_blocks`), so a test fails if the bot sends something Slack refuses.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseQuery } from 'node:querystring';
import { WebSocketServer, type WebSocket } from 'ws';

export interface ApiCall {
  method: string;
  params: Record<string, unknown>;
  authorization?: string;
  at: number;
}

export interface ResponseUrlPost {
  id: string;
  body: Record<string, unknown>;
  at: number;
}

export interface FakeSlackUser {
  locale?: string;
  is_admin?: boolean;
  is_owner?: boolean;
}

export interface FakeSlackOptions {
  botUserId?: string;
  teamId?: string;
  users?: Record<string, FakeSlackUser>;
}

export interface FakeSlack {
  /** Base URL for `clientOptions.slackApiUrl` (ends with `/api/`). */
  apiUrl: string;
  /** A fresh response_url for a slash command or interaction. */
  responseUrl(id: string): string;
  calls: ApiCall[];
  responses: ResponseUrlPost[];
  /** Thread replies returned by `conversations.replies`, keyed `channel:thread_ts`. */
  threads: Map<string, Record<string, unknown>[]>;
  botUserId: string;
  /** Socket Mode: envelopes acknowledged by the app, by envelope id. */
  socketAcks: Map<string, Record<string, unknown>>;
  /** Socket Mode: sends an envelope to the connected app (resolves once connected). */
  sendEnvelope(envelope: Record<string, unknown>): Promise<void>;
  /** Resolves once `predicate` holds (polling), rejects after `timeoutMs`. */
  waitFor<T>(predicate: () => T | undefined | false, timeoutMs?: number): Promise<T>;
  /** Resolves with the first post to `responseUrl(id)` as soon as it arrives, rejects after `timeoutMs`. */
  waitForResponse(id: string, timeoutMs?: number): Promise<ResponseUrlPost>;
  close(): Promise<void>;
}

/** Slack's documented limits, enforced as Slack does. */
export function blockProblems(blocks: unknown): string[] {
  const problems: string[] = [];
  if (!Array.isArray(blocks)) return ['blocks is not an array'];
  if (blocks.length > 50) problems.push(`${blocks.length} blocks (max 50)`);
  blocks.forEach((block: any, i) => {
    if (block.type === 'section') {
      const text = block.text?.text ?? '';
      if (text.length > 3000) problems.push(`block ${i}: section text ${text.length} chars (max 3000)`);
      if (text.length === 0) problems.push(`block ${i}: empty section text`);
    } else if (block.type === 'context') {
      if (!Array.isArray(block.elements) || block.elements.length === 0 || block.elements.length > 10)
        problems.push(`block ${i}: context with ${block.elements?.length} elements (1 to 10)`);
      for (const e of block.elements ?? [])
        if ((e.text ?? '').length > 3000 || (e.text ?? '').length === 0) problems.push(`block ${i}: bad context text`);
    } else if (block.type === 'actions') {
      for (const e of block.elements ?? []) {
        if (e.type === 'button') {
          if ((e.text?.text ?? '').length > 75) problems.push(`block ${i}: button text too long`);
          if ((e.value ?? '').length > 2000) problems.push(`block ${i}: button value too long`);
          if ((e.action_id ?? '').length > 255) problems.push(`block ${i}: action_id too long`);
        }
      }
    } else if (block.type !== 'divider' && block.type !== 'header') {
      problems.push(`block ${i}: unexpected type ${block.type}`);
    }
  });
  return problems;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function decodeParams(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.startsWith('application/json')) return raw ? JSON.parse(raw) : {};
  const params: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parseQuery(raw))) {
    const v = Array.isArray(value) ? value[0] : value;
    // The Web API client JSON-encodes arrays and objects (blocks, attachments) in form bodies.
    params[key] = typeof v === 'string' && /^[[{]/.test(v) ? safeJson(v) : v;
  }
  return params;
}

function safeJson(v: string): unknown {
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  const botUserId = options.botUserId ?? 'UDEPECHE';
  const teamId = options.teamId ?? 'T0TEAM';
  const calls: ApiCall[] = [];
  const responses: ResponseUrlPost[] = [];
  const threads = new Map<string, Record<string, unknown>[]>();
  // Waiting for one response_url by id, without polling: the benchmark waits for fifty at once.
  const responseWaiters = new Map<string, ((post: ResponseUrlPost) => void)[]>();
  let tsCounter = 1700000000;

  const reply = (method: string, params: Record<string, unknown>): Record<string, unknown> => {
    switch (method) {
      case 'apps.connections.open':
        return { ok: true, url: `ws://127.0.0.1:${port}/socket` };
      case 'auth.test':
        return { ok: true, user_id: botUserId, bot_id: 'BDEPECHE', team_id: teamId, user: 'depeche', team: 'Newsroom' };
      case 'chat.postMessage':
      case 'chat.postEphemeral': {
        if (!params.channel) return { ok: false, error: 'channel_not_found' };
        if (params.blocks !== undefined && blockProblems(params.blocks).length) return { ok: false, error: 'invalid_blocks' };
        tsCounter += 1;
        const ts = `${tsCounter}.000100`;
        return { ok: true, channel: params.channel, ts, message: { ...params, ts } };
      }
      case 'users.info': {
        const id = String(params.user ?? '');
        const user = options.users?.[id];
        if (!user) return { ok: false, error: 'user_not_found' };
        return { ok: true, user: { id, ...user } };
      }
      case 'conversations.replies': {
        const messages = threads.get(`${params.channel}:${params.ts}`);
        if (!messages) return { ok: false, error: 'thread_not_found' };
        return { ok: true, messages, has_more: false };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  };

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(req);
    if (req.method === 'POST' && url.pathname.startsWith('/api/')) {
      const method = url.pathname.slice('/api/'.length);
      const params = decodeParams(raw, req.headers['content-type']);
      calls.push({ method, params, authorization: req.headers.authorization, at: Date.now() });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(reply(method, params)));
      return;
    }
    if (req.method === 'POST' && url.pathname.startsWith('/respond/')) {
      const body = JSON.parse(raw) as Record<string, unknown>;
      const post = { id: url.pathname.slice('/respond/'.length), body, at: Date.now() };
      responses.push(post);
      for (const wake of responseWaiters.get(post.id) ?? []) wake(post);
      responseWaiters.delete(post.id);
      if (body.blocks !== undefined && blockProblems(body.blocks).length) {
        res.writeHead(400, { 'content-type': 'text/plain' });
        res.end('invalid_blocks');
        return;
      }
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
      return;
    }
    res.writeHead(404);
    res.end();
  });
  // Socket Mode: Slack's side of the WebSocket, saying hello and recording acknowledgements.
  const socketAcks = new Map<string, Record<string, unknown>>();
  const sockets = new WebSocketServer({ server, path: '/socket' });
  let connected: Promise<WebSocket> = new Promise((resolve) => {
    sockets.on('connection', (ws) => {
      ws.on('message', (data) => {
        const ack = JSON.parse(String(data)) as Record<string, unknown>;
        if (typeof ack.envelope_id === 'string') socketAcks.set(ack.envelope_id, ack);
      });
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0DEPECHE' } }));
      connected = Promise.resolve(ws);
      resolve(ws);
    });
  });

  let port = 0;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;

  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/respond/${id}`,
    calls,
    responses,
    threads,
    botUserId,
    socketAcks,
    async sendEnvelope(envelope) {
      (await connected).send(JSON.stringify(envelope));
    },
    async waitFor(predicate, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const value = predicate();
        if (value) return value;
        if (Date.now() > deadline) throw new Error('fake Slack: condition not met in time');
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    waitForResponse(id, timeoutMs = 5000) {
      const arrived = responses.find((r) => r.id === id);
      if (arrived) return Promise.resolve(arrived);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`fake Slack: nothing posted to response_url ${id} in time`)), timeoutMs);
        const wake = (post: ResponseUrlPost) => {
          clearTimeout(timer);
          resolve(post);
        };
        responseWaiters.set(id, [...(responseWaiters.get(id) ?? []), wake]);
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of sockets.clients) client.terminate();
        sockets.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
