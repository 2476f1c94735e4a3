import { LockMixin, LockWithOwnerMixin } from '@asyncutils/mixins';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RLock } from '../src/RLock.js';
import { countedController, flush, isDomError, rejection, track } from './support/harness.js';

describe('RLock', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    expect(vi.getTimerCount()).toBe(0);
    vi.useRealTimers();
  });

  it('check 28: re-entrant per token; a waiter is granted by the last release; owner errors; anonymous is not re-entrant', async () => {
    const lock = new RLock();
    expect(lock).toBeInstanceOf(LockWithOwnerMixin);
    expect(lock).toBeInstanceOf(LockMixin);
    const t = {};
    const u = {};
    for (let i = 0; i < 3; i++) await lock.acquire({ owner: t });
    expect(lock.count).toBe(3);
    expect(lock.owner).toBe(t);
    const w = track(lock.acquire({ owner: u }));
    lock.release(t);
    lock.release(t);
    await flush();
    expect(w.state).toBe('pending');
    expect(() => lock.release('x')).toThrow(new Error('asyncutils.locks.RLock is not acquired by the given owner'));
    lock.release(t);
    await flush();
    expect(w.state).toBe('fulfilled');
    expect(lock.owner).toBe(u);
    expect(lock.count).toBe(1);
    lock.release(u);
    expect(lock.locked()).toBe(false);
    expect(lock.count).toBe(0);

    await lock.acquire();
    const anon = track(lock.acquire());
    await flush();
    expect(anon.state).toBe('pending'); // no anonymous re-entrancy
    expect(lock.isOwner()).toBe(true);
    expect(lock.isOwner(null)).toBe(true);
    expect(lock.isOwner(t)).toBe(false);
    lock.release();
    await flush();
    expect(anon.state).toBe('fulfilled');
    lock.release(null);
    expect(() => lock.release()).toThrow(/is not acquired by the given owner/);
    expect(lock.isOwner()).toBe(false);
  });

  it('check 29: await using enter({owner}) releases with the owner; nested runExclusive is re-entrant; owner transfer', async () => {
    const lock = new RLock();
    const t = {};
    {
      await using g = await lock.enter({ owner: t });
      expect(g.owner).toBe(t);
      expect(lock.isOwner(t)).toBe(true);
    }
    expect(lock.locked()).toBe(false);
    const result = await lock.runExclusive((owner) => lock.runExclusive(() => lock.count * 10, { owner }));
    expect(result).toBe(20);
    expect(lock.locked()).toBe(false);

    const u = {};
    await lock.acquire({ owner: t });
    lock.owner = u;
    expect(() => lock.release(t)).toThrow(/is not acquired by the given owner/);
    lock.release(u);
    expect(lock.locked()).toBe(false);
    expect(() => {
      lock.owner = t;
    }).toThrow(new Error('asyncutils.locks.RLock: lock is not acquired'));
    await lock.acquire({ owner: t });
    lock.owner = null; // anonymous now
    expect(lock.owner).toBeUndefined();
    lock.release();
  });

  it('regression: a contended acquire waits FIFO instead of busy-looping, and takes signal/timeout', async () => {
    const lock = new RLock();
    await lock.acquire({ owner: 'a' });
    const order: string[] = [];
    const b = lock.acquire({ owner: 'b' }).then(() => order.push('b'));
    const c = lock.acquire({ owner: 'c' }).then(() => order.push('c'));
    const ctl = countedController();
    const d = track(lock.acquire({ owner: 'd', signal: ctl.signal, timeout: 50 }));
    ctl.controller.abort('no');
    await flush();
    expect(d.reason).toBe('no');
    const e = track(lock.acquire({ owner: 'e', timeout: 50 }));
    await vi.advanceTimersByTimeAsync(50);
    expect(isDomError(e.reason, 'TimeoutError')).toBe(true);
    expect(isDomError(await rejection(lock.acquire({ owner: 'f', timeout: 0 })), 'TimeoutError')).toBe(true);
    await expect(lock.acquire({ owner: 'a', timeout: 0 })).resolves.toBe(true); // re-entrant: no wait
    lock.release('a');
    lock.release('a');
    await b;
    lock.release('b');
    await c;
    expect(order).toEqual(['b', 'c']);
    lock.release('c');
    expect(lock.locked()).toBe(false);
  });

  it('tryAcquire with owners; cancelWaiters; dispose releases anonymously', async () => {
    const lock = new RLock();
    expect(lock.tryAcquire({ owner: 1 })).toBe(true);
    expect(lock.tryAcquire({ owner: 1 })).toBe(true);
    expect(lock.count).toBe(2);
    expect(lock.tryAcquire({ owner: 2 })).toBe(false);
    expect(lock.tryAcquire()).toBe(false);
    const w = track(lock.acquire());
    expect(lock.cancelWaiters()).toBe(1);
    await flush();
    expect(isDomError(w.reason, 'AbortError')).toBe(true);
    expect((w.reason as Error).message).toBe('asyncutils.locks.RLock: waiters cancelled');
    lock.release(1);
    lock.release(1);
    expect(lock.tryAcquire()).toBe(true);
    lock[Symbol.dispose]();
    expect(lock.locked()).toBe(false);
  });
});
