// The errors of circuit breakers: `CircuitBreakerError` and its subclasses.
import { defineErrorClass, type ErrorHasInstance } from '../brand.js';

/**
 * Base class of the errors a circuit breaker throws.
 *
 * @example
 * ```ts
 * import { CircuitBreakerError, CircuitOpen } from '@asyncutils/exceptions';

 * new CircuitOpen('open') instanceof CircuitBreakerError; // true
 * ```
 */
export class CircuitBreakerError extends Error {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'CircuitBreakerError');
}

/**
 * A half-open circuit breaker refused a call because its trial call is still running.
 *
 * @example
 * ```ts
 * import { CircuitHalfOpen } from '@asyncutils/exceptions';

 * throw new CircuitHalfOpen('asyncutils.altlocks.CircuitBreaker: half-open, trial call in progress');
 * ```
 */
export class CircuitHalfOpen extends CircuitBreakerError {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'CircuitHalfOpen');
}

/**
 * An open circuit breaker refused a call.
 *
 * @example
 * ```ts
 * import { CircuitOpen } from '@asyncutils/exceptions';

 * throw new CircuitOpen('asyncutils.altlocks.CircuitBreaker: open after 5 failures');
 * ```
 */
export class CircuitOpen extends CircuitBreakerError {
  static override readonly [Symbol.hasInstance]: ErrorHasInstance = /* @__PURE__ */ defineErrorClass(this, 'CircuitOpen');
}
