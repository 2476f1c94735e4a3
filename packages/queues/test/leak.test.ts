// The leak test: 100 000 aborted get()s (and timed-out, and served waits) on long-lived signals leave no listener,
// no pending timer and no waiter behind.
import { getEventListeners, setMaxListeners } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SmartQueue } from '../src/PotentQueueBase.js';
import { SmartPriorityQueue } from '../src/SmartPriorityQueue.js';
import { countedController, flush } from './support/harness.js';

const TOTAL = 100_000;
const BATCH = 1_000;

describe('leaks', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('100 000 aborted get()s: 0 listeners, 0 timers, no waiter left', async () => {
    const q = new SmartQueue<number>();
    let rejected = 0;
    for (let b = 0; b < TOTAL / BATCH; b++) {
      const batch = new AbortController(); // one controller aborts 1 000 waits at once
      setMaxListeners(0, batch.signal);
      const waits: Promise<unknown>[] = [];
      for (let i = 0; i < BATCH; i++) waits.push(q.get({ signal: batch.signal, timeout: 60_000 }).catch(() => rejected++));
      expect(getEventListeners(batch.signal, 'abort').length).toBe(BATCH);
      expect(vi.getTimerCount()).toBe(BATCH);
      batch.abort();
      await Promise.all(waits);
      expect(getEventListeners(batch.signal, 'abort').length).toBe(0);
    }
    expect(rejected).toBe(TOTAL);
    expect(vi.getTimerCount()).toBe(0);
    // no waiter left: the next put stays in the queue, the next get is served at once
    q.putNowait(1);
    await flush();
    expect(q.qsize()).toBe(1);
    expect(await q.get()).toBe(1);
  });

  it('waits on one long-lived signal that are served, time out or are shut down remove every listener and timer', async () => {
    const c = countedController();
    setMaxListeners(0, c.signal);
    const q = new SmartPriorityQueue<number>();
    q.putNowait(-1);
    q.getNowait(); // one unfinished task for the whole test: join() waits
    const total = 20_000;
    const batch = 200;
    for (let b = 0; b < total / batch; b++) {
      const waits: Promise<unknown>[] = [];
      for (let i = 0; i < batch / 2; i++) {
        waits.push(q.get({ signal: c.signal, timeout: 10 }).catch(() => undefined)); // half served, half time out
        waits.push(q.join({ signal: c.signal, timeout: 10 }).catch(() => undefined)); // time out
      }
      expect(c.live()).toBe(batch);
      for (let i = 0; i < batch / 4; i++) q.putNowait(i);
      await flush();
      await vi.advanceTimersByTimeAsync(10);
      for (let i = 0; i < batch / 4; i++) q.taskDone();
      await Promise.all(waits);
      expect(c.live()).toBe(0);
    }
    q.taskDone();
    await q.join();
    expect(c.added()).toBe(total);
    expect(c.removed()).toBe(total);
    expect(vi.getTimerCount()).toBe(0);
    const p = new SmartQueue<number>(1);
    p.putNowait(0);
    const puts = Array.from({ length: 1000 }, (_, i) => p.put(i, { signal: c.signal, timeout: 1e6 }).catch(() => undefined));
    p.shutdown();
    await Promise.all(puts);
    expect(c.live()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
