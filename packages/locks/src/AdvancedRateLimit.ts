// `AdvancedRateLimit`: a token bucket with waiters, fair (FIFO) or queue-cutting (newest first).
import { ADVANCED_RATE_LIMIT_DEFAULT_TOKENS } from '@asyncutils/context';
import { LockMixin, type LockAcquireOptions } from '@asyncutils/mixins';
import { positive } from './validate.js';
import { arm, badOpts, cancelled, Fifo, grant, head, qualname, rejectAll, show, TRUE, timeoutError, Waiter } from './waitQueue.js';

/**
 * Options of the {@link AdvancedRateLimit} constructor.
 *
 * @example
 * ```ts
 * const opts: AdvancedRateLimitOptions = { capacity: 20, fair: false }; // bursts of 20, newest first
 * const limiter = new AdvancedRateLimit(5, opts);
 * ```
 */
export type AdvancedRateLimitOptions = {
  /**
   * The most tokens the bucket holds (the largest burst), a finite number `> 0`.
   * @default rate
   */
  capacity?: number;
  /**
   * `true`: waiters are served in arrival order and a newcomer never overtakes a waiter. `false`: a
   * newcomer takes available tokens at once, and the newest waiter is served first.
   * @default true
   */
  fair?: boolean;
};

/**
 * Options of {@link AdvancedRateLimit.acquire}: the wait options plus how many tokens to take.
 *
 * @example
 * ```ts
 * const opts: AdvancedRateLimitAcquireOptions = { tokens: 3, timeout: 2_000 };
 * await limiter.acquire(opts); // 3 tokens, or a TimeoutError after 2 s
 * ```
 */
export type AdvancedRateLimitAcquireOptions = LockAcquireOptions & {
  /**
   * Tokens to take, a finite number `> 0` and `<= capacity`.
   * @default the contextual constant `ADVANCED_RATE_LIMIT_DEFAULT_TOKENS` (1), read per call
   */
  tokens?: number;
};

/** Tolerance for floating-point refill arithmetic, in tokens. */
const EPS = 1e-9;

/** Waiters of a rate limit: leaving re-evaluates the head (a smaller waiter behind it may now fit). */
class RateQueue extends Fifo {
  readonly rl: AdvancedRateLimit;

  constructor(rl: AdvancedRateLimit) {
    super(rl, 'acquire');
    this.rl = rl;
  }

  unshift(w: Waiter): void {
    const h = this.n;
    w.p = this;
    w.n = h;
    this.n = h.p = w;
  }

  override leave(w: Waiter): void {
    this.remove(w);
    this.rl.updateTokens();
  }
}

function refill(rl: AdvancedRateLimit): void {
  rl.updateTokens();
}

/**
 * A token bucket with waiters (Python `AdvancedRateLimit`): `rate` tokens per second refill it up to
 * `capacity`; `acquire({ tokens })` takes tokens, waiting while there are not enough.
 *
 * @remarks
 * - **Fair** (default): waiters are served in arrival order and a newcomer never overtakes a waiter, so
 *   a large request is not starved by small ones (head-of-line blocking is intended).
 * - **Unfair** (`fair: false`): a newcomer takes available tokens at once even with waiters, and the
 *   newest waiter is served first ("cutting the queue").
 * - Refill is computed lazily from `performance.now()`; while someone waits, one internal timer wakes
 *   the head when enough tokens have accrued. An aborted or timed-out head leaves, and the waiters
 *   behind it are re-evaluated at once.
 * - `release(tokens)` puts tokens back (capped at `capacity`); `setRate` changes the rate (capacity
 *   grows to at least the new rate).
 *
 * @example
 * ```ts
 * import { AdvancedRateLimit } from '@asyncutils/locks';
 *
 * const api = new AdvancedRateLimit(10, { capacity: 20 }); // 10 requests/s, bursts of 20
 * async function call(path: string): Promise<Response> {
 *   await api.acquire({ timeout: 30_000 });
 *   return fetch(`https://example.com${path}`);
 * }
 * await Promise.all(Array.from({ length: 50 }, (_, i) => call(`/items/${i}`)));
 * ```
 */
