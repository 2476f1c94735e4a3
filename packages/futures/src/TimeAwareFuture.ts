// `TimeAwareFuture<T>`: Future + creation order.
import { defineFutureClass, type FutureHasInstance } from './features.js';
import { Future } from './Future.js';
import { createdBefore, nextCreationOrder, type TimeAware } from './TimeAware.js';

/**
 * A {@link Future} that records when it was created and compares by creation with `lt` (any time-aware future or task).
 *
 * @remarks
 * `createdAt` is `performance.now()` at construction; `creationOrder` breaks ties within one clock tick.
 *
 * @typeParam T - The result type.
 *
 * @example
 * ```ts
 * import { TimeAwareFuture } from '@asyncutils/futures';
 *
 * const first = new TimeAwareFuture<number>();
 * const second = new TimeAwareFuture<number>();
 * first.lt(second); // true
 * [second, first].sort((a, b) => (a.lt(b) ? -1 : 1)); // [first, second]
 * ```
 */
export class TimeAwareFuture<T> extends Future<T> implements TimeAware {
  // Features (bits of features.ts): TIME_AWARE.
  static override readonly [Symbol.hasInstance]: FutureHasInstance = /* @__PURE__ */ defineFutureClass(this, 'TimeAwareFuture', 2);

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
