import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PriorityRLock } from '../src/PriorityRLock.js';
import { RLock } from '../src/RLock.js';
import { flush, isDomError, track } from './support/harness.js';

describe('PriorityRLock', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    expect(vi.getTimerCount()).toBe(0);
    vi.useRealTimers();
  });

  it('check 31: re-entrant for a token; after its final release the best-priority waiter holds it with count 1; timeout rejects', async () => {
    const lock = new PriorityRLock();
    expect(lock).toBeInstanceOf(RLock);
    const t = {};
    await lock.acquire({ owner: t, priority: 3 });
    await lock.acquire({ owner: t });
    expect(lock.count).toBe(2);
    const late = track(lock.acquire({ owner: 'late', priority: 5 }));
    const best = track(lock.acquire({ owner: 'best', priority: -1 }));
    const timed = track(lock.acquire({ owner: 'timed', priority: -5, timeout: 10 }));
    await vi.advanceTimersByTimeAsync(10);
    expect(isDomError(timed.reason, 'TimeoutError')).toBe(true);
    lock.release(t);
    await flush();
    expect(best.state).toBe('pending');
    lock.release(t);
    await flush();
    expect(best.state).toBe('fulfilled');
    expect(lock.owner).toBe('best');
    expect(lock.count).toBe(1);
    lock.release('best');
    await flush();
    expect(late.state).toBe('fulfilled');
    lock.release('late');
    expect(lock.locked()).toBe(false);
    await expect(lock.acquire({ priority: Number.NaN })).rejects.toThrow(/^asyncutils\.locks\.PriorityRLock\.acquire: priority/);
  });

  it('enter and runExclusive accept priorities', async () => {
    const lock = new PriorityRLock();
    await lock.acquire({ owner: 'h' });
    const order: string[] = [];
    const a = lock.runExclusive(() => order.push('a'), { priority: 2 });
    const b = lock.enter({ priority: 1 }).then((g) => {
      order.push('b');
      g.release();
    });
    lock.release('h');
    await Promise.all([a, b]);
    expect(order).toEqual(['b', 'a']);
  });
});
