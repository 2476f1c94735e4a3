// Internal: argument checks shared by the classes of the package.
import { describe } from './describe.js';

/**
 * Checks that `value` is a number of the given kind, at least `min` (above `min` when `exclusive`).
 *
 * @param api - The qualified API, starting the message.
 * @param name - The option or parameter name.
 * @param value - The value to check.
 * @param integer - Whether it must be an integer (else any finite number).
 * @param min - The lower bound.
 * @param exclusive - Whether `min` itself is refused.
 * @returns `value`, typed.
 * @throws TypeError when `value` is not a number; RangeError when out of range, `NaN` or not finite.
 *
 * @example
 * ```ts
 * checkNumber('asyncutils.altlocks.CircuitBreaker', 'maxFails', 3, true, 1); // 3
 * ```
 */
export function checkNumber(api: string, name: string, value: unknown, integer: boolean, min: number, exclusive?: boolean): number {
  if (typeof value !== 'number') throw new TypeError(`${api}: ${name} must be a number, got ${describe(value)}`);
  if (!(integer ? Number.isInteger(value) : Number.isFinite(value)) || value < min || (exclusive && value === min)) {
    throw new RangeError(`${api}: ${name} must be ${integer ? 'an integer' : 'a finite number'} ${exclusive ? '>' : '>='} ${min}, got ${value}`);
  }
  return value;
}

/**
 * Checks that `value` is a function (or `undefined`, giving `fallback`).
 *
 * @param api - The qualified API, starting the message.
 * @param name - The option or parameter name.
 * @param value - The value to check.
 * @param fallback - What `undefined` gives.
 * @returns The function.
 * @throws TypeError when `value` is neither a function nor `undefined`.
 *
 * @example
 * ```ts
 * const timer = checkFunction('asyncutils.altlocks.DynamicThrottle', 'timer', opts.timer, now);
 * ```
 */
export function checkFunction<F>(api: string, name: string, value: unknown, fallback: F): F {
  if (value === undefined) return fallback;
  if (typeof value !== 'function') throw new TypeError(`${api}: ${name} must be a function, got ${describe(value)}`);
  return value as F;
}

/**
 * The default clock of the package: `performance.now()`, read at each call (so fake timers installed later
 * apply).
 *
 * @returns Milliseconds from an arbitrary origin.
 *
 * @example
 * ```ts
 * const t0 = now();
 * ```
 */
export function now(): number {
  return performance.now();
}

/**
 * Checks that an options argument is an object or `undefined`.
 *
 * @param api - The qualified API, starting the message.
 * @param opts - The options argument.
 * @throws TypeError when `opts` is neither an object nor `undefined`.
 *
 * @example
 * ```ts
 * checkOptions('asyncutils.altlocks.CircuitBreaker', opts);
 * ```
 */
export function checkOptions(api: string, opts: unknown): void {
  if (opts !== undefined && (typeof opts !== 'object' || opts === null)) throw new TypeError(`${api}: options must be an object, got ${describe(opts)}`);
}
