// `TokenBucket`: refills `rate` tokens per second up to `capacity`; `consume(n)` takes `n`, waiting in FIFO
// order for the deficit.
import { audit } from '@asyncutils/audit';
import { TOKEN_BUCKET_DEFAULT_CONSUME_TOKENS } from '@asyncutils/context';
import type { BucketWaitOptions } from './BucketWaitOptions.js';
import { arm, badOpts, clockOf, MAX_DELAY, now, num, optsObject, timeoutError, type Timer, Waiter, win } from './wait.js';

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

/** One queued `consume`: how many tokens, its links in the FIFO and its bucket. */
class Request extends Waiter {
  readonly n: number;
  readonly b: TokenBucket;
  nx: Request | undefined = undefined;
  pv: Request | undefined = undefined;

  constructor(n: number, b: TokenBucket, leave: (w: Waiter) => void) {
    super(CONSUME, leave);
    this.n = n;
    this.b = b;
  }
}

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
  // Fields start as numbers (not `undefined`) so that V8 stores them as mutable doubles: updating the tokens
  // then allocates nothing.
  /** Tokens per second. */
  readonly #r: number = 0;
  /** Capacity. */
  readonly #c: number = 0;
  /** The clock (ms). */
  readonly #k: () => number = now;
  /** Tokens at the last refill. */
  #n = 0;
  /** Time of the last refill (clock ms); after a wait, its end, which may be ahead of the clock. */
  #t = 0;
  /** Head (being served) and tail of the FIFO of waiting requests. */
  #h: Request | undefined = undefined;
  #e: Request | undefined = undefined;
  /** The head's wait timer. */
  #w: Timer | undefined = undefined;
  /** Milliseconds of the head's wait still to arm after the current timer (waits above setTimeout's limit). */
  #m = 0;
  /** When the head's wait ends (clock ms). */
  #z = 0;

  /**
   * Creates a full bucket.
   * @param rate - Tokens added per second; a finite number `> 0`.
   * @param capacity - Most tokens the bucket holds (its burst); a finite number `> 0`.
   * @param opts - {@link TokenBucketOptions}: the clock.
   * @throws TypeError / RangeError for bad arguments (see the class); whatever an audit hook throws.
   */
  constructor(rate: number, capacity: number, opts?: TokenBucketOptions) {
    num(API, 'rate', rate, 0, true);
    num(API, 'capacity', capacity, 0, true);
    const clock = clockOf(API, optsObject(API, opts)?.timer);
    audit('asyncutils.buckets.TokenBucket', rate, capacity);
    this.#r = rate;
    this.#c = this.#n = capacity;
    this.#k = clock;
    this.#t = clock();
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
      if (typeof n !== 'number' || !(n >= 0 && n !== Infinity)) num(CONSUME, 'tokens', n, 0, false);
      if (opts !== undefined) {
        const bad = badOpts(CONSUME, opts);
        if (bad !== undefined) return bad;
      }
      if (this.#h === undefined) {
        this.#refill();
        if (this.#n >= n) {
          this.#n -= n;
          return VOID;
        }
      }
      if (opts?.timeout === 0) return Promise.reject(timeoutError(CONSUME, 0));
      const w = new Request(n, this, TokenBucket.#leave);
      const t = this.#e;
      w.pv = t;
      this.#e = w;
      const p = arm<void>(w, opts);
      if (t === undefined) {
        this.#h = w;
        this.#serve();
      } else t.nx = w;
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
      const t = this.#n + (e * this.#r) / 1000;
      this.#n = t < this.#c ? t : this.#c;
      this.#t = now;
    }
    return now;
  }

  /** Unlinks a request from the FIFO. */
  #unlink(w: Request): void {
    const p = w.pv;
    const n = w.nx;
    if (p === undefined) this.#h = n;
    else p.nx = n;
    if (n === undefined) this.#e = p;
    else n.pv = p;
  }

  /** Serves the head: grants it while tokens suffice, else arms the wait for its deficit. */
  #serve(): void {
    for (let w = this.#h; w !== undefined; w = this.#h) {
      const now = this.#refill();
      const need = w.n - this.#n;
      if (need > 0) {
        // At the end of the wait the deficit has been refilled: it ends (need / rate) s after the last refill.
        const z = (this.#z = this.#t + (need * 1000) / this.#r);
        this.#m = z - now;
        this.#arm();
        return;
      }
      this.#n = -need;
      this.#unlink(w);
      win(w);
    }
  }

  /** Arms (the next step of) the head's wait. */
  #arm(): void {
    const left = this.#m;
    const step = left > MAX_DELAY ? MAX_DELAY : left;
    this.#m = left - step;
    this.#w = setTimeout(TokenBucket.#fire, step, this);
  }

  /** The head's wait timer: its deficit is refilled, so it takes everything; the next request is served. */
  static #fire(b: TokenBucket): void {
    b.#w = undefined;
    if (b.#m > 0) {
      b.#arm();
      return;
    }
    const w = b.#h as Request;
    b.#n = 0;
    b.#t = b.#z;
    b.#unlink(w);
    win(w);
    b.#serve();
  }

  /** A request leaves early (abort, timeout): unlink it; if it was being served, serve the next instead. */
  static #leave(x: Waiter): void {
    const w = x as Request;
    const b = w.b;
    const head = w === b.#h;
    b.#unlink(w);
    if (head) {
      clearTimeout(b.#w);
      b.#w = undefined;
      b.#serve();
    }
  }
}
