/**
 * Scheduled digests with a clock the test moves: every minute across daylight-saving changes,
 * restarts, downtime, failing posts, interrupted posts, two senders on one database.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelRef } from '../../src/engine/commandDefinition.js';
import { Engine } from '../../src/engine/engine.js';
import { DigestService, type DigestServiceOptions } from '../../src/digest/digestService.js';
import { DigestScheduler } from '../../src/digest/digestScheduler.js';
import { DigestStore } from '../../src/digest/digestStore.js';
import { ManualClock } from './manualClock.js';
import { FERRY_TALKS, GREVE_PORT, HARBOUR_STRIKE, RecordingPoster, shownText, TempDirs, writeArticle } from './fixtures.js';

const CHANNEL: ChannelRef = { platform: 'discord', id: '810000000000000001', workspaceId: '800000000000000001' };
const KEY = { platform: 'discord' as const, channelId: CHANNEL.id };
const dirs = new TempDirs();
const open: { close(): Promise<void> }[] = [];

afterEach(async () => {
  for (const o of open.splice(0).reverse()) await o.close();
  dirs.cleanup();
});

async function corpusWith(...articles: (typeof HARBOUR_STRIKE)[]): Promise<{ corpusDir: string; engine: Engine }> {
  const corpusDir = dirs.make('corpus');
  for (const a of articles) writeArticle(corpusDir, a);
  const engine = await Engine.open({ corpusDir, dataDir: null });
  open.push(engine);
  return { corpusDir, engine };
}

// The scheduler is driven minute by minute here; the default minimum between digests is checked in digestCommand.test.ts.
function startService(engine: Engine, dataDir: string, clock: ManualClock, options: Partial<DigestServiceOptions> = {}) {
  const service = new DigestService({ engine, dataDir, defaultTimeZone: 'Europe/Paris', clock, minIntervalMinutes: 1, ...options });
  open.push(service);
  const poster = new RecordingPoster();
  service.registerPoster('discord', poster);
  return { service, poster };
}

/** Ticks once per minute from `from` (inclusive) to `to` (exclusive). */
async function everyMinute(clock: ManualClock, service: DigestService, from: string, to: string): Promise<void> {
  for (let at = new Date(from).getTime(); at < new Date(to).getTime(); at += 60_000) {
    clock.set(new Date(at));
    await service.scheduler.tick();
  }
}

