// Internal: the wrapper behind `lock.reader(fn)` / `lock.writer(fn)` (Python's `Locked` class).
import { describe } from './options.js';
import type { RWLock } from './RWLock.js';
import type { RWLockedFunction } from './types.js';

/**
 * Wraps `fn` so that each call runs under `lock.reading()` (or `writing()` when `write`), with the
 * caller's `this` and arguments. `api` names the calling method in the `TypeError` for a non-function.
 */
export function wrapLocked<A extends unknown[], R>(lock: RWLock, fn: (...args: A) => R, write: boolean, api: string): RWLockedFunction<A, R> {
  if (typeof fn !== 'function') throw new TypeError(`${api}: fn must be a function, got ${describe(fn)}`);
  const wrapped = function (this: unknown, ...args: A): Promise<Awaited<R>> {
    const call = (): R => fn.apply(this, args);
    return write ? lock.runWriting(call) : lock.runReading(call);
  };
  Object.defineProperties(wrapped, {
    name: { value: fn.name, configurable: true },
    lock: { value: lock, enumerable: true },
    reader: { value: <A2 extends unknown[], R2>(f: (...args: A2) => R2): RWLockedFunction<A2, R2> => lock.reader(f) },
    writer: { value: <A2 extends unknown[], R2>(f: (...args: A2) => R2): RWLockedFunction<A2, R2> => lock.writer(f) },
  });
  return wrapped as RWLockedFunction<A, R>;
}