export class AdvancedRateLimit extends LockMixin {
  /** The qualified name used in messages. */
  static readonly qualname: string = 'asyncutils.locks.AdvancedRateLimit';
  #rate: number;
  #cap: number;
  #tok: number;
  #last: number;
  readonly #fair: boolean;
  readonly #q: RateQueue;
  #timer: ReturnType<typeof setTimeout> | undefined = undefined;

  /**
   * @param rate - Tokens added per second, a finite number `> 0`.
   * @param opts - `capacity` (default `rate`) and `fair` (default `true`).
   * @throws TypeError/RangeError for a bad `rate`, `capacity` or `fair`.
   */
  constructor(rate: number, opts?: AdvancedRateLimitOptions) {
    super();
    this.#rate = positive(this, 'rate', rate);
    if (opts !== undefined && (typeof opts !== 'object' || opts === null)) {
      throw new TypeError(`${qualname(this)}: options must be an object, got ${show(opts)}`);
    }
    const capacity = opts?.capacity;
    const fair = opts?.fair;
    if (fair !== undefined && typeof fair !== 'boolean') {
      throw new TypeError(`${qualname(this)}: fair must be a boolean, got ${show(fair)}`);
    }
    this.#tok = this.#cap = capacity === undefined ? rate : positive(this, 'capacity', capacity);
    this.#fair = fair ?? true;
    this.#last = performance.now();
    this.#q = new RateQueue(this);
  }

  /** Tokens added per second. */
  get rate(): number {
    return this.#rate;
  }

  /** The most tokens the bucket holds. */
  get capacity(): number {
    return this.#cap;
  }

  /** The tokens available now: stored plus accrued since the last update, capped at `capacity`. */
  get tokens(): number {
    return Math.min(this.#cap, this.#tok + ((performance.now() - this.#last) * this.#rate) / 1000);
  }

  /**
   * Accrues the tokens refilled since the last update, grants waiters from the head while they fit, and
   * re-arms the timer for the moment the new head fits (Python `update_tokens_lock_held`).
   */
  updateTokens(): void {
    const now = performance.now();
    this.#tok = Math.min(this.#cap, this.#tok + ((now - this.#last) * this.#rate) / 1000);
    this.#last = now;
    this.#drain();
  }

  /** Grants the head while it fits, then (re)arms the one timer for the head. */
  #drain(): void {
    const q = this.#q;
    for (let w = head(q); w !== undefined && (w.d as number) <= this.#tok + EPS; w = head(q)) {
      q.remove(w);
      this.#tok = Math.max(0, this.#tok - (w.d as number));
      grant(w, true);
    }
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    const h = head(q);
    if (h !== undefined) {
      this.#timer = setTimeout(refill, Math.ceil((((h.d as number) - this.#tok) * 1000) / this.#rate), this);
    }
  }

  /** The tokens of a call (default read now), checked: `(0, capacity]` to take, `[0, Infinity)` to put back. */
  #tokens(m: string, tokens: unknown, taking: boolean): number {
    const t = tokens === undefined ? ADVANCED_RATE_LIMIT_DEFAULT_TOKENS.get() : tokens;
    if (typeof t !== 'number') throw new TypeError(`${qualname(this)}.${m}: tokens must be a number, got ${show(t)}`);
    if (taking ? !(t > 0 && t <= this.#cap) : !(t >= 0 && t !== Infinity)) {
      const range = taking ? `> 0 and <= capacity (${this.#cap})` : '>= 0';
      throw new RangeError(`${qualname(this)}.${m}: tokens must be a finite number ${range}, got ${t}`);
    }
    return t;
  }

  /** Takes `need` tokens if the immediate path allows it. */
  #take(need: number): boolean {
    if ((!this.#fair || head(this.#q) === undefined) && need <= this.#tok + EPS) {
      this.#tok = Math.max(0, this.#tok - need);
      return true;
    }
    return false;
  }