describe('digest schedules across daylight-saving changes', () => {
  it('an every-minute schedule in Europe/Paris posts once per real minute through the autumn change (02:00–03:00 happens twice)', async () => {
    const { engine } = await corpusWith(HARBOUR_STRIKE);
    const clock = new ManualClock('2024-10-27T00:45:00Z'); // 02:45 CEST
    const { service, poster } = startService(engine, dirs.make('data'), clock);
    expect(service.schedule(CHANNEL, { cron: '* * * * *', timeZone: 'Europe/Paris', locale: 'en' }).ok).toBe(true);

    await everyMinute(clock, service, '2024-10-27T00:45:30Z', '2024-10-27T01:16:00Z'); // to 02:15 CET
    const digests = service.store.digestsFor(KEY);
    const due = digests.map((d) => d.dueAt);
    // 00:46Z … 01:15Z: thirty real minutes, wall clock 02:46 CEST … 02:59 CEST, 02:00 CET … 02:15 CET.
    expect(digests).toHaveLength(30);
    expect(new Date(due[0]).toISOString()).toBe('2024-10-27T00:46:00.000Z');
    for (let i = 1; i < due.length; i++) expect(due[i] - due[i - 1]).toBe(60_000);
    const paris = (ms: number) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' }).format(ms);
    expect(due.map(paris).filter((t) => t === '02:50')).toHaveLength(1); // 02:50 CEST only: 02:50 CET is later
    expect(due.map(paris).filter((t) => t === '02:10')).toHaveLength(1); // 02:10 CET only
    expect(digests.every((d) => d.status === 'sent')).toBe(true);
    expect(poster.posts).toHaveLength(30);
  });

  it('an every-minute schedule skips nothing and repeats nothing through the spring change (02:00–03:00 does not exist)', async () => {
    const { engine } = await corpusWith(HARBOUR_STRIKE);
    const clock = new ManualClock('2024-03-31T00:40:00Z'); // 01:40 CET
    const { service, poster } = startService(engine, dirs.make('data'), clock);
    service.schedule(CHANNEL, { cron: '* * * * *', timeZone: 'Europe/Paris', locale: 'fr' });
    await everyMinute(clock, service, '2024-03-31T00:40:00Z', '2024-03-31T01:20:00Z'); // to 03:20 CEST
    const due = service.store.digestsFor(KEY).map((d) => new Date(d.dueAt).toISOString());
    expect(due[0]).toBe('2024-03-31T00:41:00.000Z');
    expect(due).toHaveLength(39);
    expect(due).toContain('2024-03-31T00:59:00.000Z'); // 01:59 CET
    expect(due).toContain('2024-03-31T01:00:00.000Z'); // 03:00 CEST, right after it
    expect(poster.posts).toHaveLength(39);
  });

  it('a daily 02:30 digest runs once on both change days: at 03:00 when 02:30 does not exist, once when it exists twice', async () => {
    const { engine } = await corpusWith(HARBOUR_STRIKE);
    const clock = new ManualClock('2024-03-30T12:00:00Z');
    const { service } = startService(engine, dirs.make('data'), clock);
    service.schedule(CHANNEL, { cron: '30 2 * * *', timeZone: 'Europe/Paris', locale: 'fr' });
    // Half-hourly passes are enough to see every run of a daily schedule.
    for (let at = Date.parse('2024-03-30T12:00:00Z'); at < Date.parse('2024-04-01T12:00:00Z'); at += 30 * 60_000) {
      clock.set(new Date(at));
      await service.scheduler.tick();
    }
    expect(service.store.digestsFor(KEY).map((d) => new Date(d.dueAt).toISOString())).toEqual(['2024-03-31T01:00:00.000Z', '2024-04-01T00:30:00.000Z']);

    service.schedule(CHANNEL, { cron: '30 2 * * *', timeZone: 'Europe/Paris', locale: 'fr' });
    for (let at = Date.parse('2024-10-26T12:00:00Z'); at < Date.parse('2024-10-27T12:00:00Z'); at += 15 * 60_000) {
      clock.set(new Date(at));
      await service.scheduler.tick();
    }
    const autumn = service.store.digestsFor(KEY).map((d) => new Date(d.dueAt).toISOString()).filter((d) => d.startsWith('2024-10'));
    expect(autumn).toEqual(['2024-10-27T00:30:00.000Z']);
  });
});

describe('what a scheduled digest says', () => {
  it('names the articles added since the previous digest, then says nothing is new', async () => {
    const { corpusDir, engine } = await corpusWith(HARBOUR_STRIKE);
    const clock = new ManualClock('2031-04-03T06:00:00Z');
    const { service, poster } = startService(engine, dirs.make('data'), clock);
    service.schedule(CHANNEL, { cron: '0 8 * * *', timeZone: 'Europe/Paris', locale: 'fr' });

    clock.set('2031-04-03T06:10:00Z');
    writeArticle(corpusDir, GREVE_PORT);
    await engine.reload();
    clock.set('2031-04-04T06:00:00Z'); // 08:00 in Paris
    await service.scheduler.tick();
    expect(poster.posts).toHaveLength(1);
    const first = poster.posts[0].answer;
    const shown = shownText(first);
    expect(shown).toContain(GREVE_PORT.title);
    expect(shown).toContain(GREVE_PORT.outlet);
    expect(shown).toContain(GREVE_PORT.url);
    // The article already there when the schedule started is not news.
    expect(first.results.flatMap((r) => r.articles.map((a) => a.id))).not.toContain(HARBOUR_STRIKE.id);
    expect(first.notice).toMatch(/1 nouvel\(s\) article\(s\) depuis le 3 avr\. 2031/);
    // Every sentence shown comes from the new article, and cites it.
    for (const r of first.results) expect(r.articles.map((a) => a.id)).toEqual([GREVE_PORT.id]);

    clock.set('2031-04-05T06:00:00Z');
    await service.scheduler.tick();
    expect(poster.posts).toHaveLength(2);
    expect(poster.posts[1].answer.results).toEqual([]);
    expect(poster.posts[1].answer.notice).toBe('Rien de nouveau depuis le 4 avr. 2031, 08:00 (Europe/Paris).');
  });

  it('stays silent when nothing is new on a quiet channel, and still records the run', async () => {
    const { engine } = await corpusWith(HARBOUR_STRIKE);
    const clock = new ManualClock('2031-04-03T06:00:00Z');
    const { service, poster } = startService(engine, dirs.make('data'), clock);
    service.schedule(CHANNEL, { cron: '0 8 * * *', timeZone: 'Europe/Paris', locale: 'en', quiet: true });
    clock.set('2031-04-04T06:00:00Z');
    const report = await service.scheduler.tick();
    expect(poster.posts).toHaveLength(0);
    expect(report.silent).toHaveLength(1);
    expect(service.store.digestsFor(KEY).map((d) => d.status)).toEqual(['silent']);
  });
});

