// `raiseFor`: throw the error inside a wrapper, or pass any other value through.
import { wrappedBox, type ExceptionWrapper } from './wrapExc.js';

/**
 * Throws the error inside an exception wrapper; returns any other value unchanged.
 *
 * @param v - A value or an exception wrapper.
 * @returns `v`, when it is not a wrapper.
 * @throws The wrapped error.
 *
 * @example
 * ```ts
 * import { raiseFor, wrapExc } from '@asyncutils/exceptions';
 *
 * raiseFor(5); // 5
 * raiseFor(wrapExc(new RangeError('a'))); // throws the RangeError
 * ```
 */
export function raiseFor<T>(v: T): Exclude<T, ExceptionWrapper> {
  const box = wrappedBox(v);
  if (box !== undefined) throw box.exc;
  return v as Exclude<T, ExceptionWrapper>;
}
