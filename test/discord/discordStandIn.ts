/**
 * A local stand-in for Discord, enough for the real discord.js client: REST under
 * `http://127.0.0.1:<port>/api/v10` and a gateway WebSocket at `/gateway` (the URL GET
 * /gateway/bot returns). It records every REST call the bot makes, and lets a test dispatch
 * gateway events (interactions, messages) as Discord would.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: any;
  authorization: string | undefined;
  /** What the stand-in answered (status and JSON body). */
  status?: number;
  response?: any;
}

export interface StandInOptions {
  token: string;
  appId: string;
  botUserId?: string;
  guildId?: string;
  channelId?: string;
}

let snowflakeCounter = 0n;
/** Snowflake-shaped ids, increasing, so discord.js can read timestamps from them. */
export function nextSnowflake(): string {
  snowflakeCounter += 1n;
  return ((BigInt(Date.now() - 1420070400000) << 22n) + snowflakeCounter).toString();
}

export class DiscordStandIn {
  readonly requests: RecordedRequest[] = [];
  readonly identifies: any[] = [];
  readonly botUserId: string;
  readonly guildId: string;
  readonly channelId: string;
  /** Messages stored per channel (what GET /channels/:id/messages returns), newest last. */
  readonly channelMessages = new Map<string, any[]>();
  /** Threads started through the REST API; sent again in GUILD_CREATE on a new login. */
  readonly threads: any[] = [];
  private server: Server;
  private wss: WebSocketServer;
  private sockets = new Set<WebSocket>();
  private sequence = 0;
  private listeners = new Set<() => void>();
  private port = 0;
  private failures: { path: RegExp; status: number }[] = [];

