import { describe, expect, it } from 'vitest';
import { WritePreferredRWLock } from '../src/index.js';
import { wrapLocked } from '../src/lockedFunction.js';
import { flush, track } from './support/track.js';

describe('wrapLocked', () => {
  it('runs fn under the requested mode with the caller this and arguments', async () => {
    const lock = new WritePreferredRWLock();
    const seen: unknown[] = [];
    const w = wrapLocked(
      lock,
      function (this: unknown, a: number, b: number) {
        seen.push(this, lock.isWriting());
        return a + b;
      },
      true,
      'api',
    );
    const self = { me: 1 };
    expect(await w.call(self, 1, 2)).toBe(3);
    expect(seen).toEqual([self, true]);
    expect(lock.locked()).toBe(false);
  });

  it('a wrapper call waits for the lock and rejects with fn error after releasing', async () => {
    const lock = new WritePreferredRWLock();
    const boom = new Error('x');
    const r = wrapLocked(
      lock,
      async () => {
        throw boom;
      },
      false,
      'api',
    );
    const h = await lock.writing();
    const call = track(r());
    await flush();
    expect(call.state).toBe('pending');
    h.release();
    await expect(call.promise).rejects.toBe(boom);
    expect(lock.locked()).toBe(false);
  });

  it('lock is read-only and enumerable; name is configurable', () => {
    const lock = new WritePreferredRWLock();
    const f = wrapLocked(lock, function named() {}, false, 'api');
    expect(Object.getOwnPropertyDescriptor(f, 'lock')).toMatchObject({ writable: false, enumerable: true });
    expect(Object.getOwnPropertyDescriptor(f, 'name')).toMatchObject({ value: 'named', configurable: true });
    expect(() => wrapLocked(lock, undefined as unknown as () => void, false, 'my.api')).toThrow('my.api: fn must be a function, got undefined');
  });
});
