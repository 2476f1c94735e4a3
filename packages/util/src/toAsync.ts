// `toAsync`: an async wrapper that runs a function after a macrotask (Python's `to_async`).
import { audit, functionName } from '@asyncutils/audit';
import { yieldToEventLoop } from '@asyncutils/base';
import { ASYNC_COPY, SYNC_COPY, storeCopy, storedCopy } from './bridgeCopies.js';
import { checkFunction, copyName } from './validate.js';

/**
 * Returns an async version of `f`: each call returns a promise, yields to the event loop for one macrotask,
 * then calls `f` with the same `this` and arguments and settles with its outcome.
 *
 * @remarks
 * Python's `to_async` runs `f` in a thread-pool executor. A JavaScript closure cannot move to a worker, so
 * `f` runs on the calling thread, but never inside the caller's synchronous stack and never before pending
 * timers and I/O callbacks had a chance to run (it waits for `yieldToEventLoop()` of `@asyncutils/base`).
 * A long synchronous `f` still blocks the event loop while it runs: move CPU-heavy work to a worker.
 *
 * 1. raises the audit event `asyncutils.util.to_async` with `[fname(f)]`, before anything else;
 * 2. `f` made by {@link toSync} → returns the asynchronous copy stored by `toSync` (it calls the original
 *    at once and adopts its result), so `toAsync(toSync(h))` behaves as `h`;
 * 3. otherwise returns `h`, named like `f`: a throw of `f` rejects, a thenable result is adopted. `h` keeps
 *    a synchronous copy of `f`, so `toSync(toAsync(g))` behaves as `g`.
 *
 * The returned function is never `f` itself. No executor is created and `asyncutils/create_executor` is
 * not raised.
 *
 * @param f - The function to wrap.
 * @returns The async wrapper.
 * @throws `TypeError` when `f` is not a function; any error thrown by an audit hook.
 *
 * @example
 * ```ts
 * import { toAsync } from '@asyncutils/util';
 *
 * const add = toAsync(function add(a: number, b: number) { return a + b; });
 * const p = add(1, 2); // `add` has not run yet
 * await p; // 3
 * ```
 */
export function toAsync<A extends unknown[], R>(f: (...args: A) => R): (...args: A) => Promise<Awaited<R>> {
  audit('asyncutils.util.to_async', functionName(f));
  checkFunction('to_async', f, 'f');
  const asyncCopy = storedCopy(f, ASYNC_COPY);
  if (asyncCopy !== undefined) return asyncCopy as unknown as (...args: A) => Promise<Awaited<R>>;
  const h = async function (this: unknown, ...args: A): Promise<Awaited<R>> {
    await yieldToEventLoop();
    return (await f.apply(this, args)) as Awaited<R>;
  };
  const syncCopy = function (this: unknown, ...args: A): R {
    return f.apply(this, args);
  };
  storeCopy(h, SYNC_COPY, copyName(syncCopy, f));
  return copyName(h, f);
}
