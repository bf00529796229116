/**
 * Decides when digests are due and sends each exactly once.
 *
 * Every pass (`tick`): (1) each schedule whose time has come gets one digest in the outbox, in
 * the same transaction that moves the schedule on, so a restart neither repeats nor forgets it;
 * a run missed while the bot was down becomes one catch-up digest, or a skipped one (noted)
 * past `maxCatchUpAgeMs`. (2) A digest whose sender died mid-post (its claim expired) is marked
 * uncertain and never posted again; its articles go back to the next digest. (3) Pending digests
 * are claimed (written before posting) and posted; success completes them (idempotently), a
 * failure schedules a retry with exponential back-off until `retry.maxAttempts`.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Answer } from '../engine/answer.js';
import type { Locale } from '../engine/commandDefinition.js';
import type { Engine } from '../engine/engine.js';
import { systemClock, type Clock } from './clock.js';
import { composeDigest, nothingNewAnswer, type DigestSections } from './composeDigest.js';
import { nextRunAfter } from './cronSchedule.js';
import type { ChannelKey, DigestPlatform, DigestRecord, DigestSchedule, DigestStore, DigestTrigger } from './digestStore.js';

/** What an adapter gives the scheduler: Discord's and Slack's posters both fit. */
export interface DigestPoster {
  post(channelId: string, answer: Answer, locale: Locale): Promise<void>;
}

export interface RetryPolicy {
  /** First wait after a failed post; doubled after each further failure. */
  baseMs: number;
  /** Longest wait between two tries. */
  maxMs: number;
  /** Tries in all before the digest is given up (its articles then go to the next one). */
  maxAttempts: number;
}

export interface DigestSchedulerOptions {
  store: DigestStore;
  engine: Engine;
  clock?: Clock;
  logger?: Logger;
  sections?: DigestSections;
  /** A run missed by more than this (bot down) is skipped and noted rather than sent late. Default 6 h. */
  maxCatchUpAgeMs?: number;
  /** A run handled within this of its time is on time; later, the digest says it is a catch-up. Default 2 min. */
  onTimeGraceMs?: number;
  /** How long a claim holds: past it, another sender treats the post as interrupted. Default 10 min. */
  claimLeaseMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Longest sleep between two passes, so clock jumps and other instances' changes are noticed. Default 60 s. */
  maxSleepMs?: number;
  /** Identifies this process in claims; default a random id per start. */
  senderId?: string;
}

export interface TickReport {
  /** Digests put in the outbox by this pass (ids). */
  created: number[];
  sent: number[];
  retrying: number[];
  failed: number[];
  skipped: number[];
  silent: number[];
  uncertain: number[];
}

export const DEFAULT_RETRY: RetryPolicy = { baseMs: 30_000, maxMs: 30 * 60_000, maxAttempts: 8 };

/** Slack and Discord answers that no retry will change: wrong channel, no access, bad token. */
const PERMANENT_SLACK_ERRORS = new Set(['channel_not_found', 'not_in_channel', 'is_archived', 'invalid_auth', 'account_inactive', 'token_revoked', 'missing_scope', 'restricted_action']);

export function isPermanentPostError(error: unknown): boolean {
  const e = error as { status?: number; data?: { error?: string }; code?: unknown };
  if (typeof e?.status === 'number' && [401, 403, 404].includes(e.status)) return true;
  return Boolean(e?.data?.error && PERMANENT_SLACK_ERRORS.has(e.data.error));
}

/** The wait a rate limit asks for, in ms (Slack gives seconds, discord.js milliseconds). */
function requestedWaitMs(error: unknown): number {
  const e = error as { retryAfter?: number; code?: string };
  if (typeof e?.retryAfter !== 'number') return 0;
  return e.code === 'slack_webapi_rate_limited_error' ? e.retryAfter * 1000 : e.retryAfter;
}

/** A short, secret-free description of a failed post, kept in the database. */
function describeError(error: unknown): string {
  const e = error as { message?: string; status?: number; code?: string; data?: { error?: string } };
  const parts = [e?.code, e?.status, e?.data?.error, e?.message ?? String(error)].filter((p) => p !== undefined && p !== '');
  return parts.join(' ').replace(/\b(xox[abp]-|Bot\s+)[\w.-]+/g, '$1…').slice(0, 300);
}

export class DigestScheduler {
  readonly senderId: string;
  private readonly store: DigestStore;
  private readonly engine: Engine;
  private readonly clock: Clock;
  private readonly logger?: Logger;
  private readonly sections?: DigestSections;
  private readonly maxCatchUpAgeMs: number;
  private readonly onTimeGraceMs: number;
  private readonly claimLeaseMs: number;
  private readonly retry: RetryPolicy;
  private readonly maxSleepMs: number;
  private readonly posters = new Map<DigestPlatform, DigestPoster>();
  /** Digests this process is posting right now: never declared interrupted by itself. */
  private readonly inFlight = new Set<number>();
  private seenVersion = -1;
  private timer: unknown;
  private running = false;
  private ticking: Promise<TickReport> | null = null;
  private readonly onReload = () => this.recordSeen();

