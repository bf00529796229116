import { describe, expect, it } from 'vitest';
import { MemoryEventDedupStore } from '../../src/platforms/slack/eventDedupStore.js';
import { MemoryThreadContextStore } from '../../src/platforms/slack/threadContextStore.js';

describe('event de-duplication store', () => {
  it('lets an event be claimed once, however often Slack retries it', () => {
    const store = new MemoryEventDedupStore();
    expect(store.claim('Ev01')).toBe(true);
    expect(store.claim('Ev01')).toBe(false);
    expect(store.claim('Ev01')).toBe(false);
    expect(store.claim('Ev02')).toBe(true);
  });

  it('forgets claims after their retention and stays bounded', () => {
    let now = 0;
    const store = new MemoryEventDedupStore({ ttlMs: 1000, maxEntries: 3, now: () => now });
    store.claim('a');
    now = 1001;
    expect(store.claim('a')).toBe(true);
    for (const k of ['b', 'c', 'd', 'e']) store.claim(k);
    expect(store.size).toBe(3);
    expect(store.claim('e')).toBe(false);
  });
});

describe('thread context store', () => {
  it('remembers the last question of a thread until it expires', () => {
    let now = 0;
    const store = new MemoryThreadContextStore<string>(1000, 10, () => now);
    store.set('C1', '1.1', 'who-said');
    expect(store.get('C1', '1.1')).toBe('who-said');
    expect(store.get('C2', '1.1')).toBeUndefined();
    now = 1000;
    expect(store.get('C1', '1.1')).toBeUndefined();
  });
});
