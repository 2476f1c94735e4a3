import { LockMixin } from '@asyncutils/mixins';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Lock } from '../src/Lock.js';
import { Semaphore } from '../src/Semaphore.js';
import { countedController, flush, isDomError, rejection, track } from './support/harness.js';

describe('Lock', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    expect(vi.getTimerCount()).toBe(0);
    vi.useRealTimers();
  });

  it('check 1: acquire/locked/tryAcquire/release; releasing a free lock throws naming the API', async () => {
    const lock = new Lock();
    await expect(lock.acquire()).resolves.toBe(true);
    expect(lock.locked()).toBe(true);
    expect(lock.tryAcquire()).toBe(false);
    lock.release();
    expect(lock.locked()).toBe(false);
    expect(() => lock.release()).toThrow(new Error('asyncutils.locks.Lock: lock is not acquired'));
    expect(lock.tryAcquire()).toBe(true);
    expect(lock.locked()).toBe(true);
    lock.release();
  });

  it('check 2: the fast path is allocation-free: one shared promise, a cached enter() promise, no timer or listener', async () => {
    const l = new Lock();
    const a = l.acquire();
    l.release();
    const b = l.acquire();
    l.release();
    expect(a).toBe(b);
    const other = new Lock();
    expect(other.acquire()).toBe(a);
    other.release();
    expect(new Semaphore(2).acquire()).toBe(a); // shared by every class
    const e1 = l.enter();
    l.release();
    const e2 = l.enter();
    l.release();
    expect(e1).toBe(e2);
    await expect(e1).resolves.toBe(l);
    const c = countedController();
    const p = l.acquire({ signal: c.signal, timeout: 1000 });
    expect(p).toBe(a);
    expect(vi.getTimerCount()).toBe(0);
    expect(c.added()).toBe(0);
    l.release();
  });

  it('check 3: FIFO hand-off; locked() stays true; an acquire issued after the first release is served after c', async () => {
    const lock = new Lock();
    await lock.acquire();
    const order: string[] = [];
    const all = ['a', 'b', 'c'].map((id) => lock.acquire().then(() => order.push(id)));
    lock.release();
    expect(lock.locked()).toBe(true);
    expect(lock.tryAcquire()).toBe(false);
    const d = lock.acquire().then(() => order.push('d'));
    await flush();
    expect(order).toEqual(['a']);
    lock.release();
    await flush();
    expect(order).toEqual(['a', 'b']);
    lock.release();
    await flush();
    expect(order).toEqual(['a', 'b', 'c']);
    lock.release();
    await Promise.all([...all, d]);
    expect(order).toEqual(['a', 'b', 'c', 'd']);
    lock.release();
    expect(lock.locked()).toBe(false);
  });

  it('check 4: timeout rejects TimeoutError at 50 ms; release then frees; timeout 0; NaN is a RangeError', async () => {
    const lock = new Lock();
    await lock.acquire();
    const t = track(lock.acquire({ timeout: 50 }));
    await vi.advanceTimersByTimeAsync(49);
    expect(t.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(isDomError(t.reason, 'TimeoutError')).toBe(true);
    expect((t.reason as Error).message).toBe('asyncutils.locks.Lock.acquire: timed out after 50 ms');
    lock.release();
    expect(lock.locked()).toBe(false);
    await expect(lock.acquire({ timeout: 0 })).resolves.toBe(true);
    expect(isDomError(await rejection(lock.acquire({ timeout: 0 })), 'TimeoutError')).toBe(true);
    expect(lock.cancelWaiters()).toBe(0); // it did not queue
    lock.release();
    const e = await rejection(lock.acquire({ timeout: Number.NaN }));
    expect(e).toBeInstanceOf(RangeError);
    expect((e as Error).message).toBe('asyncutils.locks.Lock.acquire: timeout must be a non-negative number of milliseconds, got NaN');
  });

  it('check 5: abort rejects with the exact reason; pre-aborted on a free lock; release+abort in one tick keeps the grant', async () => {
    const lock = new Lock();
    await lock.acquire();
    const c = countedController();
    const t = track(lock.acquire({ signal: c.signal }));
    const reason = new Error('abort');
    c.controller.abort(reason);
    await flush();
    expect(t.reason).toBe(reason);
    lock.release();
    expect(lock.locked()).toBe(false);

    const pre = new AbortController();
    pre.abort();
    const e = await rejection(lock.acquire({ signal: pre.signal }));
    expect(e).toBe(pre.signal.reason);
    expect(lock.locked()).toBe(false);

    await lock.acquire();
    const c2 = countedController();
    const t2 = track(lock.acquire({ signal: c2.signal }));
    lock.release();
    c2.controller.abort();
    await flush();
    expect(t2.state).toBe('fulfilled');
    expect(t2.value).toBe(true);
    expect(lock.locked()).toBe(true);
    lock.release();
    expect(c.added()).toBe(c.removed());
    expect(c2.added()).toBe(c2.removed());
    expect(c.live() + c2.live()).toBe(0);
  });

  it('check 6: using/enter, runExclusive runs fn synchronously when free, keeps the lock for an async fn, releases on throw', async () => {
    const lock = new Lock();
    {
      using _ = await lock.enter();
      expect(lock.locked()).toBe(true);
    }
    expect(lock.locked()).toBe(false);
    let ran = false;
    const p = lock.runExclusive(() => {
      ran = true;
      return 'v';
    });
    expect(ran).toBe(true); // before runExclusive returned
    expect(lock.locked()).toBe(false); // a sync fn is released synchronously
    await expect(p).resolves.toBe('v');

    let resolveFn!: (v: number) => void;
    const q = lock.runExclusive(() => new Promise<number>((r) => (resolveFn = r)));
    await flush();
    expect(lock.locked()).toBe(true);
    resolveFn(5);
    await expect(q).resolves.toBe(5);
    expect(lock.locked()).toBe(false);

    const err = new TypeError('x');
    await expect(
      lock.runExclusive(() => {
        throw err;
      }),
    ).rejects.toBe(err);
    expect(lock.locked()).toBe(false);
  });

  it('check 7: cancelWaiters rejects both waiters with AbortError, keeps the holder; a custom reason passes through', async () => {
    const lock = new Lock();
    await lock.acquire();
    const a = track(lock.acquire());
    const b = track(lock.acquire());
    expect(lock.cancelWaiters()).toBe(2);
    await flush();
    for (const t of [a, b]) {
      expect(isDomError(t.reason, 'AbortError')).toBe(true);
      expect((t.reason as Error).message).toBe('asyncutils.locks.Lock: waiters cancelled');
    }
    expect(lock.locked()).toBe(true);
    const reason = Symbol('r');
    const c = track(lock.acquire());
    expect(lock.cancelWaiters(reason)).toBe(1);
    await flush();
    expect(c.reason).toBe(reason);
    lock.release();
  });

  it('is a LockMixin with static qualname; [Symbol.asyncDispose] releases synchronously and returns a shared promise', async () => {
    const lock = new Lock();
    expect(lock).toBeInstanceOf(LockMixin);
    expect(Lock.qualname).toBe('asyncutils.locks.Lock');
    await lock.acquire();
    const d1 = lock[Symbol.asyncDispose]();
    expect(lock.locked()).toBe(false);
    await lock.acquire();
    const d2 = lock[Symbol.asyncDispose]();
    expect(d1).toBe(d2);
    await expect(lock[Symbol.asyncDispose]()).rejects.toThrow('lock is not acquired');
    expect(() => lock[Symbol.dispose]()).toThrow('lock is not acquired');
  });

  it('enter and runExclusive wait their turn when contended, and reject with bad options', async () => {
    const lock = new Lock();
    await lock.acquire();
    const e = track(lock.enter({ timeout: 100 }));
    await flush();
    expect(e.state).toBe('pending');
    lock.release();
    await flush();
    expect(e.value).toBe(lock);
    await expect(lock.enter({ timeout: -5 })).rejects.toThrow(/^asyncutils\.locks\.Lock\.enter: timeout/);
    await expect(lock.runExclusive(() => 1, { timeout: -5 })).rejects.toThrow(/^asyncutils\.locks\.Lock\.runExclusive: timeout/);
    lock.release();
  });

  it('runExclusive: a release error replaces the result (the lock was released by someone else)', async () => {
    const lock = new Lock();
    await expect(lock.runExclusive(() => lock.release())).rejects.toThrow('lock is not acquired');
    await expect(
      lock.runExclusive(async () => {
        lock.release();
        return 1;
      }),
    ).rejects.toThrow('lock is not acquired');
    await expect(
      lock.runExclusive(async () => {
        lock.release();
        throw new Error('inner');
      }),
    ).rejects.toThrow('lock is not acquired');
    expect(lock.locked()).toBe(false);
  });

  it('runExclusive with a non-function rejects (never throws synchronously) and releases', async () => {
    const lock = new Lock();
    await expect(lock.runExclusive(42 as never)).rejects.toThrow(TypeError);
    expect(lock.locked()).toBe(false);
  });

  it('runExclusive adopts a foreign thenable once', async () => {
    const lock = new Lock();
    const thenable = {
      then(ok: (v: string) => void) {
        ok('first');
        ok('second');
      },
    };
    await expect(lock.runExclusive(() => thenable as unknown as PromiseLike<string>)).resolves.toBe('first');
    expect(lock.locked()).toBe(false);
  });

  it('a timeout longer than setTimeout can hold (2^31-1 ms) is re-armed, not fired early', async () => {
    const lock = new Lock();
    await lock.acquire();
    const day = 86_400_000;
    const t = track(lock.acquire({ timeout: 30 * day }));
    await vi.advanceTimersByTimeAsync(25 * day);
    expect(t.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(5 * day);
    expect(isDomError(t.reason, 'TimeoutError')).toBe(true);
    expect((t.reason as Error).message).toContain(`after ${30 * day} ms`);
    lock.release();
  });
});
