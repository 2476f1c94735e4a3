import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Semaphore } from '../src/Semaphore.js';
import { countedController, flush, isDomError, track } from './support/harness.js';

describe('Semaphore', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    expect(vi.getTimerCount()).toBe(0);
    vi.useRealTimers();
  });

  it('check 8: two immediate acquires, the third waits; release hands its permit over; default 1; bad values', async () => {
    const sem = new Semaphore(2);
    const a = sem.acquire();
    const b = sem.acquire();
    expect(a).toBe(b); // the shared fast path
    await Promise.all([a, b]);
    const c = track(sem.acquire());
    await flush();
    expect(c.state).toBe('pending');
    expect(sem.value).toBe(0);
    expect(sem.locked()).toBe(true);
    sem.release();
    expect(sem.value).toBe(0);
    await flush();
    expect(c.state).toBe('fulfilled');
    expect(new Semaphore().value).toBe(1);
    expect(() => new Semaphore(-1)).toThrow(RangeError);
    expect(() => new Semaphore(1.5)).toThrow(RangeError);
    expect(() => new Semaphore(Number.NaN)).toThrow(RangeError);
    expect(() => new Semaphore('2' as never)).toThrow(TypeError);
    expect(() => new Semaphore(null as never)).toThrow(TypeError);
    expect(() => new Semaphore(-1)).toThrow('asyncutils.locks.Semaphore: value must be a non-negative integer, got -1');
    expect(new Semaphore(0).locked()).toBe(true);
  });

  it('check 9: aborted and timed-out waiters never lose a permit', async () => {
    const sem = new Semaphore(1);
    await sem.acquire();
    const c = countedController();
    const aborted = track(sem.acquire({ signal: c.signal }));
    const timed = track(sem.acquire({ timeout: 10 }));
    const kept = track(sem.acquire());
    c.controller.abort();
    await vi.advanceTimersByTimeAsync(10);
    expect(aborted.state).toBe('rejected');
    expect(isDomError(timed.reason, 'TimeoutError')).toBe(true);
    expect(kept.state).toBe('pending');
    sem.release();
    await flush();
    expect(kept.state).toBe('fulfilled');
    sem.release();
    expect(sem.value).toBe(1);
    expect(sem.locked()).toBe(false);
    expect(c.live()).toBe(0);
  });

  it('release beyond the initial value is allowed (unbounded) and grants several waiters FIFO', async () => {
    const sem = new Semaphore(0);
    const order: number[] = [];
    const ws = [1, 2, 3].map((i) => sem.acquire().then(() => order.push(i)));
    sem.release();
    sem.release();
    await flush();
    expect(order).toEqual([1, 2]);
    sem.release();
    sem.release();
    await Promise.all(ws);
    expect(order).toEqual([1, 2, 3]);
    expect(sem.value).toBe(1);
  });

  it('tryAcquire takes a permit only when one is free and nobody waits', async () => {
    const sem = new Semaphore(1);
    expect(sem.tryAcquire()).toBe(true);
    expect(sem.tryAcquire()).toBe(false);
    const w = track(sem.acquire());
    sem.release();
    expect(sem.tryAcquire()).toBe(false); // handed to the waiter
    await flush();
    expect(w.state).toBe('fulfilled');
    sem.release();
    expect(sem.tryAcquire()).toBe(true);
  });

  it('enter() caches its uncontended promise; cancelWaiters keeps the permits', async () => {
    const sem = new Semaphore(1);
    const e1 = sem.enter();
    sem.release();
    expect(sem.enter()).toBe(e1);
    const w = track(sem.acquire());
    expect(sem.cancelWaiters()).toBe(1);
    await flush();
    expect(isDomError(w.reason, 'AbortError')).toBe(true);
    expect((w.reason as Error).message).toBe('asyncutils.locks.Semaphore: waiters cancelled');
    sem.release();
    expect(sem.value).toBe(1);
  });
});
