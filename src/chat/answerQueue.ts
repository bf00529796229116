/**
 * Answers are computed on the thread that also reads chat requests and sends their
 * acknowledgements (Slack's HTTP 200, Discord's interaction callback), and an answer's search is
 * synchronous work. Run back to back, fifty answers hold the fiftieth acknowledgement back by
 * fifty answers' work. The queue runs answers in arrival order, each starting in its own turn
 * of the event loop (`setImmediate`), so whatever I/O is waiting (new requests, their
 * acknowledgements, posted replies) is served between two answers.
 *
 * A busy event loop accepts new connections one per turn (measured: fifty fresh connections took
 * fifty turns), so a burst of requests on fresh connections would still be read one per answer. Adapters therefore tell the queue when
 * a request or connection arrives (`arrived()`), and the queue holds the next answer back while
 * arrivals keep coming turn after turn, for at most `maxGiveWayMs`.
 */

export interface AnswerQueueOptions {
  /**
   * Answers in progress at once (default 1). An answer's synchronous work never overlaps
   * another's anyway; more only helps answers that wait on I/O.
   */
  concurrency?: number;
  /**
   * Longest time, in ms, the next answer gives way to arriving requests (default 50): bounds
   * how long a steady stream of requests can hold answers back.
   */
  maxGiveWayMs?: number;
}

/** Weight of the latest answer in the running average of time per answer. */
const AVERAGE_WEIGHT = 0.2;

export class AnswerQueue {
  private readonly concurrency: number;
  private readonly maxGiveWayMs: number;
  private readonly waiting: (() => Promise<void>)[] = [];
  private running = 0;
  private startScheduled = false;
  /**
   * Running average of the time the queue takes per answer: from when it could start (queued,
   * or the previous answer done) to done. It counts the turns waited and the other work the
   * event loop did meanwhile (acknowledgements, replies sent), not only the answer's own work.
   */
  private averageMs = 0;
  private lastDoneAt = Number.NEGATIVE_INFINITY;
  /** Requests arrived since the last turn the queue looked. */
  private arrivals = 0;
  /** When the next answer started giving way to arrivals (undefined: it is not). */
  private givingWaySince: number | undefined;

  constructor(options: AnswerQueueOptions = {}) {
    this.concurrency = Math.max(1, options.concurrency ?? 1);
    this.maxGiveWayMs = options.maxGiveWayMs ?? 50;
  }

  /** A request or connection has just arrived: the next answer gives way to it for a turn. */
  arrived(): void {
    this.arrivals++;
  }

  /** Runs `work` after the answers queued before it; settles as `work` does. */
  run<T>(work: () => T | Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const queuedAt = performance.now();
      this.waiting.push(async () => {
        try {
          resolve(await work());
        } catch (error) {
          reject(error);
        } finally {
          const done = performance.now();
          this.recordTimePerAnswer(done - Math.max(queuedAt, this.lastDoneAt));
          this.lastDoneAt = done;
          this.running--;
          this.scheduleStart();
        }
      });
      this.scheduleStart();
    });
  }

  /** Answers queued or in progress. */
  get size(): number {
    return this.waiting.length + this.running;
  }

  /**
   * About how long, in ms, until the answers queued or in progress now are all done, from the
   * recent time per answer (0 before the first answer is done).
   */
  backlogMs(): number {
    return this.size * this.averageMs;
  }

  /** One answer starts per turn of the event loop, never two in the same turn. */
  private scheduleStart(): void {
    if (this.startScheduled || this.running >= this.concurrency || this.waiting.length === 0) return;
    this.startScheduled = true;
    setImmediate(() => {
      this.startScheduled = false;
      if (this.givesWay()) {
        this.scheduleStart();
        return;
      }
      const next = this.waiting.shift();
      if (!next) return;
      this.running++;
      void next();
      this.scheduleStart();
    });
  }

  /** Whether arrivals since the last turn hold the next answer back for one more turn. */
  private givesWay(): boolean {
    const arrived = this.arrivals > 0;
    this.arrivals = 0;
    const now = performance.now();
    if (arrived && (this.givingWaySince === undefined || now - this.givingWaySince < this.maxGiveWayMs)) {
      this.givingWaySince ??= now;
      return true;
    }
    this.givingWaySince = undefined;
    return false;
  }

  private recordTimePerAnswer(ms: number): void {
    this.averageMs = this.averageMs === 0 ? ms : this.averageMs + AVERAGE_WEIGHT * (ms - this.averageMs);
  }
}
