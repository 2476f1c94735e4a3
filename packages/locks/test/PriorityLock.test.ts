import { LockWithOwnerMixin } from '@asyncutils/mixins';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PriorityLock } from '../src/PriorityLock.js';
import { flush, isDomError, track } from './support/harness.js';

describe('PriorityLock', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    expect(vi.getTimerCount()).toBe(0);
    vi.useRealTimers();
  });

  it('check 30: uncontended acquire/release never throws; served by priority then arrival; not re-entrant; timeout rejects', async () => {
    const lock = new PriorityLock();
    expect(lock).toBeInstanceOf(LockWithOwnerMixin);
    for (let i = 0; i < 3; i++) {
      await lock.acquire(); // regression: Python raised "release called too many times" on every uncontended release
      lock.release();
    }
    await lock.acquire({ owner: 'me' });
    const order: string[] = [];
    const ws = (
      [
        ['x', 2],
        ['y', 0],
        ['z', 0],
      ] as const
    ).map(([id, priority]) => lock.acquire({ owner: id, priority }).then(() => order.push(id)));
    await expect(lock.acquire({ owner: 'me' })).rejects.toThrow(
      new Error('asyncutils.locks.PriorityLock: owner already holds the lock (not re-entrant)'),
    );
    const t = track(lock.acquire({ timeout: 10 }));
    await vi.advanceTimersByTimeAsync(10);
    expect(isDomError(t.reason, 'TimeoutError')).toBe(true); // never resolves false
    expect(() => lock.release('other')).toThrow(/asyncutils\.locks\.PriorityLock is not acquired by the given owner/);
    lock.release('me');
    await flush();
    lock.release('y');
    await flush();
    lock.release('z');
    await Promise.all(ws);
    expect(order).toEqual(['y', 'z', 'x']);
    lock.release('x');
    expect(lock.locked()).toBe(false);
  });

  it('bad priorities reject; tryAcquire is not re-entrant; enter/runExclusive take priority', async () => {
    const lock = new PriorityLock();
    await expect(lock.acquire({ priority: Number.NaN })).rejects.toThrow(
      new RangeError('asyncutils.locks.PriorityLock.acquire: priority must be a finite number, got NaN'),
    );
    await expect(lock.acquire({ priority: null as never })).rejects.toThrow(TypeError);
    expect(lock.locked()).toBe(false);
    expect(lock.tryAcquire({ owner: 'a' })).toBe(true);
    expect(lock.tryAcquire({ owner: 'a' })).toBe(false);
    const order: string[] = [];
    const low = lock.runExclusive(() => order.push('low'), { priority: 5 });
    const high = lock.enter({ priority: 1, owner: 'h' }).then(async (g) => {
      order.push('high');
      await g[Symbol.asyncDispose]();
    });
    lock.release('a');
    await Promise.all([low, high]);
    expect(order).toEqual(['high', 'low']);
    expect(lock.locked()).toBe(false);
  });
});
