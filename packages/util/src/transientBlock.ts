// `transientBlock`: run a synchronous function in a microtask; a `Future` of its result (Python's
// `transient_block`).
import { Future } from '@asyncutils/futures';
import { checkFunction, isThenable } from './validate.js';

/**
 * Schedules `f(...args)` in a microtask and returns a pending `Future` of its result: `f`'s value
 * (a thenable is awaited) fulfils the future, a throw or rejection rejects it.
 *
 * @remarks
 * Python's `transient_block` schedules the call on a given loop with `call_soon`; here there is one loop,
 * and the call runs after the current synchronous code, before any macrotask. Unlike upstream (whose future
 * never completes when `f` raises), a failure rejects the future. If the future is cancelled before the
 * microtask runs, `f` is not called; an outcome arriving after a cancellation is ignored.
 *
 * @param f - The function to call (with `this` undefined).
 * @param args - Its arguments.
 * @returns A pending `Future` of `f`'s awaited result.
 * @throws `TypeError` when `f` is not a function.
 *
 * @example
 * ```ts
 * import { transientBlock } from '@asyncutils/util';
 *
 * const fut = transientBlock((a: number, b: number) => a + b, 1, 2);
 * fut.done(); // false
 * await fut; // 3
 * ```
 */
export function transientBlock<A extends unknown[], R>(f: (...args: A) => R, ...args: A): Future<Awaited<R>> {
  checkFunction('transient_block', f, 'f');
  const fut = new Future<Awaited<R>>();
  const fulfil = (value: unknown): void => {
    if (!fut.done()) fut.setResult(value as Awaited<R>);
  };
  const fail = (error: unknown): void => {
    if (!fut.done()) fut.setException(error);
  };
  queueMicrotask(() => {
    if (fut.done()) return;
    let result: R;
    try {
      result = f(...args);
    } catch (error) {
      fail(error);
      return;
    }
    if (isThenable(result)) Promise.resolve(result).then(fulfil, fail);
    else fulfil(result);
  });
  return fut;
}
