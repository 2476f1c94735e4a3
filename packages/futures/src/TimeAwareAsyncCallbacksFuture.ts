// `TimeAwareAsyncCallbacksFuture<T>`: callbacks + creation order.
import { defineFutureClass, type FutureHasInstance } from './features.js';
import { AsyncCallbacksFuture } from './AsyncCallbacksFuture.js';
import { createdBefore, nextCreationOrder, type TimeAware } from './TimeAware.js';

/**
 * An {@link AsyncCallbacksFuture} that is also time-aware (see {@link TimeAwareFuture}).
 *
 * @remarks
 * Raises `asyncutils.futures.AsyncCallbacksFuture/schedule_callbacks` (time-awareness does not change the event).
 *
 * @typeParam T - The result type.
 *
 * @example
 * ```ts
 * import { TimeAwareAsyncCallbacksFuture, TimeAwareFuture } from '@asyncutils/futures';
 *
 * const a = new TimeAwareAsyncCallbacksFuture<number>();
 * const b = new TimeAwareFuture<number>();
 * a.lt(b); // true
 * a.addNoargsCallback(() => console.log('done'));
 * ```
 */
export class TimeAwareAsyncCallbacksFuture<T> extends AsyncCallbacksFuture<T> implements TimeAware {
  // Features (bits of features.ts): CALLBACKS | TIME_AWARE.
  static override readonly [Symbol.hasInstance]: FutureHasInstance = /* @__PURE__ */ defineFutureClass(this, 'TimeAwareAsyncCallbacksFuture', 6);

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
