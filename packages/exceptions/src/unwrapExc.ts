// `unwrapExc`: the error inside an `ExceptionWrapper`.
import { wrappedBox, type ExceptionWrapper } from './wrapExc.js';

/**
 * Returns the error inside a wrapper made by `wrapExc` (by any copy of the package). Never throws that error.
 *
 * @param w - The wrapper.
 * @returns The wrapped error.
 * @throws `TypeError` when `w` is not an exception wrapper.
 *
 * @example
 * ```ts
 * import { unwrapExc, wrapExc } from '@asyncutils/exceptions';
 *
 * const e = new Error('x');
 * unwrapExc(wrapExc(e)) === e; // true
 * ```
 */
export function unwrapExc<E>(w: ExceptionWrapper<E>): E {
  const box = wrappedBox(w);
  if (box === undefined) throw new TypeError('asyncutils.exceptions.unwrapExc: not an exception wrapper');
  return box.exc as E;
}