  constructor(private readonly options: StandInOptions) {
    this.botUserId = options.botUserId ?? '900000000000000001';
    this.guildId = options.guildId ?? '800000000000000001';
    this.channelId = options.channelId ?? '810000000000000001';
    this.server = createServer((req, res) => void this.onRequest(req, res));
    this.wss = new WebSocketServer({ server: this.server, path: '/gateway' });
    this.wss.on('connection', (socket) => this.onSocket(socket));
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  /** What `DISCORD_API_URL` should be set to. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get botUser() {
    return { id: this.botUserId, username: 'Depeche', discriminator: '0', global_name: 'Depeche', avatar: null, bot: true };
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /**
   * Resolves with the first recorded request matching, waiting for it when needed. Requests
   * already recorded are looked at once, then each new one as it arrives: a benchmark keeps
   * fifty waiters and thousands of requests, and rescanning them all on every arrival made the
   * stand-in, not the bot, the slow side.
   */
  waitForRequest(match: (request: RecordedRequest) => boolean, timeoutMs = 8000): Promise<RecordedRequest> {
    return new Promise((resolve, reject) => {
      let checked = 0;
      const check = () => {
        let found: RecordedRequest | undefined;
        for (; checked < this.requests.length && !found; checked++) if (match(this.requests[checked]!)) found = this.requests[checked];
        if (!found) return false;
        this.listeners.delete(listener);
        clearTimeout(timer);
        resolve(found);
        return true;
      };
      const listener = () => void check();
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`stand-in: no matching request after ${timeoutMs} ms; got ${this.requests.map((r) => `${r.method} ${r.path}`).join(', ')}`));
      }, timeoutMs);
      this.listeners.add(listener);
      check();
    });
  }

  /** Makes the next request whose path matches fail with `status` (Discord outages, missing permissions). */
  failNext(path: RegExp, status: number): void {
    this.failures.push({ path, status });
  }

  /** Sends a gateway dispatch (op 0) to every connected shard. */
  dispatch(type: string, data: unknown): void {
    this.sequence += 1;
    const payload = JSON.stringify({ op: 0, t: type, s: this.sequence, d: data });
    for (const socket of this.sockets) socket.send(payload);
  }

  /** A user's chat-input interaction, as Discord dispatches it. */
  dispatchSlashCommand(input: { name: string; options?: { name: string; type: number; value: unknown; focused?: boolean }[]; locale?: string; autocomplete?: boolean; userId?: string }) {
    const interaction = {
      id: nextSnowflake(),
      application_id: this.options.appId,
      type: input.autocomplete ? 4 : 2,
      token: `interaction-token-${nextSnowflake()}`,
      version: 1,
      guild_id: this.guildId,
      channel_id: this.channelId,
      channel: { id: this.channelId, type: 0, guild_id: this.guildId, name: 'actualite' },
      member: {
        user: this.user(input.userId ?? '700000000000000001'),
        roles: [],
        joined_at: new Date(0).toISOString(),
        permissions: '1071698660929',
        deaf: false,
        mute: false,
        flags: 0,
      },
      locale: input.locale ?? 'fr',
      guild_locale: 'fr',
      app_permissions: '1071698660929',
      entitlements: [],
      authorizing_integration_owners: { '0': this.guildId },
      context: 0,
      data: { id: nextSnowflake(), name: input.name, type: 1, options: input.options ?? [] },
    };
    this.dispatch('INTERACTION_CREATE', interaction);
    return interaction;
  }

  /** A click on a message button. */
  dispatchButton(input: { customId: string; message: any; locale?: string }) {
    const interaction = {
      id: nextSnowflake(),
      application_id: this.options.appId,
      type: 3,
      token: `interaction-token-${nextSnowflake()}`,
      version: 1,
      guild_id: this.guildId,
      channel_id: input.message.channel_id ?? this.channelId,
      channel: { id: input.message.channel_id ?? this.channelId, type: 0, guild_id: this.guildId, name: 'actualite' },
      member: { user: this.user('700000000000000001'), roles: [], joined_at: new Date(0).toISOString(), permissions: '1071698660929', deaf: false, mute: false, flags: 0 },
      locale: input.locale ?? 'fr',
      guild_locale: 'fr',
      app_permissions: '1071698660929',
      entitlements: [],
      authorizing_integration_owners: { '0': this.guildId },
      context: 0,
      message: input.message,
      data: { custom_id: input.customId, component_type: 2 },
    };
    this.dispatch('INTERACTION_CREATE', interaction);
    return interaction;
  }

  /** A user's message in a channel (or thread); `mentionBot` adds the bot's mention data. */
  dispatchMessage(input: { content: string; channelId?: string; mentionBot?: boolean; authorId?: string; authorIsBot?: boolean; mentionEveryone?: boolean }) {
    const channelId = input.channelId ?? this.channelId;
    const message = {
      id: nextSnowflake(),
      channel_id: channelId,
      guild_id: this.guildId,
      author: { ...this.user(input.authorId ?? '700000000000000001'), bot: input.authorIsBot ?? false },
      member: { roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 },
      content: input.content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: input.mentionEveryone ?? false,
      mentions: input.mentionBot ? [this.botUser] : [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      type: 0,
      flags: 0,
    };
    this.remember(channelId, message);
    this.dispatch('MESSAGE_CREATE', message);
    return message;
  }

  private user(id: string) {
    return { id, username: `user${id.slice(-3)}`, discriminator: '0', global_name: `User ${id.slice(-3)}`, avatar: null };
  }

  private remember(channelId: string, message: any) {
    const list = this.channelMessages.get(channelId) ?? [];
    list.push(message);
    this.channelMessages.set(channelId, list);
  }

  private guildCreate() {
    return {
      id: this.guildId,
      name: 'Rédaction',
      icon: null,
      owner_id: '700000000000000001',
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      features: [],
      mfa_level: 0,
      system_channel_flags: 0,
      premium_tier: 0,
      nsfw_level: 0,
      preferred_locale: 'fr',
      member_count: 2,
      large: false,
      unavailable: false,
      joined_at: new Date(0).toISOString(),
      roles: [{ id: this.guildId, name: '@everyone', permissions: '1071698660929', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
      emojis: [],
      stickers: [],
      channels: [{ id: this.channelId, type: 0, guild_id: this.guildId, name: 'actualite', position: 0, permission_overwrites: [], nsfw: false, parent_id: null }],
      threads: this.threads,
      members: [{ user: this.botUser, roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 }],
      voice_states: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  private onSocket(socket: WebSocket) {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41250 } }));
    socket.on('message', (raw) => {
      const packet = JSON.parse(String(raw));
      if (packet.op === 1) socket.send(JSON.stringify({ op: 11 }));
      if (packet.op === 2) {
        this.identifies.push(packet.d);
        if (packet.d.token !== this.options.token) {
          socket.close(4004, 'Authentication failed.');
          return;
        }
        this.dispatch('READY', {
          v: 10,
          user: this.botUser,
          guilds: [{ id: this.guildId, unavailable: true }],
          session_id: 'stand-in-session',
          resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway`,
          shard: [0, 1],
          application: { id: this.options.appId, flags: 0 },
        });
        this.dispatch('GUILD_CREATE', this.guildCreate());
      }
    });
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: any = null;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, '');
    const request: RecordedRequest = { method: req.method ?? 'GET', path, query: url.searchParams, body, authorization: req.headers.authorization };
    const reply = (status: number, payload?: unknown) => {
      request.status = status;
      request.response = payload;
      res.writeHead(status, payload === undefined ? {} : { 'content-type': 'application/json' });
      res.end(payload === undefined ? undefined : JSON.stringify(payload));
    };

    const isInteractionCallback = /^\/interactions\/\d+\/[^/]+\/callback$/.test(path);
    const isWebhook = path.startsWith('/webhooks/');
    if (!isInteractionCallback && !isWebhook && req.headers.authorization !== `Bot ${this.options.token}`) {
      reply(401, { message: '401: Unauthorized', code: 0 });
      return;
    }
    this.requests.push(request);
    try {
      const failure = this.failures.findIndex((f) => f.path.test(path));
      if (failure >= 0) {
        const { status } = this.failures.splice(failure, 1)[0];
        reply(status, { message: status === 403 ? 'Missing Permissions' : 'Internal Server Error', code: status === 403 ? 50013 : 0 });
        return;
      }
      this.route(request, reply);
    } finally {
      for (const listener of [...this.listeners]) listener();
    }
  }

  private messageFrom(channelId: string, body: any) {
    return {
      id: nextSnowflake(),
      channel_id: channelId,
      guild_id: this.guildId,
      author: this.botUser,
      content: body?.content ?? '',
      embeds: body?.embeds ?? [],
      components: body?.components ?? [],
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      pinned: false,
      type: 0,
      flags: body?.flags ?? 0,
    };
  }

  private route(request: RecordedRequest, reply: (status: number, payload?: unknown) => void) {
    const { method, path, body } = request;
    let m: RegExpExecArray | null;
    if (method === 'GET' && path === '/gateway/bot') {
      return reply(200, {
        url: `ws://127.0.0.1:${this.port}/gateway`,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      });
    }
    if (method === 'GET' && path === '/users/@me') return reply(200, this.botUser);
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return reply(204);
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/.exec(path))) {
      return reply(200, this.messageFrom(this.channelId, body));
    }
    if (method === 'POST' && (m = /^\/webhooks\/(\d+)\/([^/]+)$/.exec(path))) {
      return reply(200, this.messageFrom(this.channelId, body));
    }
    if (method === 'PUT' && (m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path))) {
      const saved = (body as any[]).map((command) => ({ ...command, id: nextSnowflake(), application_id: m![1], version: nextSnowflake() }));
      return reply(200, saved);
    }
    if (method === 'POST' && (m = /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(path))) {
      const thread = {
        id: nextSnowflake(),
        type: 11,
        guild_id: this.guildId,
        parent_id: m[1],
        owner_id: this.botUserId,
        name: body?.name ?? 'thread',
        last_message_id: null,
        rate_limit_per_user: 0,
        message_count: 0,
        member_count: 1,
        thread_metadata: { archived: false, auto_archive_duration: body?.auto_archive_duration ?? 1440, archive_timestamp: new Date().toISOString(), locked: false },
        total_message_sent: 0,
        flags: 0,
      };
      this.threads.push(thread);
      // Discord also tells the gateway about the new thread.
      this.dispatch('THREAD_CREATE', { ...thread, newly_created: true });
      return reply(201, thread);
    }
    if (method === 'POST' && (m = /^\/channels\/(\d+)\/messages$/.exec(path))) {
      const message = this.messageFrom(m[1], body);
      this.remember(m[1], message);
      return reply(200, message);
    }
    if (method === 'GET' && (m = /^\/channels\/(\d+)\/messages$/.exec(path))) {
      // Newest first, as Discord returns them.
      return reply(200, [...(this.channelMessages.get(m[1]) ?? [])].reverse());
    }
    if (method === 'POST' && (m = /^\/channels\/(\d+)\/typing$/.exec(path))) return reply(204);
    return reply(404, { message: 'Unknown route in the Discord stand-in', code: 0 });
  }
}
