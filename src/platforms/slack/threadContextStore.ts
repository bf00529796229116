/**
 * What the bot last answered in each Slack thread, so a follow-up ("et Peskov ?") is
 * understood in the thread's context. In memory, bounded and expiring; after a restart the
 * events listener rebuilds a thread's context from its history instead.
 */
export interface ThreadContextStore<T> {
  get(channel: string, threadTs: string): T | undefined;
  set(channel: string, threadTs: string, value: T): void;
}

export class MemoryThreadContextStore<T> implements ThreadContextStore<T> {
  private readonly entries = new Map<string, { value: T; expires: number }>();

  constructor(
    /** How long a thread stays "live" for unmentioned follow-ups; default 24 hours. */
    private readonly ttlMs = 24 * 60 * 60 * 1000,
    /** Upper bound on remembered threads; least recently answered forgotten first. */
    private readonly maxEntries = 5000,
    private readonly now: () => number = Date.now,
  ) {}

  get(channel: string, threadTs: string): T | undefined {
    const key = `${channel}:${threadTs}`;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(channel: string, threadTs: string, value: T): void {
    const key = `${channel}:${threadTs}`;
    this.entries.delete(key);
    this.entries.set(key, { value, expires: this.now() + this.ttlMs });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}
