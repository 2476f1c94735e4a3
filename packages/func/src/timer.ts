// `timer`: a wrapper resolving `[result or wrapped expected error, elapsed ms]`, with optional logging.
import { functionName } from '@asyncutils/audit';
import { TIMER_DEFAULT_PRECISION } from '@asyncutils/context';
import { wrapExc, type ExceptionWrapper } from '@asyncutils/exceptions';
import { matcherOf, type FuncErrorMatcher } from './FuncErrorMatcher.js';
import { bool, count, func, named, now, optionsObject } from './validate.js';

const API = 'asyncutils.func.timer';

/**
 * Options of {@link timer}.
 *
 * @example
 * ```ts
 * import { timer, type TimerOptions } from '@asyncutils/func';
 *
 * const opts: TimerOptions = { precision: 2, expected: RangeError, shouldLog: false };
 * ```
 */
export interface TimerOptions {
  /**
   * Digits after the decimal point of the logged millisecond figure: an integer from 0 to 100.
   * @defaultValue `TIMER_DEFAULT_PRECISION` (7), read when `timer` is called
   */
  precision?: number;
  /**
   * The errors that resolve as `[wrapExc(err), elapsed]` instead of rejecting.
   * @defaultValue every thrown value
   */
  expected?: FuncErrorMatcher;
  /**
   * Log each outcome: `console.info` on success, `console.warn` (with the error) on an expected error.
   * @defaultValue `true`
   */
  shouldLog?: boolean;
  /**
   * The clock, in milliseconds.
   * @defaultValue `() => performance.now()`
   */
  timer?: () => number;
}

/**
 * Wraps `f` so that each call resolves its result together with the time it took (Python `timer`).
 *
 * @remarks
 * Success resolves `[value, ms]` and logs `asyncutils.func.timer: function <name> finished in <ms> milliseconds.`
 * with `console.info` (`ms` printed with `precision` decimals). An error selected by `expected` resolves
 * `[wrapExc(err), ms]` (test it with `exceptionOccurred`, get it back with `unwrapExc`) and logs
 * `…received expected error from function <name> after <ms> milliseconds:` with `console.warn`. Any other
 * error rejects. `this` and the arguments are forwarded.
 *
 * @param f - The function to time.
 * @param opts - See {@link TimerOptions}.
 * @returns An async function with `f`'s `name`.
 * @throws `TypeError` when `f` or `timer` is not a function or `expected` is not a matcher; `RangeError` when
 * `precision` is not an integer from 0 to 100.
 *
 * @example
 * ```ts
 * import { exceptionOccurred } from '@asyncutils/exceptions';
 * import { timer } from '@asyncutils/func';
 *
 * const timed = timer(async (id: number) => loadUser(id), { precision: 1 });
 * const [user, ms] = await timed(7); // logs "… finished in 12.3 milliseconds."
 * if (!exceptionOccurred(user)) console.log(user, ms);
 * ```
 */
export function timer<A extends unknown[], R>(f: (...a: A) => R, opts?: TimerOptions): (...a: A) => Promise<[result: Awaited<R> | ExceptionWrapper, elapsed: number]> {
  func(API, 'f', f);
  const o = optionsObject(API, opts) ?? {};
  const precision = count(API, 'precision', o.precision ?? TIMER_DEFAULT_PRECISION.get(), 0, 100);
  const expected = matcherOf(API, 'expected', o.expected);
  const log = bool(API, 'shouldLog', o.shouldLog) ?? true;
  const clock = func(API, 'timer', o.timer ?? now);
  const name = functionName(f);
  return named(async function (this: unknown, ...a: A): Promise<[Awaited<R> | ExceptionWrapper, number]> {
    const t0 = clock();
    try {
      const r = await f.apply(this, a);
      const ms = clock() - t0;
      if (log) console.info(`${API}: function ${name} finished in ${ms.toFixed(precision)} milliseconds.`);
      return [r, ms];
    } catch (e) {
      const ms = clock() - t0;
      if (expected && !expected(e)) throw e;
      const w = wrapExc(e);
      if (log) console.warn(`${API}: received expected error from function ${name} after ${ms.toFixed(precision)} milliseconds:`, e);
      return [w, ms];
    }
  }, f.name);
}
