// Test-only stand-in for `doneFut` of @asyncutils/util (CROSSREF's test-only edge compete → util): that package
// does not exist yet, so this is a tiny local future — a non-native thenable that is already settled.
import { exceptionOccurred, unwrapExc, type ExceptionWrapper } from '@asyncutils/exceptions';

/** A minimal settled future: a thenable (not a native promise) holding its outcome. */
export class DoneFuture<T> implements PromiseLike<T> {
  readonly #ok: boolean;
  readonly #value: unknown;

  constructor(ok: boolean, value: unknown) {
    this.#ok = ok;
    this.#value = value;
  }

  then<A = T, B = never>(onFulfilled?: ((value: T) => A | PromiseLike<A>) | null, onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): PromiseLike<A | B> {
    const settled: Promise<T> = this.#ok ? Promise.resolve(this.#value as T) : Promise.reject(this.#value);
    return settled.then(onFulfilled, onRejected);
  }
}

/** A future already fulfilled with `res`, or rejected with the error of an `ExceptionWrapper` (as util's `doneFut`). */
export function doneFut<T>(res?: T | ExceptionWrapper): DoneFuture<T> {
  return exceptionOccurred(res) ? new DoneFuture<T>(false, unwrapExc(res)) : new DoneFuture<T>(true, res);
}
