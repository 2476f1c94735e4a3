// `RateLimited`: at most `calls` starts of a function per sliding window of `period` ms, waiting or throwing.
import { audit, functionName } from '@asyncutils/audit';
import { RateLimitExceeded } from '@asyncutils/exceptions';
import { Lock } from '@asyncutils/locks';
import type { AsyncLockLike } from '@asyncutils/mixins';
import { after, sleep } from './sleep.js';
import { bool, checkWait, count, duration, func, isThenable, named, now, optionsObject, type WaitOptions } from './validate.js';

const API = 'asyncutils.func.RateLimited';
const ONCE: AddEventListenerOptions = { once: true };

/**
 * Options of {@link RateLimited} (Python's `raise_`, `timer` and `lock_impl`).
 *
 * @example
 * ```ts
 * import { RateLimited, type RateLimitedOptions } from '@asyncutils/func';
 *
 * const opts: RateLimitedOptions = { raise: true };
 * const send = new RateLimited(sendMail, 10, 60_000, opts);
 * ```
 */
export interface RateLimitedOptions {
  /**
   * Reject a call that finds the window full with `RateLimitExceeded` instead of waiting for a slot.
   * @defaultValue `false`
   */
  raise?: boolean;
  /**
   * The clock, in milliseconds.
   * @defaultValue `() => performance.now()`
   */
  timer?: () => number;
  /**
   * Makes the admission lock, which serialises admissions (FIFO for the default lock). It must honour the
   * `signal` option of `acquire` for `callWith` to abandon a wait for it.
   * @defaultValue `() => new Lock()` (`@asyncutils/locks`)
   */
  lockImpl?: () => AsyncLockLike;
}

/**
 * Limits how often a function starts: at most `calls` starts in any sliding window of `period` milliseconds
 * (Python `RateLimited`). Calls beyond the limit wait for a slot, or reject with `RateLimitExceeded` when
 * `raise` is set. Only starts are limited: admitted calls may overlap.
 *
 * @remarks
 * Admissions go one at a time, in call order, through the admission lock: drop the recorded starts at least
 * `period` ms old; with fewer than `calls` left, record the current time as a start and release the lock,
 * then call the function; else (without `raise`) wait until enough starts expire and check again.
 * Construction raises the audit event `asyncutils.func.RateLimited` with `[functionName(f), calls, period]`
 * after validation (a throwing hook makes the constructor throw).
 *
 * When to use: `RateLimited` enforces a hard quota on one function (an API allowing 10 requests a
 * second); `throttle` spaces calls evenly; `TokenBucket` (`@asyncutils/buckets`) allows bursts with a refill
 * rate.
 *
 * @typeParam A - The function's parameter types.
 * @typeParam R - Its return type.
 *
 * @example
 * ```ts
 * import { RateLimited } from '@asyncutils/func';
 *
 * const rl = new RateLimited((id: number) => fetch(`/items/${id}`), 2, 1_000);
 * // starts at 0, 0, 1000, 1000 and 2000 ms
 * const responses = await Promise.all([1, 2, 3, 4, 5].map((id) => rl.call(id)));
 *
 * const limitedFetch = RateLimited.decorator(5, 1_000)(fetch).fn; // a plain function for callbacks
 * ```
 */
export class RateLimited<A extends unknown[], R> {
  readonly #f: (...a: A) => R;
  readonly #calls: number;
  readonly #period: number;
  readonly #raise: boolean;
  readonly #timer: () => number;
  readonly #lock: AsyncLockLike;
  /** Recorded starts, oldest first, from `#head` on. */
  #starts: number[] = [];
  #head = 0;
  #fn: ((...a: A) => Promise<Awaited<R>>) | undefined;

  /**
   * @param f - The function to limit.
   * @param calls - Starts allowed per window: an integer `>= 1`.
   * @param period - The window, in milliseconds: finite, `> 0`.
   * @param opts - See {@link RateLimitedOptions}.
   * @throws `TypeError` for arguments of the wrong type; `RangeError` for `calls` or `period` out of range; a
   * vetoing audit hook's error.
   */
  constructor(f: (...a: A) => R, calls: number, period: number, opts?: RateLimitedOptions) {
    func(API, 'f', f);
    count(API, 'calls', calls, 1);
    duration(API, 'period', period, true);
    const o = optionsObject(API, opts) ?? {};
    const raise = bool(API, 'raise', o.raise) ?? false;
    const timer = func(API, 'timer', o.timer ?? now);
    const lockImpl = o.lockImpl;
    if (lockImpl !== undefined) func(API, 'lockImpl', lockImpl);
    audit('asyncutils.func.RateLimited', functionName(f), calls, period);
    this.#f = f;
    this.#calls = calls;
    this.#period = period;
    this.#raise = raise;
    this.#timer = timer;
    this.#lock = lockImpl ? lockImpl() : new Lock();
  }

  /**
   * Returns a decorator making a `RateLimited` of each function it gets (Python's `RateLimited(calls, period)`
   * form). The arguments are checked now and again at each construction, which raises the audit event.
   *
   * @param calls - Starts allowed per window: an integer `>= 1`.
   * @param period - The window, in milliseconds: finite, `> 0`.
   * @param opts - See {@link RateLimitedOptions}.
   * @returns `(f) => new RateLimited(f, calls, period, opts)`.
   * @throws `TypeError`/`RangeError` for bad arguments.
   *
   * @example
   * ```ts
   * import { RateLimited } from '@asyncutils/func';
   *
   * const twoPerSecond = RateLimited.decorator(2, 1_000);
   * const save = twoPerSecond(async (doc: object) => db.put(doc));
   * await save.call({ a: 1 });
   * ```
   */
  static decorator(calls: number, period: number, opts?: RateLimitedOptions): <A extends unknown[], R>(f: (...a: A) => R) => RateLimited<A, R> {
    count(API, 'calls', calls, 1);
    duration(API, 'period', period, true);
    optionsObject(API, opts);
    return <A extends unknown[], R>(f: (...a: A) => R): RateLimited<A, R> => new RateLimited(f, calls, period, opts);
  }