describe('digests survive restarts and downtime', () => {
  it('a restart between two runs neither repeats the first digest nor loses the second', async () => {
    const { corpusDir, engine } = await corpusWith(HARBOUR_STRIKE);
    const dataDir = dirs.make('data');
    const clock = new ManualClock('2031-04-03T05:00:00Z');
    const first = startService(engine, dataDir, clock);
    first.service.schedule(CHANNEL, { cron: '0 8 * * *', timeZone: 'Europe/Paris', locale: 'en' });
    writeArticle(corpusDir, GREVE_PORT);
    clock.set('2031-04-03T05:30:00Z');
    await engine.reload();
    clock.set('2031-04-03T06:00:00Z');
    await first.service.scheduler.tick();
    expect(first.poster.posts).toHaveLength(1);
    await first.service.close();

    // The bot restarts (same data folder, engine reopened); meanwhile a new article arrives.
    writeArticle(corpusDir, FERRY_TALKS);
    const reopened = await Engine.open({ corpusDir, dataDir: null });
    open.push(reopened);
    clock.set('2031-04-03T06:20:00Z');
    const second = startService(reopened, dataDir, clock);
    await second.service.scheduler.tick();
    expect(second.poster.posts).toHaveLength(0);
    expect(second.service.status(CHANNEL).schedule?.cron).toBe('0 8 * * *');

    clock.set('2031-04-04T06:00:00Z');
    await second.service.scheduler.tick();
    expect(second.poster.posts).toHaveLength(1);
    const ids = second.poster.posts[0].answer.results.flatMap((r) => r.articles.map((a) => a.id));
    expect(ids).toContain(FERRY_TALKS.id);
    expect(ids).not.toContain(GREVE_PORT.id);
    expect(second.service.store.digestsFor(KEY).map((d) => d.status)).toEqual(['sent', 'sent']);
  });

  it('downtime across several due times gives one catch-up digest when the bot is back', async () => {
    const { engine } = await corpusWith(HARBOUR_STRIKE);
    const dataDir = dirs.make('data');
    const clock = new ManualClock('2031-04-03T05:30:00Z');
    const before = startService(engine, dataDir, clock);
    before.service.schedule(CHANNEL, { cron: '0 * * * *', timeZone: 'UTC', locale: 'en' });
    await before.service.close();

    clock.set('2031-04-03T08:40:00Z'); // 06:00, 07:00 and 08:00 went by
    const after = startService(engine, dataDir, clock);
    const report = await after.service.scheduler.tick();
    expect(report.created).toHaveLength(1);
    expect(after.poster.posts).toHaveLength(1);
    expect(after.poster.posts[0].answer.notice).toMatch(/^Catch-up digest: the bot was offline at 3 Apr 2031, 06:00 \(UTC\)\./);
    expect(after.service.store.digestsFor(KEY).map((d) => d.trigger)).toEqual(['catch-up']);
    await after.service.scheduler.tick();
    expect(after.poster.posts).toHaveLength(1);
    expect(new Date(after.service.status(CHANNEL).schedule!.nextDueAt).toISOString()).toBe('2031-04-03T09:00:00.000Z');
  });

  it('a run missed for longer than the maximum age is skipped, noted, and the next digest says so', async () => {
    const { corpusDir, engine } = await corpusWith(HARBOUR_STRIKE);
    const dataDir = dirs.make('data');
    const clock = new ManualClock('2031-04-03T05:30:00Z');
    const before = startService(engine, dataDir, clock, { maxCatchUpAgeMs: 3600_000 });
    before.service.schedule(CHANNEL, { cron: '0 6 * * *', timeZone: 'UTC', locale: 'en' });
    await before.service.close();

    clock.set('2031-04-03T09:00:00Z');
    writeArticle(corpusDir, GREVE_PORT);
    await engine.reload();
    const after = startService(engine, dataDir, clock, { maxCatchUpAgeMs: 3600_000 });
    const report = await after.service.scheduler.tick();
    expect(report.skipped).toHaveLength(1);
    expect(after.poster.posts).toHaveLength(0);
    expect(after.service.status(CHANNEL).last?.status).toBe('skipped');

    clock.set('2031-04-04T06:00:00Z');
    await after.service.scheduler.tick();
    expect(after.poster.posts).toHaveLength(1);
    const answer = after.poster.posts[0].answer;
    expect(answer.notice).toContain('1 digest(s) not sent during an outage (too old), the last one due 3 Apr 2031, 06:00 (UTC).');
    // The skipped run's news is not lost: it is in this one.
    expect(shownText(answer)).toContain(GREVE_PORT.title);
  });
});

