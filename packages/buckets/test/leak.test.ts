// The leak test: 100 000 aborted waits (and many timed-out and granted ones) on long-lived signals leave no
// abort listener, no timer and no queued request behind.
import { setMaxListeners } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LeakyBucket } from '../src/LeakyBucket.js';
import { TokenBucket } from '../src/TokenBucket.js';
import { listeners } from './support/harness.js';

const TOTAL = 100_000;
const BATCH = 1_000;

describe('leaks', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('100 000 aborted TokenBucket.consume waits: 0 listeners, 0 timers, an empty queue, nothing consumed', async () => {
    let ms = 0;
    const b = new TokenBucket(1, 1, { timer: () => ms }); // a stopped clock: every request must wait
    const resolved = b.consume(1); // the pre-resolved promise of a request that did not wait
    let rejected = 0;
    for (let k = 0; k < TOTAL / BATCH; k++) {
      const batch = new AbortController(); // one controller aborts its 1 000 waits at once
      setMaxListeners(0, batch.signal);
      const waits: Promise<unknown>[] = [];
      for (let i = 0; i < BATCH; i++) {
        waits.push(b.consume(1, { signal: batch.signal, timeout: 60_000 }).catch(() => rejected++));
      }
      expect(listeners(batch.signal)).toBe(BATCH);
      expect(vi.getTimerCount()).toBe(BATCH + 1); // the timeouts and the head's wait
      batch.abort();
      await Promise.all(waits);
      expect(listeners(batch.signal)).toBe(0);
      expect(vi.getTimerCount()).toBe(0);
    }
    expect(rejected).toBe(TOTAL);
    expect(b.consume(0)).toBe(resolved); // nobody queued: served at once, by the fast path
    ms = 1000; // one token refilled: none was taken by the aborted requests
    expect(b.consume(1)).toBe(resolved);
  });

  it('100 000 aborted LeakyBucket.waitForTokens polls: 0 listeners, 0 timers, nothing added', async () => {
    const b = new LeakyBucket(5, 1, { initialLevel: 5, timer: () => 0, minFactor: 1, maxFactor: 1 });
    let rejected = 0;
    for (let k = 0; k < TOTAL / BATCH; k++) {
      const batch = new AbortController();
      setMaxListeners(0, batch.signal);
      const waits: Promise<unknown>[] = [];
      for (let i = 0; i < BATCH; i++) waits.push(b.waitForTokens(1, { signal: batch.signal, timeout: 60_000 }).catch(() => rejected++));
      expect(vi.getTimerCount()).toBe(2 * BATCH); // each: its sleep and its timeout
      batch.abort();
      await Promise.all(waits);
      expect(listeners(batch.signal)).toBe(0);
      expect(vi.getTimerCount()).toBe(0);
    }
    expect(rejected).toBe(TOTAL);
    expect(b.level).toBe(5);
  });

  it('10 000 waits on one long-lived signal that are granted or time out: every listener added is removed, no timer left', async () => {
    const tb = new TokenBucket(1000, 1);
    const lb = new LeakyBucket(1, 1000, { initialLevel: 1, minFactor: 1, maxFactor: 1 });
    const ac = new AbortController();
    setMaxListeners(0, ac.signal);
    const add = vi.spyOn(ac.signal, 'addEventListener');
    const remove = vi.spyOn(ac.signal, 'removeEventListener');
    await tb.consume(1);
    const total = 10_000;
    const batch = 200;
    for (let k = 0; k < total / batch; k++) {
      const waits: Promise<unknown>[] = [];
      for (let i = 0; i < batch / 4; i++) {
        waits.push(tb.consume(1, { signal: ac.signal, timeout: 1 }).catch(() => undefined)); // a few granted, most time out
        waits.push(tb.consume(0.001, { signal: ac.signal }).catch(() => undefined)); // granted
        waits.push(lb.waitForTokens(1, { signal: ac.signal, timeout: 1 }).catch(() => undefined)); // a few granted, most time out
        waits.push(lb.waitForTokens(0.5, { signal: ac.signal, timeout: 5_000 }).catch(() => undefined)); // granted
      }
      await vi.advanceTimersByTimeAsync(1_000);
      await Promise.all(waits);
      expect(listeners(ac.signal)).toBe(0);
    }
    expect(add.mock.calls.length).toBeGreaterThan(total / 2); // the rest did not wait: no listener at all
    expect(remove.mock.calls.length).toBe(add.mock.calls.length);
    expect(vi.getTimerCount()).toBe(0);
  });
});
