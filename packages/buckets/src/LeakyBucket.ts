// `LeakyBucket`: a meter bucket whose level drains at `leak × factor` tokens per second; the factor adapts to
// the fill ratio (LEAKY_BUCKET_ADJMAP).
import { audit } from '@asyncutils/audit';
import {
  LEAKY_BUCKET_ADJMAP,
  LEAKY_BUCKET_DEFAULT_ACQUIRE_TOKENS,
  LEAKY_BUCKET_DEFAULT_EXT_CAN_SET_FACTOR,
  LEAKY_BUCKET_DEFAULT_MAX_FACTOR,
  LEAKY_BUCKET_DEFAULT_MIN_FACTOR,
  LEAKY_BUCKET_DEFAULT_WAIT_FOR_TOKENS_TOKENS,
  LEAKY_BUCKET_WAIT_FOR_TOKENS_TICK,
} from '@asyncutils/context';
import { AsyncContextMixin, type ContextExitArgs } from '@asyncutils/mixins';
import type { BucketWaitOptions } from './BucketWaitOptions.js';
import { arm, checkWait, clockOf, fail, later, num, optsObject, timeoutError, type Timer, Waiter, win } from './wait.js';

/**
 * The adjust table of a {@link LeakyBucket}, the type of the contextual constant `LEAKY_BUCKET_ADJMAP`: rows
 * `[minCapacity, [lbound, lfactor, ubound, ufactor]]` in descending `minCapacity`. A bucket uses the first
 * row whose `minCapacity` its capacity reaches: at a fill ratio `<= lbound` the factor is multiplied by
 * `lfactor` (drain faster), at `>= ubound` by `ufactor` (drain slower).
 *
 * @example
 * ```ts
 * import { LeakyBucket, type LeakyBucketAdjMap } from '@asyncutils/buckets';
 * import { localContext } from '@asyncutils/context';
 *
 * const gentle: LeakyBucketAdjMap = [[0, [0.2, 1.1, 0.8, 0.9]]];
 * const bucket = new LeakyBucket(10, 2);
 * await localContext({ LEAKY_BUCKET_ADJMAP: gentle }, () => bucket.waitForTokens(1));
 * ```
 */
export type LeakyBucketAdjMap = ReadonlyArray<
  readonly [minCapacity: number, params: readonly [lbound: number, lfactor: number, ubound: number, ufactor: number]]
>;

/**
 * Options of the {@link LeakyBucket} constructor. Defaults come from `@asyncutils/context`, read at
 * construction.
 *
 * @example
 * ```ts
 * import { LeakyBucket, type LeakyBucketOptions } from '@asyncutils/buckets';
 *
 * const opts: LeakyBucketOptions = { minFactor: 0.5, maxFactor: 2, initialLevel: 0 };
 * const bucket = new LeakyBucket(100, 20, opts);
 * ```
 */
export interface LeakyBucketOptions {
  /**
   * Lowest adaptive factor; a finite number `> 0`.
   * @default LEAKY_BUCKET_DEFAULT_MIN_FACTOR (`0.1`)
   */
  minFactor?: number;
  /**
   * Highest adaptive factor; a finite number `>= minFactor`.
   * @default LEAKY_BUCKET_DEFAULT_MAX_FACTOR (`10`)
   */
  maxFactor?: number;
  /**
   * Whether assigning {@link LeakyBucket.factor} is allowed (else it throws `TypeError`).
   * @default LEAKY_BUCKET_DEFAULT_EXT_CAN_SET_FACTOR (`true`)
   */
  externalFactorSettable?: boolean;
  /**
   * The starting level, `0 <= initialLevel <= capacity` (Python starts full: pass `capacity` for that).
   * @default 0
   */
  initialLevel?: number;
  /**
   * The clock, in milliseconds; only differences of its values are used. Polls are timed with `setTimeout`.
   * @default () => performance.now()
   */
  timer?: () => number;
}

const API = 'asyncutils.buckets.LeakyBucket';
const WAIT = 'asyncutils.buckets.LeakyBucket.waitForTokens';

/** One `waitForTokens` call polling for room: amount, slept total, tick, its bucket and sleep timer. */
type Poll = Waiter & { k: number; b: LeakyBucket };

/**
 * `v` when it is a finite number with `lo <= v <= hi`; else throws `TypeError` (not a number) or
 * `RangeError`: `<api>: <name> must be a finite number >= 0 and <= 5, got 6`.
 */
const within = (api: string, name: string, v: unknown, lo: number, hi: number = Infinity): number => {
  if (typeof v != 'number') fail(api, `${name} must be a number`, v);
  if (!((v as number) >= lo && (v as number) <= hi && (v as number) < Infinity)) {
    fail(api, `${name} must be a finite number >= ${lo}${hi < Infinity ? ` and <= ${hi}` : ''}`, v, RangeError);
  }
  return v as number;
};

