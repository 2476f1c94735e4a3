import { localContext } from '@asyncutils/context';
import { describe, expect, it } from 'vitest';
import { BoundedSemaphore } from '../src/BoundedSemaphore.js';
import { DynamicBoundedSemaphore } from '../src/DynamicBoundedSemaphore.js';
import { flush, track } from './support/harness.js';

describe('DynamicBoundedSemaphore', () => {
  it('check 11: default from the context constant, read at construction', async () => {
    expect(new DynamicBoundedSemaphore().value).toBe(1);
    const sem = localContext({ DYNAMIC_BOUNDED_SEMAPHORE_DEFAULT_VALUE: 3 }, () => new DynamicBoundedSemaphore());
    expect(sem.bound).toBe(3);
    const ps = [sem.acquire(), sem.acquire(), sem.acquire()].map(track);
    await flush();
    expect(ps.map((p) => p.state)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
    expect(sem.value).toBe(0);
    expect(sem).toBeInstanceOf(BoundedSemaphore);
  });

  it('check 11: raising the bound grants waiters (value 0 after)', async () => {
    const sem = new DynamicBoundedSemaphore(1);
    await sem.acquire();
    const a = track(sem.acquire());
    const b = track(sem.acquire());
    sem.bound = 3;
    await flush();
    expect([a.state, b.state]).toEqual(['fulfilled', 'fulfilled']);
    expect(sem.value).toBe(0);
    expect(sem.bound).toBe(3);
  });

  it('check 11: shrinking below the holders makes value negative; a waiter goes only after the third release', async () => {
    const sem = new DynamicBoundedSemaphore(3);
    await Promise.all([sem.acquire(), sem.acquire(), sem.acquire()]);
    sem.bound = 1;
    expect(sem.value).toBe(-2);
    expect(sem.locked()).toBe(true);
    const w = track(sem.acquire());
    sem.release();
    sem.release();
    await flush();
    expect(w.state).toBe('pending');
    expect(sem.value).toBe(0);
    sem.release();
    await flush();
    expect(w.state).toBe('fulfilled');
    expect(sem.value).toBe(0);
    sem.release();
    expect(sem.value).toBe(1);
    expect(() => sem.release()).toThrow('asyncutils.locks.DynamicBoundedSemaphore: released too many times');
  });

  it('check 11: a bad bound throws RangeError and changes nothing', () => {
    const sem = new DynamicBoundedSemaphore(2);
    expect(() => (sem.bound = -1)).toThrow(RangeError);
    expect(() => (sem.bound = 0.5)).toThrow('asyncutils.locks.DynamicBoundedSemaphore: bound must be a non-negative integer, got 0.5');
    expect(() => (sem.bound = '3' as never)).toThrow(RangeError);
    expect(sem.bound).toBe(2);
    expect(sem.value).toBe(2);
    sem.bound = 0;
    expect(sem.value).toBe(0);
    expect(sem.tryAcquire()).toBe(false);
  });

  it('regression: the bound setter gives permits to the woken waiters (Python woke them without any)', async () => {
    const sem = new DynamicBoundedSemaphore(1);
    await sem.acquire();
    const a = track(sem.acquire());
    const b = track(sem.acquire());
    sem.bound = 2; // one more permit: exactly one waiter may go
    await flush();
    expect([a.state, b.state]).toEqual(['fulfilled', 'pending']);
    expect(sem.value).toBe(0);
    sem.bound = 1; // shrinking wakes nobody
    await flush();
    expect(b.state).toBe('pending');
    expect(sem.value).toBe(-1);
    sem.release();
    sem.release();
    await flush();
    expect(b.state).toBe('fulfilled');
  });
});
