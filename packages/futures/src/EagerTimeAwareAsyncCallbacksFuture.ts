// `EagerTimeAwareAsyncCallbacksFuture<T>`: eager callbacks + creation order.
import { defineFutureClass, type FutureHasInstance } from './features.js';
import { EagerAsyncCallbacksFuture } from './EagerAsyncCallbacksFuture.js';
import { createdBefore, nextCreationOrder, type TimeAware } from './TimeAware.js';

/**
 * An {@link EagerAsyncCallbacksFuture} that is also time-aware (see {@link TimeAwareFuture}).
 *
 * @remarks
 * Raises `asyncutils.futures.EagerAsyncCallbacksFuture/schedule_callbacks`.
 *
 * @typeParam T - The result type.
 *
 * @example
 * ```ts
 * import { EagerTimeAwareAsyncCallbacksFuture } from '@asyncutils/futures';
 *
 * const fut = new EagerTimeAwareAsyncCallbacksFuture<number>();
 * fut.addAsyncCallback(async () => console.log('starts inside setResult'));
 * fut.setResult(1);
 * ```
 */
export class EagerTimeAwareAsyncCallbacksFuture<T> extends EagerAsyncCallbacksFuture<T> implements TimeAware {
  // Features (bits of features.ts): CALLBACKS | EAGER | TIME_AWARE.
  static override readonly [Symbol.hasInstance]: FutureHasInstance = /* @__PURE__ */ defineFutureClass(this, 'EagerTimeAwareAsyncCallbacksFuture', 14);

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
