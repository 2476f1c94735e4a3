// `DynamicThrottle`: spaces entries at `rate` per second, FIFO, and adapts the rate to the success ratio.
import {
  DYNAMIC_THROTTLE_DEFAULT_JITTER,
  DYNAMIC_THROTTLE_DEFAULT_LBOUND,
  DYNAMIC_THROTTLE_DEFAULT_LFACTOR,
  DYNAMIC_THROTTLE_DEFAULT_MAX_RATE,
  DYNAMIC_THROTTLE_DEFAULT_MIN_RATE,
  DYNAMIC_THROTTLE_DEFAULT_UBOUND,
  DYNAMIC_THROTTLE_DEFAULT_UFACTOR,
  DYNAMIC_THROTTLE_DEFAULT_WINDOW,
} from '@asyncutils/context';
import type { ContextExitArgs, LockAcquireOptions } from '@asyncutils/mixins';
import { checkFunction, checkNumber, checkOptions, fail, now } from './validate.js';
import { checkWaitOptions, Waiter } from './Waiter.js';

const QUALNAME = 'asyncutils.altlocks.DynamicThrottle';
const ENTER = 'asyncutils.altlocks.DynamicThrottle.enter';

/**
 * Options of {@link DynamicThrottle}. Unset options take their context defaults at construction.
 *
 * @example
 * ```ts
 * import { DynamicThrottle, type DynamicThrottleOptions } from '@asyncutils/altlocks';
 *
 * const opts: DynamicThrottleOptions = { minRate: 1, maxRate: 50, window: 20, jitter: 0 };
 * const throttle = new DynamicThrottle(10, opts);
 * ```
 */
export interface DynamicThrottleOptions {
  /**
   * The lowest rate, in calls per second; above 0.
   * @defaultValue `DYNAMIC_THROTTLE_DEFAULT_MIN_RATE` (0.01)
   */
  readonly minRate?: number;
  /**
   * The highest rate, in calls per second.
   * @defaultValue `DYNAMIC_THROTTLE_DEFAULT_MAX_RATE` (100)
   */
  readonly maxRate?: number;
  /**
   * Outcomes counted before the rate adapts: an integer, minimum 1.
   * @defaultValue `DYNAMIC_THROTTLE_DEFAULT_WINDOW` (100)
   */
  readonly window?: number;
  /**
   * Success ratio above which the rate is multiplied by `ufactor`; finite, minimum 0.
   * @defaultValue `DYNAMIC_THROTTLE_DEFAULT_UBOUND` (0.75)
   */
  readonly ubound?: number;
  /**
   * Success ratio below which the rate is multiplied by `lfactor`; finite, minimum 0.
   * @defaultValue `DYNAMIC_THROTTLE_DEFAULT_LBOUND` (0.25)
   */
  readonly lbound?: number;
  /**
   * Rate multiplier after a good window; finite, above 0.
   * @defaultValue `DYNAMIC_THROTTLE_DEFAULT_UFACTOR` (1.25)
   */
  readonly ufactor?: number;
  /**
   * Rate multiplier after a poor window; finite, above 0.
   * @defaultValue `DYNAMIC_THROTTLE_DEFAULT_LFACTOR` (0.75)
   */
  readonly lfactor?: number;
  /**
   * Relative jitter of each delay (`delay × (1 + rand(jitter))`); finite, minimum 0.
   * @defaultValue `DYNAMIC_THROTTLE_DEFAULT_JITTER` (0.2)
   */
  readonly jitter?: number;
  /**
   * The clock, in milliseconds.
   * @defaultValue `() => performance.now()`
   */
  readonly timer?: () => number;
  /**
   * The jitter source: given `jitter`, a number in `[-jitter, jitter]`. Inject one to seed or disable it.
   * @defaultValue uniform from `Math.random`
   */
  readonly rand?: (jitter: number) => number;
}

/** The default jitter source: uniform in `[-jitter, jitter]`. */
const uniform = (jitter: number): number => (Math.random() * 2 - 1) * jitter;

