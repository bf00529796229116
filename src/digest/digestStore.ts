/**
 * Digest state in an embedded SQLite database (better-sqlite3) under DEPECHE_DATA: each
 * channel's schedule, every digest (the outbox: claimed before it is posted, completed after),
 * which articles each digest covered, and when each article was first seen. Every change that
 * touches more than one row runs in one immediate transaction, so a crash leaves either all of
 * it or none, and two processes sharing the file never interleave.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Answer } from '../engine/answer.js';
import type { Locale } from '../engine/commandDefinition.js';

export type DigestPlatform = 'discord' | 'slack' | 'terminal' | 'cli';

export interface ChannelKey {
  platform: DigestPlatform;
  channelId: string;
}

export interface DigestSchedule extends ChannelKey {
  workspaceId: string | null;
  cron: string;
  timeZone: string;
  /** Language the digest is written in: the scheduler's, when they scheduled it. */
  locale: Locale;
  /** Post nothing (rather than "nothing new since …") when nothing is new. */
  quiet: boolean;
  /** Epoch ms of the next run. */
  nextDueAt: number;
  /** Articles first seen after this (epoch ms) are news for the channel. */
  coversFrom: number;
  createdBy: string | null;
  createdAt: number;
  updatedAt: number;
}

/**
 * pending: to post (maybe after failed tries); sent; silent: nothing new and the channel is
 * quiet; skipped: due too long ago when the bot came back; failed: gave up after retries;
 * uncertain: the sender died mid-post, so it is not posted again (no duplicate).
 */
export type DigestStatus = 'pending' | 'sent' | 'silent' | 'skipped' | 'failed' | 'uncertain';
export type DigestTrigger = 'schedule' | 'catch-up' | 'now';

export interface DigestRecord extends ChannelKey {
  id: number;
  dueAt: number;
  trigger: DigestTrigger;
  status: DigestStatus;
  locale: Locale;
  answer: Answer | null;
  articleIds: string[];
  attempts: number;
  nextAttemptAt: number;
  claimedBy: string | null;
  claimedUntil: number | null;
  lastError: string | null;
  createdAt: number;
  finishedAt: number | null;
}

export interface NewDigest extends ChannelKey {
  dueAt: number;
  trigger: DigestTrigger;
  status: DigestStatus;
  locale: Locale;
  answer: Answer | null;
  articleIds: string[];
  createdAt: number;
  lastError?: string;
}

const SCHEMA_VERSION = 1;

const MIGRATIONS: string[] = [
  `CREATE TABLE schedules (
     platform TEXT NOT NULL,
     channel_id TEXT NOT NULL,
     workspace_id TEXT,
     cron TEXT NOT NULL,
     time_zone TEXT NOT NULL,
     locale TEXT NOT NULL,
     quiet INTEGER NOT NULL DEFAULT 0,
     next_due_at INTEGER NOT NULL,
     covers_from INTEGER NOT NULL,
     created_by TEXT,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL,
     PRIMARY KEY (platform, channel_id)
   );
   CREATE TABLE digests (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     platform TEXT NOT NULL,
     channel_id TEXT NOT NULL,
     due_at INTEGER NOT NULL,
     trigger TEXT NOT NULL,
     status TEXT NOT NULL,
     locale TEXT NOT NULL,
     answer TEXT,
     article_ids TEXT NOT NULL DEFAULT '[]',
     attempts INTEGER NOT NULL DEFAULT 0,
     next_attempt_at INTEGER NOT NULL DEFAULT 0,
     claimed_by TEXT,
     claimed_until INTEGER,
     last_error TEXT,
     created_at INTEGER NOT NULL,
     finished_at INTEGER
   );
   -- One scheduled digest per channel and due time: a second sender's insert is ignored.
   CREATE UNIQUE INDEX digests_once ON digests (platform, channel_id, due_at) WHERE trigger != 'now';
   CREATE INDEX digests_by_status ON digests (status, next_attempt_at);
   CREATE INDEX digests_by_channel ON digests (platform, channel_id, created_at);
   CREATE TABLE covered_articles (
     platform TEXT NOT NULL,
     channel_id TEXT NOT NULL,
     article_id TEXT NOT NULL,
     digest_id INTEGER NOT NULL REFERENCES digests(id),
     PRIMARY KEY (platform, channel_id, article_id)
   );
   CREATE INDEX covered_by_digest ON covered_articles (digest_id);
   CREATE TABLE articles_seen (
     article_id TEXT PRIMARY KEY,
     first_seen_at INTEGER NOT NULL
   );`,
];

