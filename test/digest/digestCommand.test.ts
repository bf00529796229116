/** `/digest` as users type it: validation with clear errors, permissions, status, digest now. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import digestCommand from '../../commands/digest.js';
import type { ChannelRef, CommandArgs, CommandContext, CommandUser, Locale } from '../../src/engine/commandDefinition.js';
import { parseCommandLine } from '../../src/engine/commandLine.js';
import { Engine } from '../../src/engine/engine.js';
import { runCommand } from '../../src/engine/runCommand.js';
import { DigestService } from '../../src/digest/digestService.js';
import { digestSettingsFromEnv } from '../../src/digest/settings.js';
import { ManualClock } from './manualClock.js';
import { GREVE_PORT, HARBOUR_STRIKE, shownText, TempDirs, writeArticle } from './fixtures.js';

const dirs = new TempDirs();
const DISCORD: ChannelRef = { platform: 'discord', id: '810000000000000001', workspaceId: '800000000000000001' };
const SLACK: ChannelRef = { platform: 'slack', id: 'C0NEWS', workspaceId: 'T0TEAM' };
const MANAGER: CommandUser = { id: 'U0ADMIN', canManageChannel: true };
const MEMBER: CommandUser = { id: 'U0MEMBER', canManageChannel: false };

let engine: Engine;
let corpusDir: string;
let clock: ManualClock;
let service: DigestService;

beforeEach(async () => {
  corpusDir = dirs.make('corpus');
  writeArticle(corpusDir, HARBOUR_STRIKE);
  engine = await Engine.open({ corpusDir, dataDir: null });
  clock = new ManualClock('2031-04-03T06:00:00Z');
  service = new DigestService({ engine, dataDir: dirs.make('data'), defaultTimeZone: 'Europe/Paris', clock, slackAdminUsers: ['U0EDITOR'] });
});

afterEach(async () => {
  await service.close();
  await engine.close();
  dirs.cleanup();
});

/** Runs a text command line as Slack or the terminal would. */
function digest(line: string, options: { channel?: ChannelRef; user?: CommandUser; locale?: Locale; services?: boolean } = {}) {
  const parsed = parseCommandLine(`/digest ${line}`, [digestCommand]);
  if (!parsed.ok) throw new Error(`parse failed: ${parsed.error.key}`);
  return run(parsed.args, options);
}

function run(args: CommandArgs, options: { channel?: ChannelRef; user?: CommandUser; locale?: Locale; services?: boolean } = {}) {
  const ctx: CommandContext = {
    engine,
    locale: options.locale ?? 'en',
    now: clock.now(),
    channel: 'channel' in options ? options.channel : DISCORD,
    user: 'user' in options ? options.user : MANAGER,
    services: options.services === false ? {} : { digests: service },
  };
  return runCommand([digestCommand], 'digest', args, ctx);
}

