/**
 * Digest settings read from the environment, beside the app's configuration:
 * `DEPECHE_DIGEST_MAX_CATCHUP_HOURS` (default 6): a digest missed while the bot was down is
 * sent when it comes back if it is at most this late, else skipped and noted in the next one.
 */
export interface DigestSettings {
  maxCatchUpAgeMs: number;
}

export const DEFAULT_MAX_CATCHUP_HOURS = 6;

export function digestSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): DigestSettings {
  const raw = env.DEPECHE_DIGEST_MAX_CATCHUP_HOURS?.trim();
  if (!raw) return { maxCatchUpAgeMs: DEFAULT_MAX_CATCHUP_HOURS * 3600_000 };
  const hours = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw) || !Number.isFinite(hours)) {
    throw new Error(`DEPECHE_DIGEST_MAX_CATCHUP_HOURS must be a number of hours (e.g. 6 or 0.5), not "${raw.slice(0, 40)}"`);
  }
  return { maxCatchUpAgeMs: hours * 3600_000 };
}
