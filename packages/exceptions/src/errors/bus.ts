// The errors of event buses (`@asyncutils/channels`): `BusError` and its subclasses.
import { defineErrorClass, type ErrorHasInstance } from '../brand.js';
import { describe } from '../describe.js';

/**
 * Base class of the errors an event bus throws.
 *
 * @example
 * ```ts
 * import { BusError, BusShutDown } from '@asyncutils/exceptions';
 *
 * new BusShutDown('bus1: shut down') instanceof BusError; // true
 * ```
 */
export class BusError extends Error {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'BusError');
}

/**
 * An event bus operation timed out.
 *
 * @remarks
 * Python's class is also a built-in `TimeoutError`; here `TimeoutErrorLike` matches it, like the
 * `DOMException`s named `'TimeoutError'` that other timeouts reject with.
 *
 * @example
 * ```ts
 * import { BusTimeout, TimeoutErrorLike } from '@asyncutils/exceptions';
 *
 * new BusTimeout('bus1: no subscriber answered in 500 ms') instanceof TimeoutErrorLike; // true
 * ```
 */
export class BusTimeout extends BusError {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'BusTimeout');
}

/**
 * The event bus was shut down.
 *
 * @example
 * ```ts
 * import { BusShutDown } from '@asyncutils/exceptions';
 *
 * throw new BusShutDown('bus1: cannot publish after stop()');
 * ```
 */
export class BusShutDown extends BusError {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'BusShutDown');
}

/**
 * The statistics of an event bus were requested while they are disabled or unavailable.
 *
 * @example
 * ```ts
 * import { BusStatsError } from '@asyncutils/exceptions';
 *
 * throw new BusStatsError('bus1: statistics are disabled');
 * ```
 */
export class BusStatsError extends BusError {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'BusStatsError');
}

/**
 * A middleware of an event bus failed badly while an event was published.
 *
 * @example
 * ```ts
 * import { BusPublishingError } from '@asyncutils/exceptions';
 *
 * function stamp() {}
 * new BusPublishingError({ name: 'bus1' }, stamp).message;
 * // 'bus1: severe error in middleware [Function stamp]'
 * ```
 */
export class BusPublishingError extends BusError {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'BusPublishingError');

  /** The bus that was publishing. */
  readonly bus: { readonly name: string };
  /** The middleware that failed. */
  readonly middleware: unknown;

  /**
   * @param bus - The bus that was publishing (its `name` starts the message).
   * @param middleware - The middleware that failed.
   */
  constructor(bus: { readonly name: string }, middleware: unknown) {
    super(`${bus.name}: severe error in middleware ${describe(middleware)}`);
    this.bus = bus;
    this.middleware = middleware;
  }
}