  /**
   * Takes `opts.tokens` tokens, waiting until they are available (see the class remarks for the order).
   * @param opts - Abort signal, deadline (ms) and `tokens`.
   * @returns A promise of `true` once the tokens are taken.
   * @throws RangeError (as a rejection) when `tokens` is not in `(0, capacity]`; the abort reason or a
   * `TimeoutError`.
   */
  acquire(opts?: AdvancedRateLimitAcquireOptions): Promise<true> {
    let need: number;
    if (opts !== undefined) {
      const bad = badOpts(this, 'acquire', opts);
      if (bad !== undefined) return bad;
    }
    try {
      need = this.#tokens('acquire', opts?.tokens, true);
    } catch (e) {
      return Promise.reject(e);
    }
    this.updateTokens();
    if (this.#take(need)) return TRUE;
    if (opts !== undefined && opts.timeout === 0) return Promise.reject(timeoutError(this, 'acquire', 0));
    const q = this.#q;
    const w = new Waiter(q);
    w.d = need;
    if (this.#fair) q.push(w);
    else q.unshift(w);
    const p = arm<true>(w, opts);
    this.#drain();
    return p;
  }

  /**
   * Takes the default number of tokens (waiting as `acquire`) and resolves this limiter, for
   * `using _ = await limiter.enter()`, which puts them back at the end of the block.
   * @param opts - Abort signal and deadline (ms).
   * @returns A promise of this limiter once the tokens are taken.
   */
  override enter(opts?: LockAcquireOptions): Promise<this> {
    return this.acquire(opts).then(() => this);
  }

  /**
   * Takes `tokens` tokens if the immediate path of `acquire` allows it, synchronously.
   * @param tokens - As `acquire`'s `tokens`.
   * @returns Whether the tokens were taken.
   * @throws RangeError/TypeError for bad `tokens`.
   */
  tryAcquire(tokens?: number): boolean {
    const need = this.#tokens('tryAcquire', tokens, true);
    this.updateTokens();
    return this.#take(need);
  }

  /**
   * Puts tokens back (capped at `capacity`) and grants the waiters that now fit.
   * @param tokens - A finite number `>= 0`. Default: `ADVANCED_RATE_LIMIT_DEFAULT_TOKENS`, read now.
   * @throws RangeError/TypeError for bad `tokens`.
   */
  release(tokens?: number): void {
    const t = this.#tokens('release', tokens, false);
    this.updateTokens();
    this.#tok = Math.min(this.#cap, this.#tok + t);
    this.#drain();
  }

  /**
   * Changes the refill rate: tokens accrued so far count at the old rate; `capacity` becomes at least
   * the new rate.
   * @param rate - Tokens per second, a finite number `> 0`.
   * @throws RangeError/TypeError for a bad `rate`.
   */
  setRate(rate: number): void {
    positive(this, 'rate', rate);
    this.updateTokens();
    this.#rate = rate;
    if (rate > this.#cap) this.#cap = rate;
    this.#drain();
  }

  /**
   * Whether an `acquire()` of the default size would wait.
   * @returns `true` while waiters exist or `tokens < ADVANCED_RATE_LIMIT_DEFAULT_TOKENS`.
   */
  locked(): boolean {
    return head(this.#q) !== undefined || this.tokens < ADVANCED_RATE_LIMIT_DEFAULT_TOKENS.get();
  }

  /**
   * Rejects every pending acquire with `reason` and removes it.
   * @param reason - The rejection reason. Default: a `DOMException` named `AbortError`.
   * @returns How many waiters were rejected.
   */
  override cancelWaiters(reason: unknown = cancelled(this)): number {
    const k = rejectAll(this.#q, reason);
    this.#drain();
    return k;
  }

  /** Puts the default number of tokens back: the end of a `using _ = await limiter.enter()` block. */
  [Symbol.dispose](): void {
    this.release();
  }
}