interface ScheduleRow {
  platform: string;
  channel_id: string;
  workspace_id: string | null;
  cron: string;
  time_zone: string;
  locale: string;
  quiet: number;
  next_due_at: number;
  covers_from: number;
  created_by: string | null;
  created_at: number;
  updated_at: number;
}

interface DigestRow {
  id: number;
  platform: string;
  channel_id: string;
  due_at: number;
  trigger: string;
  status: string;
  locale: string;
  answer: string | null;
  article_ids: string;
  attempts: number;
  next_attempt_at: number;
  claimed_by: string | null;
  claimed_until: number | null;
  last_error: string | null;
  created_at: number;
  finished_at: number | null;
}

function toSchedule(row: ScheduleRow): DigestSchedule {
  return {
    platform: row.platform as DigestPlatform,
    channelId: row.channel_id,
    workspaceId: row.workspace_id,
    cron: row.cron,
    timeZone: row.time_zone,
    locale: row.locale === 'en' ? 'en' : 'fr',
    quiet: row.quiet === 1,
    nextDueAt: row.next_due_at,
    coversFrom: row.covers_from,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toDigest(row: DigestRow): DigestRecord {
  return {
    id: row.id,
    platform: row.platform as DigestPlatform,
    channelId: row.channel_id,
    dueAt: row.due_at,
    trigger: row.trigger as DigestTrigger,
    status: row.status as DigestStatus,
    locale: row.locale === 'en' ? 'en' : 'fr',
    answer: row.answer ? (JSON.parse(row.answer) as Answer) : null,
    articleIds: JSON.parse(row.article_ids) as string[],
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    claimedBy: row.claimed_by,
    claimedUntil: row.claimed_until,
    lastError: row.last_error,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}

export class DigestStore {
  readonly file: string;
  private readonly db: Database.Database;

  /** Opens (and creates or migrates) `digests.sqlite` in `dataDir`; `:memory:` for a throwaway store. */
  static open(dataDir: string): DigestStore {
    if (dataDir === ':memory:') return new DigestStore(':memory:');
    mkdirSync(dataDir, { recursive: true });
    return new DigestStore(path.join(dataDir, 'digests.sqlite'));
  }

  constructor(file: string) {
    this.file = file;
    this.db = new Database(file);
    if (file !== ':memory:') this.db.pragma('journal_mode = WAL');
    // FULL: a committed claim or completion survives a power cut, not only a process crash.
    this.db.pragma('synchronous = FULL');
    // Another process holding the write lock is waited for, not reported as an error.
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('foreign_keys = ON');
    this.migrate();
  }

  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new Error(`${this.file} was written by a newer Depeche (schema ${version}, this one knows ${SCHEMA_VERSION}); upgrade Depeche or use another DEPECHE_DATA.`);
    }
    this.transaction(() => {
      for (let v = version; v < SCHEMA_VERSION; v++) this.db.exec(MIGRATIONS[v]);
      this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
    });
  }

  /** Runs `fn` in one immediate transaction (the write lock is taken at once). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  // --- schedules -------------------------------------------------------------------------

  getSchedule(key: ChannelKey): DigestSchedule | null {
    const row = this.db.prepare('SELECT * FROM schedules WHERE platform = ? AND channel_id = ?').get(key.platform, key.channelId) as ScheduleRow | undefined;
    return row ? toSchedule(row) : null;
  }

  /** Creates or replaces a channel's schedule; a replaced one keeps its creation time and coverage start. */
  saveSchedule(schedule: Omit<DigestSchedule, 'createdAt' | 'updatedAt' | 'coversFrom'> & { now: number }): DigestSchedule {
    return this.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO schedules (platform, channel_id, workspace_id, cron, time_zone, locale, quiet, next_due_at, covers_from, created_by, created_at, updated_at)
           VALUES (@platform, @channelId, @workspaceId, @cron, @timeZone, @locale, @quiet, @nextDueAt, @now, @createdBy, @now, @now)
           ON CONFLICT (platform, channel_id) DO UPDATE SET
             workspace_id = excluded.workspace_id, cron = excluded.cron, time_zone = excluded.time_zone,
             locale = excluded.locale, quiet = excluded.quiet, next_due_at = excluded.next_due_at,
             created_by = excluded.created_by, updated_at = excluded.updated_at`,
        )
        .run({ ...schedule, quiet: schedule.quiet ? 1 : 0 });
      return this.getSchedule(schedule)!;
    });
  }

  deleteSchedule(key: ChannelKey): boolean {
    return this.db.prepare('DELETE FROM schedules WHERE platform = ? AND channel_id = ?').run(key.platform, key.channelId).changes > 0;
  }

  listSchedules(): DigestSchedule[] {
    return (this.db.prepare('SELECT * FROM schedules ORDER BY next_due_at').all() as ScheduleRow[]).map(toSchedule);
  }

  dueSchedules(now: number): DigestSchedule[] {
    return (this.db.prepare('SELECT * FROM schedules WHERE next_due_at <= ? ORDER BY next_due_at').all(now) as ScheduleRow[]).map(toSchedule);
  }

  /** Moves a schedule on, only if nobody else did since it was read (compare-and-set). */
  advanceSchedule(key: ChannelKey, expectedDueAt: number, nextDueAt: number, now: number): boolean {
    return (
      this.db
        .prepare('UPDATE schedules SET next_due_at = ?, updated_at = ? WHERE platform = ? AND channel_id = ? AND next_due_at = ?')
        .run(nextDueAt, now, key.platform, key.channelId, expectedDueAt).changes === 1
    );
  }

  // --- articles --------------------------------------------------------------------------

  /** Remembers when each article was first seen; articles already known keep their time. */
  recordSeen(articleIds: string[], now: number): number {
    const insert = this.db.prepare('INSERT OR IGNORE INTO articles_seen (article_id, first_seen_at) VALUES (?, ?)');
    return this.transaction(() => articleIds.reduce((added, id) => added + insert.run(id, now).changes, 0));
  }

  /** Of `currentIds`, those first seen after `coversFrom` that no digest of the channel has covered. */
  uncoveredArticles(key: ChannelKey, coversFrom: number, currentIds: string[]): string[] {
    const seen = new Map(
      (this.db.prepare('SELECT article_id, first_seen_at FROM articles_seen').all() as { article_id: string; first_seen_at: number }[]).map((r) => [r.article_id, r.first_seen_at]),
    );
    const covered = new Set(
      (this.db.prepare('SELECT article_id FROM covered_articles WHERE platform = ? AND channel_id = ?').all(key.platform, key.channelId) as { article_id: string }[]).map((r) => r.article_id),
    );
    return currentIds.filter((id) => !covered.has(id) && (seen.get(id) ?? Number.POSITIVE_INFINITY) > coversFrom);
  }

  firstSeen(articleId: string): number | null {
    const row = this.db.prepare('SELECT first_seen_at FROM articles_seen WHERE article_id = ?').get(articleId) as { first_seen_at: number } | undefined;
    return row?.first_seen_at ?? null;
  }

  // --- digests (the outbox) --------------------------------------------------------------

  /** Inserts a digest and marks its articles covered; null when that channel and due time already has one. */
  insertDigest(digest: NewDigest): number | null {
    return this.transaction(() => {
      const result = this.db
        .prepare(
          `INSERT OR IGNORE INTO digests (platform, channel_id, due_at, trigger, status, locale, answer, article_ids, created_at, next_attempt_at, last_error, finished_at)
           VALUES (@platform, @channelId, @dueAt, @trigger, @status, @locale, @answer, @articleIds, @createdAt, @createdAt, @lastError, @finishedAt)`,
        )
        .run({
          ...digest,
          answer: digest.answer ? JSON.stringify(digest.answer) : null,
          articleIds: JSON.stringify(digest.articleIds),
          lastError: digest.lastError ?? null,
          finishedAt: digest.status === 'pending' ? null : digest.createdAt,
        });
      if (result.changes === 0) return null;
      const id = Number(result.lastInsertRowid);
      const cover = this.db.prepare('INSERT OR IGNORE INTO covered_articles (platform, channel_id, article_id, digest_id) VALUES (?, ?, ?, ?)');
      for (const articleId of digest.articleIds) cover.run(digest.platform, digest.channelId, articleId, id);
      return id;
    });
  }

  getDigest(id: number): DigestRecord | null {
    const row = this.db.prepare('SELECT * FROM digests WHERE id = ?').get(id) as DigestRow | undefined;
    return row ? toDigest(row) : null;
  }

  digestsFor(key: ChannelKey): DigestRecord[] {
    return (this.db.prepare('SELECT * FROM digests WHERE platform = ? AND channel_id = ? ORDER BY created_at, id').all(key.platform, key.channelId) as DigestRow[]).map(toDigest);
  }

  /** The channel's latest digest in one of `statuses`. */
  lastDigest(key: ChannelKey, statuses: DigestStatus[]): DigestRecord | null {
    const row = this.db
      .prepare(`SELECT * FROM digests WHERE platform = ? AND channel_id = ? AND status IN (${statuses.map(() => '?').join(', ')}) ORDER BY created_at DESC, id DESC LIMIT 1`)
      .get(key.platform, key.channelId, ...statuses) as DigestRow | undefined;
    return row ? toDigest(row) : null;
  }

  /** Digests skipped since `after` (epoch ms of creation), for the note in the next one. */
  skippedSince(key: ChannelKey, after: number): DigestRecord[] {
    return (this.db
      .prepare("SELECT * FROM digests WHERE platform = ? AND channel_id = ? AND status = 'skipped' AND created_at > ? ORDER BY due_at")
      .all(key.platform, key.channelId, after) as DigestRow[]).map(toDigest);
  }

  /** Pending digests nobody holds, whose next try is due. */
  readyToSend(now: number, limit = 50): DigestRecord[] {
    return (this.db
      .prepare("SELECT * FROM digests WHERE status = 'pending' AND claimed_by IS NULL AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?")
      .all(now, limit) as DigestRow[]).map(toDigest);
  }

  pendingFor(key: ChannelKey): DigestRecord[] {
    return (this.db
      .prepare("SELECT * FROM digests WHERE platform = ? AND channel_id = ? AND status = 'pending' ORDER BY next_attempt_at")
      .all(key.platform, key.channelId) as DigestRow[]).map(toDigest);
  }

  /** Pending digests held by a sender whose lease ran out: it died (or hung) mid-post. */
  abandonedClaims(now: number): DigestRecord[] {
    return (this.db
      .prepare("SELECT * FROM digests WHERE status = 'pending' AND claimed_by IS NOT NULL AND claimed_until < ?")
      .all(now) as DigestRow[]).map(toDigest);
  }

  /**
   * Takes a digest for sending, written before the post: only one sender can win it. Counts
   * the attempt. False when another sender (or an earlier claim) holds it.
   */
  claim(id: number, sender: string, now: number, leaseMs: number): boolean {
    return (
      this.db
        .prepare(
          `UPDATE digests SET claimed_by = ?, claimed_until = ?, attempts = attempts + 1
           WHERE id = ? AND status = 'pending' AND claimed_by IS NULL AND next_attempt_at <= ?`,
        )
        .run(sender, now + leaseMs, id, now).changes === 1
    );
  }

  /** Completion; idempotent: a second call (or a call by a sender that lost its claim) changes nothing. */
  markSent(id: number, sender: string, now: number): boolean {
    return (
      this.db
        .prepare("UPDATE digests SET status = 'sent', finished_at = ?, claimed_by = NULL, claimed_until = NULL, last_error = NULL WHERE id = ? AND status = 'pending' AND claimed_by = ?")
        .run(now, id, sender).changes === 1
    );
  }

  /** A failed post: released for another try at `nextAttemptAt`. */
  markRetry(id: number, sender: string, nextAttemptAt: number, error: string): boolean {
    return (
      this.db
        .prepare("UPDATE digests SET claimed_by = NULL, claimed_until = NULL, next_attempt_at = ?, last_error = ? WHERE id = ? AND status = 'pending' AND claimed_by = ?")
        .run(nextAttemptAt, error, id, sender).changes === 1
    );
  }

  /**
   * Ends a digest that was not (or may not have been) posted: `failed` after the last retry,
   * `uncertain` when its sender died mid-post. Its articles go back to the channel's next digest.
   */
  markUndelivered(id: number, status: 'failed' | 'uncertain', expectedSender: string | null, now: number, error: string): boolean {
    return this.transaction(() => {
      const changed = this.db
        .prepare(
          `UPDATE digests SET status = ?, finished_at = ?, claimed_by = NULL, claimed_until = NULL, last_error = ?
           WHERE id = ? AND status = 'pending' AND claimed_by IS ?`,
        )
        .run(status, now, error, id, expectedSender).changes === 1;
      if (changed) this.db.prepare('DELETE FROM covered_articles WHERE digest_id = ?').run(id);
      return changed;
    });
  }

  /** Earliest moment anything is due: a schedule's run or a retry. */
  nextWake(): number | null {
    const row = this.db
      .prepare(
        `SELECT MIN(t) AS t FROM (
           SELECT MIN(next_due_at) AS t FROM schedules
           UNION ALL SELECT MIN(next_attempt_at) FROM digests WHERE status = 'pending' AND claimed_by IS NULL
           UNION ALL SELECT MIN(claimed_until) FROM digests WHERE status = 'pending' AND claimed_by IS NOT NULL
         )`,
      )
      .get() as { t: number | null };
    return row.t;
  }
}
