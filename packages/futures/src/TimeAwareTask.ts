// `TimeAwareTask<T>`: Task + creation order.
import { defineFutureClass, type FutureHasInstance } from './features.js';
import { Task } from './Task.js';
import { createdBefore, nextCreationOrder, type TimeAware } from './TimeAware.js';

/**
 * A {@link Task} that records when it was created and compares by creation with `lt` (any time-aware future or task).
 *
 * @remarks
 * See {@link TimeAwareFuture}.
 *
 * @typeParam T - The result type.
 *
 * @example
 * ```ts
 * import { TimeAwareTask } from '@asyncutils/futures';
 *
 * const t1 = new TimeAwareTask(async () => 1);
 * const t2 = new TimeAwareTask(async () => 2);
 * t1.lt(t2); // true
 * ```
 */
export class TimeAwareTask<T> extends Task<T> implements TimeAware {
  // Features (bits of features.ts): TASK | TIME_AWARE.
  static override readonly [Symbol.hasInstance]: FutureHasInstance = /* @__PURE__ */ defineFutureClass(this, 'TimeAwareTask', 3);

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
