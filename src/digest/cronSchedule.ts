/**
 * Cron expressions and time zones for digests, through croner (a maintained cron library):
 * five fields, minute precision, read in an IANA time zone with its daylight-saving changes.
 */
import { Cron } from 'croner';

export type ScheduleProblem =
  | { key: 'badCron'; params: { cron: string; reason: string } }
  | { key: 'cronNeverRuns'; params: { cron: string } }
  | { key: 'badZone'; params: { zone: string } };

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

/** Checks a cron expression and a zone together; `next` is the first run after `now`. */
export function checkSchedule(cron: string, zone: string, now: Date): CheckedSchedule {
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
  return { ok: true, cron: expression, timeZone, next };
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
