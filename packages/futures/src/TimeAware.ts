// The time-aware feature: creation time and a package-wide creation order, compared by `lt`.
import { typeName } from '@asyncutils/audit';
import { nameOf } from './features.js';

/**
 * A time-aware future or task (the `TimeAware` protocol): ordered by creation, `createdAt` first, then
 * `creationOrder` (a strict total order even within one clock tick).
 *
 * @example
 * ```ts
 * import { TimeAwareFuture, TimeAwareTask, type TimeAware } from '@asyncutils/futures';
 *
 * const older: TimeAware = new TimeAwareFuture<number>();
 * const newer: TimeAware = new TimeAwareTask(() => 1);
 * older.lt(newer); // true
 * ```
 */
export interface TimeAware {
  /** `performance.now()` at construction (ms). */
  readonly createdAt: number;
  /** A package-wide counter, incremented per time-aware instance. */
  readonly creationOrder: number;
  /** Whether this one was created before `other`. */
  lt(other: TimeAware): boolean;
}

/** The package-wide creation counter of time-aware instances. */
let creationCounter = 0;

/** @internal The next creation order. */
export function nextCreationOrder(): number {
  return ++creationCounter;
}

/**
 * @internal `self.lt(other)`: `createdAt` first, then `creationOrder`.
 * @throws TypeError when `other` has no numeric `createdAt` and `creationOrder`.
 */
export function createdBefore(self: TimeAware & object, other: unknown): boolean {
  const { createdAt, creationOrder } = Object(other) === other ? (other as Partial<TimeAware>) : {};
  if (typeof createdAt !== 'number' || typeof creationOrder !== 'number') {
    throw new TypeError(`asyncutils.futures.${nameOf(self)}.lt: other must be time-aware (numeric createdAt and creationOrder), got ${typeName(other)}`);
  }
  return self.createdAt < createdAt || (self.createdAt === createdAt && self.creationOrder < creationOrder);
}
