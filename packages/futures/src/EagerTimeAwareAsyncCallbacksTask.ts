// `EagerTimeAwareAsyncCallbacksTask<T>`: task version of EagerTimeAwareAsyncCallbacksFuture.
import { defineFutureClass, type FutureHasInstance } from './features.js';
import { EagerAsyncCallbacksTask } from './EagerAsyncCallbacksTask.js';
import { createdBefore, nextCreationOrder, type TimeAware } from './TimeAware.js';

/**
 * An {@link EagerAsyncCallbacksTask} that is also time-aware (see {@link TimeAwareFuture}).
 *
 * @remarks
 * Raises `asyncutils.futures.EagerAsyncCallbacksTask/schedule_callbacks`. It is an instance of every class whose
 * features it has: `Task`, `TimeAwareTask`, `AsyncCallbacksFuture`, `EagerAsyncCallbacksFuture`, ….
 *
 * @typeParam T - The result type.
 *
 * @example
 * ```ts
 * import { EagerTimeAwareAsyncCallbacksTask, TimeAwareTask } from '@asyncutils/futures';
 *
 * const task = new EagerTimeAwareAsyncCallbacksTask(async () => 'ok');
 * task instanceof TimeAwareTask; // true
 * task.addAsyncCallback(async (t) => console.log(t.result()));
 * ```
 */
export class EagerTimeAwareAsyncCallbacksTask<T> extends EagerAsyncCallbacksTask<T> implements TimeAware {
  // Features (bits of features.ts): TASK | CALLBACKS | EAGER | TIME_AWARE.
  static override readonly [Symbol.hasInstance]: FutureHasInstance = /* @__PURE__ */ defineFutureClass(this, 'EagerTimeAwareAsyncCallbacksTask', 15);

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
