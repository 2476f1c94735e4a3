// The leak test: 100 000 aborted (and timed-out, and granted) waits on long-lived signals leave no listener,
// no timer and no queued waiter behind.
import { getEventListeners, setMaxListeners } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AsyncEvent } from '../src/AsyncEvent.js';
import { Lock } from '../src/Lock.js';
import { PriorityLock } from '../src/PriorityLock.js';
import { Semaphore } from '../src/Semaphore.js';
import { countedController } from './support/harness.js';

const TOTAL = 100_000;
const BATCH = 1_000;

describe('leaks', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('check 33 (leak test): 100 000 aborted waits on a held Lock: 0 listeners, 0 timers, an empty queue', async () => {
    const lock = new Lock();
    await lock.acquire();
    let rejected = 0;
    for (let b = 0; b < TOTAL / BATCH; b++) {
      const batch = new AbortController(); // one controller per batch aborts its 1 000 waits at once
      setMaxListeners(0, batch.signal); // 1 000 waiters on one signal is the point, not a leak
      const waits: Promise<unknown>[] = [];
      for (let i = 0; i < BATCH; i++) {
        waits.push(lock.acquire({ signal: batch.signal, timeout: 60_000 }).catch(() => rejected++));
      }
      expect(getEventListeners(batch.signal, 'abort').length).toBe(BATCH);
      expect(vi.getTimerCount()).toBe(BATCH);
      batch.abort();
      await Promise.all(waits);
      expect(getEventListeners(batch.signal, 'abort').length).toBe(0);
    }
    expect(rejected).toBe(TOTAL);
    expect(vi.getTimerCount()).toBe(0);
    expect(lock.cancelWaiters()).toBe(0); // nothing queued
    lock.release();
    expect(lock.locked()).toBe(false);
  });

  it('check 33: 20 000 waits on one long-lived signal that time out, are cancelled or granted: every listener removed', async () => {
    const sem = new Semaphore(1);
    const ev = new AsyncEvent();
    const plock = new PriorityLock();
    const c = countedController();
    setMaxListeners(0, c.signal);
    await sem.acquire();
    await plock.acquire();
    const total = 20_000;
    const batch = 200;
    for (let b = 0; b < total / batch; b++) {
      const waits: Promise<unknown>[] = [];
      for (let i = 0; i < batch / 4; i++) {
        waits.push(sem.acquire({ signal: c.signal, timeout: 5 }).catch(() => undefined)); // times out
        waits.push(ev.wait({ signal: c.signal, timeout: 10 }).catch(() => undefined)); // set before it times out
        waits.push(plock.acquire({ signal: c.signal, priority: i % 7 }).catch(() => undefined)); // cancelled
        waits.push(sem.acquire({ signal: c.signal }).catch(() => undefined)); // cancelled
      }
      expect(c.live()).toBe(batch);
      await vi.advanceTimersByTimeAsync(5);
      ev.set();
      ev.clear();
      plock.cancelWaiters();
      sem.cancelWaiters();
      await Promise.all(waits);
      expect(c.live()).toBe(0);
    }
    expect(c.added()).toBe(total);
    expect(c.removed()).toBe(total);
    expect(vi.getTimerCount()).toBe(0);
    sem.release();
    expect(sem.value).toBe(1);
    plock.release();
    expect(plock.locked()).toBe(false);
  });
});
