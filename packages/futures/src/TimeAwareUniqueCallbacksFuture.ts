// `TimeAwareUniqueCallbacksFuture<T>`: unique callbacks + creation order.
import { defineFutureClass, type FutureHasInstance } from './features.js';
import { UniqueCallbacksFuture } from './UniqueCallbacksFuture.js';
import { createdBefore, nextCreationOrder, type TimeAware } from './TimeAware.js';

/**
 * A {@link UniqueCallbacksFuture} that is also time-aware (see {@link TimeAwareFuture}).
 *
 * @remarks
 * Raises `asyncutils.futures.AsyncCallbacksFuture/schedule_callbacks`.
 *
 * @typeParam T - The result type.
 *
 * @example
 * ```ts
 * import { TimeAwareUniqueCallbacksFuture, TimeAwareFuture } from '@asyncutils/futures';
 *
 * const older = new TimeAwareFuture<number>();
 * const newer = new TimeAwareUniqueCallbacksFuture<number>();
 * older.lt(newer); // true
 * ```
 */
export class TimeAwareUniqueCallbacksFuture<T> extends UniqueCallbacksFuture<T> implements TimeAware {
  // Features (bits of features.ts): CALLBACKS | UNIQUE | TIME_AWARE.
  static override readonly [Symbol.hasInstance]: FutureHasInstance = /* @__PURE__ */ defineFutureClass(this, 'TimeAwareUniqueCallbacksFuture', 22);

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