/**
 * A self-tuning throttle: entrants are let in one at a time, FIFO, at least `1000 / rate` ms apart (with
 * jitter), and every `window` outcomes the rate is multiplied by `ufactor` (success ratio above `ubound`)
 * or `lfactor` (below `lbound`), within `[minRate, maxRate]`.
 *
 * @remarks
 * `enter()` resolves when it is the entrant's turn; `exit()` reports a success and `exit(err)` a failure
 * (`using`/`await using` always report success; `run(fn)` reports `fn`'s outcome). The throttle limits the
 * rate of entries, not how many entrants are inside at once. The first entry does not wait. An entrant
 * that aborts or times out leaves the queue at once; if it was next, the following entrant's delay is
 * computed afresh. The delay timer is not `unref`'d (an entrant waiting its turn keeps Node alive);
 * `timeout` timers are.
 *
 * @example
 * ```ts
 * import { DynamicThrottle } from '@asyncutils/altlocks';
 *
 * const throttle = new DynamicThrottle(5, { minRate: 1, maxRate: 20, window: 10 });
 * for (const url of urls) {
 *   await throttle.run(() => fetch(url).then((r) => { if (!r.ok) throw new Error(String(r.status)); }));
 * }
 * throttle.rate; // adapted to the success ratio
 * ```
 */
export class DynamicThrottle {
  /**
   * The qualified name used in messages.
   * @example
   * ```ts
   * import { DynamicThrottle } from '@asyncutils/altlocks';
   *
   * DynamicThrottle.qualname; // 'asyncutils.altlocks.DynamicThrottle'
   * ```
   */
  static readonly qualname: string = QUALNAME;

  #rate: number;
  #jitter = 0;
  readonly #min: number;
  readonly #max: number;
  readonly #window: number;
  readonly #ubound: number;
  readonly #lbound: number;
  readonly #ufactor: number;
  readonly #lfactor: number;
  readonly #timer: () => number;
  readonly #rand: (jitter: number) => number;
  #lastEntry: number;
  #successes = 0;
  #fails = 0;
  #head: Waiter<this> | undefined;
  #tail: Waiter<this> | undefined;
  #delayTimer: Parameters<typeof clearTimeout>[0];
  /** The delay computed by the last `#delay()` call, in ms. */
  #pendingDelay = 0;
  readonly #onCancel = (waiter: Waiter<this>): void => this.#unlink(waiter);

  /**
   * @param initRate - The starting rate, in calls per second.
   * @param opts - See {@link DynamicThrottleOptions}.
   * @throws RangeError `asyncutils.altlocks.DynamicThrottle: inconsistent rates after applying bounds`
   * unless `0 < minRate <= initRate <= maxRate`; RangeError for other options out of range.
   * @throws TypeError for options of the wrong type.
   * @example
   * ```ts
   * import { DynamicThrottle } from '@asyncutils/altlocks';
   *
   * const throttle = new DynamicThrottle(10, { window: 6, rand: () => 0 });
   * ```
   */
  constructor(initRate: number, opts?: DynamicThrottleOptions) {
    checkOptions(QUALNAME, opts);
    const o = opts ?? {};
    const rate = (name: string, v: unknown): number => {
      if (typeof v !== 'number') fail(QUALNAME, `${name} must be a number`, v);
      return v;
    };
    const min = rate('minRate', o.minRate ?? DYNAMIC_THROTTLE_DEFAULT_MIN_RATE.get());
    const max = rate('maxRate', o.maxRate ?? DYNAMIC_THROTTLE_DEFAULT_MAX_RATE.get());
    rate('initRate', initRate);
    if (!(min > 0 && min <= initRate && initRate <= max)) throw new RangeError(`${QUALNAME}: inconsistent rates after applying bounds`);
    this.#min = min;
    this.#max = max;
    this.#rate = initRate;
    this.#window = checkNumber(QUALNAME, 'window', o.window ?? DYNAMIC_THROTTLE_DEFAULT_WINDOW.get(), true, 1);
    this.#ubound = checkNumber(QUALNAME, 'ubound', o.ubound ?? DYNAMIC_THROTTLE_DEFAULT_UBOUND.get(), false, 0);
    this.#lbound = checkNumber(QUALNAME, 'lbound', o.lbound ?? DYNAMIC_THROTTLE_DEFAULT_LBOUND.get(), false, 0);
    this.#ufactor = checkNumber(QUALNAME, 'ufactor', o.ufactor ?? DYNAMIC_THROTTLE_DEFAULT_UFACTOR.get(), false, 0, true);
    this.#lfactor = checkNumber(QUALNAME, 'lfactor', o.lfactor ?? DYNAMIC_THROTTLE_DEFAULT_LFACTOR.get(), false, 0, true);
    this.#jitter = checkNumber(QUALNAME, 'jitter', o.jitter ?? DYNAMIC_THROTTLE_DEFAULT_JITTER.get(), false, 0);
    this.#timer = checkFunction(QUALNAME, 'timer', o.timer, now);
    this.#rand = checkFunction(QUALNAME, 'rand', o.rand, uniform);
    this.#lastEntry = this.#timer() - 1000 / initRate;
  }

