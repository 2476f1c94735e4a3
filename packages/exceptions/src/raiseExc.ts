// `raiseExc`: construct (optionally), prepare, announce with an audit event, and throw an error.
import { audit } from '@asyncutils/audit';
import { prepareException, type PrepareExceptionOptions } from './prepareException.js';

/**
 * Throws an error after attaching a `cause` and notes (Python's `raise_exc`).
 *
 * @remarks
 * Given a class, constructs it with `args` first (a throwing constructor's error propagates). Then
 * `prepareException(err, opts)`, then the audit event `asyncutils.exceptions.raise_exc` with `[err]` (hooks see
 * the prepared instance and may annotate it; a throwing hook's error is thrown instead), then `throw err`.
 *
 * @param err - The error instance to throw.
 * @param opts - The `cause` and `notes` to attach.
 * @returns Never.
 * @throws `err`; `TypeError` when `err` is an instance and more arguments are given, or it is not an `Error`.
 *
 * @example
 * ```ts
 * import { raiseExc } from '@asyncutils/exceptions';
 *
 * raiseExc(new Error('write failed'), { notes: 'while flushing', cause: new Error('socket closed') });
 * ```
 */
export function raiseExc(err: Error, opts?: PrepareExceptionOptions): never;
/**
 * Constructs `new cls(...args)`, then throws it like {@link raiseExc}.
 *
 * @param cls - The error class.
 * @param args - Its constructor arguments.
 * @param opts - The `cause` and `notes` to attach.
 *
 * @example
 * ```ts
 * import { raiseExc } from '@asyncutils/exceptions';
 *
 * raiseExc(RangeError, ['limit must be positive'], { notes: 'in TokenBucket' });
 * ```
 */
export function raiseExc<A extends unknown[], E extends Error>(cls: new (...args: A) => E, args: A, opts?: PrepareExceptionOptions): never;
export function raiseExc(first: unknown, second?: unknown, third?: unknown): never {
  let err: Error;
  let opts: unknown;
  if (typeof first === 'function') {
    if (second !== undefined && !Array.isArray(second)) {
      throw new TypeError('asyncutils.exceptions.raise_exc: the constructor arguments must be an array');
    }
    err = new (first as new (...args: unknown[]) => Error)(...((second as unknown[] | undefined) ?? []));
    opts = third;
  } else {
    if (Array.isArray(second)) throw new TypeError('asyncutils.exceptions.raise_exc: no additional arguments were expected');
    err = first as Error;
    opts = second;
  }
  prepareException(err, opts as PrepareExceptionOptions | undefined);
  audit('asyncutils.exceptions.raise_exc', err);
  throw err;
}
