// `every`: a decorator running a function every `interval` ms until stopped.
import type { RaiseSentinel } from '@asyncutils/constants';
import { periodicConfig, runPeriodic, stopStateOf, type PeriodicOptions } from './periodic.js';
import { func, named } from './validate.js';

/**
 * Options of {@link every} (Python's keyword arguments, without `loop` and `supplied_kwargs`).
 *
 * @typeParam T - The value of the stop promise.
 * @typeParam D - The type of `default`.
 *
 * @example
 * ```ts
 * import { every, type EveryOptions } from '@asyncutils/func';
 *
 * const stop = new Promise<'stopped'>((r) => setTimeout(() => r('stopped'), 10_000));
 * const opts: EveryOptions<'stopped'> = { stopWhen: stop, waitFirst: true };
 * ```
 */
export interface EveryOptions<T = never, D = undefined> extends PeriodicOptions<D> {
  /**
   * When it fulfils, every running call resolves its value (checked between runs, so a running call first
   * lets the current run finish). A rejection counts as Python's cancellation: with `stopOnExc` the loop
   * ends (resolving `default`), otherwise it is reported and the promise is ignored for the rest of that
   * call. Shared by every call of the decorated function.
   * @defaultValue absent: the loop never stops by itself
   */
  stopWhen?: PromiseLike<T>;
}

/**
 * Makes a decorator that runs a function every `interval` milliseconds until a stop promise fulfils, an
 * error stops it, `maxIterations` runs are done or a signal aborts (Python `every`).
 *
 * @remarks
 * Each call of the decorated function starts its own loop (after `interval` ms when `waitFirst`): run
 * `f(...suppliedArgs, ...args)` with the call's `this`, await it, then wait for the first of the stop
 * promise settling or the pause elapsing (`interval` minus the run's time with `countF`, else `interval`).
 * `f` always runs at least once, even when `stopWhen` has already fulfilled.
 *
 * - `f` throws: with `stopOnExc` the call resolves the stop value if it is already there, else `default`;
 *   without, `console.warn` (`console.error` when `verbose`) reports
 *   `asyncutils.func.every: error in periodic coroutine <name> on iteration <i>` and the loop goes on.
 * - `maxIterations` reached: with `stopOnExc` or `default: RAISE` the call rejects with `MaxIterationsError`
 *   (`…periodic coroutine <name> reached the maximum of <n> iterations`); else `console.info` reports it and
 *   the call resolves `default`.
 *
 * @param interval - The period in milliseconds: finite, `> 0`.
 * @param opts - See {@link EveryOptions}.
 * @returns The decorator. It throws `TypeError` for a non-function; the decorated function has `f`'s
 * `name` and returns a promise of the stop value, `default` or `undefined`.
 * @throws `TypeError` for options of the wrong type; `RangeError` for an `interval` or `maxIterations` out of
 * range.
 *
 * @example
 * ```ts
 * import { every } from '@asyncutils/func';
 *
 * const controller = new AbortController();
 * const poll = every(5_000, { stopOnExc: false, signal: controller.signal })(async () => {
 *   const res = await fetch('/status');
 *   console.log(res.status);
 * });
 * poll().catch(() => {}); // polls every 5 s until controller.abort()
 *
 * const done = new Promise<string>((resolve) => setTimeout(() => resolve('finished'), 1_000));
 * await every(100, { stopWhen: done })(() => console.log('tick'))(); // 'finished' after ~10 ticks
 * ```
 */
export function every<T = never, D = undefined>(
  interval: number,
  opts?: EveryOptions<T, D>,
): (f: (...a: never[]) => unknown) => (...args: unknown[]) => Promise<T | Exclude<D, RaiseSentinel> | undefined> {
  const API = 'asyncutils.func.every';
  const c = periodicConfig(API, interval, opts);
  const stopWhen = opts?.stopWhen;
  const stop = stopWhen === undefined ? undefined : stopStateOf(API, 'stopWhen', stopWhen);
  return (f) => {
    func(API, 'f', f);
    const name = f.name || c.defaultFname;
    return named(function (this: unknown, ...args: unknown[]): Promise<T | Exclude<D, RaiseSentinel> | undefined> {
      return runPeriodic(c, f as (...a: unknown[]) => unknown, this, args, stop, name) as Promise<T | Exclude<D, RaiseSentinel> | undefined>;
    }, f.name);
  };
}
