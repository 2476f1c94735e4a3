// `exceptionOccurred`: whether a value is an `ExceptionWrapper`.
import { wrappedBox, type ExceptionWrapper } from './wrapExc.js';

/**
 * Whether `v` is an exception wrapper made by `wrapExc` (by any copy of the package).
 *
 * @param v - Any value.
 * @returns `true` for a wrapper (narrowing `v` to `ExceptionWrapper`).
 *
 * @example
 * ```ts
 * import { exceptionOccurred, wrapExc } from '@asyncutils/exceptions';
 *
 * exceptionOccurred(wrapExc(new Error('x'))); // true
 * exceptionOccurred(new Error('x')); // false
 * ```
 */
export function exceptionOccurred(v: unknown): v is ExceptionWrapper {
  return wrappedBox(v) !== undefined;
}
