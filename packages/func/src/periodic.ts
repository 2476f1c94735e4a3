// Internal: the engine of `every` and `everymethod`: validated options, the stop-promise observer and one run
// of the periodic loop.
import { RAISE, type RaiseSentinel } from '@asyncutils/constants';
import { MaxIterationsError } from '@asyncutils/exceptions';
import { after } from './sleep.js';
import { bool, count, duration, fail, func, noop, now, optionsObject, signalOf } from './validate.js';

/**
 * The options `every` and `everymethod` share.
 *
 * @typeParam D - The type of `default`.
 *
 * @example
 * ```ts
 * import { every, type EveryOptions } from '@asyncutils/func';
 *
 * const opts: EveryOptions<never, 'done'> = { maxIterations: 3, stopOnExc: false, default: 'done' };
 * ```
 */
export interface PeriodicOptions<D = undefined> {
  /**
   * Measure the wait after a run from the run's start: the next run starts `interval` ms after the previous
   * one started (or at once when it took longer). `false` waits `interval` ms after each run ends.
   * @defaultValue `true`
   */
  countF?: boolean;
  /**
   * Stop at the first error of the function (or rejection of the stop promise), resolving `default`, and
   * reject with `MaxIterationsError` when `maxIterations` is reached. `false` reports errors and goes on.
   * @defaultValue `true`
   */
  stopOnExc?: boolean;
  /**
   * Wait `interval` ms before the first run.
   * @defaultValue `false`
   */
  waitFirst?: boolean;
  /**
   * How many runs at most: `null` (or absent) for no limit, else an integer `>= 0`.
   * @defaultValue `null`
   */
  maxIterations?: number | null;
  /**
   * Report errors of the function with `console.error` (else `console.warn`) and rejections of the stop
   * promise with `console.info` (else `console.debug`).
   * @defaultValue `false`
   */
  verbose?: boolean;
  /**
   * Leading arguments of every run, read on every run: mutate the array to change later runs.
   * @defaultValue `[]`
   */
  suppliedArgs?: readonly unknown[];
  /**
   * What a call resolves when the loop ends without a stop value. `RAISE` (from `@asyncutils/constants`) makes
   * reaching `maxIterations` reject even when `stopOnExc` is `false`.
   * @defaultValue absent: `undefined`
   */
  default?: D | RaiseSentinel;
  /**
   * The name used in messages when the function's `name` is empty.
   * @defaultValue `'<name unknown>'`
   */
  defaultFname?: string;
  /**
   * The clock, in milliseconds (used for `countF`).
   * @defaultValue `() => performance.now()`
   */
  timer?: () => number;
  /**
   * Aborting it rejects every running call with `signal.reason` at once: the pending timer is cleared, no
   * further run starts and an in-flight run is not awaited (its rejection is handled).
   */
  signal?: AbortSignal;
}

/**
 * Validated options of one decorator.
 * @internal
 */
export interface PeriodicConfig {
  readonly api: string;
  readonly interval: number;
  readonly countF: boolean;
  readonly stopOnExc: boolean;
  readonly waitFirst: boolean;
  readonly max: number;
  readonly verbose: boolean;
  readonly supplied: readonly unknown[];
  readonly hasDefault: boolean;
  readonly dflt: unknown;
  readonly defaultFname: string;
  readonly clock: () => number;
  readonly signal: AbortSignal | undefined;
}

/**
 * Validates `interval` and the shared options of `api`.
 * @internal
 */
export const periodicConfig = (api: string, interval: number, opts: PeriodicOptions<unknown> | undefined): PeriodicConfig => {
  duration(api, 'interval', interval, true);
  const o = optionsObject(api, opts) ?? {};
  const supplied = o.suppliedArgs ?? [];
  if (!Array.isArray(supplied)) fail(api, 'suppliedArgs must be an array', supplied);
  const max = o.maxIterations ?? Infinity;
  const defaultFname = o.defaultFname ?? '<name unknown>';
  if (typeof defaultFname != 'string') fail(api, 'defaultFname must be a string', defaultFname);
  return {
    api,
    interval,
    countF: bool(api, 'countF', o.countF) ?? true,
    stopOnExc: bool(api, 'stopOnExc', o.stopOnExc) ?? true,
    waitFirst: bool(api, 'waitFirst', o.waitFirst) ?? false,
    max: max === Infinity ? max : count(api, 'maxIterations', max, 0),
    verbose: bool(api, 'verbose', o.verbose) ?? false,
    supplied,
    hasDefault: 'default' in o,
    dflt: o.default,
    defaultFname,
    clock: func(api, 'timer', o.timer ?? now),
    signal: signalOf(api, o.signal),
  };
};

/**
 * The observed settlement of one stop promise: `s` is 0 while pending, 1 once fulfilled (`v` the value), 2
 * once rejected (`v` the reason); `w` holds the wake-ups of the runs waiting on it.
 * @internal
 */
export interface StopState {
  s: 0 | 1 | 2;
  v: unknown;
  readonly w: Set<() => void>;
}

/** One observer per stop promise, however many runs and decorators share it. */
const states = new WeakMap<object, StopState>();

/**
 * The {@link StopState} of `p` (observing it on first use, which also marks its rejection as handled);
 * throws `TypeError` naming `api` when `p` is not a thenable.
 * @internal
 */
