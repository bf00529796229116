/**
 * Cron expressions and time zones for digests, through croner (a maintained cron library):
 * five fields, minute precision, read in an IANA time zone with its daylight-saving changes.
 */
import { Cron } from 'croner';

export type ScheduleProblem =
  | { key: 'badCron'; params: { cron: string; reason: string } }
  | { key: 'cronNeverRuns'; params: { cron: string } }
  | { key: 'cronTooOften'; params: { cron: string; minutes: number; gap: number } }
  | { key: 'badZone'; params: { zone: string } };

/**
 * Digests at most this often: a channel following a story wants a few a day, and a schedule such
 * as "* * * * *" would post the same digest, or "nothing new", every minute.
 */
export const MIN_DIGEST_INTERVAL_MINUTES = 30;
/** Runs looked at to find the shortest gap: a five-field pattern repeats its bursts within them. */
const RUNS_CHECKED = 200;

export type CheckedSchedule = { ok: true; cron: string; timeZone: string; next: Date } | { ok: false; problem: ScheduleProblem };

/**
 * The zone's canonical IANA name ("europe/paris" → "Europe/Paris"), or null. Offsets such as
 * "+02:00" are refused: they do not follow daylight-saving time, which is what readers expect.
 */
export function canonicalTimeZone(zone: string): string | null {
  const trimmed = zone.trim();
  if (!/^(?:UTC|GMT|[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)+)$/i.test(trimmed)) return null;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: trimmed }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

function cronJob(cron: string, timeZone: string): Cron {
  // paused: croner only computes dates here; the scheduler owns the timers.
  return new Cron(cron, { timezone: timeZone, paused: true, mode: '5-part' });
}

/**
 * Checks a cron expression and a zone together; `next` is the first run after `now`. A schedule
 * firing more often than every `minMinutes` is refused.
 */
export function checkSchedule(cron: string, zone: string, now: Date, minMinutes = MIN_DIGEST_INTERVAL_MINUTES): CheckedSchedule {
  const expression = cron.trim().replace(/\s+/g, ' ');
  const timeZone = canonicalTimeZone(zone);
  if (!timeZone) return { ok: false, problem: { key: 'badZone', params: { zone: zone.slice(0, 60) } } };
  let job: Cron;
  try {
    job = cronJob(expression, timeZone);
  } catch (error) {
    const reason = (error as Error).message.replace(/^CronPattern:\s*/i, '').replace(/\.$/, '');
    return { ok: false, problem: { key: 'badCron', params: { cron: expression.slice(0, 80), reason: reason.slice(0, 200) } } };
  }
  const next = job.nextRun(now);
  if (!next) return { ok: false, problem: { key: 'cronNeverRuns', params: { cron: expression.slice(0, 80) } } };
  const gap = shortestGapMinutes(job, next, minMinutes);
  if (gap < minMinutes) {
    return { ok: false, problem: { key: 'cronTooOften', params: { cron: expression.slice(0, 80), minutes: minMinutes, gap } } };
  }
  return { ok: true, cron: expression, timeZone, next };
}

/** The shortest time between two runs among the next ones from `first`, in whole minutes. */
function shortestGapMinutes(job: Cron, first: Date, enough: number): number {
  let shortest = Infinity;
  let previous = first;
  for (let i = 0; i < RUNS_CHECKED; i++) {
    const run = job.nextRun(previous);
    if (!run) break;
    shortest = Math.min(shortest, Math.round((run.getTime() - previous.getTime()) / 60_000));
    if (shortest < enough) break;
    previous = run;
  }
  return shortest;
}

/** The first run strictly after `after`, or null when the expression never fires again. */
export function nextRunAfter(cron: string, timeZone: string, after: Date): Date | null {
  return cronJob(cron, timeZone).nextRun(after);
}

/** How many runs fell in (from, to]: digests a downtime swallowed, for the catch-up note. */
export function runsBetween(cron: string, timeZone: string, from: Date, to: Date, cap = 1000): number {
  const job = cronJob(cron, timeZone);
  let count = 0;
  let at: Date | null = from;
  while (count < cap && (at = job.nextRun(at)) && at.getTime() <= to.getTime()) count++;
  return count;
}