describe('posting each digest exactly once', () => {
  it('a post that fails twice then succeeds is sent once, with back-off between tries', async () => {
    const { engine } = await corpusWith(HARBOUR_STRIKE);
    const clock = new ManualClock('2031-04-03T05:59:00Z');
    const { service, poster } = startService(engine, dirs.make('data'), clock, { retry: { baseMs: 30_000, maxMs: 600_000, maxAttempts: 5 } });
    service.schedule(CHANNEL, { cron: '0 6 * * *', timeZone: 'UTC', locale: 'en' });
    poster.failures = [Object.assign(new Error('rate limited'), { code: 'slack_webapi_rate_limited_error', retryAfter: 1 }), new Error('socket hang up')];

    clock.set('2031-04-03T06:00:00Z');
    expect((await service.scheduler.tick()).retrying).toHaveLength(1);
    const [digest] = service.store.digestsFor(KEY);
    expect(service.store.getDigest(digest.id)!.nextAttemptAt).toBe(Date.parse('2031-04-03T06:00:30Z'));
    clock.set('2031-04-03T06:00:20Z');
    await service.scheduler.tick(); // too early for the retry
    expect(poster.attempts).toBe(1);
    clock.set('2031-04-03T06:00:30Z');
    await service.scheduler.tick();
    expect(service.store.getDigest(digest.id)!.nextAttemptAt).toBe(Date.parse('2031-04-03T06:01:30Z')); // doubled
    clock.set('2031-04-03T06:01:30Z');
    expect((await service.scheduler.tick()).sent).toEqual([digest.id]);
    clock.set('2031-04-03T06:05:00Z');
    await service.scheduler.tick();

    expect(poster.attempts).toBe(3);
    expect(poster.posts).toHaveLength(1);
    const stored = service.store.getDigest(digest.id)!;
    expect(stored.status).toBe('sent');
    expect(stored.attempts).toBe(3);
  });

  it('a post that keeps failing is given up after the last try, and its articles go to the next digest', async () => {
    const { corpusDir, engine } = await corpusWith(HARBOUR_STRIKE);
    const clock = new ManualClock('2031-04-03T05:00:00Z');
    const { service, poster } = startService(engine, dirs.make('data'), clock, { retry: { baseMs: 1000, maxMs: 1000, maxAttempts: 2 } });
    service.schedule(CHANNEL, { cron: '0 6 * * *', timeZone: 'UTC', locale: 'en' });
    clock.set('2031-04-03T05:10:00Z');
    writeArticle(corpusDir, GREVE_PORT);
    await engine.reload();
    poster.failures = [new Error('down'), new Error('still down')];
    clock.set('2031-04-03T06:00:00Z');
    await service.scheduler.tick();
    clock.set('2031-04-03T06:00:01Z');
    expect((await service.scheduler.tick()).failed).toHaveLength(1);
    expect(poster.posts).toHaveLength(0);

    clock.set('2031-04-04T06:00:00Z');
    await service.scheduler.tick();
    expect(poster.posts).toHaveLength(1);
    expect(shownText(poster.posts[0].answer)).toContain(GREVE_PORT.title);
  });

  it('a sender that dies mid-post is not followed by a second post of the same digest', async () => {
    const { corpusDir, engine } = await corpusWith(HARBOUR_STRIKE);
    const dataDir = dirs.make('data');
    const clock = new ManualClock('2031-04-03T05:00:00Z');
    const store = DigestStore.open(dataDir);
    // The first process claims the digest and hangs inside the post (then "crashes").
    const dying = new DigestScheduler({ store, engine, clock, claimLeaseMs: 5 * 60_000 });
    let reached = false;
    dying.registerPoster('discord', { post: () => { reached = true; return new Promise<void>(() => undefined); } });
    const service = new DigestService({ engine, dataDir, defaultTimeZone: 'UTC', clock });
    open.push(service);
    service.schedule(CHANNEL, { cron: '0 6 * * *', timeZone: 'UTC', locale: 'en' });
    clock.set('2031-04-03T05:10:00Z');
    writeArticle(corpusDir, GREVE_PORT);
    await engine.reload();
    clock.set('2031-04-03T06:00:00Z');
    void dying.tick();
    await new Promise((r) => setTimeout(r, 20));
    expect(reached).toBe(true);
    engine.off('reload', () => undefined);

    // The restarted process: before the claim expires it waits; after, it does not post again.
    const poster = new RecordingPoster();
    service.registerPoster('discord', poster);
    clock.set('2031-04-03T06:02:00Z');
    await service.scheduler.tick();
    clock.set('2031-04-03T06:06:00Z');
    expect((await service.scheduler.tick()).uncertain).toHaveLength(1);
    expect(poster.posts).toHaveLength(0);
    expect(service.status(CHANNEL).last?.status).toBe('uncertain');

    // What it may not have delivered comes back in the next digest.
    clock.set('2031-04-04T06:00:00Z');
    await service.scheduler.tick();
    expect(poster.posts).toHaveLength(1);
    expect(shownText(poster.posts[0].answer)).toContain(GREVE_PORT.title);
    store.close();
  });

  it('two processes sharing the database send a due digest once', async () => {
    const { engine } = await corpusWith(HARBOUR_STRIKE);
    const dataDir = dirs.make('data');
    const clock = new ManualClock('2031-04-03T05:00:00Z');
    const a = startService(engine, dataDir, clock);
    const b = startService(engine, dataDir, clock);
    a.service.schedule(CHANNEL, { cron: '*/5 * * * *', timeZone: 'UTC', locale: 'en' });
    for (let minute = 0; minute <= 30; minute++) {
      clock.set(new Date(Date.parse('2031-04-03T05:00:00Z') + minute * 60_000));
      await Promise.all([a.service.scheduler.tick(), b.service.scheduler.tick()]);
    }
    const due = a.service.store.digestsFor(KEY).map((d) => d.dueAt);
    expect(due).toHaveLength(6);
    expect(new Set(due).size).toBe(6);
    expect(a.poster.posts.length + b.poster.posts.length).toBe(6);
  });
});

describe('the scheduler loop', () => {
  it('wakes itself when a digest is due, without anyone calling tick', async () => {
    const { engine } = await corpusWith(HARBOUR_STRIKE);
    const clock = new ManualClock('2031-04-03T05:58:30Z');
    const { service, poster } = startService(engine, dirs.make('data'), clock);
    service.schedule(CHANNEL, { cron: '0 6 * * *', timeZone: 'UTC', locale: 'en' });
    service.start();
    clock.advance(0);
    await new Promise((r) => setTimeout(r, 20));
    expect(poster.posts).toHaveLength(0);
    clock.set('2031-04-03T05:59:30Z');
    await new Promise((r) => setTimeout(r, 20));
    clock.set('2031-04-03T06:00:00Z');
    await new Promise((r) => setTimeout(r, 50));
    expect(poster.posts).toHaveLength(1);
  });
});
