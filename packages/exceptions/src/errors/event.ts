// The error of events (`@asyncutils/events`): `EventValueError`.
import { defineErrorClass, type ErrorHasInstance } from '../brand.js';

/**
 * An event was given or holds an unacceptable value (Python `ValueError`, hence `RangeError`).
 *
 * @example
 * ```ts
 * import { EventValueError } from '@asyncutils/exceptions';

 * new EventValueError('bad value') instanceof RangeError; // true
 * ```
 */
export class EventValueError extends RangeError {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'EventValueError');
}
