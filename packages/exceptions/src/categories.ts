// The error categories: matchers that keep Python's distinctions (`BaseException`, `Exception`,
// `CancelledError`, `TimeoutError`) in JavaScript's single hierarchy.
import { isErrorLike } from './describe.js';
import { errorMatcher, nameOf, type ErrorMatcher } from './errorMatcher.js';
import { BusTimeout } from './errors/bus.js';
import { FaultyConfig } from './errors/config.js';
import { Critical, Deadlock, StateCorrupted } from './errors/critical.js';
import { LockForceRequest } from './errors/lock.js';

/**
 * Matches every thrown value, primitives included (Python's `BaseException` as a category: anything raised).
 *
 * @example
 * ```ts
 * import { AnyError } from '@asyncutils/exceptions';
 *
 * 'oops' instanceof AnyError; // true
 * ```
 */
export const AnyError: ErrorMatcher = /* @__PURE__ */ errorMatcher(() => true, 'AnyError');

/**
 * Matches ordinary errors (Python's `Exception` as a category): `Error`s, except the kinds no ordinary handler
 * should swallow.
 *
 * @remarks
 * Matches objects that are `instanceof Error` or have the `[object Error]` tag, except instances of
 * `Critical`, `StateCorrupted`, `Deadlock`, `LockForceRequest`, `FaultyConfig` (upstream's `BaseException`s) and
 * objects named `'AbortError'` (cancellation). Thrown primitives are not typical.
 *
 * @example
 * ```ts
 * import { Deadlock, TypicalError } from '@asyncutils/exceptions';
 *
 * new RangeError('x') instanceof TypicalError; // true
 * new Deadlock() instanceof TypicalError; // false
 * new DOMException('stop', 'AbortError') instanceof TypicalError; // false
 * ```
 */
export const TypicalError: ErrorMatcher = /* @__PURE__ */ errorMatcher(
  (value) =>
    isErrorLike(value) &&
    nameOf(value) !== 'AbortError' &&
    !(
      value instanceof Critical ||
      value instanceof StateCorrupted ||
      value instanceof Deadlock ||
      value instanceof LockForceRequest ||
      value instanceof FaultyConfig
    ),
  'TypicalError',
);

/**
 * Matches cancellations: objects (including `DOMException`s) whose `name` is `'AbortError'` (Python's
 * `asyncio.CancelledError` as a category).
 *
 * @example
 * ```ts
 * import { AbortErrorLike } from '@asyncutils/exceptions';
 *
 * const ctrl = new AbortController();
 * ctrl.abort();
 * ctrl.signal.reason instanceof AbortErrorLike; // true
 * ```
 */
export const AbortErrorLike: ErrorMatcher = /* @__PURE__ */ errorMatcher((value) => nameOf(value) === 'AbortError', 'AbortErrorLike');

/**
 * Matches timeouts: objects whose `name` is `'TimeoutError'` (the `DOMException` of `AbortSignal.timeout`
 * and of the library's timeouts) and `BusTimeout` instances (Python's `TimeoutError` as a category).
 *
 * @example
 * ```ts
 * import { TimeoutErrorLike } from '@asyncutils/exceptions';
 *
 * new DOMException('too slow', 'TimeoutError') instanceof TimeoutErrorLike; // true
 * ```
 */
export const TimeoutErrorLike: ErrorMatcher = /* @__PURE__ */ errorMatcher(
  (value) => nameOf(value) === 'TimeoutError' || value instanceof BusTimeout,
  'TimeoutErrorLike',
);
