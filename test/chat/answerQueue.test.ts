import { describe, expect, it } from 'vitest';
import { AnswerQueue } from '../../src/chat/answerQueue.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('AnswerQueue', () => {
  it('runs answers in arrival order, one per turn of the event loop, letting other callbacks in between', async () => {
    const queue = new AnswerQueue();
    const order: string[] = [];
    const answers = ['a', 'b', 'c'].map((name) => queue.run(() => order.push(name)));
    // Queued after the answers, like a request read while they wait: it must not wait for all three.
    setImmediate(() => order.push('request'));
    await Promise.all(answers);
    expect(order).toEqual(['a', 'request', 'b', 'c']);
  });

  it('never starts an answer in the caller’s own turn, so an acknowledgement written just before leaves first', async () => {
    const queue = new AnswerQueue();
    let ran = false;
    const done = queue.run(() => {
      ran = true;
    });
    await Promise.resolve();
    expect(ran).toBe(false);
    await done;
    expect(ran).toBe(true);
  });

  it('settles each answer with its own value or error, and a failure does not stop the next ones', async () => {
    const queue = new AnswerQueue();
    const results = await Promise.allSettled([
      queue.run(() => 'first'),
      queue.run(() => {
        throw new Error('engine broke');
      }),
      queue.run(async () => 'third'),
    ]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual(['first', 'engine broke', 'third']);
    expect(queue.size).toBe(0);
  });

  it('keeps at most `concurrency` answers in progress, even when they wait on I/O', async () => {
    let active = 0;
    let most = 0;
    const track = async () => {
      active++;
      most = Math.max(most, active);
      await new Promise((resolve) => setTimeout(resolve, 2));
      active--;
    };
    await Promise.all(Array.from({ length: 8 }, () => new AnswerQueue().run(track)));
    expect(most).toBe(8); // separate queues do not wait for each other

    most = 0;
    const one = new AnswerQueue();
    await Promise.all(Array.from({ length: 8 }, () => one.run(track)));
    expect(most).toBe(1);

    most = 0;
    const two = new AnswerQueue({ concurrency: 2 });
    await Promise.all(Array.from({ length: 8 }, () => two.run(track)));
    expect(most).toBe(2);
  });

  it('estimates the backlog from the answers queued and the recent answers’ durations', async () => {
    const queue = new AnswerQueue();
    expect(queue.backlogMs()).toBe(0);
    await queue.run(() => new Promise((resolve) => setTimeout(resolve, 5)));
    expect(queue.backlogMs()).toBe(0);
    const waiting = Array.from({ length: 4 }, () => queue.run(tick));
    const fourAhead = queue.backlogMs();
    expect(fourAhead).toBeGreaterThan(0);
    await waiting[0];
    await waiting[1];
    expect(queue.backlogMs()).toBeLessThan(fourAhead);
    await Promise.all(waiting);
  });

  it('holds the next answer back while requests keep arriving turn after turn, then answers', async () => {
    const queue = new AnswerQueue({ maxGiveWayMs: 60_000 });
    const order: string[] = [];
    // A request (a new connection) arrives in each of the next five turns.
    let turn = 0;
    const arrive = () => {
      if (++turn > 5) return;
      order.push(`request ${turn}`);
      queue.arrived();
      setImmediate(arrive);
    };
    arrive();
    await queue.run(() => order.push('answer'));
    expect(order.at(-1)).toBe('answer');
    expect(order.filter((o) => o.startsWith('request'))).toHaveLength(5);
  });

  it('gives way for a bounded time only: a steady stream of requests cannot starve answers', async () => {
    const queue = new AnswerQueue({ maxGiveWayMs: 5 });
    let streaming = true;
    const arrive = () => {
      if (!streaming) return;
      queue.arrived();
      setImmediate(arrive);
    };
    arrive();
    const answered = await queue.run(() => 'answered');
    streaming = false;
    expect(answered).toBe('answered');
  });
});