export const stopStateOf = (api: string, name: string, p: unknown): StopState => {
  if ((typeof p != 'object' && typeof p != 'function') || p === null || typeof (p as PromiseLike<unknown>).then != 'function') {
    fail(api, `${name} must be a promise or thenable`, p);
  }
  let st = states.get(p as object);
  if (!st) {
    const state: StopState = (st = { s: 0, v: undefined, w: new Set() });
    states.set(p as object, state);
    const settle = (s: 1 | 2, v: unknown): void => {
      state.s = s;
      state.v = v;
      for (const wake of state.w) wake();
    };
    Promise.resolve(p as PromiseLike<unknown>).then(
      (v) => settle(1, v),
      (e: unknown) => settle(2, e),
    );
  }
  return st;
};

const ONCE: AddEventListenerOptions = { once: true };

/**
 * One run's waits: the current wait (a settling call or a timed pause) and the abort listener, which rejects
 * the current wait with the signal's reason. Every wait and {@link Run.dispose} drop the timer and the
 * stop-promise wake-up.
 */
class Run {
  aborted = false;
  readonly #signal: AbortSignal | undefined;
  readonly #stop: StopState | undefined;
  #y: ((s: 0 | 1 | 2) => void) | undefined;
  #x: ((e: unknown) => void) | undefined;
  #cancel: (() => void) | undefined;
  #watching = false;

  constructor(signal: AbortSignal | undefined, stop: StopState | undefined) {
    this.#signal = signal;
    this.#stop = stop;
    signal?.addEventListener('abort', this, ONCE);
  }

  /** The abort listener. */
  handleEvent(): void {
    this.aborted = true;
    const x = this.#x;
    this.#clear();
    x?.(this.reason());
  }

  reason(): unknown {
    return (this.#signal as AbortSignal).reason;
  }

  #clear(): void {
    this.#y = this.#x = undefined;
    this.#cancel?.();
    this.#cancel = undefined;
    if (this.#watching) {
      this.#watching = false;
      this.#stop?.w.delete(this.#wake);
    }
  }

  readonly #elapsed = (): void => {
    const y = this.#y;
    this.#clear();
    y?.(0);
  };

  readonly #wake = (): void => {
    const y = this.#y;
    const s = (this.#stop as StopState).s;
    this.#clear();
    y?.(s);
  };

  /** Awaits `v` (any value); rejects with the abort reason at once when aborted. */
  settle(v: unknown): Promise<unknown> {
    const p = Promise.resolve(v);
    if (this.aborted) {
      p.then(undefined, noop);
      return Promise.reject(this.reason());
    }
    return new Promise((y, x) => {
      this.#x = x;
      p.then(
        (r) => {
          if (this.#x === x) this.#x = undefined;
          y(r);
        },
        (e: unknown) => {
          if (this.#x === x) this.#x = undefined;
          x(e);
        },
      );
    });
  }

  /** Waits `ms`: 0 when it elapsed, else the stop state (1 fulfilled, 2 rejected) when `watch` and it settles first. */
  wait(ms: number, watch: boolean): Promise<0 | 1 | 2> {
    if (this.aborted) return Promise.reject(this.reason());
    const st = watch ? this.#stop : undefined;
    if (st && st.s) return Promise.resolve(st.s);
    return new Promise<0 | 1 | 2>((y, x) => {
      this.#y = y;
      this.#x = x;
      this.#cancel = after(ms, this.#elapsed);
      if (st) {
        this.#watching = true;
        st.w.add(this.#wake);
      }
    });
  }

  dispose(): void {
    this.#signal?.removeEventListener('abort', this);
    this.#clear();
  }
}

/** What a run resolves when the loop ends without a stop value. */
const end = (c: PeriodicConfig): unknown => (c.hasDefault && c.dflt !== RAISE ? c.dflt : undefined);

/**
 * One run of the periodic loop: `f` is applied to `self` with `[...supplied, ...args]` until the stop
 * promise fulfils, an error ends it (`stopOnExc`), `maxIterations` is reached or the signal aborts.
 * @internal
 */
export async function runPeriodic(c: PeriodicConfig, f: (...a: unknown[]) => unknown, self: unknown, args: unknown[], stop: StopState | undefined, name: string): Promise<unknown> {
  if (c.signal?.aborted) throw c.signal.reason;
  const run = new Run(c.signal, stop);
  try {
    if (c.waitFirst) await run.wait(c.interval, false);
    let watch = stop !== undefined;
    for (let i = 0; i < c.max; i++) {
      const t = c.clock();
      try {
        await run.settle(f.apply(self, [...c.supplied, ...args]));
      } catch (e) {
        if (run.aborted) throw run.reason();
        if (c.stopOnExc) return watch && (stop as StopState).s === 1 ? (stop as StopState).v : end(c);
        (c.verbose ? console.error : console.warn)(`${c.api}: error in periodic coroutine ${name} on iteration ${i}`, e);
      }
      const ms = c.countF ? Math.max(0, c.interval - (c.clock() - t)) : c.interval;
      const r = await run.wait(ms, watch);
      if (r === 1) return (stop as StopState).v;
      if (r === 2) {
        if (c.stopOnExc) return end(c);
        (c.verbose ? console.info : console.debug)(`${c.api}: the stop promise of periodic coroutine ${name} rejected on iteration ${i}`, (stop as StopState).v);
        watch = false;
      }
    }
    const msg = `${c.api}: periodic coroutine ${name} reached the maximum of ${c.max} iterations`;
    if (c.stopOnExc || c.dflt === RAISE) throw new MaxIterationsError(msg);
    console.info(msg);
    return end(c);
  } finally {
    run.dispose();
  }
}
