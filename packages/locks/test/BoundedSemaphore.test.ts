import { describe, expect, it } from 'vitest';
import { BoundedSemaphore } from '../src/BoundedSemaphore.js';
import { Semaphore } from '../src/Semaphore.js';

describe('BoundedSemaphore', () => {
  it('check 10: releasing past the bound throws RangeError and changes nothing', () => {
    const sem = new BoundedSemaphore(1);
    expect(() => sem.release()).toThrow(RangeError);
    expect(() => sem.release()).toThrow('asyncutils.locks.BoundedSemaphore: released too many times');
    expect(sem.value).toBe(1);
  });

  it('is a Semaphore with bound = the initial value (default 1)', async () => {
    const sem = new BoundedSemaphore(3);
    expect(sem).toBeInstanceOf(Semaphore);
    expect(sem.bound).toBe(3);
    expect(new BoundedSemaphore().bound).toBe(1);
    await sem.acquire();
    sem.release();
    expect(sem.value).toBe(3);
    expect(() => new BoundedSemaphore(-2)).toThrow(/^asyncutils\.locks\.BoundedSemaphore: value must be/);
  });

  it('a release that hands the permit to a waiter is fine (value stays below the bound)', async () => {
    const sem = new BoundedSemaphore(1);
    await sem.acquire();
    const w = sem.acquire();
    sem.release();
    await w;
    expect(sem.value).toBe(0);
    sem.release();
    expect(sem.value).toBe(1);
  });
});
