import { afterEach, describe, expect, it, vi } from 'vitest';
import { Lock } from '@asyncutils/locks';
import type { AsyncLockLike, LockAcquireOptions } from '@asyncutils/mixins';
import { acquireWithin, isLockLike, notLockLike, releaseLock } from '../src/lockLike.js';
import { flushMicrotasks, rejection } from './support/hooks.js';

/** A lock that ignores signals and grants when `grant()` is called. */
function deafLock(): AsyncLockLike & { grant(): void; held: boolean; seen: (LockAcquireOptions | undefined)[] } {
  let resolve: ((v: boolean) => void) | undefined;
  const lock = {
    held: false,
    seen: [] as (LockAcquireOptions | undefined)[],
    acquire(opts?: LockAcquireOptions) {
      lock.seen.push(opts);
      return new Promise<boolean>((r) => (resolve = r));
    },
    grant() {
      lock.held = true;
      resolve?.(true);
    },
    release() {
      lock.held = false;
    },
    locked() {
      return lock.held;
    },
  };
  return lock;
}

describe('lockLike (internal)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('recognises lock-like objects', () => {
    expect(isLockLike(new Lock())).toBe(true);
    expect(isLockLike({ acquire() {}, release() {} })).toBe(false);
    expect(isLockLike(null)).toBe(false);
    expect(isLockLike(3)).toBe(false);
    expect(notLockLike('x').message).toBe('asyncutils.util.x: acquire, release and locked methods are required');
  });

  it('releaseLock awaits a thenable release and returns undefined for a sync one', async () => {
    let released = false;
    const asyncRelease = { acquire: async () => true, release: () => Promise.resolve().then(() => (released = true)), locked: () => true };
    await releaseLock(asyncRelease);
    expect(released).toBe(true);
    const lock = new Lock();
    await lock.acquire();
    expect(releaseLock(lock)).toBeUndefined();
    expect(lock.locked()).toBe(false);
  });

  it('without deadline nor signal, calls acquire() with no options', async () => {
    const lock = deafLock();
    const p = acquireWithin('api', lock, undefined, undefined);
    lock.grant();
    await p;
    expect(lock.seen).toEqual([undefined]);
    const q = acquireWithin('api', lock, Infinity, undefined);
    lock.grant();
    await q;
    expect(lock.seen).toEqual([undefined, undefined]);
  });

  it('rejects TimeoutError at expiry even when the lock ignores the signal, and releases a late grant at once', async () => {
    vi.useFakeTimers();
    const lock = deafLock();
    const p = acquireWithin('api', lock, 50, undefined);
    const seen = lock.seen[0];
    expect(seen?.signal).toBeInstanceOf(AbortSignal);
    const r = rejection(p);
    await vi.advanceTimersByTimeAsync(49);
    expect(seen?.signal?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const err = (await r) as DOMException;
    expect(err.name).toBe('TimeoutError');
    expect(err.message).toBe('asyncutils.util.api: timed out after 50 ms waiting for the lock');
    expect(seen?.signal?.reason).toBe(err);
    lock.grant();
    await flushMicrotasks();
    expect(lock.held).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a late grant with a failing release is swallowed', async () => {
    vi.useFakeTimers();
    const lock = deafLock();
    lock.release = () => {
      throw new Error('cannot');
    };
    const r = rejection(acquireWithin('api', lock, 0, undefined));
    await vi.advanceTimersByTimeAsync(0);
    expect((await r) as DOMException).toHaveProperty('name', 'TimeoutError');
    lock.grant();
    await flushMicrotasks();
    expect(lock.held).toBe(true);
  });

  it('honours an outer signal: already aborted, aborted while waiting; listeners and timers removed', async () => {
    vi.useFakeTimers();
    const reason = new Error('stop');
    const ctrl = new AbortController();
    ctrl.abort(reason);
    expect(await rejection(acquireWithin('api', new Lock(), undefined, ctrl.signal))).toBe(reason);

    const lock = new Lock();
    await lock.acquire();
    const outer = new AbortController();
    const add = vi.spyOn(outer.signal, 'addEventListener');
    const remove = vi.spyOn(outer.signal, 'removeEventListener');
    const p = rejection(acquireWithin('api', lock, 1000, outer.signal));
    outer.abort(reason);
    expect(await p).toBe(reason);
    expect(add).toHaveBeenCalledTimes(1);
    expect(remove).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
    lock.release();
    expect(lock.locked()).toBe(false);
  });

  it('success and acquire failures clean up the timer and the listener', async () => {
    vi.useFakeTimers();
    const outer = new AbortController();
    const remove = vi.spyOn(outer.signal, 'removeEventListener');
    const lock = new Lock();
    await acquireWithin('api', lock, 100, outer.signal);
    expect(lock.locked()).toBe(true);
    expect(remove).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);

    const e = new Error('acquire failed');
    const failing = { acquire: () => Promise.reject(e), release() {}, locked: () => false };
    expect(await rejection(acquireWithin('api', failing, 100, outer.signal))).toBe(e);
    expect(remove).toHaveBeenCalledTimes(2);
    expect(vi.getTimerCount()).toBe(0);

    const throwing = {
      acquire: (): Promise<boolean> => {
        throw e;
      },
      release() {},
      locked: () => false,
    };
    expect(await rejection(acquireWithin('api', throwing, 100, undefined))).toBe(e);
    expect(vi.getTimerCount()).toBe(0);

    const late = deafLock();
    const p = rejection(acquireWithin('api', { ...late, acquire: () => Promise.reject(e) }, 100, undefined));
    expect(await p).toBe(e);
  });

  it('ignores a rejection that arrives after the timeout', async () => {
    vi.useFakeTimers();
    let rej: ((e: unknown) => void) | undefined;
    const lock = { acquire: () => new Promise<boolean>((_, r) => (rej = r)), release() {}, locked: () => false };
    const p = rejection(acquireWithin('api', lock, 10, undefined));
    await vi.advanceTimersByTimeAsync(10);
    expect(await p).toHaveProperty('name', 'TimeoutError');
    rej?.(new Error('late'));
    await flushMicrotasks();
  });
});
