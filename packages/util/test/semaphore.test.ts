import { describe, expect, it } from 'vitest';
import { localContext } from '@asyncutils/context';
import { BoundedSemaphore, Lock, Semaphore } from '@asyncutils/locks';
import { semaphore } from '../src/semaphore.js';

describe('semaphore', () => {
  it('check 11: bounded 2 is a BoundedSemaphore of 2; releasing beyond 2 throws', async () => {
    const s = semaphore(true, 2);
    expect(s).toBeInstanceOf(BoundedSemaphore);
    expect((s as BoundedSemaphore).value).toBe(2);
    await s.acquire();
    s.release();
    expect(() => s.release()).toThrow(RangeError);
  });

  it('check 11: semaphore(true) is a Lock; semaphore(false, 3) a Semaphore of 3; -1 throws RangeError', () => {
    expect(semaphore(true)).toBeInstanceOf(Lock);
    expect(semaphore(true, 1)).toBeInstanceOf(Lock);
    const s = semaphore(false, 3);
    expect(s).toBeInstanceOf(Semaphore);
    expect(s).not.toBeInstanceOf(BoundedSemaphore);
    expect(s.value).toBe(3);
    expect(() => semaphore(false, -1)).toThrow(RangeError);
    expect(() => semaphore(false, -1)).toThrow('asyncutils.util.semaphore: workers must be an integer >= 0, got -1');
    expect(semaphore()).toBeInstanceOf(Semaphore);
    expect(semaphore().value).toBe(1);
    expect(semaphore(true, 0)).toBeInstanceOf(BoundedSemaphore);
  });

  it('check 11: reads SEMAPHORE_DEFAULT_VALUE per call', () => {
    const s = localContext({ SEMAPHORE_DEFAULT_VALUE: 4 }, () => semaphore());
    expect(s.value).toBe(4);
    const b = localContext({ SEMAPHORE_DEFAULT_VALUE: 4 }, () => semaphore(true));
    expect(b).toBeInstanceOf(BoundedSemaphore);
    expect(semaphore().value).toBe(1);
  });

  it('rejects bad input', () => {
    expect(() => semaphore(false, 1.5)).toThrow(RangeError);
    expect(() => semaphore(false, NaN)).toThrow(RangeError);
    expect(() => semaphore(false, '2' as never)).toThrow(new TypeError('asyncutils.util.semaphore: workers must be a number, got "2"'));
    expect(() => semaphore(false, null as never)).toThrow(TypeError);
    expect(() => semaphore(1 as never)).toThrow(/bounded must be a boolean/);
  });
});
