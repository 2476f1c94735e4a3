// `getFuture`: a `Task` wrapping any awaitable or value (Python's `get_future`).
import { Task } from '@asyncutils/futures';
import { wrapInCoro } from './wrapInCoro.js';

/**
 * Wraps any awaitable — or plain value — in a `Task` of `@asyncutils/futures`, which settles with its
 * awaited outcome: the way to get synchronous inspection (`done()`, `result()`), cancellation and done
 * callbacks for a promise.
 *
 * @remarks
 * `new Task(wrapInCoro(aw))`. The task adopts the promise at once; cancelling the task settles it
 * `cancelled` at once but cannot stop the underlying work (a promise is not cancellable).
 *
 * @param aw - A value, a promise or any thenable.
 * @returns A new task settling like `aw`.
 *
 * @example
 * ```ts
 * import { getFuture } from '@asyncutils/util';
 *
 * const task = getFuture(fetch('https://example.com').then((r) => r.status));
 * task.done(); // false
 * await task; // 200
 * task.result(); // 200
 * ```
 */
export function getFuture<T>(aw: T): Task<Awaited<T>> {
  return new Task<Awaited<T>>(wrapInCoro(aw));
}