/**
 * A leaky bucket ("meter") rate limiter with adaptive flow: its level drains at `leak × factor` tokens per
 * second; {@link LeakyBucket.acquire | acquire(n)} adds `n` if it fits, and
 * {@link LeakyBucket.waitForTokens | waitForTokens(n)} polls until it fits. The factor adapts to the fill
 * ratio as `LEAKY_BUCKET_ADJMAP` says: an emptier bucket drains faster, a fuller one slower.
 *
 * @remarks
 * The port of Python's `asyncutils.buckets.LeakyBucket`. Rates are per second, durations in ms. Leaking is
 * computed from elapsed time, so `acquire` and `waitForTokens` are exact without anything running; the
 * context-manager form (`enter()`/`exit()`, `using`, `run`) runs a loop that lets the factor adapt while
 * the bucket is idle (its timer does not keep a Node process alive). Unlike Python, the bucket starts at
 * `initialLevel` (default empty), and `waitForTokens(n)` with `n > capacity` rejects instead of looping
 * forever. Raises the audit event `asyncutils.buckets.LeakyBucket` with `[capacity, leak]` on every
 * construction, after validating the arguments and before any state exists.
 *
 * @throws TypeError when an argument or option has the wrong type.
 * @throws RangeError when `capacity` or `leak` is not a finite number `> 0`, `minFactor` not finite `> 0`,
 * `maxFactor` not finite `>= minFactor`, or `initialLevel` outside `[0, capacity]`.
 *
 * @example
 * ```ts
 * import { LeakyBucket } from '@asyncutils/buckets';
 *
 * const bucket = new LeakyBucket(20, 5); // room for 20, drains 5/s (times the adaptive factor)
 * if (!bucket.acquire()) console.log('busy, try later');
 * const waited = await bucket.waitForTokens(3, { timeout: 10_000 }); // ms slept until 3 fitted
 *
 * {
 *   using adaptive = new LeakyBucket(100, 10).enter(); // the factor adapts while idle
 *   await adaptive.waitForTokens(10);
 * } // loop stopped here
 * ```
 */
export class LeakyBucket extends AsyncContextMixin<LeakyBucket> {
  /** The qualified name of the class, used in messages. */
  static readonly qualname: string = API;
  /** Capacity. */
  readonly #c: number;
  /** Base leak, tokens per second. */
  readonly #r: number;
  /** Factor bounds. */
  readonly #lo: number;
  readonly #hi: number;
  /** Whether `factor` may be assigned. */
  readonly #x: boolean;
  /** The clock (ms). */
  readonly #k: () => number;
  // The mutable numbers start as numbers (not `undefined`) so that V8 stores them as mutable doubles.
  /** Level at `#t`: the level is `max(0, #l - (now - #t) × leak × factor / 1000)`. */
  #l = 0;
  /** When `#l` was set (clock ms). Moved only when the level or the factor changes, so no error accrues. */
  #t = 0;
  /** The adaptive factor. */
  #f = 1;
  /** The adjust loop's timer while entered. */
  #d: Timer | undefined;

  /**
   * Creates a bucket at level `initialLevel` (default `0`) with factor `1`.
   * @param capacity - Room in the bucket; a finite number `> 0`.
   * @param leak - Tokens drained per second at factor `1`; a finite number `> 0`.
   * @param opts - {@link LeakyBucketOptions}.
   * @throws TypeError / RangeError for bad arguments (see the class); whatever an audit hook throws.
   */
  constructor(capacity: number, leak: number, opts?: LeakyBucketOptions) {
    num(API, 'capacity', capacity, true);
    num(API, 'leak', leak, true);
    const o = optsObject(API, opts) ?? {};
    const lo = num(API, 'minFactor', o.minFactor ?? LEAKY_BUCKET_DEFAULT_MIN_FACTOR.get(), true);
    const hi = within(API, 'maxFactor', o.maxFactor ?? LEAKY_BUCKET_DEFAULT_MAX_FACTOR.get(), lo);
    const x = o.externalFactorSettable ?? LEAKY_BUCKET_DEFAULT_EXT_CAN_SET_FACTOR.get();
    if (typeof x != 'boolean') fail(API, 'externalFactorSettable must be a boolean', x);
    const level = within(API, 'initialLevel', o.initialLevel ?? 0, 0, capacity);
    const clock = clockOf(API, o);
    audit(API, capacity, leak);
    super();
    this.#c = capacity;
    this.#r = leak;
    this.#lo = lo;
    this.#hi = hi;
    this.#x = x;
    this.#k = clock;
    this.#l = level;
    this.#t = clock();
  }