describe('/digest schedule', () => {
  it('stores a valid schedule in the given zone and says when the next digest comes', async () => {
    const answer = await digest('schedule cron:"0 8 * * 1-5" tz:America/New_York');
    expect(answer.error).toBeUndefined();
    expect(answer.notice).toBe('Digest scheduled for this channel: "0 8 * * 1-5" (America/New_York). Next one: 3 Apr 2031, 08:00 (America/New_York). When nothing is new, one line will say so.');
    const stored = service.status(DISCORD).schedule!;
    expect(stored).toMatchObject({ cron: '0 8 * * 1-5', timeZone: 'America/New_York', locale: 'en', quiet: false, createdBy: 'U0ADMIN' });
    expect(new Date(stored.nextDueAt).toISOString()).toBe('2031-04-03T12:00:00.000Z');
  });

  it('uses DEPECHE_TZ when no zone is given, and takes quiet:true', async () => {
    const answer = await digest('schedule cron:"30 7 * * *" quiet:true', { locale: 'fr' });
    expect(answer.notice).toContain('(Europe/Paris)');
    expect(answer.notice).toContain('Rien ne sera publié quand il n’y a rien de nouveau.');
    expect(service.status(DISCORD).schedule).toMatchObject({ timeZone: 'Europe/Paris', quiet: true, locale: 'fr' });
  });

  it.each([
    ['61 * * * *', /Invalid cron expression "61 \* \* \* \*": .*minute/],
    ['0 8 * *', /Invalid cron expression "0 8 \* \*": .*five/],
    ['0 0 8 * * *', /Invalid cron expression "0 0 8 \* \* \*": .*5 parts/],
    ['every morning', /Invalid cron expression "every morning"/],
    ['0 0 30 2 *', /never fires/],
    ['* * * * *', /would post a digest every 1 min: at most one every 30 min/],
    ['*/10 8-18 * * 1-5', /every 10 min/],
    ['0,15 8 * * *', /every 15 min/],
  ])('refuses the cron expression %s with a clear error and stores nothing', async (cron, message) => {
    const answer = await digest(`schedule cron:"${cron}"`);
    expect(answer.error).toBe(true);
    expect(answer.notice).toMatch(message);
    expect(answer.notice).toMatch(/Nothing was saved\.$/);
    expect(service.status(DISCORD).schedule).toBeNull();
    expect(service.store.listSchedules()).toEqual([]);
  });

  it.each(['*/30 * * * *', '0 * * * *', '0 8,18 * * *', '59 23 * * *'])('accepts %s: no two digests closer than 30 minutes', async (cron) => {
    const answer = await digest(`schedule cron:"${cron}" tz:UTC`);
    expect(answer.error).toBeFalsy();
    expect(service.status(DISCORD).schedule).toMatchObject({ cron });
  });

  it('reads the minimum from DEPECHE_DIGEST_MIN_INTERVAL_MINUTES, and refuses a value that is not a number of minutes', () => {
    expect(digestSettingsFromEnv({}).minIntervalMinutes).toBe(30);
    expect(digestSettingsFromEnv({ DEPECHE_DIGEST_MIN_INTERVAL_MINUTES: ' 60 ' }).minIntervalMinutes).toBe(60);
    for (const bad of ['0', 'half an hour', '-5', '1.5']) {
      expect(() => digestSettingsFromEnv({ DEPECHE_DIGEST_MIN_INTERVAL_MINUTES: bad })).toThrow(/DEPECHE_DIGEST_MIN_INTERVAL_MINUTES must be a whole number of minutes/);
    }
  });

  it('says in French how often a digest may run', async () => {
    const answer = await digest('schedule cron:"*/5 * * * *"', { locale: 'fr' });
    expect(answer.error).toBe(true);
    expect(answer.notice).toBe('L’expression cron « */5 * * * * » publierait un digest toutes les 5 min : au plus un toutes les 30 min (par exemple « 0 8,18 * * * » : à 8 h et 18 h). Rien n’a été enregistré.');
  });

  it.each(['Mars/Olympus', 'Europe/Pariss', '+02:00', 'CEST', '../../etc/passwd'])('refuses the time zone %s with a clear error and stores nothing', async (zone) => {
    const answer = await digest(`schedule cron:"0 8 * * *" tz:"${zone}"`);
    expect(answer.error).toBe(true);
    expect(answer.notice).toBe(`Unknown time zone "${zone}": give an IANA name such as Europe/Paris, America/New_York or UTC. Nothing was saved.`);
    expect(service.store.listSchedules()).toEqual([]);
  });

  it('keeps the existing schedule when a change is invalid', async () => {
    await digest('schedule cron:"0 8 * * *"');
    const before = service.status(DISCORD).schedule;
    expect((await digest('schedule cron:"0 25 * * *"')).error).toBe(true);
    expect(service.status(DISCORD).schedule).toEqual(before);
  });

  it('accepts a zone written in another case and stores its canonical name', async () => {
    await digest('schedule cron:"0 8 * * *" tz:asia/tokyo');
    expect(service.status(DISCORD).schedule?.timeZone).toBe('Asia/Tokyo');
  });
});

