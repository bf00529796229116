/**
 * Slack re-sends an event (with `x-slack-retry-num`) when it did not see an acknowledgement in
 * time, and may deliver one message both as `app_mention` and as `message`. The adapter claims
 * each event id and each message before answering; a second claim of the same key is refused,
 * so a message is answered once. Behind an interface so a shared store (Redis, SQLite) can
 * replace the in-memory one when several instances run.
 */
export interface EventDedupStore {
  /** True the first time `key` is claimed within the store's retention, false afterwards. */
  claim(key: string): boolean | Promise<boolean>;
}

export interface MemoryEventDedupStoreOptions {
  /** How long a claim is remembered. Slack retries within minutes; default one hour. */
  ttlMs?: number;
  /** Upper bound on remembered keys; the oldest are forgotten first. Default 10,000. */
  maxEntries?: number;
  /** Clock, for tests. */
  now?: () => number;
}

export class MemoryEventDedupStore implements EventDedupStore {
  private readonly seen = new Map<string, number>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(options: MemoryEventDedupStoreOptions = {}) {
    this.ttlMs = options.ttlMs ?? 60 * 60 * 1000;
    this.maxEntries = options.maxEntries ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  claim(key: string): boolean {
    const now = this.now();
    this.forgetExpired(now);
    const expires = this.seen.get(key);
    if (expires !== undefined && expires > now) return false;
    this.seen.delete(key);
    this.seen.set(key, now + this.ttlMs);
    while (this.seen.size > this.maxEntries) {
      const oldest = this.seen.keys().next().value;
      if (oldest === undefined) break;
      this.seen.delete(oldest);
    }
    return true;
  }

  get size(): number {
    return this.seen.size;
  }

  /** Entries are kept in insertion order, which is expiry order: stop at the first live one. */
  private forgetExpired(now: number): void {
    for (const [key, expires] of this.seen) {
      if (expires > now) break;
      this.seen.delete(key);
    }
  }
}
