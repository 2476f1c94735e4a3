// `TokenBucket`: refills `rate` tokens per second up to `capacity`; `consume(n)` takes `n`, waiting in FIFO
// order for the deficit.
import { audit } from '@asyncutils/audit';
import { TOKEN_BUCKET_DEFAULT_CONSUME_TOKENS } from '@asyncutils/context';
import type { BucketWaitOptions } from './BucketWaitOptions.js';
import { arm, checkWait, clockOf, later, num, timeoutError, Waiter, win } from './wait.js';

/**
 * Options of the {@link TokenBucket} constructor.
 *
 * @example
 * ```ts
 * import { TokenBucket, type TokenBucketOptions } from '@asyncutils/buckets';
 *
 * let ms = 0; // a manual clock, e.g. for a simulation
 * const opts: TokenBucketOptions = { timer: () => ms };
 * const bucket = new TokenBucket(2, 4, opts);
 * ```
 */
export interface TokenBucketOptions {
  /**
   * The clock, in milliseconds; only differences of its values are used (refill = elapsed ms × rate / 1000).
   * Waits themselves are timed with `setTimeout`.
   * @default () => performance.now()
   */
  timer?: () => number;
}

const API = 'asyncutils.buckets.TokenBucket';
const CONSUME = 'asyncutils.buckets.TokenBucket.consume';

/** The pre-resolved promise of every `consume` that needs not wait. */
const VOID: Promise<void> = /* @__PURE__ */ Promise.resolve();

/**
 * One queued `consume`: how many tokens (`n`), its bucket, (at the head) when its wait ends (`z`, clock ms),
 * and its links in the bucket's ring.
 */
type Request = Waiter & { b: TokenBucket; nx: Request; pv: Request };

/** Takes a request out of its ring (O(1)). */
const unlink = (w: Request): void => {
  w.pv.nx = w.nx;
  w.nx.pv = w.pv;
};

/**
 * A token bucket rate limiter: it refills `rate` tokens per second up to `capacity`, and
 * {@link TokenBucket.consume | consume(n)} takes `n` tokens, waiting for the deficit when there are not
 * enough. Requests are served one at a time in call order.
 *
 * @remarks
 * The port of Python's `asyncutils.buckets.TokenBucket`. Rates are per second, durations in ms. The bucket
 * starts full. A request larger than `capacity` is allowed: it waits for its whole deficit. Raises the audit
 * event `asyncutils.buckets.TokenBucket` with `[rate, capacity]` on every construction, after validating
 * the arguments and before any state exists (a hook that throws makes the constructor throw).
 *
 * A pending `consume` keeps a Node process alive (its wait is an ordinary timer), as a sleep would; its
 * `timeout` timer does not.
 *
 * @throws TypeError when `rate` or `capacity` is not a number, or `opts`/`opts.timer` has the wrong type.
 * @throws RangeError when `rate` or `capacity` is not a finite number `> 0` (`NaN`, `0`, negative, infinite).
 *
 * @example
 * ```ts
 * import { TokenBucket } from '@asyncutils/buckets';
 *
 * const bucket = new TokenBucket(10, 5); // 10 tokens/s, bursts of up to 5
 * for (const url of urls) {
 *   await bucket.consume(); // one token per request; waits 100 ms per token once the burst is spent
 *   void fetch(url);
 * }
 * ```
 */
export class TokenBucket {
  /** The qualified name of the class, used in messages. */
  static readonly qualname: string = API;
  /** Tokens per second. */
  readonly #r: number;
  /** Capacity. */
  readonly #c: number;
  /** The clock (ms). */
  readonly #k: () => number;
  // Start as numbers (not `undefined`) so that V8 stores them as mutable doubles: updating the tokens then
  // allocates nothing.
  /** Tokens at the last refill. */
  #n = 0;
  /** Time of the last refill (clock ms); after a wait, its end, which may be ahead of the clock. */
  #t = 0;
  /**
   * The waiting requests in call order: a ring of requests linked through this sentinel (`#q.nx` is the
   * head, `#q.pv` the tail; empty when `#q.nx === #q`), so that a request leaves in O(1). The head is being
   * served: its wait timer (`d`) runs.
   */
  readonly #q: Request;

