/**
 * /digest schedule cron:<expr> [tz:<zone>] [quiet:true] | off | now | status — the channel's
 * scheduled digests: the articles added since the previous one, key new quotations, a short
 * cited summary. Changing them takes the right to manage the channel.
 */
import type { Answer } from '../src/engine/answer.js';
import { defineCommand, type CommandContext } from '../src/engine/commandDefinition.js';
import { t } from '../src/i18n/messages.js';
import { DigestService } from '../src/digest/digestService.js';
import { digestText, formatMoment, type DigestMessageKey } from '../src/digest/messages.js';

const notice = (ctx: CommandContext, query: string, key: DigestMessageKey, params: Record<string, string | number> = {}, error = false): Answer => ({
  command: 'digest',
  query,
  results: [],
  notice: digestText(ctx.locale, key, params),
  ...(error ? { error: true } : {}),
});

/** Every IANA zone the runtime knows, for `tz:` completions. */
const TIME_ZONES: string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

export default defineCommand({
  name: 'digest',
  description: {
    fr: 'Digests programmés pour ce canal : nouveaux articles, citations et résumé',
    en: 'Scheduled digests for this channel: new articles, quotations and a summary',
  },
  options: [],
  subcommands: [
    {
      name: 'schedule',
      description: { fr: 'Programmer le digest du canal (expression cron)', en: "Schedule the channel's digest (cron expression)" },
      options: [
        {
          name: 'cron',
          type: 'string',
          required: true,
          maxLength: 100,
          description: { fr: 'Quand : minute heure jour mois jour-semaine, ex. "0 8 * * 1-5"', en: 'When: minute hour day month weekday, e.g. "0 8 * * 1-5"' },
        },
        {
          name: 'tz',
          type: 'string',
          maxLength: 64,
          autocomplete: true,
          description: { fr: 'Fuseau horaire IANA, ex. Europe/Paris (par défaut DEPECHE_TZ)', en: 'IANA time zone, e.g. Europe/Paris (default DEPECHE_TZ)' },
        },
        {
          name: 'quiet',
          type: 'boolean',
          description: { fr: 'Ne rien publier quand il n’y a rien de nouveau', en: 'Post nothing when nothing is new' },
        },
      ],
    },
    { name: 'off', description: { fr: 'Arrêter le digest du canal', en: "Turn off the channel's digest" }, options: [] },
    { name: 'now', description: { fr: 'Publier un digest maintenant', en: 'Post a digest now' }, options: [] },
    { name: 'status', description: { fr: 'Le programme du digest et le dernier envoi', en: "The digest's schedule and last run" }, options: [] },
  ],
  examples: ['/digest schedule cron:"0 8 * * 1-5" tz:Europe/Paris', '/digest now', '/digest status', '/digest off'],

  run(ctx, args) {
    const sub = String(args.subcommand ?? '');
    const digests = ctx.services.digests;
    if (!digests) return { command: 'digest', query: sub, results: [], notice: t(ctx.locale, 'noServiceDigest'), error: true };
    const channel = ctx.channel;
    if (!channel || !DigestService.channelKey(channel)) return notice(ctx, sub, 'needsChannel', {}, true);

    if (sub === 'status') {
      const { schedule, last, pending } = digests.status(channel);
      const zone = schedule?.timeZone ?? digests.defaultTimeZone;
      const lines: string[] = [];
      if (schedule) {
        lines.push(digestText(ctx.locale, 'statusSchedule', {
          cron: schedule.cron,
          zone: schedule.timeZone,
          next: schedule.nextDueAt >= Number.MAX_SAFE_INTEGER ? '—' : formatMoment(schedule.nextDueAt, ctx.locale, zone),
          quiet: schedule.quiet ? digestText(ctx.locale, 'statusQuiet') : '',
        }));
      } else lines.push(digestText(ctx.locale, 'statusNone'));
      if (last) {
        lines.push(digestText(ctx.locale, 'statusLast', {
          when: formatMoment(last.finishedAt ?? last.createdAt, ctx.locale, zone),
          status: digestText(ctx.locale, `status_${last.status}`),
          count: last.articleIds.length,
        }));
      } else if (schedule) lines.push(digestText(ctx.locale, 'statusNoDigest'));
      if (pending.length) lines.push(digestText(ctx.locale, 'statusPending', { count: pending.length, when: formatMoment(pending[0].nextAttemptAt, ctx.locale, zone) }));
      return { command: 'digest', query: sub, results: [], notice: lines.join('\n') };
    }

    // Everything below changes what the channel receives.
    if (!digests.mayManage(channel, ctx.user)) return notice(ctx, sub, 'notAllowed', {}, true);

    if (sub === 'schedule') {
      const cron = String(args.cron ?? '');
      const outcome = digests.schedule(channel, {
        cron,
        timeZone: typeof args.tz === 'string' && args.tz ? args.tz : undefined,
        quiet: args.quiet === true,
        locale: ctx.locale,
        userId: ctx.user?.id,
      });
      if (!outcome.ok) return notice(ctx, `${sub} ${cron}`, outcome.problem.key, outcome.problem.params, true);
      const s = outcome.schedule;
      return notice(ctx, `${sub} ${s.cron}`, 'scheduled', {
        cron: s.cron,
        zone: s.timeZone,
        next: formatMoment(s.nextDueAt, ctx.locale, s.timeZone),
        quiet: digestText(ctx.locale, s.quiet ? 'quietOn' : 'quietOff'),
      });
    }
    if (sub === 'off') return notice(ctx, sub, digests.turnOff(channel) ? 'turnedOff' : 'wasOff');
    if (sub === 'now') {
      const digest = digests.digestNow(channel, ctx.locale);
      if (!digest?.answer) return notice(ctx, sub, 'nothingNew', { since: '—' });
      return { ...digest.answer, query: sub };
    }
    return { command: 'digest', query: sub, results: [], notice: t(ctx.locale, 'badOptionValue', { option: 'subcommand', reason: 'schedule | off | now | status' }), error: true };
  },

  complete(_ctx, option, typed) {
    if (option !== 'tz') return [];
    const needle = typed.trim().toLowerCase();
    return TIME_ZONES.filter((zone) => zone.toLowerCase().includes(needle)).slice(0, 25);
  },
});
