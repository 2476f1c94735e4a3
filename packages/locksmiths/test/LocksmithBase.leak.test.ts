// Leak test: 100 000 aborted host() waits leave no abort listener on the signal, no timer and no waiter.
import { setMaxListeners } from 'node:events';
import { Lock } from '@asyncutils/locks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LocksmithBase } from '../src/index.js';
import { listenerCounter } from './support/helpers.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('LocksmithBase.host leaks', () => {
  it('100 000 waits aborted mid-wait (1 000 per controller) leave 0 listeners, 0 timers, 0 waiters', async () => {
    vi.useFakeTimers();
    const smith = new LocksmithBase();
    const lock = new Lock();
    await lock.acquire();
    const task = vi.fn();
    const BATCHES = 100;
    const PER_BATCH = 1000;
    let settledWithReason = 0;
    for (let b = 0; b < BATCHES; b++) {
      const ac = new AbortController();
      setMaxListeners(PER_BATCH + 1, ac.signal); // many concurrent waits on one signal are intended here
      const counter = listenerCounter(ac.signal);
      const reason = new Error(`batch ${b}`);
      const waits: Promise<unknown>[] = [];
      // Half wait in the force phase (default timeout1 timer), half in the acquire phase (no timer).
      for (let i = 0; i < PER_BATCH; i++) {
        waits.push(smith.host(task, lock, { signal: ac.signal, timeout2: null }).catch((err: unknown) => err));
        if (i === PER_BATCH / 2) await Promise.resolve();
      }
      ac.abort(reason);
      for (const err of await Promise.all(waits)) if (err === reason) settledWithReason++;
      expect(counter.live).toBe(0);
      expect(counter.added).toBe(counter.removed);
      expect(vi.getTimerCount()).toBe(0);
      expect(lock.cancelWaiters()).toBe(0);
    }
    expect(settledWithReason).toBe(BATCHES * PER_BATCH);
    expect(task).not.toHaveBeenCalled();
    expect(lock.locked()).toBe(true);
  }, 60_000);

  it('100 000 calls with an already aborted signal reject without queuing or listening', async () => {
    const smith = new LocksmithBase();
    const lock = new Lock();
    await lock.acquire();
    const acquire = vi.spyOn(lock, 'acquire');
    const ac = new AbortController();
    ac.abort('gone');
    const counter = listenerCounter(ac.signal);
    const waits: Promise<unknown>[] = [];
    for (let i = 0; i < 100_000; i++) waits.push(smith.host(() => 1, lock, { signal: ac.signal }).catch((err: unknown) => err));
    expect((await Promise.all(waits)).every((err) => err === 'gone')).toBe(true);
    expect(counter.added).toBe(0);
    expect(acquire).not.toHaveBeenCalled();
  });
});
