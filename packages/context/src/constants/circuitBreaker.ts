// Contextual constants of the `CircuitBreaker` of `@asyncutils/altlocks`.
import { type ContextConstant, defineConstant } from '../defineConstant.js';

/**
 * Consecutive failures that open a `CircuitBreaker`.
 *
 * @remarks
 * Kind `'integer'`: a safe integer. Read by `@asyncutils/altlocks`. Python default: `3`.
 *
 * @default `3`
 *
 * @example
 * ```ts
 * import { CIRCUIT_BREAKER_DEFAULT_MAX_FAILS, localContext } from '@asyncutils/context';
 *
 * CIRCUIT_BREAKER_DEFAULT_MAX_FAILS.get(); // 3, unless overridden
 * localContext({ CIRCUIT_BREAKER_DEFAULT_MAX_FAILS: 5 }, () => CIRCUIT_BREAKER_DEFAULT_MAX_FAILS.get()); // 5
 * ```
 */
export const CIRCUIT_BREAKER_DEFAULT_MAX_FAILS: ContextConstant<'CIRCUIT_BREAKER_DEFAULT_MAX_FAILS'> = /* @__PURE__ */ defineConstant('CIRCUIT_BREAKER_DEFAULT_MAX_FAILS', 3, 'integer');

/**
 * Calls allowed while half-open.
 *
 * @remarks
 * Kind `'integer'`: a safe integer. Read by `@asyncutils/altlocks`. Python default: `5`.
 *
 * @default `5`
 *
 * @example
 * ```ts
 * import { CIRCUIT_BREAKER_DEFAULT_MAX_HALF_OPEN_CALLS, localContext } from '@asyncutils/context';
 *
 * CIRCUIT_BREAKER_DEFAULT_MAX_HALF_OPEN_CALLS.get(); // 5, unless overridden
 * localContext({ CIRCUIT_BREAKER_DEFAULT_MAX_HALF_OPEN_CALLS: 7 }, () => CIRCUIT_BREAKER_DEFAULT_MAX_HALF_OPEN_CALLS.get()); // 7
 * ```
 */
export const CIRCUIT_BREAKER_DEFAULT_MAX_HALF_OPEN_CALLS: ContextConstant<'CIRCUIT_BREAKER_DEFAULT_MAX_HALF_OPEN_CALLS'> = /* @__PURE__ */ defineConstant('CIRCUIT_BREAKER_DEFAULT_MAX_HALF_OPEN_CALLS', 5, 'integer');

/**
 * Time an open circuit waits before half-opening, in ms.
 *
 * @remarks
 * Kind `'duration'`: a duration in ms, `>= 0` or `Infinity`. Read by `@asyncutils/altlocks`. Python default: `30.0` (seconds).
 *
 * @default `30_000` ms
 *
 * @example
 * ```ts
 * import { CIRCUIT_BREAKER_DEFAULT_RESET, localContext } from '@asyncutils/context';
 *
 * CIRCUIT_BREAKER_DEFAULT_RESET.get(); // 30_000, unless overridden
 * localContext({ CIRCUIT_BREAKER_DEFAULT_RESET: 60_000 }, () => CIRCUIT_BREAKER_DEFAULT_RESET.get()); // 60_000
 * ```
 */
export const CIRCUIT_BREAKER_DEFAULT_RESET: ContextConstant<'CIRCUIT_BREAKER_DEFAULT_RESET'> = /* @__PURE__ */ defineConstant('CIRCUIT_BREAKER_DEFAULT_RESET', 30_000, 'duration');
