// `everymethod`: `every` for methods, with a per-instance stop promise.
import type { RaiseSentinel } from '@asyncutils/constants';
import { periodicConfig, runPeriodic, stopStateOf, type PeriodicOptions } from './periodic.js';
import { fail, func, named } from './validate.js';

/**
 * Options of {@link everymethod}: those of `every`, with `stopWhenGetter` instead of `stopWhen`.
 *
 * @typeParam S - The instance type (`this` of the method).
 * @typeParam T - The value of the stop promise.
 * @typeParam D - The type of `default`.
 *
 * @example
 * ```ts
 * import { everymethod, type EveryMethodOptions } from '@asyncutils/func';
 *
 * class Poller { stopped = new Promise<void>(() => {}); }
 * const opts: EveryMethodOptions<Poller, void> = { stopWhenGetter: (self) => self.stopped };
 * ```
 */
export interface EveryMethodOptions<S = unknown, T = never, D = undefined> extends PeriodicOptions<D> {
  /**
   * Called with the instance once at the start of each call; the promise it returns plays the part of
   * `every`'s `stopWhen` for that call.
   * @defaultValue absent: the loop never stops by itself
   */
  stopWhenGetter?: (self: S) => PromiseLike<T>;
}

/**
 * Makes a decorator for methods that runs the method every `interval` milliseconds (Python `everymethod`):
 * `every` where each call uses its `this` and the stop promise comes from `stopWhenGetter(this)`.
 *
 * @remarks
 * Behaviour and reports are those of {@link every}, with messages naming `asyncutils.func.everymethod`. The
 * method is called as `f.call(this, ...suppliedArgs, ...args)`.
 *
 * @param interval - The period in milliseconds: finite, `> 0`.
 * @param opts - See {@link EveryMethodOptions}.
 * @returns The decorator; the decorated method returns a promise of the stop value, `default` or
 * `undefined`, and rejects with `TypeError` when `stopWhenGetter` returns no thenable.
 * @throws `TypeError` for options of the wrong type; `RangeError` for an `interval` or `maxIterations` out of
 * range.
 *
 * @example
 * ```ts
 * import { everymethod } from '@asyncutils/func';
 *
 * class Heartbeat {
 *   beats = 0;
 *   stop!: () => void;
 *   readonly stopped = new Promise<'stopped'>((r) => (this.stop = () => r('stopped')));
 * }
 * const beat = everymethod(1_000, { stopWhenGetter: (self: Heartbeat) => self.stopped })(function (this: Heartbeat) {
 *   this.beats++;
 * });
 * const hb = new Heartbeat();
 * const running = beat.call(hb); // beats once a second
 * hb.stop();
 * await running; // 'stopped'
 * ```
 */
export function everymethod<S = unknown, T = never, D = undefined>(
  interval: number,
  opts?: EveryMethodOptions<S, T, D>,
): (f: (this: S, ...a: never[]) => unknown) => (this: S, ...args: unknown[]) => Promise<T | Exclude<D, RaiseSentinel> | undefined> {
  const API = 'asyncutils.func.everymethod';
  const c = periodicConfig(API, interval, opts);
  const getter = opts?.stopWhenGetter;
  if (getter !== undefined && typeof getter != 'function') fail(API, 'stopWhenGetter must be a function', getter);
  return (f) => {
    func(API, 'f', f);
    const name = f.name || c.defaultFname;
    return named(async function (this: S, ...args: unknown[]): Promise<T | Exclude<D, RaiseSentinel> | undefined> {
      const stop = getter === undefined ? undefined : stopStateOf(API, 'the result of stopWhenGetter', getter(this));
      return (await runPeriodic(c, f as (...a: unknown[]) => unknown, this, args, stop, name)) as T | Exclude<D, RaiseSentinel> | undefined;
    }, f.name);
  };
}