  /**
   * The current rate, in calls per second. Setting it clamps the value to `[minRate, maxRate]` and
   * applies it only when it differs from the current rate by more than 1 %.
   *
   * @throws RangeError when set to `NaN` or a non-number.
   *
   * @example
   * ```ts
   * import { DynamicThrottle } from '@asyncutils/altlocks';
   *
   * const t = new DynamicThrottle(10);
   * t.rate = 1_000; // clamped to maxRate (100)
   * ```
   */
  get rate(): number {
    return this.#rate;
  }

  set rate(value: number) {
    if (typeof value !== 'number' || Number.isNaN(value)) fail(QUALNAME, 'rate must be a number', value, RangeError);
    const clamped = Math.max(this.#min, Math.min(this.#max, value));
    if (Math.abs(1 - this.#rate / clamped) > 0.01) this.#rate = clamped;
  }

  /**
   * The relative jitter of each delay. Setting it stores `max(0, Number(value))`.
   *
   * @throws RangeError when the value converts to `NaN`.
   *
   * @example
   * ```ts
   * import { DynamicThrottle } from '@asyncutils/altlocks';
   *
   * const t = new DynamicThrottle(10);
   * t.jitter = -1;
   * t.jitter; // 0
   * ```
   */
  get jitter(): number {
    return this.#jitter;
  }

  set jitter(value: number) {
    const j = Number(value);
    if (Number.isNaN(j)) fail(QUALNAME, 'jitter must be a number', value, RangeError);
    this.#jitter = Math.max(0, j);
  }

  /**
   * The clock's current reading (`timer()`), in milliseconds.
   * @example
   * ```ts
   * import { DynamicThrottle } from '@asyncutils/altlocks';
   *
   * new DynamicThrottle(10, { timer: () => 42 }).ctime; // 42
   * ```
   */
  get ctime(): number {
    return this.#timer();
  }

  /**
   * Successes reported since the last reset.
   * @example
   * ```ts
   * import { DynamicThrottle } from '@asyncutils/altlocks';
   *
   * new DynamicThrottle(10).successes; // 0
   * ```
   */
  get successes(): number {
    return this.#successes;
  }

  /**
   * Failures reported since the last reset.
   * @example
   * ```ts
   * import { DynamicThrottle } from '@asyncutils/altlocks';
   *
   * new DynamicThrottle(10).fails; // 0
   * ```
   */
  get fails(): number {
    return this.#fails;
  }

  /**
   * Zeroes the success and failure counters.
   * @example
   * ```ts
   * import { DynamicThrottle } from '@asyncutils/altlocks';
   *
   * const t = new DynamicThrottle(10);
   * t.exit(new Error('x'));
   * t.reset();
   * t.fails; // 0
   * ```
   */
  reset(): void {
    this.#successes = this.#fails = 0;
  }

  /**
   * Waits for this entrant's turn (FIFO): when it is next, it waits until `1000 / rate` ms after the
   * previous entry, scaled by `1 + rand(jitter)`, then enters.
   *
   * @param opts - Abort signal and deadline (ms) of the wait; see {@link LockAcquireOptions}.
   * @returns A promise of the throttle, for `await using _ = await throttle.enter()`; already resolved
   * when the entrant may enter at once.
   * @throws (as rejections) the abort reason; a `DOMException` named `TimeoutError`; TypeError/RangeError
   * for bad options.
   *
   * @example
   * ```ts
   * import { DynamicThrottle } from '@asyncutils/altlocks';
   *
   * const throttle = new DynamicThrottle(2);
   * {
   *   await using _ = await throttle.enter({ timeout: 5_000 });
   *   await sendRequest();
   * } // reported as a success
   * ```
   */
  enter(opts?: LockAcquireOptions): Promise<this> {
    try {
      checkWaitOptions(ENTER, opts);
    } catch (err) {
      return Promise.reject(err);
    }
    if (this.#head === undefined && !(this.#delay() > 0)) {
      this.#lastEntry = this.#timer();
      return Promise.resolve(this);
    }
    const waiter = new Waiter<this>(ENTER, opts, this.#onCancel);
    const tail = this.#tail;
    waiter.prev = tail;
    if (tail === undefined) {
      // An empty queue: the delay computed above is this entrant's.
      this.#head = waiter;
      this.#delayTimer = setTimeout(DynamicThrottle.#fire, this.#pendingDelay, this);
    } else tail.next = waiter;
    this.#tail = waiter;
    return waiter.promise;
  }

  /**
   * Reports an outcome (Python `__aexit__`): first, once `successes + fails` reaches `window`, adapts the
   * rate to the success ratio and resets the counters; then counts `exit()` as a success and `exit(err)`
   * as a failure.
   *
   * @param args - Nothing for a success; the error for a failure.
   *
   * @example
   * ```ts
   * import { DynamicThrottle } from '@asyncutils/altlocks';
   *
   * const throttle = new DynamicThrottle(10);
   * await throttle.enter();
   * try {
   *   await work();
   *   throttle.exit();
   * } catch (err) {
   *   throttle.exit(err);
   * }
   * ```
   */
  exit(...args: ContextExitArgs): void {
    const total = this.#successes + this.#fails;
    if (total >= this.#window) {
      const r = this.#successes / total;
      this.rate = this.#rate * (r > this.#ubound ? this.#ufactor : r < this.#lbound ? this.#lfactor : 1);
      this.reset();
    }
    if (args.length === 0) this.#successes++;
    else this.#fails++;
  }

  /**
   * `exit()` (a success): the end of a `using` block, which cannot see the block's error.
   * @example
   * ```ts
   * import { DynamicThrottle } from '@asyncutils/altlocks';
   *
   * const throttle = new DynamicThrottle(10);
   * {
   *   using _ = await throttle.enter();
   * }
   * ```
   */
  [Symbol.dispose](): void {
    this.exit();
  }

  /**
   * `exit()` (a success): the end of an `await using` block.
   * @returns A resolved promise.
   * @example
   * ```ts
   * import { DynamicThrottle } from '@asyncutils/altlocks';
   *
   * const throttle = new DynamicThrottle(10);
   * {
   *   await using _ = await throttle.enter();
   * }
   * ```
   */
  async [Symbol.asyncDispose](): Promise<void> {
    this.exit();
  }

  /**
   * Runs `fn` at its turn: `enter(opts)`, `fn()`, then `exit()`, or `exit(err)` and rethrow.
   *
   * @param fn - The work; may be async.
   * @param opts - Abort signal and deadline (ms) of the wait for the turn.
   * @returns A promise of `fn`'s result.
   *
   * @example
   * ```ts
   * import { DynamicThrottle } from '@asyncutils/altlocks';
   *
   * const throttle = new DynamicThrottle(4);
   * const page = await throttle.run(() => fetch('https://example.com').then((r) => r.text()));
   * ```
   */
  async run<R>(fn: () => R | PromiseLike<R>, opts?: LockAcquireOptions): Promise<Awaited<R>> {
    await this.enter(opts);
    let result: Awaited<R>;
    try {
      result = await fn();
    } catch (err) {
      this.exit(err);
      throw err;
    }
    this.exit();
    return result;
  }

  /** The delay of the entrant that is next now, in ms (stored in `#pendingDelay`). */
  #delay(): number {
    const base = Math.max(0, 1000 / this.#rate - (this.#timer() - this.#lastEntry));
    return (this.#pendingDelay = base * (1 + this.#rand(this.#jitter)));
  }

  /** The head's delay passed: it enters; the next ones follow. */
  static #fire(self: DynamicThrottle): void {
    self.#delayTimer = undefined;
    self.#admitHead();
    self.#schedule();
  }

  /** The head enters now: `lastEntry` is set, it leaves the queue and resolves. */
  #admitHead(): void {
    const head = this.#head as Waiter<this>;
    this.#lastEntry = this.#timer();
    const { next } = head;
    head.next = undefined;
    this.#head = next;
    if (next === undefined) this.#tail = undefined;
    else next.prev = undefined;
    head.resolve(this);
  }

  /** Removes `waiter` from the queue; if it was next, schedules the new head afresh. */
  #unlink(waiter: Waiter<this>): void {
    const { prev, next } = waiter;
    waiter.prev = waiter.next = undefined;
    if (prev === undefined) this.#head = next;
    else prev.next = next;
    if (next === undefined) this.#tail = prev;
    else next.prev = prev;
    if (prev !== undefined) return;
    if (this.#delayTimer !== undefined) {
      clearTimeout(this.#delayTimer);
      this.#delayTimer = undefined;
    }
    this.#schedule();
  }

  /** Lets in every head whose delay is 0; arms the timer for the first that must wait. */
  #schedule(): void {
    while (this.#head !== undefined) {
      if (this.#delay() > 0) {
        this.#delayTimer = setTimeout(DynamicThrottle.#fire, this.#pendingDelay, this);
        return;
      }
      this.#admitHead();
    }
  }
}
