// The error of futures (`@asyncutils/futures`): `FutureCorrupted`.
import { defineErrorClass, type ErrorHasInstance } from '../brand.js';

/**
 * A future's internal state was tampered with.
 *
 * @example
 * ```ts
 * import { FutureCorrupted } from '@asyncutils/exceptions';

 * throw new FutureCorrupted('asyncutils.futures.Future: state is not one of pending, done, cancelled');
 * ```
 */
export class FutureCorrupted extends Error {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'FutureCorrupted');
}
