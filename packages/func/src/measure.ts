// `measure`: the result of `f()` and how long it took.
import { func, now, optionsObject } from './validate.js';

/**
 * Options of {@link measure} and {@link measure2}.
 *
 * @example
 * ```ts
 * import { measure, type MeasureOptions } from '@asyncutils/func';
 *
 * const opts: MeasureOptions = { timer: () => Date.now() };
 * ```
 */
export interface MeasureOptions {
  /**
   * The clock, in milliseconds.
   * @defaultValue `() => performance.now()`
   */
  timer?: () => number;
}

/**
 * Reads and validates the clock of measure-like options.
 * @internal
 */
export const clockOf = (api: string, opts: MeasureOptions | undefined): (() => number) => func(api, 'timer', optionsObject(api, opts)?.timer ?? now);

/**
 * Calls `f()`, awaits its result and measures how long that took (Python `measure`).
 *
 * @param f - The function to time (called without arguments).
 * @param opts - `timer`: the clock (ms).
 * @returns `[result, elapsed ms]`; an error of `f` rejects.
 * @throws `TypeError` (as a rejection) when `f` or `timer` is not a function.
 *
 * @example
 * ```ts
 * import { measure } from '@asyncutils/func';
 *
 * const [body, ms] = await measure(() => fetch('/health').then((r) => r.text()));
 * console.log(`${body} in ${ms.toFixed(1)} ms`);
 * ```
 */
export async function measure<R>(f: () => R, opts?: MeasureOptions): Promise<[result: Awaited<R>, elapsed: number]> {
  const timer = clockOf('asyncutils.func.measure', opts);
  func('asyncutils.func.measure', 'f', f);
  const t0 = timer();
  const r = await f();
  return [r, timer() - t0];
}
