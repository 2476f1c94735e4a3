// Internal: argument checks shared by the classes of the package.
import { show } from './describe.js';

/**
 * Throws the error of a bad argument: `<api>: <what>, got <value shown>`.
 *
 * @param api - The qualified API, starting the message.
 * @param what - What was expected (`name must be a string`).
 * @param value - The bad value.
 * @param Err - The error class.
 * @throws `Err` (TypeError by default) always.
 *
 * @example
 * ```ts
 * if (typeof name !== 'string') fail('asyncutils.altlocks.CircuitBreaker', 'name must be a string', name);
 * ```
 */
export function fail(api: string, what: string, value: unknown, Err: new (message: string) => Error = TypeError): never {
  throw new Err(`${api}: ${what}, got ${show(value)}`);
}

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
 * @throws TypeError when `value` is not a number; RangeError when out of range, `NaN` or not finite (the
 * message states the expected range in both cases).
 *
 * @example
 * ```ts
 * checkNumber('asyncutils.altlocks.CircuitBreaker', 'maxFails', 3, true, 1); // 3
 * ```
 */
export function checkNumber(api: string, name: string, value: unknown, integer: boolean, min: number, exclusive?: boolean): number {
  // `Number.isInteger`/`Number.isFinite` are false for non-numbers, so one test covers both errors.
  if (!(integer ? Number.isInteger(value) : Number.isFinite(value)) || (value as number) < min || (exclusive && value === min)) {
    fail(api, `${name} must be ${integer ? 'an integer' : 'a finite number'} >${exclusive ? '' : '='} ${min}`, value, typeof value === 'number' ? RangeError : TypeError);
  }
  return value as number;
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
  if (typeof value !== 'function') fail(api, `${name} must be a function`, value);
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
 * @returns `opts`, or an empty object for `undefined`.
 * @throws TypeError when `opts` is neither an object nor `undefined`.
 *
 * @example
 * ```ts
 * const { maxFails } = checkOptions('asyncutils.altlocks.CircuitBreaker', opts);
 * ```
 */
export function checkOptions<O extends object>(api: string, opts: O | undefined): Partial<O> {
  if (opts === undefined) return {};
  if (typeof opts !== 'object' || opts === null) fail(api, 'options must be an object', opts);
  return opts;
}
