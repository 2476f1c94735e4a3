import { localContext } from '@asyncutils/context';
import { LockMixin } from '@asyncutils/mixins';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PrioritySemaphore } from '../src/PrioritySemaphore.js';
import { countedController, flush, isDomError, track } from './support/harness.js';

describe('PrioritySemaphore', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    expect(vi.getTimerCount()).toBe(0);
    vi.useRealTimers();
  });

  it('check 16: waiters with priorities 5,1,1,3 (a,b,c,d) are granted b,c,d,a; NaN priority rejects; default value', async () => {
    const sem = new PrioritySemaphore(1);
    expect(sem).toBeInstanceOf(LockMixin);
    await sem.acquire();
    const order: string[] = [];
    const ws = (
      [
        ['a', 5],
        ['b', 1],
        ['c', 1],
        ['d', 3],
      ] as const
    ).map(([id, priority]) => sem.acquire({ priority }).then(() => order.push(id)));
    for (let i = 0; i < 4; i++) {
      sem.release();
      await flush();
    }
    await Promise.all(ws);
    expect(order).toEqual(['b', 'c', 'd', 'a']);
    sem.release();
    await expect(sem.acquire({ priority: Number.NaN })).rejects.toThrow(RangeError);
    await expect(sem.acquire({ priority: Number.NaN })).rejects.toThrow(
      'asyncutils.locks.PrioritySemaphore.acquire: priority must be a finite number, got NaN',
    );
    await expect(sem.acquire({ priority: '1' as never })).rejects.toThrow(TypeError);
    await expect(sem.enter({ priority: Infinity })).rejects.toThrow(/^asyncutils\.locks\.PrioritySemaphore\.enter: priority/);
    expect(sem.value).toBe(1);
    expect(new PrioritySemaphore().value).toBe(1);
    expect(localContext({ PRIORITY_SEMAPHORE_DEFAULT_VALUE: 4 }, () => new PrioritySemaphore()).value).toBe(4);
    expect(() => new PrioritySemaphore(-1)).toThrow(RangeError);
  });

  it('check 17: strict releases check the initial value; non-strict may exceed it; reset rejects waiters and restores value', async () => {
    const sem = new PrioritySemaphore(1);
    await sem.acquire();
    sem.release(); // regression: Python raised here whenever nobody waited
    expect(() => sem.release()).toThrow(new Error('asyncutils.locks.PrioritySemaphore: release called too many times'));
    expect(sem.value).toBe(1);
    sem.release({ strict: false });
    expect(sem.value).toBe(2);
    await sem.acquire();
    await sem.acquire();
    const w = track(sem.acquire({ priority: 2 }));
    expect(sem.locked()).toBe(true);
    sem.reset();
    await flush();
    expect(w.reason).toBeInstanceOf(Error);
    expect((w.reason as Error).message).toMatch(/semaphore was reset/);
    expect(sem.value).toBe(1);
    expect(sem.locked()).toBe(false);
  });

  it('regression: reset() restores the initial value (Python set it to 1) and does not let the waiters through', async () => {
    const sem = new PrioritySemaphore(3);
    await Promise.all([sem.acquire(), sem.acquire(), sem.acquire()]);
    const w = track(sem.acquire());
    sem.reset();
    await flush();
    expect(w.state).toBe('rejected');
    expect(sem.value).toBe(3);
  });

  it('ties go by arrival after a reset restarts the arrival count; abort and timeout leave the heap consistent', async () => {
    const sem = new PrioritySemaphore(1);
    await sem.acquire();
    const order: number[] = [];
    const c = countedController();
    const all = [3, 1, 2, 1, 0, 2].map((p, i) =>
      track(sem.acquire({ priority: p, signal: i === 1 ? c.signal : undefined, timeout: i === 4 ? 5 : undefined }).then(() => order.push(i))),
    );
    c.controller.abort('x');
    await vi.advanceTimersByTimeAsync(5);
    expect(all[1]?.state).toBe('rejected');
    expect(isDomError(all[4]?.reason, 'TimeoutError')).toBe(true);
    for (let i = 0; i < 4; i++) {
      sem.release();
      await flush();
    }
    expect(order).toEqual([3, 2, 5, 0]);
    sem.release();
    expect(sem.value).toBe(1);
  });

  it('runExclusive and enter take priority options; tryAcquire; cancelWaiters; dispose', async () => {
    const sem = new PrioritySemaphore(1);
    expect(sem.tryAcquire()).toBe(true);
    expect(sem.tryAcquire()).toBe(false);
    const order: string[] = [];
    const low = sem.runExclusive(() => order.push('low'), { priority: 9 });
    const high = sem.enter({ priority: -9 }).then((s) => {
      order.push('high');
      s[Symbol.dispose]();
    });
    sem.release();
    await Promise.all([low, high]);
    expect(order).toEqual(['high', 'low']);
    await sem.acquire();
    const w = track(sem.acquire());
    expect(sem.cancelWaiters()).toBe(1);
    await flush();
    expect(isDomError(w.reason, 'AbortError')).toBe(true);
    sem.release();
    expect(sem.value).toBe(1);
  });
});