  /**
   * Calls the function once admitted: at once while the window has room, else when enough starts have
   * expired (or rejects with `RateLimitExceeded` when `raise` is set). `this` and the arguments are
   * forwarded.
   *
   * @param args - The arguments.
   * @returns The function's awaited result; its error rejects.
   * @throws (as a rejection) `RateLimitExceeded` with `raise`; its `repeatCall()` calls the function again with
   * the same arguments, bypassing the limiter.
   *
   * @example
   * ```ts
   * const rl = new RateLimited(async (x: number) => x * 2, 1, 1_000);
   * await rl.call(2); // 4, at once
   * await rl.call(3); // 6, a second later
   * ```
   */
  async call(...args: A): Promise<Awaited<R>> {
    await this.#admit(args, undefined);
    return await this.#f.apply(this, args);
  }

  /**
   * {@link RateLimited.call} with a signal and a timeout for the wait for admission.
   *
   * @remarks
   * Aborting the signal, or the timeout elapsing, while the call waits (for the admission lock or for a slot)
   * rejects it at once with `signal.reason` or a `DOMException` named `TimeoutError`; it consumes no slot and
   * the next call is admitted at its normal time. Neither limits the function once it started.
   *
   * @param opts - `signal` and `timeout` (ms; `Infinity` for none).
   * @param args - The arguments.
   * @returns The function's awaited result.
   * @throws (as rejections) the abort reason; a `TimeoutError`; `TypeError`/`RangeError` for bad options;
   * `RateLimitExceeded` with `raise`.
   *
   * @example
   * ```ts
   * const rl = new RateLimited(fetch, 10, 1_000);
   * const res = await rl.callWith({ timeout: 250 }, '/quick'); // TimeoutError if no slot within 250 ms
   * ```
   */
  async callWith(opts: WaitOptions, ...args: A): Promise<Awaited<R>> {
    checkWait(`${API}.callWith`, opts);
    let signal = opts?.signal;
    const t = opts?.timeout;
    if (t === undefined || t === Infinity) {
      if (signal?.aborted) throw signal.reason;
      await this.#admit(args, signal);
    } else {
      // One controller for both: the user's abort and the deadline.
      const ctl = new AbortController();
      const outer = signal;
      if (outer?.aborted) throw outer.reason;
      const onAbort = (): void => ctl.abort(outer?.reason);
      outer?.addEventListener('abort', onAbort, ONCE);
      const cancel = after(t, () => ctl.abort(new DOMException(`${API}.callWith: timed out after ${t} ms waiting for admission`, 'TimeoutError')));
      signal = ctl.signal;
      try {
        await this.#admit(args, signal);
      } finally {
        cancel();
        outer?.removeEventListener('abort', onAbort);
      }
    }
    return await this.#f.apply(this, args);
  }

  /** Waits for admission and records the start; rejects (consuming nothing) on abort or with `raise`. */
  async #admit(args: A, signal: AbortSignal | undefined): Promise<void> {
    const lock = this.#lock;
    await lock.acquire(signal && { signal });
    try {
      const q = this.#starts;
      const calls = this.#calls;
      const period = this.#period;
      for (;;) {
        const t = this.#timer();
        let h = this.#head;
        while (h < q.length && (q[h] as number) <= t - period) h++;
        if (h > 64 && h * 2 > q.length) {
          q.splice(0, h);
          h = 0;
        }
        this.#head = h;
        const n = q.length - h;
        if (n < calls) {
          q.push(t);
          return;
        }
        if (this.#raise) throw new RateLimitExceeded(this.#f, args, { calls, period, excess: n - calls + 1 });
        await sleep((q[h + n - calls] as number) + period - t, signal);
      }
    } finally {
      const r = lock.release();
      if (isThenable(r)) await r;
    }
  }

  /**
   * A plain function with the limited function's `name` that calls {@link RateLimited.call}, forwarding
   * `this` and the arguments. The same function on every access.
   *
   * @example
   * ```ts
   * const rl = new RateLimited(function log(this: unknown, msg: string) { console.log(msg); }, 1, 100);
   * ['a', 'b'].forEach(rl.fn); // logs 'a' now and 'b' 100 ms later
   * rl.fn.name; // 'log'
   * ```
   */
  get fn(): (...a: A) => Promise<Awaited<R>> {
    if (!this.#fn) {
      const f = this.#f;
      const admit = (args: A): Promise<void> => this.#admit(args, undefined);
      this.#fn = named(async function (this: unknown, ...a: A): Promise<Awaited<R>> {
        await admit(a);
        return await f.apply(this, a);
      }, f.name);
    }
    return this.#fn;
  }

  /**
   * Describes the limiter: `asyncutils.func.RateLimited(<name>, <calls>, <period> ms, raise=<bool>)`.
   *
   * @returns The description.
   *
   * @example
   * ```ts
   * String(new RateLimited(function f() {}, 2, 1_000)); // 'asyncutils.func.RateLimited(f, 2, 1000 ms, raise=false)'
   * ```
   */
  toString(): string {
    return `${API}(${functionName(this.#f)}, ${this.#calls}, ${this.#period} ms, raise=${this.#raise})`;
  }
}
