/**
 * Time as the digest scheduler sees it. Production uses the system clock; tests use a clock
 * they move by hand, so "every minute across a daylight-saving change" runs in milliseconds.
 */
export interface Clock {
  now(): Date;
  /** Calls `fn` after `ms`; returns a handle for `clearTimer`. */
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => new Date(),
  setTimer(fn, ms) {
    const timer = setTimeout(fn, ms);
    // The digest loop alone never keeps the process alive.
    timer.unref();
    return timer;
  },
  clearTimer(handle) {
    clearTimeout(handle as NodeJS.Timeout);
  },
};
