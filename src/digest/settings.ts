/**
 * Digest settings read from the environment, beside the app's configuration:
 * `DEPECHE_DIGEST_MAX_CATCHUP_HOURS` (default 6): a digest missed while the bot was down is
 * sent when it comes back if it is at most this late, else skipped and noted in the next one.
 * `DEPECHE_DIGEST_MIN_INTERVAL_MINUTES` (default 30): a schedule firing more often is refused.
 */
import { MIN_DIGEST_INTERVAL_MINUTES } from './cronSchedule.js';

export interface DigestSettings {
  maxCatchUpAgeMs: number;
  minIntervalMinutes: number;
}

export const DEFAULT_MAX_CATCHUP_HOURS = 6;

export function digestSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): DigestSettings {
  return { maxCatchUpAgeMs: catchUpHours(env) * 3600_000, minIntervalMinutes: minIntervalMinutes(env) };
}

function catchUpHours(env: NodeJS.ProcessEnv): number {
  const raw = env.DEPECHE_DIGEST_MAX_CATCHUP_HOURS?.trim();
  if (!raw) return DEFAULT_MAX_CATCHUP_HOURS;
  const hours = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw) || !Number.isFinite(hours)) {
    throw new Error(`DEPECHE_DIGEST_MAX_CATCHUP_HOURS must be a number of hours (e.g. 6 or 0.5), not "${raw.slice(0, 40)}"`);
  }
  return hours;
}

function minIntervalMinutes(env: NodeJS.ProcessEnv): number {
  const raw = env.DEPECHE_DIGEST_MIN_INTERVAL_MINUTES?.trim();
  if (!raw) return MIN_DIGEST_INTERVAL_MINUTES;
  if (!/^\d{1,5}$/.test(raw) || Number(raw) < 1) {
    throw new Error(`DEPECHE_DIGEST_MIN_INTERVAL_MINUTES must be a whole number of minutes, at least 1 (e.g. 30), not "${raw.slice(0, 40)}"`);
  }
  return Number(raw);
}
