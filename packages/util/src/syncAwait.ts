// `syncAwait`: the honest JavaScript form of Python's `sync_await` — a result only if it is already known.
import { audit, typeName } from '@asyncutils/audit';
import { Deadlock } from '@asyncutils/exceptions';
import { isThenable } from './validate.js';

/** The message of the `Deadlock` thrown for anything still pending. */
export const SYNC_AWAIT_DEADLOCK = 'asyncutils.util.sync_await: cannot await in the current loop without blocking it';

/**
 * Returns the result of `aw` synchronously when it is already known, and throws `Deadlock` otherwise: the
 * JavaScript answer to Python's `sync_await`, which blocks a thread until an awaitable settles.
 *
 * @remarks
 * JavaScript has one thread per realm and no way to run the event loop from inside a synchronous call, so
 * waiting for a promise here would hang forever. `syncAwait` never waits:
 *
 * 1. raises the audit event `asyncutils.util.sync_await` with `[typeName(aw)]`, before looking at `aw`;
 * 2. a settled future (an object whose `done` and `result` are methods and `done()` is `true`, such as a
 *    settled `Future` or `Task` of `@asyncutils/futures`) → returns `aw.result()`, which throws the
 *    future's exception or cancellation reason;
 * 3. a value that is not a thenable → returns it unchanged;
 * 4. anything else — a pending future, every native `Promise` (even a resolved one: its value cannot be
 *    read synchronously), any other thenable → throws `Deadlock`. Use `await` there, or keep the result in
 *    a `Future` so that it can be read once settled.
 *
 * @param aw - A value, a future or a thenable.
 * @returns The value, or the settled future's result.
 * @throws `Deadlock` (`asyncutils.util.sync_await: cannot await in the current loop without blocking it`)
 * when the outcome is not known yet; the future's exception or cancellation reason for a failed future; any
 * error thrown by an audit hook.
 *
 * @example
 * ```ts
 * import { Future } from '@asyncutils/futures';
 * import { syncAwait } from '@asyncutils/util';
 *
 * syncAwait(42); // 42
 * const fut = new Future<string>();
 * fut.setResult('ready');
 * syncAwait(fut); // 'ready'
 * syncAwait(Promise.resolve(1)); // throws Deadlock: use `await` instead
 * ```
 */
export function syncAwait<T>(aw: T): Awaited<T> {
  audit('asyncutils.util.sync_await', typeName(aw));
  if ((typeof aw === 'object' || typeof aw === 'function') && aw !== null) {
    const fut = aw as { done?: unknown; result?: unknown };
    if (typeof fut.done === 'function' && typeof fut.result === 'function' && (fut.done as () => unknown).call(aw) === true) {
      return (fut.result as () => Awaited<T>).call(aw);
    }
  }
  if (!isThenable(aw)) return aw as Awaited<T>;
  throw new Deadlock(SYNC_AWAIT_DEADLOCK);
}
