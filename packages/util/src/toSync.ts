// `toSync`: a synchronous wrapper of a function, over `syncAwait` (Python's `to_sync`).
import { audit, functionName } from '@asyncutils/audit';
import { ASYNC_COPY, SYNC_COPY, storeCopy, storedCopy } from './bridgeCopies.js';
import { syncAwait } from './syncAwait.js';
import { checkFunction, copyName } from './validate.js';

/**
 * Returns a synchronous version of `f`: each call returns `syncAwait(f(...args))`, so it works when `f`
 * returns a plain value or an already settled future, and throws `Deadlock` when `f` returns something
 * still pending (every native `Promise`).
 *
 * @remarks
 * Python's `to_sync` blocks the calling thread until the coroutine finishes; JavaScript cannot block its only
 * thread on a promise (see {@link syncAwait}). So:
 *
 * 1. raises the audit event `asyncutils.util.to_sync` with `[fname(f)]`, before anything else;
 * 2. `f` made by {@link toAsync} → returns the synchronous copy stored by `toAsync` (a plain function that
 *    calls the original with the same `this` and arguments), so `toSync(toAsync(g))` behaves as `g`,
 *    truly synchronously;
 * 3. otherwise returns `w`, named like `f`, forwarding `this`; each call raises
 *    `asyncutils.util.sync_await` (through `syncAwait`). `w` keeps an asynchronous copy of `f`, so
 *    `toAsync(toSync(h))` behaves as `h`.
 *
 * The returned function is never `f` itself. For an `async` function the result is only useful as a
 * round-trip partner of `toAsync`: call `await f()` instead.
 *
 * @param f - The function to wrap.
 * @returns The synchronous wrapper.
 * @throws `TypeError` when `f` is not a function; any error thrown by an audit hook. The wrapper throws
 * `Deadlock` for a pending result, and whatever `f` throws.
 *
 * @example
 * ```ts
 * import { toAsync, toSync } from '@asyncutils/util';
 *
 * const double = toSync((x: number) => x * 2);
 * double(21); // 42
 * const add = toSync(toAsync((a: number, b: number) => a + b));
 * add(1, 2); // 3, synchronously (the round trip unwraps)
 * toSync(async () => 1)(); // throws Deadlock: await it instead
 * ```
 */
export function toSync<A extends unknown[], R>(f: (...args: A) => R): (...args: A) => Awaited<R> {
  audit('asyncutils.util.to_sync', functionName(f));
  checkFunction('to_sync', f, 'f');
  const sync = storedCopy(f, SYNC_COPY);
  if (sync !== undefined) return sync as unknown as (...args: A) => Awaited<R>;
  const w = function (this: unknown, ...args: A): Awaited<R> {
    return syncAwait(f.apply(this, args));
  };
  const asyncCopy = async function (this: unknown, ...args: A): Promise<Awaited<R>> {
    return (await f.apply(this, args)) as Awaited<R>;
  };
  storeCopy(w, ASYNC_COPY, copyName(asyncCopy, f));
  return copyName(w, f);
}