  /** The room in the bucket, as constructed. */
  get capacity(): number {
    return this.#c;
  }

  /** The current level, after leaking (not in Python; for observability). */
  get level(): number {
    return this.#level(this.#k());
  }

  /**
   * The adaptive factor: the level drains at `leak × factor` tokens per second. Starts at `1`.
   *
   * Assigning clamps the value to `[minFactor, maxFactor]`; the level leaked so far is kept (the new
   * factor applies from now on).
   * @throws TypeError `asyncutils.buckets.LeakyBucket.factor: factor is not externally settable` when
   * assigned with `externalFactorSettable: false`, or when assigned a non-number.
   * @throws RangeError when assigned `NaN` or an infinite number.
   */
  get factor(): number {
    return this.#f;
  }

  set factor(value: number) {
    if (!this.#x) throw new TypeError(`${API}.factor: factor is not externally settable`);
    if (typeof value != 'number') fail(`${API}.factor`, 'factor must be a number', value);
    if (!Number.isFinite(value)) fail(`${API}.factor`, 'factor must be a finite number', value, RangeError);
    this.#setFactor(value < this.#lo ? this.#lo : value > this.#hi ? this.#hi : value);
  }

  /**
   * Sets the factor back to `1` (Python's `del bucket.factor`); allowed even when the factor is not
   * externally settable.
   *
   * @example
   * ```ts
   * import { LeakyBucket } from '@asyncutils/buckets';
   *
   * const bucket = new LeakyBucket(10, 2);
   * bucket.factor = 3;
   * bucket.resetFactor(); // bucket.factor === 1
   * ```
   */
  resetFactor(): void {
    this.#setFactor(1);
  }

  /**
   * Adds `amount` to the level if it fits (`level + amount <= capacity`), without waiting.
   *
   * @remarks
   * Synchronous (Python's coroutine never waits; `await bucket.acquire()` still works). Never changes the
   * factor. When it returns `false` the level is unchanged.
   * @param amount - A finite number `>= 0`.
   * @default amount `LEAKY_BUCKET_DEFAULT_ACQUIRE_TOKENS` from `@asyncutils/context` (`1`), read per call.
   * @returns Whether it was added.
   * @throws TypeError when `amount` is not a number; RangeError when it is negative, `NaN` or infinite.
   *
   * @example
   * ```ts
   * import { LeakyBucket } from '@asyncutils/buckets';
   *
   * const bucket = new LeakyBucket(5, 1);
   * bucket.acquire(5); // true
   * bucket.acquire(); // false: full; room for 1 more after 1 s
   * ```
   */
  acquire(amount?: number): boolean {
    const n = num(`${API}.acquire`, 'amount', amount === undefined ? LEAKY_BUCKET_DEFAULT_ACQUIRE_TOKENS.get() : amount);
    return this.#add(n);
  }

  /**
   * Waits until `amount` fits, then adds it. Polls: each round leaks, adapts the factor (see
   * `LEAKY_BUCKET_ADJMAP`) and, if `level + amount <= capacity`, adds it; else sleeps for the time the
   * missing room takes to drain, at most `LEAKY_BUCKET_WAIT_FOR_TOKENS_TICK` ms, and tries again.
   *
   * @remarks
   * Concurrent waits poll independently (no FIFO, as in Python). An abort or a timeout adds nothing.
   * @param amount - A finite number, `0 <= amount <= capacity` (a larger amount could never fit).
   * @default amount `LEAKY_BUCKET_DEFAULT_WAIT_FOR_TOKENS_TOKENS` (`1`); the tick `LEAKY_BUCKET_WAIT_FOR_TOKENS_TICK`
   * (`100` ms); both read per call.
   * @param opts - {@link BucketWaitOptions}: `signal` and `timeout` (ms).
   * @returns A promise of the sum of the sleeps it requested, in ms (`0` when it fitted at once).
   * @throws Never synchronously. Rejects with `RangeError` (`amount` out of range, bad `timeout`),
   * `TypeError` (non-number `amount`, bad options), the signal's reason on abort, or a `DOMException`
   * named `TimeoutError` on timeout.
   *
   * @example
   * ```ts
   * import { LeakyBucket } from '@asyncutils/buckets';
   *
   * const bucket = new LeakyBucket(5, 1, { initialLevel: 5 });
   * const slept = await bucket.waitForTokens(1); // about 1000 (ms)
   * ```
   */
  waitForTokens(amount?: number, opts?: BucketWaitOptions): Promise<number> {
    try {
      const n = within(WAIT, 'amount', amount === undefined ? LEAKY_BUCKET_DEFAULT_WAIT_FOR_TOKENS_TOKENS.get() : amount, 0, this.#c);
      if (opts !== undefined) checkWait(WAIT, opts);
      const tick = LEAKY_BUCKET_WAIT_FOR_TOKENS_TICK.get();
      this.#adjust();
      if (this.#add(n)) return Promise.resolve(0);
      if (opts?.timeout === 0) throw timeoutError(WAIT, 0);
      const w = new Waiter() as Poll;
      w.n = n;
      w.k = tick;
      w.b = this;
      w.z = 0;
      const p = arm<number, Poll>(w, WAIT, opts);
      LeakyBucket.#sleep(w);
      return p;
    } catch (e) {
      return Promise.reject(e);
    }
  }

  /**
   * Starts the adjust loop if it is not running (Python `__enter__`): every `min(1000 / (leak × factor),
   * 1000)` ms, the factor adapts to the fill ratio. Idempotent. The loop's timer does not keep a Node
   * process alive.
   * @returns This bucket, for `using bucket = new LeakyBucket(…).enter()`.
   *
   * @example
   * ```ts
   * import { LeakyBucket } from '@asyncutils/buckets';
   *
   * {
   *   using bucket = new LeakyBucket(10, 5).enter();
   *   bucket.acquire(8);
   * } // exit(): the loop stops
   * ```
   */
  override enter(): this {
    if (this.#d === undefined) this.#loop();
    return this;
  }

  /**
   * Stops the adjust loop (Python `__exit__`); idempotent. Never suppresses an error.
   * @param _args - Nothing for a normal exit; the thrown value when the block threw (ignored).
   *
   * @example
   * ```ts
   * import { LeakyBucket } from '@asyncutils/buckets';
   *
   * const bucket = new LeakyBucket(10, 5).enter();
   * bucket.exit();
   * ```
   */
  exit(..._args: ContextExitArgs): void {
    clearTimeout(this.#d);
    this.#d = undefined;
  }

  /** The level at clock reading `now`. */
  #level(now: number): number {
    const l = this.#l;
    const e = now - this.#t;
    if (e <= 0) return l;
    const v = l - (e * this.#r * this.#f) / 1000;
    return v > 0 ? v : 0;
  }

  /** Sets the level as of `now` (never moving the reference time back). */
  #set(level: number, now: number): void {
    this.#l = level;
    if (now > this.#t) this.#t = now;
  }

  /** Adds `n` if it fits. */
  #add(n: number): boolean {
    const now = this.#k();
    const l = this.#level(now) + n;
    if (l > this.#c) return false;
    this.#set(l, now);
    return true;
  }

  /** Changes the factor from now on: the level leaked so far at the old factor is kept. */
  #setFactor(f: number): void {
    const now = this.#k();
    this.#set(this.#level(now), now);
    this.#f = f;
  }

  /** Adapts the factor to the fill ratio with the first row of LEAKY_BUCKET_ADJMAP the capacity reaches. */
  #adjust(): void {
    const c = this.#c;
    for (const [min, [lb, lf, ub, uf]] of LEAKY_BUCKET_ADJMAP.get()) {
      if (c >= min) {
        const f = this.#f;
        const r = this.#level(this.#k()) / c;
        const n = r <= lb ? Math.min(f * lf, this.#hi) : r >= ub ? Math.max(f * uf, this.#lo) : f < 1 ? Math.min(f * 1.05, 1) : f;
        if (Math.abs(n - f) * 100 > f) this.#setFactor(n);
        return;
      }
    }
  }

  /** Arms the next round of the adjust loop. */
  #loop(): void {
    const t = 1000 / (this.#r * this.#f);
    const id = (this.#d = setTimeout(LeakyBucket.#round, t < 1000 ? t : 1000, this));
    (id as { unref?: () => unknown }).unref?.();
  }

  /** One round of the adjust loop. */
  static #round(b: LeakyBucket): void {
    b.#adjust();
    b.#loop();
  }

  /** Sleeps a poll for the time the missing room takes to drain, at most its tick. */
  static #sleep(w: Poll): void {
    const b = w.b;
    // The time the missing room takes to drain, rounded up to whole ms (timers have no finer grain), so
    // that the next poll finds room unless the factor changed meanwhile.
    const need = Math.ceil(((b.#level(b.#k()) + w.n - b.#c) * 1000) / (b.#r * b.#f));
    const ms = need < w.k ? (need > 0 ? need : 0) : w.k;
    w.z += ms;
    later(w, 'd', ms, LeakyBucket.#poll);
  }

  /** A poll wakes: adapt, add if it fits (resolving the slept total), else sleep again. */
  static #poll(w: Poll): void {
    const b = w.b;
    b.#adjust();
    if (b.#add(w.n)) win(w, w.z);
    else LeakyBucket.#sleep(w);
  }
}