  constructor(options: DigestSchedulerOptions) {
    this.store = options.store;
    this.engine = options.engine;
    this.clock = options.clock ?? systemClock;
    this.logger = options.logger;
    this.sections = options.sections;
    this.maxCatchUpAgeMs = options.maxCatchUpAgeMs ?? 6 * 3600_000;
    this.onTimeGraceMs = options.onTimeGraceMs ?? 2 * 60_000;
    this.claimLeaseMs = options.claimLeaseMs ?? 10 * 60_000;
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.maxSleepMs = options.maxSleepMs ?? 60_000;
    this.senderId = options.senderId ?? randomUUID();
    this.recordSeen();
    // Articles dropped into the folder count as new from the moment they are indexed.
    this.engine.on('reload', this.onReload);
  }

  registerPoster(platform: DigestPlatform, poster: DigestPoster): void {
    this.posters.set(platform, poster);
    this.wake();
  }

  /** Starts the loop: a pass now, then one whenever something is due (and at least every `maxSleepMs`). */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.wake();
  }

  /** Stops the loop and waits for the pass in progress (its posts complete or are retried later). */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer !== undefined) this.clock.clearTimer(this.timer);
    this.timer = undefined;
    this.engine.off('reload', this.onReload);
    await this.ticking?.catch(() => undefined);
  }

  /** Runs a pass as soon as possible (a schedule changed, a poster arrived). */
  wake(): void {
    if (!this.running) return;
    this.arm(0);
  }

  private arm(delayMs: number): void {
    if (this.timer !== undefined) this.clock.clearTimer(this.timer);
    this.timer = this.clock.setTimer(() => {
      this.timer = undefined;
      this.tick()
        .catch((error) => this.logger?.error({ err: error }, 'digest pass failed'))
        .finally(() => {
          if (this.running && this.timer === undefined) this.arm(this.sleepAfterPass());
        });
    }, delayMs);
  }

  private sleepAfterPass(): number {
    const now = this.clock.now().getTime();
    const wake = this.store.nextWake();
    if (wake === null) return this.maxSleepMs;
    // Something due but not done (no poster for its platform yet): look again shortly, not in a spin.
    if (wake <= now) return Math.min(1000, this.maxSleepMs);
    return Math.min(wake - now, this.maxSleepMs);
  }

  /** One pass. Passes never overlap: a second call waits for the first and runs after it. */
  async tick(): Promise<TickReport> {
    const previous = this.ticking;
    const run = (async () => {
      await previous?.catch(() => undefined);
      return this.pass();
    })();
    this.ticking = run;
    try {
      return await run;
    } finally {
      if (this.ticking === run) this.ticking = null;
    }
  }

  private async pass(): Promise<TickReport> {
    const report: TickReport = { created: [], sent: [], retrying: [], failed: [], skipped: [], silent: [], uncertain: [] };
    this.recordSeen();
    const now = this.clock.now().getTime();
    for (const schedule of this.store.dueSchedules(now)) this.enqueueDue(schedule, now, report);
    for (const abandoned of this.store.abandonedClaims(now)) {
      if (this.inFlight.has(abandoned.id)) continue;
      if (this.store.markUndelivered(abandoned.id, 'uncertain', abandoned.claimedBy, now, `claim by ${abandoned.claimedBy} expired during the post`)) {
        report.uncertain.push(abandoned.id);
        this.logger?.warn({ digest: abandoned.id, platform: abandoned.platform, channel: abandoned.channelId }, 'digest interrupted while posting: not posted again (no duplicate); its articles go to the next digest');
      }
    }
    const ready = this.store.readyToSend(now).filter((d) => !this.inFlight.has(d.id) && this.posters.has(d.platform));
    await Promise.all(ready.map((digest) => this.deliver(digest, report)));
    return report;
  }

  private recordSeen(): void {
    if (this.seenVersion === this.engine.version) return;
    this.store.recordSeen(this.engine.articles.map((a) => a.id), this.clock.now().getTime());
    this.seenVersion = this.engine.version;
  }

  /** Puts a due schedule's digest in the outbox and moves the schedule on, in one transaction. */
  private enqueueDue(schedule: DigestSchedule, now: number, report: TickReport): void {
    this.store.transaction(() => {
      const current = this.store.getSchedule(schedule);
      // Another sender (or a /digest schedule) changed it since it was read.
      if (!current || current.nextDueAt !== schedule.nextDueAt) return;
      const next = nextRunAfter(current.cron, current.timeZone, new Date(now));
      // A schedule that will never fire again is kept (status shows it) but parked far away.
      if (!this.store.advanceSchedule(current, current.nextDueAt, next?.getTime() ?? Number.MAX_SAFE_INTEGER, now)) return;
      const late = now - current.nextDueAt;
      if (late > this.maxCatchUpAgeMs) {
        const id = this.store.insertDigest({
          ...channelOf(current),
          dueAt: current.nextDueAt,
          trigger: 'catch-up',
          status: 'skipped',
          locale: current.locale,
          answer: null,
          articleIds: [],
          createdAt: now,
          lastError: `due ${new Date(current.nextDueAt).toISOString()}, ${Math.round(late / 60_000)} min late (max ${Math.round(this.maxCatchUpAgeMs / 60_000)} min)`,
        });
        if (id !== null) {
          report.skipped.push(id);
          this.logger?.warn({ digest: id, platform: current.platform, channel: current.channelId, dueAt: new Date(current.nextDueAt).toISOString() }, 'digest missed for too long while offline: skipped (noted in the next one)');
        }
        return;
      }
      const trigger: DigestTrigger = late > this.onTimeGraceMs ? 'catch-up' : 'schedule';
      const made = this.makeDigest(current, current, trigger, current.nextDueAt, now);
      if (made === null) return;
      (made.status === 'silent' ? report.silent : report.created).push(made.id);
    });
  }

  /**
   * Composes a channel's digest from what it has not seen and records it with the articles it
   * covers. `trigger: 'now'` records it as sent: the command's reply carries it.
   */
  makeDigest(
    key: ChannelKey,
    schedule: DigestSchedule | null,
    trigger: DigestTrigger,
    dueAt: number,
    now: number,
    overrides: { locale?: Locale; timeZone?: string } = {},
  ): DigestRecord | null {
    return this.store.transaction(() => {
      this.recordSeen();
      const locale = overrides.locale ?? schedule?.locale ?? 'fr';
      const timeZone = overrides.timeZone ?? schedule?.timeZone ?? 'UTC';
      const previous = this.store.lastDigest(key, ['sent', 'silent', 'pending']);
      const since = previous?.createdAt ?? schedule?.coversFrom ?? null;
      const articleIds = this.store.uncoveredArticles(key, schedule?.coversFrom ?? Number.NEGATIVE_INFINITY, this.engine.articles.map((a) => a.id));
      const skippedRuns = this.store.skippedSince(key, previous?.createdAt ?? 0);
      const catchUpFor = trigger === 'catch-up' ? dueAt : undefined;
      let answer = composeDigest({
        engine: this.engine,
        articleIds,
        locale,
        timeZone,
        since,
        catchUpFor,
        skipped: skippedRuns.length ? { count: skippedRuns.length, lastDueAt: skippedRuns[skippedRuns.length - 1].dueAt } : undefined,
        sections: this.sections,
      });
      const quiet = trigger !== 'now' && (schedule?.quiet ?? false);
      if (!answer && !quiet) answer = nothingNewAnswer({ locale, timeZone, since, catchUpFor });
      const status = !answer ? 'silent' : trigger === 'now' ? 'sent' : 'pending';
      const id = this.store.insertDigest({ ...channelOf(key), dueAt, trigger, status, locale, answer, articleIds: answer ? articleIds : [], createdAt: now });
      return id === null ? null : this.store.getDigest(id);
    });
  }

  private backoffMs(attempt: number): number {
    return Math.min(this.retry.baseMs * 2 ** Math.max(0, attempt - 1), this.retry.maxMs);
  }

  private async deliver(digest: DigestRecord, report: TickReport): Promise<void> {
    const claimedAt = this.clock.now().getTime();
    if (!this.store.claim(digest.id, this.senderId, claimedAt, this.claimLeaseMs)) return;
    this.inFlight.add(digest.id);
    const attempt = digest.attempts + 1;
    const where = { digest: digest.id, platform: digest.platform, channel: digest.channelId, attempt };
    try {
      const poster = this.posters.get(digest.platform);
      if (!poster) throw new Error(`no ${digest.platform} connection to post with`);
      await poster.post(digest.channelId, digest.answer ?? nothingNewAnswer({ locale: digest.locale, timeZone: 'UTC', since: null }), digest.locale);
      if (this.store.markSent(digest.id, this.senderId, this.clock.now().getTime())) {
        report.sent.push(digest.id);
        this.logger?.info({ ...where, articles: digest.articleIds.length, trigger: digest.trigger }, 'digest posted');
      }
    } catch (error) {
      const now = this.clock.now().getTime();
      const reason = describeError(error);
      if (attempt >= this.retry.maxAttempts || isPermanentPostError(error)) {
        if (this.store.markUndelivered(digest.id, 'failed', this.senderId, now, reason)) report.failed.push(digest.id);
        this.logger?.error({ ...where, reason }, 'digest could not be posted: given up; its articles go to the next digest');
      } else {
        const retryAt = now + Math.max(this.backoffMs(attempt), requestedWaitMs(error));
        if (this.store.markRetry(digest.id, this.senderId, retryAt, reason)) report.retrying.push(digest.id);
        this.logger?.warn({ ...where, reason, retryAt: new Date(retryAt).toISOString() }, 'digest post failed: will retry');
      }
    } finally {
      this.inFlight.delete(digest.id);
    }
  }
}

function channelOf(key: ChannelKey): ChannelKey {
  return { platform: key.platform, channelId: key.channelId };
}
