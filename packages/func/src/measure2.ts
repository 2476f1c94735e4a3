// `measure2`: how long `f()` took.
import { clockOf, type MeasureOptions } from './measure.js';
import { func } from './validate.js';

/**
 * Calls `f()`, awaits its result and resolves how long that took in milliseconds (Python `measure2`); the
 * result itself is dropped.
 *
 * @param f - The function to time (called without arguments).
 * @param opts - `timer`: the clock (ms).
 * @returns The elapsed time (in the clock's unit, ms by default); an error of `f` rejects.
 * @throws `TypeError` (as a rejection) when `f` or `timer` is not a function.
 *
 * @example
 * ```ts
 * import { measure2 } from '@asyncutils/func';
 *
 * const ms = await measure2(() => new Promise((r) => setTimeout(r, 50))); // about 50
 * ```
 */
export async function measure2(f: () => unknown, opts?: MeasureOptions): Promise<number> {
  const timer = clockOf('asyncutils.func.measure2', opts);
  func('asyncutils.func.measure2', 'f', f);
  const t0 = timer();
  await f();
  return timer() - t0;
}
