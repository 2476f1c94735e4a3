// `TimeAwareAsyncCallbacksTask<T>`: task version of TimeAwareAsyncCallbacksFuture.
import { defineFutureClass, type FutureHasInstance } from './features.js';
import { AsyncCallbacksTask } from './AsyncCallbacksTask.js';
import { createdBefore, nextCreationOrder, type TimeAware } from './TimeAware.js';

/**
 * An {@link AsyncCallbacksTask} that is also time-aware (see {@link TimeAwareFuture}).
 *
 * @remarks
 * Raises `asyncutils.futures.AsyncCallbacksTask/schedule_callbacks`.
 *
 * @typeParam T - The result type.
 *
 * @example
 * ```ts
 * import { TimeAwareAsyncCallbacksTask } from '@asyncutils/futures';
 *
 * const t1 = new TimeAwareAsyncCallbacksTask(async () => 42);
 * const t2 = new TimeAwareAsyncCallbacksTask(async () => 42);
 * t1.lt(t2); // true
 * await Promise.all([t1, t2]); // [42, 42]
 * ```
 */
export class TimeAwareAsyncCallbacksTask<T> extends AsyncCallbacksTask<T> implements TimeAware {
  // Features (bits of features.ts): TASK | CALLBACKS | TIME_AWARE.
  static override readonly [Symbol.hasInstance]: FutureHasInstance = /* @__PURE__ */ defineFutureClass(this, 'TimeAwareAsyncCallbacksTask', 7);

  /** `performance.now()` at construction (ms). */
  readonly createdAt: number = performance.now();

  /** A package-wide counter, incremented per time-aware instance: orders instances created in the same tick. */
  readonly creationOrder: number = nextCreationOrder();

  /**
   * Whether this one was created before `other`: `createdAt` first, then `creationOrder`. Any two time-aware
   * futures or tasks compare.
   *
   * @param other - A time-aware future or task.
   * @returns `true` when this one is older.
   * @throws TypeError when `other` has no numeric `createdAt` and `creationOrder`.
   */
  lt(other: TimeAware): boolean {
    return createdBefore(this, other);
  }
}
