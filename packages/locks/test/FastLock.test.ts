import { LockMixin } from '@asyncutils/mixins';
import { describe, expect, it, vi } from 'vitest';
import { FastLock } from '../src/FastLock.js';
import { Lock } from '../src/Lock.js';
import { Semaphore } from '../src/Semaphore.js';
import { TRUE } from '../src/waitQueue.js';
import { rejection } from './support/harness.js';

/** Exposes the protected `_take` hook. */
class Probe extends Lock {
  take(opts: unknown, method: string): boolean | Promise<never> {
    return this._take(opts as never, method);
  }
}

describe('FastLock', () => {
  it('is the base of the synchronous locks, a LockMixin', () => {
    expect(new Lock()).toBeInstanceOf(FastLock);
    expect(new Semaphore()).toBeInstanceOf(FastLock);
    expect(new Lock()).toBeInstanceOf(LockMixin);
  });

  it('_take validates the options of the named method, then takes the lock if it is free', async () => {
    const lock = new Probe();
    expect(lock.take(undefined, 'enter')).toBe(true);
    expect(lock.take({ timeout: 5 }, 'enter')).toBe(false); // held: the caller must wait
    const bad = lock.take({ timeout: -1 }, 'runExclusive') as Promise<never>;
    expect((await rejection(bad)) as Error).toEqual(
      new RangeError('asyncutils.locks.Lock.runExclusive: timeout must be a non-negative number of milliseconds, got -1'),
    );
    lock.release();
    expect(lock.locked()).toBe(false);
    await expect(lock.take({ signal: AbortSignal.abort('why') }, 'enter') as Promise<never>).rejects.toBe('why');
    expect(lock.locked()).toBe(false); // nothing taken
  });

  it('LockMixin uses the hook: free, enter and runExclusive never call acquire; held, they do', async () => {
    const lock = new Lock();
    const acquire = vi.spyOn(lock, 'acquire');
    const entered = lock.enter();
    lock.release();
    expect(lock.enter()).toBe(entered); // the cached promise
    lock.release();
    await lock.runExclusive(() => 1);
    expect(acquire).not.toHaveBeenCalled();
    await lock.acquire();
    const e = lock.enter({ timeout: 100 });
    const r = lock.runExclusive(() => 2);
    expect(acquire).toHaveBeenCalledTimes(3);
    expect(acquire).toHaveBeenLastCalledWith(undefined);
    lock.release();
    await expect(e).resolves.toBe(lock);
    lock.release();
    await expect(r).resolves.toBe(2);
    expect(lock.locked()).toBe(false);
  });

  it('acquire returns the shared pre-resolved promise when free; Symbol.dispose releases', () => {
    const lock = new Lock();
    expect(lock.acquire()).toBe(TRUE);
    lock[Symbol.dispose]();
    expect(lock.locked()).toBe(false);
    expect(() => lock[Symbol.dispose]()).toThrow('asyncutils.locks.Lock: lock is not acquired');
  });
});