describe('who may change a channel’s digests', () => {
  it('refuses members without the right to manage the channel, and stores nothing', async () => {
    for (const line of ['schedule cron:"0 8 * * *"', 'off', 'now']) {
      const answer = await digest(line, { user: MEMBER });
      expect(answer.error).toBe(true);
      expect(answer.notice).toMatch(/^Only members who can manage this channel/);
    }
    expect(service.store.listSchedules()).toEqual([]);
    expect(service.store.digestsFor({ platform: 'discord', channelId: DISCORD.id })).toEqual([]);
  });

  it('lets anyone read the status', async () => {
    await digest('schedule cron:"0 8 * * *"');
    const answer = await digest('status', { user: MEMBER });
    expect(answer.error).toBeUndefined();
    expect(answer.notice).toMatch(/^Digest "0 8 \* \* \*" \(Europe\/Paris\)\. Next one: 4 Apr 2031, 08:00 \(Europe\/Paris\)\.\nNo digest sent yet\.$/);
  });

  it('lets a Slack user on SLACK_ADMIN_USERS schedule without being a workspace admin', async () => {
    const editor = { id: 'U0EDITOR', canManageChannel: false };
    expect((await digest('schedule cron:"0 8 * * *"', { channel: SLACK, user: editor })).error).toBeUndefined();
    expect((await digest('off', { channel: SLACK, user: MEMBER })).error).toBe(true);
    // The allow-list is Slack's: on Discord the same id needs Manage Channels.
    expect((await digest('schedule cron:"0 8 * * *"', { channel: { ...DISCORD }, user: editor })).error).toBe(true);
  });

  it('needs a Discord or Slack channel and a database', async () => {
    expect((await digest('status', { channel: undefined })).notice).toBe('Digests are set up in a Discord or Slack channel.');
    expect((await digest('status', { channel: { platform: 'terminal', id: 'tty' } })).error).toBe(true);
    expect((await digest('status', { services: false })).notice).toBe('Digests are scheduled in a Discord or Slack channel, when Depeche is connected there.');
  });
});

describe('/digest off, now and status', () => {
  it('turns the schedule off, and says so when there was none', async () => {
    await digest('schedule cron:"0 8 * * *"');
    expect((await digest('off')).notice).toBe('Digest turned off for this channel.');
    expect(service.status(DISCORD).schedule).toBeNull();
    expect((await digest('off')).notice).toBe('No digest was scheduled for this channel.');
  });

  it('answers with a digest of what the channel has not seen, and the next one leaves it out', async () => {
    await digest('schedule cron:"0 8 * * *"');
    clock.set('2031-04-03T06:30:00Z');
    writeArticle(corpusDir, GREVE_PORT);
    await engine.reload();
    const now = await digest('now');
    expect(now.command).toBe('digest');
    expect(shownText(now)).toContain(GREVE_PORT.title);
    expect(shownText(now)).not.toContain(HARBOUR_STRIKE.title);

    const poster = { posts: [] as string[], async post(_c: string, a: { notice?: string }) { this.posts.push(a.notice ?? ''); } };
    service.registerPoster('discord', poster);
    clock.set('2031-04-04T06:00:00Z');
    await service.scheduler.tick();
    expect(poster.posts).toEqual([expect.stringMatching(/^Nothing new since 3 Apr 2031, 08:30 \(Europe\/Paris\)\.$/)]);

    const status = await digest('status');
    expect(status.notice).toContain('Last digest: 4 Apr 2031, 08:00 (Europe/Paris) (sent, 0 article(s)).');
  });

  it('without a schedule, /digest now lists the whole corpus the first time', async () => {
    const answer = await digest('now', { locale: 'fr' });
    expect(answer.notice).toBe('Digest — 1 article(s) dans le corpus.');
    expect(answer.results[0].text).toBe(HARBOUR_STRIKE.title);
    expect(answer.results[0].articles[0]).toMatchObject({ id: HARBOUR_STRIKE.id, outlet: HARBOUR_STRIKE.outlet, url: HARBOUR_STRIKE.url });
  });

  it('offers time zones as completions for tz', () => {
    const ctx = { engine, locale: 'en', now: clock.now(), services: {} } as CommandContext;
    expect(digestCommand.complete!(ctx, 'tz', 'paris')).toEqual(['Europe/Paris']);
    expect(digestCommand.complete!(ctx, 'tz', 'america/').length).toBe(25);
  });
});