  /**
   * Creates a full bucket.
   * @param rate - Tokens added per second; a finite number `> 0`.
   * @param capacity - Most tokens the bucket holds (its burst); a finite number `> 0`.
   * @param opts - {@link TokenBucketOptions}: the clock.
   * @throws TypeError / RangeError for bad arguments (see the class); whatever an audit hook throws.
   */
  constructor(rate: number, capacity: number, opts?: TokenBucketOptions) {
    num(API, 'rate', rate, true);
    num(API, 'capacity', capacity, true);
    const clock = clockOf(API, opts);
    audit(API, rate, capacity);
    this.#r = rate;
    this.#c = this.#n = capacity;
    this.#k = clock;
    this.#t = clock();
    const q = (this.#q = {} as Request);
    q.nx = q.pv = q;
  }

  /** The most tokens the bucket holds, as constructed. */
  get capacity(): number {
    return this.#c;
  }

  /**
   * Takes `tokens` tokens, waiting for them if needed. Requests are served one at a time in call order: a
   * later small request never overtakes an earlier large one, and one arriving while others wait queues
   * behind them even when tokens are available.
   *
   * @remarks
   * When a request is served, the bucket refills (`min(capacity, tokens + elapsed ms × rate / 1000)`); if
   * it holds enough, they are taken at once. Otherwise the request waits `(tokens - held) / rate` seconds,
   * after which the bucket is empty and the next request is served. A request that is aborted or times
   * out, queued or while waiting, takes nothing; the next one is served at once. When tokens are available
   * and nobody waits, it returns an already resolved promise and allocates nothing.
   *
   * @param tokens - How many; a finite number `>= 0`, may exceed `capacity` (it then waits for the whole
   * deficit).
   * @default tokens `TOKEN_BUCKET_DEFAULT_CONSUME_TOKENS` from `@asyncutils/context` (`1`), read per call.
   * @param opts - {@link BucketWaitOptions}: `signal` and `timeout` (ms).
   * @returns A promise that resolves once the tokens are taken.
   * @throws Never synchronously. Rejects with `RangeError` (`tokens` negative, `NaN` or infinite; bad
   * `timeout`), `TypeError` (non-number `tokens`, bad options), the signal's reason on abort, or a
   * `DOMException` named `TimeoutError` on timeout.
   *
   * @example
   * ```ts
   * import { TokenBucket } from '@asyncutils/buckets';
   *
   * const bucket = new TokenBucket(1, 5);
   * await bucket.consume(5); // at once: the bucket starts full
   * await bucket.consume(2, { timeout: 5_000 }); // about 2 s later
   * ```
   */
  consume(tokens?: number, opts?: BucketWaitOptions): Promise<void> {
    try {
      const n = tokens === undefined ? TOKEN_BUCKET_DEFAULT_CONSUME_TOKENS.get() : tokens;
      num(CONSUME, 'tokens', n);
      if (opts !== undefined) checkWait(CONSUME, opts);
      const q = this.#q;
      if (q.nx === q) {
        this.#refill();
        if (this.#n >= n) {
          this.#n -= n;
          return VOID;
        }
      }
      if (opts?.timeout === 0) throw timeoutError(CONSUME, 0);
      const w = new Waiter() as Request;
      w.n = n;
      w.b = this;
      w.nx = q;
      const t = (w.pv = q.pv);
      t.nx = q.pv = w;
      const p = arm<void, Request>(w, CONSUME, opts, TokenBucket.#leave);
      if (t === q) this.#serve();
      return p;
    } catch (e) {
      return Promise.reject(e);
    }
  }

  /** Refills from the elapsed time; returns the clock's reading. */
  #refill(): number {
    const now = this.#k();
    const e = now - this.#t;
    if (e > 0) {
      this.#n = Math.min(this.#c, this.#n + (e * this.#r) / 1000);
      this.#t = now;
    }
    return now;
  }

  /** Serves the head: grants requests while tokens suffice, else arms the wait for the head's deficit. */
  #serve(): void {
    for (let q = this.#q, w = q.nx; w !== q; w = q.nx) {
      const now = this.#refill();
      const need = w.n - this.#n;
      // At the end of the wait the deficit has been refilled: it ends (need / rate) s after the last refill.
      if (need > 0) return later(w, 'd', (w.z = this.#t + (need * 1000) / this.#r) - now, TokenBucket.#fire);
      this.#n = -need;
      unlink(w);
      win(w);
    }
  }

  /** The head's wait ends: its deficit is refilled, so it takes everything; the next request is served. */
  static #fire(w: Request): void {
    const b = w.b;
    b.#n = 0;
    b.#t = w.z;
    unlink(w);
    win(w);
    b.#serve();
  }

  /** A request left early (abort, timeout; its timers are cleared): if it was being served, serve the next. */
  static #leave(w: Request): void {
    unlink(w);
    if (w.d) w.b.#serve();
  }
}
