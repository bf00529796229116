/** A clock tests move by hand: `set` or `advance`, and due timers fire in order. */
import type { Clock } from '../../src/digest/clock.js';

export class ManualClock implements Clock {
  private at: number;
  private timers = new Map<number, { due: number; fn: () => void }>();
  private nextId = 1;

  constructor(start: string | Date) {
    this.at = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.at);
  }

  setTimer(fn: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.set(id, { due: this.at + Math.max(0, ms), fn });
    return id;
  }

  clearTimer(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  set(at: string | Date): void {
    this.at = new Date(at).getTime();
    this.fireDue();
  }

  advance(ms: number): void {
    this.set(new Date(this.at + ms));
  }

  private fireDue(): void {
    for (const [id, timer] of [...this.timers].sort((a, b) => a[1].due - b[1].due)) {
      if (timer.due > this.at) break;
      this.timers.delete(id);
      timer.fn();
    }
  }
}
