/**
 * The digest service the `/digest` command and the app use: one store, one scheduler, the
 * rules on who may change a channel's digests. Platform-neutral: adapters hand it posters.
 */
import type { Logger } from 'pino';
import type { ChannelRef, CommandUser, Locale } from '../engine/commandDefinition.js';
import type { Engine } from '../engine/engine.js';
import { systemClock, type Clock } from './clock.js';
import { checkSchedule, MIN_DIGEST_INTERVAL_MINUTES, type ScheduleProblem } from './cronSchedule.js';
import { DigestScheduler, type DigestPoster, type DigestSchedulerOptions } from './digestScheduler.js';
import { DigestStore, type ChannelKey, type DigestPlatform, type DigestRecord, type DigestSchedule } from './digestStore.js';
import { digestSections } from './sections.js';

export interface DigestServiceOptions extends Omit<DigestSchedulerOptions, 'store' | 'engine'> {
  engine: Engine;
  /** Folder of `digests.sqlite` (DEPECHE_DATA), or `:memory:`. */
  dataDir: string;
  /** Zone of schedules given without `tz:` (DEPECHE_TZ). */
  defaultTimeZone: string;
  /** Slack users allowed to change digests besides workspace admins (SLACK_ADMIN_USERS). */
  slackAdminUsers?: string[];
  /** Shortest time allowed between two digests of a channel, in minutes (default MIN_DIGEST_INTERVAL_MINUTES). */
  minIntervalMinutes?: number;
}

export type ScheduleOutcome = { ok: true; schedule: DigestSchedule } | { ok: false; problem: ScheduleProblem };

export interface DigestStatusReport {
  schedule: DigestSchedule | null;
  last: DigestRecord | null;
  pending: DigestRecord[];
}

export class DigestService {
  readonly store: DigestStore;
  readonly scheduler: DigestScheduler;
  readonly defaultTimeZone: string;
  private readonly clock: Clock;
  private readonly slackAdminUsers: Set<string>;
  private readonly logger?: Logger;
  private readonly minIntervalMinutes: number;

  /** Opens the service with the quotation and summary sections found in this tree (see sections.ts). */
  static async open(options: DigestServiceOptions): Promise<DigestService> {
    return new DigestService({ ...options, sections: options.sections ?? digestSections() });
  }

  constructor(options: DigestServiceOptions) {
    this.store = DigestStore.open(options.dataDir);
    this.clock = options.clock ?? systemClock;
    this.defaultTimeZone = options.defaultTimeZone;
    this.slackAdminUsers = new Set(options.slackAdminUsers ?? []);
    this.logger = options.logger;
    this.minIntervalMinutes = options.minIntervalMinutes ?? MIN_DIGEST_INTERVAL_MINUTES;
    this.scheduler = new DigestScheduler({ ...options, store: this.store, clock: this.clock });
  }

  /** Channels on a platform the bot can post to; the terminal and the CLI have none. */
  static channelKey(channel: ChannelRef | undefined): ChannelKey | null {
    if (!channel || (channel.platform !== 'discord' && channel.platform !== 'slack')) return null;
    return { platform: channel.platform, channelId: channel.id };
  }

  /**
   * Whether `user` may change the channel's digests: the platform says so (Discord: Manage
   * Channels; Slack: workspace admin or owner), or they are on SLACK_ADMIN_USERS.
   */
  mayManage(channel: ChannelRef, user: CommandUser | undefined): boolean {
    if (!user) return false;
    if (user.canManageChannel) return true;
    return channel.platform === 'slack' && this.slackAdminUsers.has(user.id);
  }

  now(): Date {
    return this.clock.now();
  }

  /** Creates or replaces the channel's schedule. Nothing is stored unless cron and zone are both valid. */
  schedule(channel: ChannelRef, input: { cron: string; timeZone?: string; quiet?: boolean; locale: Locale; userId?: string }): ScheduleOutcome {
    const key = DigestService.channelKey(channel);
    if (!key) throw new Error('digests need a Discord or Slack channel');
    const now = this.clock.now();
    const checked = checkSchedule(input.cron, input.timeZone ?? this.defaultTimeZone, now, this.minIntervalMinutes);
    if (!checked.ok) return checked;
    const schedule = this.store.saveSchedule({
      ...key,
      workspaceId: channel.workspaceId ?? null,
      cron: checked.cron,
      timeZone: checked.timeZone,
      locale: input.locale,
      quiet: input.quiet ?? false,
      nextDueAt: checked.next.getTime(),
      createdBy: input.userId ?? null,
      now: now.getTime(),
    });
    this.logger?.info({ platform: key.platform, channel: key.channelId, cron: schedule.cron, timeZone: schedule.timeZone }, 'digest scheduled');
    this.scheduler.wake();
    return { ok: true, schedule };
  }

  turnOff(channel: ChannelRef): boolean {
    const key = DigestService.channelKey(channel);
    const removed = key ? this.store.deleteSchedule(key) : false;
    if (removed) this.logger?.info({ platform: key!.platform, channel: key!.channelId }, 'digest turned off');
    return removed;
  }

  /** A digest made now and recorded as sent: the command's reply carries it to the channel. */
  digestNow(channel: ChannelRef, locale: Locale): DigestRecord | null {
    const key = DigestService.channelKey(channel);
    if (!key) return null;
    const schedule = this.store.getSchedule(key);
    const now = this.clock.now().getTime();
    return this.scheduler.makeDigest(key, schedule, 'now', now, now, { locale, timeZone: schedule?.timeZone ?? this.defaultTimeZone });
  }

  status(channel: ChannelRef): DigestStatusReport {
    const key = DigestService.channelKey(channel);
    if (!key) return { schedule: null, last: null, pending: [] };
    return {
      schedule: this.store.getSchedule(key),
      last: this.store.lastDigest(key, ['sent', 'silent', 'skipped', 'failed', 'uncertain']),
      pending: this.store.pendingFor(key),
    };
  }

  registerPoster(platform: DigestPlatform, poster: DigestPoster): void {
    this.scheduler.registerPoster(platform, poster);
  }

  start(): void {
    this.scheduler.start();
  }

  async close(): Promise<void> {
    await this.scheduler.stop();
    this.store.close();
  }
}
