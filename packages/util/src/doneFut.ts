// `doneFut`: a new future, already settled (Python's `done_fut`).
import { exceptionOccurred, unwrapExc, type ExceptionWrapper } from '@asyncutils/exceptions';
import { Future } from '@asyncutils/futures';
import { checkFunction, checkOptions, describe, QUAL } from './validate.js';

/**
 * Creates a `Future` that is already fulfilled with `res`, or rejected when `res` is an exception wrapper
 * (`wrapExc(e)` of `@asyncutils/exceptions`).
 *
 * @param res - The result, or `wrapExc(error)` for a failed future.
 * @defaultValue `res`: `undefined`
 * @returns A new, settled `Future`.
 * @throws `TypeError` when `res` is a thenable (a future cannot hold one: await it first).
 *
 * @example
 * ```ts
 * import { wrapExc } from '@asyncutils/exceptions';
 * import { doneFut } from '@asyncutils/util';
 *
 * await doneFut(42); // 42
 * doneFut(42).done(); // true
 * await doneFut(wrapExc(new RangeError('bad'))); // rejects RangeError
 * ```
 */
export function doneFut<T = undefined>(res?: T | ExceptionWrapper): Future<T>;
/**
 * Creates an instance of `opts.futureClass` that is already fulfilled with `res`, or rejected when `res` is
 * an exception wrapper.
 *
 * @remarks
 * `f = new futureClass(); exceptionOccurred(res) ? f.setException(unwrapExc(res)) : f.setResult(res)`.
 *
 * @param res - The result, or `wrapExc(error)` for a failed future.
 * @param opts - `futureClass`: the future class to instantiate (no arguments).
 * @defaultValue `futureClass`: `Future` of `@asyncutils/futures`
 * @returns The new, settled future.
 * @throws `TypeError` when `futureClass` is not a constructor or its instances lack `setResult`/`setException`,
 * or when `res` is a thenable.
 *
 * @example
 * ```ts
 * import { AsyncCallbacksFuture } from '@asyncutils/futures';
 * import { doneFut } from '@asyncutils/util';
 *
 * const fut = doneFut(1, { futureClass: AsyncCallbacksFuture });
 * fut.addNoargsCallback(() => console.log('already done'));
 * ```
 */
export function doneFut<T, F extends Future<T>>(res: T | ExceptionWrapper, opts: { readonly futureClass: new () => F }): F;
export function doneFut(res?: unknown, opts?: { readonly futureClass?: new () => Future<unknown> }): Future<unknown> {
  checkOptions('done_fut', opts);
  const cls: unknown = opts?.futureClass ?? Future;
  checkFunction('done_fut', cls, 'futureClass');
  const fut = new (cls as unknown as new () => Partial<Future<unknown>>)();
  if (typeof fut.setResult !== 'function' || typeof fut.setException !== 'function') {
    throw new TypeError(`${QUAL}done_fut: futureClass instances need setResult and setException methods, got ${describe(fut)}`);
  }
  if (exceptionOccurred(res)) fut.setException(unwrapExc(res));
  else fut.setResult(res);
  return fut as Future<unknown>;
}
